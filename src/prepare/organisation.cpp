// Implements Organisation (see organisation.hpp).
#include "prepare/organisation.hpp"

#include <filesystem>

#include "base/suggest.hpp"
#include "images/images.hpp"
#include "prepare/read_data.hpp"

namespace kansli::prepare {
namespace {

namespace fs = std::filesystem;

constexpr const char* kInsideRootHint =
    "files named in templates, data and themes must be inside the folder kansli works in: run it from a folder "
    "that holds them all, or give --root";

// Finds the organisation file in the data file's folder or the nearest one above it, not
// looking above the root unless `beyond_root` (paths keep the form the user wrote:
// "../organisation.json").
std::optional<std::string> find_organisation_file(const LoadedFile& data, const PathPolicy& paths, bool beyond_root) {
  fs::path dir = fs::path(data.path).parent_path();
  for (int depth = 0; depth < 64; ++depth) {
    if (auto found = sibling_data_file(dir.lexically_normal().string(), "organisation", data)) return found;
    const fs::path canonical = fs::weakly_canonical(fs::absolute(dir.empty() ? fs::path(".") : dir));
    if ((!beyond_root && canonical == fs::path(paths.root())) || canonical == canonical.parent_path()) break;
    dir = dir / "..";
  }
  return std::nullopt;
}

// Reports that no organisation file was found for `data`, saying where one lies above the
// root when there is one (a secretary who runs kansli inside the meetings folder).
void report_no_organisation_file(const LoadedFile& data, const PathPolicy& paths, Diagnostics& diagnostics) {
  const auto outside = find_organisation_file(data, paths, true);
  if (!outside) {
    report(diagnostics, data, "/organisation",
           "no organisation.json (or .xml) found beside '" + data.path + "' or in a folder above it");
    return;
  }
  const std::string folder = fs::path(*outside).parent_path().lexically_normal().string();
  report(diagnostics, data, "/organisation",
         "the organisation file '" + *outside + "' lies outside the folder kansli works in")
      .hints.push_back("run kansli from '" + (folder.empty() ? "." : folder) +
                       "', the förbund's folder, or give --root '" + (folder.empty() ? "." : folder) + "'");
}

template <typename Index>
std::vector<std::string> keys_of(const Index& index) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : index) keys.push_back(key);
  return keys;
}

const Value kNothing;

}  // namespace

model::NamedPerson name_person(model::Person person) {
  std::string name = person.first_name + " " + person.last_name;
  const std::string party = person.party.value_or("");
  std::string with_party = party.empty() ? name : name + " (" + party + ")";
  return {std::move(person), std::move(name), std::move(with_party)};
}

Diagnostic& report(Diagnostics& diagnostics, const LoadedFile& file, const std::string& path,
                   std::string message) {
  auto& error = diagnostics.error(file.source_map.locate(path), std::move(message));
  error.data_path = path;
  return error;
}

bool report_findings(Diagnostics& diagnostics, const LoadedFile& file, const std::vector<Finding>& findings) {
  bool ok = true;
  for (const auto& finding : findings) {
    const SourcePosition at = file.source_map.locate(finding.path);
    auto& diagnostic = finding.severity == Severity::kError ? diagnostics.error(at, finding.message)
                                                            : diagnostics.warning(at, finding.message);
    diagnostic.data_path = finding.path;
    diagnostic.hints = finding.hints;
    ok = ok && finding.severity != Severity::kError;
  }
  return ok;
}

std::optional<std::string> sibling_data_file(const std::string& folder, const std::string& stem,
                                             const LoadedFile& data) {
  const std::string own = fs::path(data.path).extension() == ".xml" ? ".xml" : ".json";
  for (const std::string& extension : {own, std::string(own == ".xml" ? ".json" : ".xml")}) {
    const fs::path candidate = fs::path(folder) / (stem + extension);
    if (fs::exists(candidate)) return candidate.lexically_normal().string();
  }
  return std::nullopt;
}

bool check_found_file(const PathPolicy& paths, const std::string& found, const std::string& what,
                      const LoadedFile& referrer, const std::string& path, Diagnostics& diagnostics) {
  std::string error;
  if (paths.permits(found, error)) return true;
  report(diagnostics, referrer, path, what + " '" + found + "' " + error)
      .hints.push_back("the files kansli finds for data must be inside the folder it works in, after following "
                       "symbolic links: copy the file there, or give --root");
  return false;
}

std::string text_member(const Value& object, const char* key) {
  const Value* v = object.find(key);
  return v && v->is_string() ? v->as_string() : "";
}

std::optional<Organisation> Organisation::find_for(const LoadedFile& data, const DataFileLoader& load,
                                                   const Files& files, Diagnostics& diagnostics) {
  const Value* id = data.root.find("organisation");
  if (!id || !id->is_string()) {
    report(diagnostics, data, "", "the data names no organisation")
        .hints.push_back("add \"organisation\": \"<id>\" naming the id in organisation.json");
    return std::nullopt;
  }
  const auto path = find_organisation_file(data, files.policy(), false);
  if (!path) {
    report_no_organisation_file(data, files.policy(), diagnostics);
    return std::nullopt;
  }
  if (!check_found_file(files.policy(), *path, "the organisation file", data, "/organisation", diagnostics)) {
    return std::nullopt;
  }
  auto file = load(*path, diagnostics);
  if (!file) return std::nullopt;
  if (text_member(file->root, "id") != id->as_string()) {
    report(diagnostics, data, "/organisation", "unknown organisation '" + id->as_string() + "'")
        .hints.push_back("the nearest organisation file, " + *path + ", has id '" +
                         text_member(file->root, "id") + "'");
    return std::nullopt;
  }
  return from_file(std::move(*file), files, diagnostics);
}

