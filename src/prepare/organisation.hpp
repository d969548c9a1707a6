// The organisation a data file belongs to: its model (model/organisation.hpp) with its
// persons, members and bodies indexed by id, so that prepare resolves the references of
// data files, reporting dangling ones where they are written (internal to the prepare stage).
#pragma once

#include <map>
#include <optional>
#include <string>

#include "base/diagnostics.hpp"
#include "load/load.hpp"
#include "model/organisation.hpp"
#include "prepare/consistency.hpp"
#include "prepare/prepare.hpp"

namespace kansli::prepare {

class Organisation {
 public:
  // Finds and loads organisation.json for `data` and checks that its id matches
  // the data's "organisation" field; reports problems at that field.
  static std::optional<Organisation> find_for(const LoadedFile& data, const DataFileLoader& load,
                                              const Files& files, Diagnostics& diagnostics);
  // Indexes an organisation file already loaded; reports duplicate ids and a logo
  // outside the allowed folders or not a whole PNG or JPEG file. `files` must outlive it.
  static std::optional<Organisation> from_file(LoadedFile file, const Files& files, Diagnostics& diagnostics);

  const LoadedFile& file() const { return file_; }
  // The path policy the organisation's files (meetings, reports) must follow.
  const PathPolicy& paths() const { return files_->policy(); }
  std::string directory() const;

  // Returns the person with `id` (the value written at `path` of `referrer`) as documents
  // name them (name_person), or reports a dangling reference there.
  std::optional<model::NamedPerson> person(const Value& id, const LoadedFile& referrer, const std::string& path,
                                           Diagnostics& diagnostics) const;
  // Returns the member (huvudman) with `id`, reporting a dangling reference likewise.
  std::optional<model::Member> member(const Value& id, const LoadedFile& referrer, const std::string& path,
                                      Diagnostics& diagnostics) const;
  // Returns the body (organ) with `id` with its officers and seats resolved. With `day`
  // (a meeting's), only the mandates that hold that day are seats, and the body must
  // have a chair that day.
  std::optional<model::SeatedBody> body(const Value& id, const LoadedFile& referrer, const std::string& path,
                                        Diagnostics& diagnostics,
                                        const std::optional<model::Date>& day = std::nullopt) const;
  // Returns the organisation's model (members in the file's order, logo path resolved).
  const model::Organisation& model() const { return model_; }
  // Checks every reference inside the organisation file (appointments' persons,
  // members and substitute_for) and the rules between appointments and of the
  // förbundsordning's days (consistency.hpp); returns whether all hold.
  bool check_references(Diagnostics& diagnostics) const;
  // Returns the appointments of the body with `id` as the rules read them, if it exists.
  std::optional<BodyFacts> body_facts(const std::string& id) const;
  // Returns the förbundsordning's days for the kallelse (rules.notice_days_min, _max).
  NoticeRules notice_rules() const;
  // Checks that the value at `path` of `referrer` (if present) names a person.
  bool check_person(const LoadedFile& referrer, const std::string& path, Diagnostics& diagnostics) const;

 private:
  // An entry of one of the organisation's lists (its index there), and its path in the
  // organisation file.
  struct Entry {
    std::size_t index;
    std::string path;
  };
  using Index = std::map<std::string, Entry>;

  const Entry* lookup(const Index& index, const char* what, const Value& id,
                      const LoadedFile& referrer, const std::string& path,
                      Diagnostics& diagnostics) const;
  void index_list(const char* key, Index& index, Diagnostics& diagnostics) const;
  BodyFacts body_facts(const Entry& entry) const;
  bool check_notice_rules(Diagnostics& diagnostics) const;

  // Returns the value written at `path` of the organisation file, or a null value.
  const Value& written(const std::string& path) const;

  LoadedFile file_;
  const Files* files_ = nullptr;
  model::Organisation model_;
  Index persons_;
  Index members_;
  Index bodies_;
};

// Returns `person` with the names documents show: "name" ("Inger Andersson") and
// "name_with_party" ("Inger Andersson (S)"; the name alone for a person without a party).
model::NamedPerson name_person(model::Person person);

// Reports an error about the value at `path` of `file`, positioned where it is written.
Diagnostic& report(Diagnostics& diagnostics, const LoadedFile& file, const std::string& path,
                   std::string message);

// Reports each finding (consistency.hpp) at its path of `file`, as an error or a
// warning; returns whether none is an error.
bool report_findings(Diagnostics& diagnostics, const LoadedFile& file, const std::vector<Finding>& findings);

// Returns `folder`/`stem` with the data file's extension when that file exists, else
// with the other one (.json or .xml), else nullopt.
std::optional<std::string> sibling_data_file(const std::string& folder, const std::string& stem,
                                             const LoadedFile& data);

// Checks that `found`, a data file kansli found for the field `path` of `referrer` (the
// organisation, a report, a meeting: `what`), is allowed by `paths` (no symbolic link
// leading outside the root); reports at that field and returns false when it is not.
bool check_found_file(const PathPolicy& paths, const std::string& found, const std::string& what,
                      const LoadedFile& referrer, const std::string& path, Diagnostics& diagnostics);

// Returns the string member `key` of `object`, or "" when absent or not a string.
std::string text_member(const Value& object, const char* key);

}  // namespace kansli::prepare
