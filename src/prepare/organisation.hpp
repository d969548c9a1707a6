// The organisation a data file belongs to, with its persons, members and bodies
// indexed by id (internal to the prepare stage).
#pragma once

#include <map>
#include <optional>
#include <string>

#include "base/diagnostics.hpp"
#include "load/load.hpp"
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

  // Returns the person with `id` as a model value (with derived "name" fields), or
  // reports a dangling reference written at `path` of `referrer`.
  std::optional<Value> person(const Value& id, const LoadedFile& referrer, const std::string& path,
                              Diagnostics& diagnostics) const;
  // Returns the member (huvudman) with `id`, reporting a dangling reference likewise.
  std::optional<Value> member(const Value& id, const LoadedFile& referrer, const std::string& path,
                              Diagnostics& diagnostics) const;
  // Returns the body (organ) with `id` with its officers and seats resolved. With `day`
  // (a meeting's), only the mandates that hold that day are seats, and the body must
  // have a chair that day.
  std::optional<Value> body(const Value& id, const LoadedFile& referrer, const std::string& path,
                            Diagnostics& diagnostics, const std::optional<sv::Date>& day = std::nullopt) const;
  // Returns the organisation as a model value (members in order, logo path resolved).
  Value model() const;
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
  // An entry of one of the organisation's lists, and its path in the organisation file.
  struct Entry {
    const Value* value;
    std::string path;
  };
  using Index = std::map<std::string, Entry>;

  const Entry* lookup(const Index& index, const char* what, const Value& id,
                      const LoadedFile& referrer, const std::string& path,
                      Diagnostics& diagnostics) const;
  void index_list(const char* key, Index& index, Diagnostics& diagnostics) const;
  BodyFacts body_facts(const Entry& entry) const;
  bool check_notice_rules(Diagnostics& diagnostics) const;

  LoadedFile file_;
  const Files* files_ = nullptr;
  std::string logo_;  // resolved path, or ""
  Index persons_;
  Index members_;
  Index bodies_;
};

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