std::optional<Organisation> Organisation::from_file(LoadedFile file, const Files& files,
                                                    Diagnostics& diagnostics) {
  Organisation organisation;
  organisation.file_ = std::move(file);
  organisation.files_ = &files;
  organisation.model_ = read_organisation(organisation.file_.root);
  organisation.index_list("persons", organisation.persons_, diagnostics);
  organisation.index_list("members", organisation.members_, diagnostics);
  organisation.index_list("bodies", organisation.bodies_, diagnostics);
  const std::string logo = text_member(organisation.file_.root, "logo");
  if (logo.empty()) return organisation;
  std::string error;
  const auto resolved = files.resolve(organisation.file_.path, logo, error);
  if (!resolved) {
    report(diagnostics, organisation.file_, "/logo", "the logo " + error).hints.push_back(kInsideRootHint);
    return std::nullopt;
  }
  if (!read_image(files, *resolved, error)) {
    report(diagnostics, organisation.file_, "/logo", "the logo " + error)
        .hints.push_back("the logo must be a whole PNG or JPEG file, relative to " + organisation.file_.path);
    return std::nullopt;
  }
  organisation.model_.logo = *resolved;
  return organisation;
}

std::string Organisation::directory() const { return fs::path(file_.path).parent_path().string(); }

void Organisation::index_list(const char* key, Index& index, Diagnostics& diagnostics) const {
  const Value* list = file_.root.find(key);
  if (!list || !list->is_array()) return;
  for (std::size_t i = 0; i < list->as_array().size(); ++i) {
    const Value& entry = list->as_array()[i];
    const std::string id = text_member(entry, "id");
    if (id.empty()) continue;
    const std::string path = child_path(child_path("", key), i);
    if (!index.emplace(id, Entry{i, path}).second) {
      report(diagnostics, file_, child_path(path, "id"), "duplicate id '" + id + "' in " + key);
    }
  }
}

const Organisation::Entry* Organisation::lookup(const Index& index, const char* what,
                                                const Value& id, const LoadedFile& referrer,
                                                const std::string& path,
                                                Diagnostics& diagnostics) const {
  if (!id.is_string()) {
    report(diagnostics, referrer, path, std::string("a ") + what + " reference must be an id text");
    return nullptr;
  }
  const auto found = index.find(id.as_string());
  if (found != index.end()) return &found->second;
  auto& error = report(diagnostics, referrer, path,
                       std::string("unknown ") + what + " '" + id.as_string() + "'");
  if (auto near = closest_match(id.as_string(), keys_of(index))) {
    error.hints.push_back("did you mean '" + *near + "'?");
  }
  error.hints.push_back(std::string("the organisation's ") + what + " ids are listed in " + file_.path);
  return nullptr;
}

std::optional<model::NamedPerson> Organisation::person(const Value& id, const LoadedFile& referrer,
                                                       const std::string& path, Diagnostics& diagnostics) const {
  const Entry* found = lookup(persons_, "person", id, referrer, path, diagnostics);
  if (!found) return std::nullopt;
  return name_person(model_.persons[found->index]);
}

std::optional<model::Member> Organisation::member(const Value& id, const LoadedFile& referrer,
                                                  const std::string& path, Diagnostics& diagnostics) const {
  const Entry* found = lookup(members_, "member", id, referrer, path, diagnostics);
  if (!found) return std::nullopt;
  return model_.members[found->index];
}

const Value& Organisation::written(const std::string& path) const {
  const Value* value = value_at(file_.root, path);
  return value ? *value : kNothing;
}

NoticeRules Organisation::notice_rules() const {
  NoticeRules rules;
  if (!model_.rules) return rules;
  const auto read = [&](const char* key, const std::optional<model::Number>& number, std::optional<long>& days,
                        std::string& where) {
    if (!number) return;
    days = static_cast<long>(number->value);
    where = format_position(file_.source_map.locate(std::string("/rules/") + key));
  };
  read("notice_days_min", model_.rules->notice_days_min, rules.min_days, rules.min_where);
  read("notice_days_max", model_.rules->notice_days_max, rules.max_days, rules.max_where);
  return rules;
}

// the förbundsordning's earliest day for the kallelse cannot come after its latest.
bool Organisation::check_notice_rules(Diagnostics& diagnostics) const {
  const NoticeRules rules = notice_rules();
  if (!rules.min_days || !rules.max_days || *rules.min_days <= *rules.max_days) return true;
  report(diagnostics, file_, "/rules/notice_days_min",
         "the kallelse must go out at least " + std::to_string(*rules.min_days) + " days before a meeting but at most " +
             std::to_string(*rules.max_days))
      .hints.push_back("notice_days_min is the fewest days before the meeting, notice_days_max the most; are they "
                       "swapped?");
  return false;
}

}  // namespace kansli::prepare
