// Prepares tjänsteutlåtanden (see steps.hpp): a report rendered on its own, with its
// meeting; and the reports a meeting's agenda names, for a meeting packet.
#include <filesystem>

#include "model/template_value.hpp"
#include "prepare/read_data.hpp"
#include "prepare/steps.hpp"

namespace kansli::prepare {
namespace {

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
  const auto path = sibling_data_file(folder, id, data);
  if (!path) {
    report(diagnostics, data, "/meeting", "unknown meeting '" + id + "'")
        .hints.push_back("expected the file " + folder + "/" + id + ".json");
    return std::nullopt;
  }
  if (!check_found_file(organisation.paths(), *path, "the meeting file", data, "/meeting", diagnostics)) {
    return std::nullopt;
  }
  return load(*path, diagnostics);
}

// A meeting packet holds the tjänsteutlåtanden written for that meeting: a report
// written for another meeting (its "meeting") would put another matter's proposal before
// the board. Reports it at the report's "meeting", with the agenda item naming it.
bool check_written_for(const model::Meeting& meeting, const LoadedFile& meeting_file, std::size_t item,
                       const LoadedFile& report_file, Diagnostics& diagnostics) {
  const std::string& id = meeting.id.text();
  const std::string written_for = text_member(report_file.root, "meeting");
  if (id.empty() || written_for == id) return true;
  const std::string item_path = child_path(child_path("/agenda", item), "report");
  report(diagnostics, report_file, "/meeting",
         "the tjänsteutlåtande '" + text_member(report_file.root, "id") + "' is written for the meeting '" +
             written_for + "', not for '" + id + "', whose agenda names it")
      .hints.push_back("agenda item " + std::to_string(item + 1) + " names it at " +
                       format_position(meeting_file.source_map.locate(item_path)) +
                       "; correct the report's \"meeting\" or the item's \"report\"");
  return false;
}

// Reads the amounts of the financial consequences of the report in `file` into
// `financial`, exactly (in öre), and sums them into its total; a total beyond the range of
// amounts is an error at the amount that takes it there.
bool total_amounts(const LoadedFile& file, model::Financial& financial, Diagnostics& diagnostics) {
  const std::string path = "/financial/amounts";
  const Value* listed = value_at(file.root, path);
  if (!listed || !listed->is_array()) return true;  // none: the total is 0 kr
  std::vector<model::AmountLine> lines;
  std::vector<Money> amounts;
  const auto& rows = listed->as_array();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Value* amount = rows[i].find("amount");
    const auto exact = amount && amount->is_number() ? amount->exact_number() : std::nullopt;
    const AmountReading reading = exact ? read_amount(*exact) : AmountReading{};
    if (!reading.money) {  // validation refuses these first; data built otherwise lands here
      report(diagnostics, file, child_path(child_path(path, i), "amount"),
             "'amount' " + (reading.problem.empty() ? "is not an exact number of kronor" : reading.problem));
      return false;
    }
    lines.push_back({text_member(rows[i], "label"), *reading.money});
    amounts.push_back(*reading.money);
  }
  const MoneySum total = sum(amounts);
  if (!total.total) {
    report(diagnostics, file, child_path(child_path(path, total.overflow_at), "amount"),
           std::string("the amounts add up to more than ") + kMaxAmountText + " with this one")
        .hints.push_back("the total is shown exactly, so it must stay within that too; is an amount mistyped?");
    return false;
  }
  financial.amounts = std::move(lines);
  financial.total = *total.total;
  return true;
}

// Prepares the report in `file`: resolves its persons and totals its amounts; `item` is
// its agenda item, if any.
std::optional<model::Report> prepare_report_of(const LoadedFile& file, const Organisation& organisation,
                                               const model::AgendaItem* item, Diagnostics& diagnostics) {
  bool ok = report_findings(diagnostics, file, check_file_id(text_member(file.root, "id"), file.path));
  model::Report report = read_report(file.root);
  ok = resolve_person(file, "/author", organisation, report.author, diagnostics) && ok;
  ok = resolve_person(file, "/signatory", organisation, report.signatory, diagnostics) && ok;
  ok = total_amounts(file, report.financial, diagnostics) && ok;
  if (!ok) return std::nullopt;
  if (item) report.agenda_item = *item;
  return report;
}

}  // namespace

std::optional<Prepared<model::ReportModel>> prepare_report(const LoadedFile& data, const Organisation& organisation,
                                                           const DataFileLoader& load, Diagnostics& diagnostics) {
  auto meeting_file = load_meeting_of(data, organisation, load, diagnostics);
  if (!meeting_file) return std::nullopt;
  auto meeting = prepare_meeting(*meeting_file, organisation, nullptr, diagnostics);
  if (!meeting) return std::nullopt;
  // The agenda item that presents this report gives it its number at the meeting.
  const std::string id = text_member(data.root, "id");
  const model::AgendaItem* item = nullptr;
  for (const auto& entry : meeting->model.meeting.agenda) {
    if ((entry.report ? entry.report->text() : "") == id) item = &entry;
  }
  auto report = prepare_report_of(data, organisation, item, diagnostics);
  if (!report) return std::nullopt;
  model::MeetingModel& parts = meeting->model;
  return Prepared<model::ReportModel>{
      {std::move(parts.organisation), std::move(parts.body), std::move(parts.meeting), std::move(*report)},
      {{"/report", data.source_map},
       {"/meeting", meeting_file->source_map},
       {"/organisation", organisation.file().source_map}}};
}

std::optional<DataModel> prepare_report_document(const LoadedFile& data, const Organisation& organisation,
                                                 const DataFileLoader& load, Diagnostics& diagnostics) {
  auto prepared = prepare_report(data, organisation, load, diagnostics);
  if (!prepared) return std::nullopt;
  return DataModel{model::to_template_value(std::move(prepared->model)), std::move(prepared->sources)};
}

bool attach_reports(model::Meeting& meeting, const LoadedFile& data, const Organisation& organisation,
                    const DataFileLoader& load, Sources& sources, Diagnostics& diagnostics) {
  const std::string folder = (std::filesystem::path(organisation.directory()) / "reports").string();
  std::vector<model::Report> reports;
  bool ok = true;
  for (std::size_t i = 0; i < meeting.agenda.size(); ++i) {
    const model::AgendaItem& item = meeting.agenda[i];
    const std::string id = item.report ? item.report->text() : "";
    if (id.empty()) continue;
    const auto path = sibling_data_file(folder, id, data);
    if (!path) {
      report(diagnostics, data, child_path(child_path("/agenda", i), "report"), "unknown report '" + id + "'")
          .hints.push_back("expected the tjänsteutlåtande in " + folder + "/" + id + ".json");
      ok = false;
      continue;
    }
    if (!check_found_file(organisation.paths(), *path, "the report file", data,
                          child_path(child_path("/agenda", i), "report"), diagnostics)) {
      ok = false;
      continue;
    }
    // The file's source map goes into the model as it is (not copied).
    auto file = load(*path, diagnostics);
    if (file && !check_written_for(meeting, data, i, *file, diagnostics)) file.reset();
    auto prepared = file ? prepare_report_of(*file, organisation, &item, diagnostics) : std::nullopt;
    if (!prepared) {
      ok = false;
      continue;
    }
    sources.emplace_back(child_path("/meeting/reports", reports.size()), std::move(file->source_map));
    reports.push_back(std::move(*prepared));
  }
  meeting.reports = std::move(reports);
  return ok;
}

}  // namespace kansli::prepare
