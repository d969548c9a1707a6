// Builds template models for meetings (kallelse) and reports (tjänsteutlåtande)
// (see prepare.hpp). Each step resolves references, derives a value or checks the
// meeting against the domain's rules (consistency.hpp); every problem is reported with
// the position of the field in the data file.
#include "prepare/prepare.hpp"

#include "prepare/organisation.hpp"
#include "prepare/steps.hpp"
#include "sv/format.hpp"

namespace kansli {
namespace {

using prepare::attach_reports;
using prepare::Organisation;
using prepare::MeetingFacts;
using prepare::report;
using prepare::report_findings;
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

}  // namespace

namespace prepare {

bool resolve_person(Value& object, const char* key, const std::string& path, const LoadedFile& file,
                    const Organisation& organisation, Diagnostics& diagnostics) {
  const Value* id = object.find(key);
  if (!id) return true;
  auto person = organisation.person(*id, file, child_path(path, key), diagnostics);
  if (!person) return false;
  object.set(key, std::move(*person));
  return true;
}

}  // namespace prepare

namespace {

using prepare::resolve_person;

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

std::optional<sv::Date> date_at(const Value& root, const std::string& path) {
  const Value* value = value_at(root, path);
  return value && value->is_string() ? sv::parse_iso_date(value->as_string()) : std::nullopt;
}

// Checks the meeting's id, times and dates against each other and the förbundsordning
// (consistency.hpp); returns whether none is an error.
bool check_meeting_facts(const LoadedFile& data, const Organisation& organisation, Diagnostics& diagnostics) {
  MeetingFacts facts;
  facts.date = date_at(data.root, "/date");
  facts.start_minutes = sv::parse_clock_minutes(text_member(data.root, "start"));
  facts.end_minutes = sv::parse_clock_minutes(text_member(data.root, "end"));
  facts.notice_sent = date_at(data.root, "/notice/sent");
  facts.justering = date_at(data.root, "/minutes/justering/date");
  facts.anslag_posted = date_at(data.root, "/minutes/anslag/posted");
  const bool id_ok = report_findings(diagnostics, data, prepare::check_file_id(text_member(data.root, "id"), data.path));
  return report_findings(diagnostics, data, prepare::check_meeting(facts, organisation.notice_rules())) && id_ok;
}

// Checks that those who attend as ledamot or ersättare hold such a seat on the day.
bool check_attendance_seats(const LoadedFile& data, const Organisation& organisation, Diagnostics& diagnostics) {
  const auto date = date_at(data.root, "/date");
  const auto body = organisation.body_facts(text_member(data.root, "body"));
  const Value* attendance = value_at(data.root, "/minutes/attendance");
  if (!date || !body || !attendance || !attendance->is_array()) return true;
  std::vector<prepare::Attendance> entries;
  for (std::size_t i = 0; i < attendance->as_array().size(); ++i) {
    const Value& entry = attendance->as_array()[i];
    entries.push_back({text_member(entry, "person"), text_member(entry, "role"), child_path("/minutes/attendance", i)});
  }
  return report_findings(diagnostics, data, prepare::check_attendance(*body, *date, entries));
}

bool check_minutes_references(const LoadedFile& data, const Organisation& organisation, Diagnostics& diagnostics) {
  std::vector<std::string> paths;
  for (const char* pattern : kMinutesPersonPaths) expand_path(data.root, pattern, paths);
  bool ok = true;
  for (const auto& path : paths) ok = organisation.check_person(data, path, diagnostics) && ok;
  // Whether those who attend sit in the body, once every person is known.
  return ok && check_attendance_seats(data, organisation, diagnostics);
}

}  // namespace

std::optional<DataModel> prepare::prepare_meeting(const LoadedFile& data, const Organisation& organisation,
                                                  const DataFileLoader* reports, Diagnostics& diagnostics) {
  Value meeting = data.root;
  // The body as it is on the meeting's day: the mandates that hold then.
  auto body = organisation.body(meeting.find("body") ? *meeting.find("body") : Value(), data,
                                "/body", diagnostics, date_at(data.root, "/date"));
  bool ok = body.has_value();
  ok = check_meeting_facts(data, organisation, diagnostics) && ok;
  ok = resolve_person(meeting, "secretary", "", data, organisation, diagnostics) && ok;
  if (const Value* notice = data.root.find("notice")) {
    Value resolved = *notice;
    ok = resolve_person(resolved, "signed_by", "/notice", data, organisation, diagnostics) && ok;
    meeting.set("notice", std::move(resolved));
  }
  ok = prepare_agenda(meeting, data, organisation, diagnostics) && ok;
  ok = check_minutes_references(data, organisation, diagnostics) && ok;
  DataModel model;
  model.sources = {{"/meeting", data.source_map}, {"/organisation", organisation.file().source_map}};
  if (reports && ok) ok = attach_reports(meeting, data, organisation, *reports, model, diagnostics);
  if (!ok) return std::nullopt;
  model.root = Value::object({{"organisation", organisation.model()},
                              {"body", std::move(*body)},
                              {"meeting", std::move(meeting)}});
  return model;
}

namespace {

}  // namespace

bool check_organisation(const LoadedFile& organisation, const Files& files, Diagnostics& diagnostics) {
  const auto indexed = Organisation::from_file(organisation, files, diagnostics);
  return indexed && indexed->check_references(diagnostics);
}

std::optional<DataModel> prepare_model(const LoadedFile& data, const DataFileLoader& load,
                                       const Files& files, Diagnostics& diagnostics) {
  if (!data.root.is_object()) {
    report(diagnostics, data, "", "a data file must be a JSON object");
    return std::nullopt;
  }
  const std::string kind = text_member(data.root, "kind");
  if (kind != "meeting" && kind != "report" && kind != "roles") {
    report(diagnostics, data, "/kind", "unknown data kind '" + kind + "'")
        .hints.push_back("expected \"kind\": \"meeting\", \"report\" or \"roles\"");
    return std::nullopt;
  }
  auto organisation = Organisation::find_for(data, load, files, diagnostics);
  if (!organisation || !organisation->check_references(diagnostics)) return std::nullopt;
  if (kind == "roles") return prepare::prepare_roles(data, *organisation, diagnostics);
  return kind == "meeting" ? prepare::prepare_meeting(data, *organisation, &load, diagnostics)
                           : prepare::prepare_report(data, *organisation, load, diagnostics);
}

}  // namespace kansli
