// Builds the model of a meeting (kallelse, meeting packet; see prepare.hpp), and
// prepare_model, which finds the organisation and dispatches on the table of kinds
// (kinds.hpp). Each step resolves references, derives a value or checks the meeting
// against the domain's rules (consistency.hpp); every problem is reported with the
// position of the field in the data file.
#include "prepare/prepare.hpp"

#include <algorithm>

#include "model/template_value.hpp"
#include "prepare/minutes_prepare.hpp"
#include "prepare/kinds.hpp"
#include "prepare/organisation.hpp"
#include "prepare/read_data.hpp"
#include "prepare/steps.hpp"

namespace kansli {
namespace {

using prepare::MeetingFacts;
using prepare::Organisation;
using prepare::report;
using prepare::report_findings;
using prepare::resolve_person;
using prepare::text_member;

// Reads the agenda of the meeting in `file`: numbers its items 1, 2, … in order, checks
// their types (model::ItemType, which templates see with its Swedish label) and resolves
// their presenters.
bool prepare_agenda(const LoadedFile& file, const Organisation& organisation, std::vector<model::AgendaItem>& agenda,
                    Diagnostics& diagnostics) {
  const Value* written = file.root.find("agenda");
  if (!written || !written->is_array() || written->as_array().empty()) {
    report(diagnostics, file, "/agenda", "the meeting has no agenda items")
        .hints.push_back("add \"agenda\": [{\"title\": \"Mötets öppnande\", \"type\": \"formal\"}, …]");
    return false;
  }
  bool ok = true;
  for (std::size_t i = 0; i < written->as_array().size(); ++i) {
    const Value& value = written->as_array()[i];
    const std::string path = child_path("/agenda", i);
    model::AgendaItem& item = agenda.emplace_back(prepare::read_agenda_item(value));
    item.number = static_cast<int>(i + 1);
    const std::string type = text_member(value, "type");
    if (!model::value_named(type, model::kItemTypeNames)) {
      report(diagnostics, file, child_path(path, "type"), "unknown agenda item type '" + type + "'")
          .hints.push_back("expected 'decision' (beslut), 'information', 'announcement' (anmälan), "
                           "'election' (val) or 'formal'");
      ok = false;
      continue;
    }
    ok = resolve_person(file, child_path(path, "presenter"), organisation, item.presenter, diagnostics) && ok;
  }
  return ok;
}

// Where a meeting names persons in its minutes; '*' stands for every list item.
constexpr const char* kMinutesPersonPaths[] = {
    "/minutes/chair", "/minutes/attendance/*/person", "/minutes/attendance/*/serves_for",
    "/minutes/attendance/*/serves/*/for", "/minutes/adjusters/*", "/minutes/justering/signatures/*/person",
    "/agenda/*/minutes/chair", "/agenda/*/minutes/disqualified/*", "/agenda/*/minutes/motions/*/by",
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

std::optional<model::Date> date_at(const Value& root, const std::string& path) {
  const Value* value = value_at(root, path);
  return value && value->is_string() ? model::Date::parse(value->as_string()) : std::nullopt;
}

// Checks the meeting's id, times and dates against each other and the förbundsordning
// (consistency.hpp); returns whether none is an error.
// R-08 to R-10 (minutes_prepare.hpp) add the dates' deadlines; a date the order checks
// have found wrong is reported once.
bool check_meeting_facts(const LoadedFile& data, const model::Meeting& meeting, const Organisation& organisation,
                         Diagnostics& diagnostics) {
  MeetingFacts facts;
  facts.date = date_at(data.root, "/date");
  facts.start = model::ClockTime::parse(text_member(data.root, "start"));
  facts.end = model::ClockTime::parse(text_member(data.root, "end"));
  facts.notice_sent = date_at(data.root, "/notice/sent");
  facts.justering = date_at(data.root, "/minutes/justering/date");
  facts.anslag_posted = date_at(data.root, "/minutes/anslag/posted");
  const bool id_ok = report_findings(diagnostics, data, prepare::check_file_id(text_member(data.root, "id"), data.path));
  std::vector<prepare::Finding> findings = prepare::check_meeting(facts, organisation.notice_rules());
  const std::size_t order_findings = findings.size();
  for (prepare::Finding& finding : prepare::check_justering_and_anslag(meeting)) {
    const auto same_path = [&](const prepare::Finding& found) { return found.path == finding.path; };
    if (std::none_of(findings.begin(), findings.begin() + order_findings, same_path)) findings.push_back(finding);
  }
  return report_findings(diagnostics, data, findings) && id_ok;
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

// the first § follows the body's earlier meetings of the year; stated, it is checked.
bool number_meeting(const LoadedFile& data, model::Meeting& meeting, const Organisation& organisation,
                    const DataFileLoader& load, Diagnostics& diagnostics) {
  if (!meeting.minutes) return true;
  const auto& rules = organisation.model().rules;
  const bool number_unhandled = rules && rules->numbered_when_not_handled.value_or(false);
  const auto earlier = prepare::earlier_meetings(data, meeting, organisation, load);
  return report_findings(diagnostics, data, prepare::number_paragraphs(meeting, earlier, number_unhandled, data.path));
}

}  // namespace

namespace prepare {

bool resolve_person(const LoadedFile& file, const std::string& path, const Organisation& organisation,
                    std::optional<model::NamedPerson>& person, Diagnostics& diagnostics) {
  const Value* id = value_at(file.root, path);
  if (!id) return true;
  person = organisation.person(*id, file, path, diagnostics);
  return person.has_value();
}

bool resolve_person(const LoadedFile& file, const std::string& path, const Organisation& organisation,
                    model::NamedPerson& person, Diagnostics& diagnostics) {
  std::optional<model::NamedPerson> found;
  const bool ok = resolve_person(file, path, organisation, found, diagnostics);
  if (found) person = std::move(*found);
  return ok;
}

std::optional<Prepared<model::MeetingModel>> prepare_meeting(const LoadedFile& data, const Organisation& organisation,
                                                             const DataFileLoader* reports,
                                                             Diagnostics& diagnostics) {
  // The body as it is on the meeting's day: the mandates that hold then.
  const Value* body_id = data.root.find("body");
  auto body = organisation.body(body_id ? *body_id : Value(), data, "/body", diagnostics, date_at(data.root, "/date"));
  bool ok = body.has_value();
  model::Meeting meeting = read_meeting(data.root);
  ok = check_meeting_facts(data, meeting, organisation, diagnostics) && ok;
  derive_justering_and_anslag(meeting);
  ok = resolve_person(data, "/secretary", organisation, meeting.secretary, diagnostics) && ok;
  ok = resolve_person(data, "/notice/signed_by", organisation, meeting.notice.signed_by, diagnostics) && ok;
  ok = prepare_agenda(data, organisation, meeting.agenda, diagnostics) && ok;
  // The rules per § read persons the references check has found, once.
  if (check_minutes_references(data, organisation, diagnostics)) {
    if (reports) ok = number_meeting(data, meeting, organisation, *reports, diagnostics) && ok;
    ok = report_findings(diagnostics, data, check_sitting_of(meeting, organisation.model())) && ok;
    derive_sitting(meeting, organisation.model());
  } else {
    ok = false;
  }
  Sources sources = {{"/meeting", data.source_map}, {"/organisation", organisation.file().source_map}};
  if (reports && ok) ok = attach_reports(meeting, data, organisation, *reports, sources, diagnostics);
  if (!ok) return std::nullopt;
  return Prepared<model::MeetingModel>{{organisation.model(), std::move(*body), std::move(meeting)},
                                       std::move(sources)};
}

std::optional<DataModel> prepare_meeting_document(const LoadedFile& data, const Organisation& organisation,
                                                  const DataFileLoader& load, Diagnostics& diagnostics) {
  auto prepared = prepare_meeting(data, organisation, &load, diagnostics);
  if (!prepared) return std::nullopt;
  return DataModel{model::to_template_value(std::move(prepared->model)), std::move(prepared->sources)};
}

}  // namespace prepare

namespace {

// Lists the kinds that have a model, as a hint does: "meeting", "report" or "roles".
std::string document_kinds() {
  std::vector<std::string_view> names;
  for (const KindInfo& kind : kinds()) {
    if (kind.prepare) names.push_back(kind.name);
  }
  std::string list;
  for (std::size_t i = 0; i < names.size(); ++i) {
    list += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + ("\"" + std::string(names[i]) + "\"");
  }
  return list;
}

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
  const std::string name = text_member(data.root, "kind");
  const KindInfo* kind = find_kind(name);
  if (!kind || !kind->prepare) {
    report(diagnostics, data, "/kind", "unknown data kind '" + name + "'")
        .hints.push_back("expected \"kind\": " + document_kinds());
    return std::nullopt;
  }
  auto organisation = Organisation::find_for(data, load, files, diagnostics);
  if (!organisation || !organisation->check_references(diagnostics)) return std::nullopt;
  return kind->prepare(data, *organisation, load, diagnostics);
}

bool check_data_file(const LoadedFile& file, const DataFileLoader& load, const Files& files,
                     Diagnostics& diagnostics) {
  const KindInfo* kind = find_kind(text_member(file.root, "kind"));
  if (!kind) return true;  // the schema has said what is wrong
  return kind->prepare ? prepare_model(file, load, files, diagnostics).has_value()
                       : check_organisation(file, files, diagnostics);
}

}  // namespace kansli
