// Builds template models for meetings (kallelse) and reports (tjänsteutlåtande)
// (see prepare.hpp). Each step resolves references or derives a value; every
// problem is reported with the position of the field in the data file.
#include "prepare/prepare.hpp"

#include <filesystem>

#include "prepare/organisation.hpp"

namespace kansli {
namespace {

using prepare::Organisation;
using prepare::report;
using prepare::text_member;

struct ItemType {
  const char* key;
  const char* label;
};
constexpr ItemType kItemTypes[] = {{"decision", "Beslut"},
                                   {"information", "Information"},
                                   {"announcement", "Anmälan"},
                                   {"election", "Val"},
                                   {"formal", ""}};

// Replaces the person id at `key` of `object` (at `path` in `file`) by the person.
bool resolve_person(Value& object, const char* key, const std::string& path, const LoadedFile& file,
                    const Organisation& organisation, Diagnostics& diagnostics) {
  const Value* id = object.find(key);
  if (!id) return true;
  auto person = organisation.person(*id, file, child_path(path, key), diagnostics);
  if (!person) return false;
  object.set(key, std::move(*person));
  return true;
}

// Numbers the agenda, labels item types and resolves presenters.
bool prepare_agenda(Value& meeting, const LoadedFile& file, const Organisation& organisation,
                    Diagnostics& diagnostics) {
  Value* agenda = meeting.find("agenda");
  if (!agenda || !agenda->is_array() || agenda->as_array().empty()) {
    report(diagnostics, file, "/agenda", "the meeting has no agenda items")
        .hints.push_back("add \"agenda\": [{\"title\": \"Mötets öppnande\", \"type\": \"formal\"}, …]");
    return false;
  }
  bool ok = true;
  for (std::size_t i = 0; i < agenda->as_array().size(); ++i) {
    Value& item = agenda->as_array()[i];
    const std::string path = child_path("/agenda", i);
    item.set("number", Value::number(static_cast<double>(i + 1)));
    const std::string type = text_member(item, "type");
    const ItemType* found = nullptr;
    for (const auto& t : kItemTypes) found = type == t.key ? &t : found;
    if (!found) {
      report(diagnostics, file, child_path(path, "type"), "unknown agenda item type '" + type + "'")
          .hints.push_back("expected 'decision' (beslut), 'information', 'announcement' (anmälan), "
                           "'election' (val) or 'formal'");
      ok = false;
      continue;
    }
    item.set("type_label", Value::string(found->label));
    ok = resolve_person(item, "presenter", path, file, organisation, diagnostics) && ok;
  }
  return ok;
}

// Where a meeting names persons in its minutes; '*' stands for every list item.
constexpr const char* kMinutesPersonPaths[] = {
    "/minutes/chair", "/minutes/attendance/*/person", "/minutes/attendance/*/serves_for",
    "/minutes/adjusters/*", "/agenda/*/minutes/disqualified/*", "/agenda/*/minutes/motions/*/by",
    "/agenda/*/minutes/vote/votes/*/person", "/agenda/*/minutes/reservations/*/by/*",
    "/agenda/*/minutes/notes/*/by/*"};

// Expands a path with '*' into the paths that exist in `root`.
void expand_path(const Value& root, const std::string& pattern, std::vector<std::string>& out) {
  const std::size_t star = pattern.find('*');
  if (star == std::string::npos) {
    if (value_at(root, pattern)) out.push_back(pattern);
    return;
  }
  const std::string list_path = pattern.substr(0, star - 1);
  const Value* list = value_at(root, list_path);
  if (!list || !list->is_array()) return;
  for (std::size_t i = 0; i < list->as_array().size(); ++i) {
    expand_path(root, child_path(list_path, i) + pattern.substr(star + 1), out);
  }
}

bool check_minutes_references(const LoadedFile& data, const Organisation& organisation, Diagnostics& diagnostics) {
  std::vector<std::string> paths;
  for (const char* pattern : kMinutesPersonPaths) expand_path(data.root, pattern, paths);
  bool ok = true;
  for (const auto& path : paths) ok = organisation.check_person(data, path, diagnostics) && ok;
  return ok;
}

std::optional<DataModel> prepare_meeting(const LoadedFile& data, const Organisation& organisation,
                                         Diagnostics& diagnostics) {
  Value meeting = data.root;
  auto body = organisation.body(meeting.find("body") ? *meeting.find("body") : Value(), data,
                                "/body", diagnostics);
  bool ok = body.has_value();
  ok = resolve_person(meeting, "secretary", "", data, organisation, diagnostics) && ok;
  if (const Value* notice = data.root.find("notice")) {
    Value resolved = *notice;
    ok = resolve_person(resolved, "signed_by", "/notice", data, organisation, diagnostics) && ok;
    meeting.set("notice", std::move(resolved));
  }
  ok = prepare_agenda(meeting, data, organisation, diagnostics) && ok;
  ok = check_minutes_references(data, organisation, diagnostics) && ok;
  if (!ok) return std::nullopt;
  DataModel model;
  model.root = Value::object({{"organisation", organisation.model()},
                              {"body", std::move(*body)},
                              {"meeting", std::move(meeting)}});
  model.sources = {{"/meeting", data.source_map}, {"/organisation", organisation.file().source_map}};
  return model;
}

// Loads the meeting a report is written for, from <organisation folder>/meetings/<id>.json.
std::optional<LoadedFile> load_meeting_of(const LoadedFile& data, const Organisation& organisation,
                                          const DataFileLoader& load, Diagnostics& diagnostics) {
  const std::string id = text_member(data.root, "meeting");
  if (id.empty()) {
    report(diagnostics, data, "", "the report names no meeting")
        .hints.push_back("add \"meeting\": \"<id>\", the file name of the meeting in meetings/");
    return std::nullopt;
  }
  const std::string folder = (std::filesystem::path(organisation.directory()) / "meetings").string();
  const auto path = prepare::sibling_data_file(folder, id, data);
  if (!path) {
    report(diagnostics, data, "/meeting", "unknown meeting '" + id + "'")
        .hints.push_back("expected the file " + folder + "/" + id + ".json");
    return std::nullopt;
  }
  return load(*path, diagnostics);
}

// Sums the amounts of the financial consequences into "total".
void total_amounts(Value& report_value) {
  const Value* financial = report_value.find("financial");
  if (!financial || !financial->find("amounts")) return;
  Value updated = *financial;
  double total = 0;
  for (const auto& row : financial->find("amounts")->as_array()) {
    if (const Value* amount = row.find("amount"); amount && amount->is_number()) total += amount->as_number();
  }
  updated.set("total", Value::number(total));
  report_value.set("financial", std::move(updated));
}

std::optional<DataModel> prepare_report(const LoadedFile& data, const Organisation& organisation,
                                        const DataFileLoader& load, Diagnostics& diagnostics) {
  auto meeting_file = load_meeting_of(data, organisation, load, diagnostics);
  if (!meeting_file) return std::nullopt;
  auto meeting = prepare_meeting(*meeting_file, organisation, diagnostics);
  if (!meeting) return std::nullopt;
  Value report_value = data.root;
  bool ok = resolve_person(report_value, "author", "", data, organisation, diagnostics);
  ok = resolve_person(report_value, "signatory", "", data, organisation, diagnostics) && ok;
  if (!ok) return std::nullopt;
  total_amounts(report_value);
  // The agenda item that presents this report gives it its number at the meeting.
  const Value& prepared_meeting = *meeting->root.find("meeting");
  for (const auto& item : prepared_meeting.find("agenda")->as_array()) {
    if (text_member(item, "report") == text_member(data.root, "id")) report_value.set("agenda_item", item);
  }
  DataModel model;
  model.root = Value::object({{"organisation", *meeting->root.find("organisation")},
                              {"body", *meeting->root.find("body")},
                              {"meeting", prepared_meeting},
                              {"report", std::move(report_value)}});
  model.sources = {{"/report", data.source_map},
                   {"/meeting", meeting_file->source_map},
                   {"/organisation", organisation.file().source_map}};
  return model;
}

}  // namespace

bool check_organisation(const LoadedFile& organisation, const PathPolicy& paths, Diagnostics& diagnostics) {
  const auto indexed = Organisation::from_file(organisation, paths, diagnostics);
  return indexed && indexed->check_references(diagnostics);
}

std::optional<DataModel> prepare_model(const LoadedFile& data, const DataFileLoader& load,
                                       const PathPolicy& paths, Diagnostics& diagnostics) {
  if (!data.root.is_object()) {
    report(diagnostics, data, "", "a data file must be a JSON object");
    return std::nullopt;
  }
  const std::string kind = text_member(data.root, "kind");
  if (kind != "meeting" && kind != "report") {
    report(diagnostics, data, "/kind", "unknown data kind '" + kind + "'")
        .hints.push_back("expected \"kind\": \"meeting\" or \"kind\": \"report\"");
    return std::nullopt;
  }
  auto organisation = Organisation::find_for(data, load, paths, diagnostics);
  if (!organisation || !organisation->check_references(diagnostics)) return std::nullopt;
  return kind == "meeting" ? prepare_meeting(data, *organisation, diagnostics)
                           : prepare_report(data, *organisation, load, diagnostics);
}

}  // namespace kansli
