// Prepares tjänsteutlåtanden (see steps.hpp): a report rendered on its own, with its
// meeting; and the reports a meeting's agenda names, for a meeting packet.
#include <filesystem>

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
bool check_written_for(const Value& meeting, const LoadedFile& meeting_file, std::size_t item,
                       const LoadedFile& report_file, Diagnostics& diagnostics) {
  const std::string id = text_member(meeting, "id"), written_for = text_member(report_file.root, "meeting");
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

// Sums the amounts of the financial consequences into "total", exactly (in öre); a
// total beyond the range of amounts is an error at the amount that takes it there.
bool total_amounts(Value& report_value, const LoadedFile& file, Diagnostics& diagnostics) {
  const Value* financial = report_value.find("financial");
  if (!financial) return true;  // the schema requires it
  const std::string path = "/financial/amounts";
  std::vector<Money> amounts;
  const Value* listed = financial->find("amounts");
  const Value::Array no_rows;
  const auto& rows = listed ? listed->as_array() : no_rows;  // none: the total is 0 kr
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Value* amount = rows[i].find("amount");
    const auto exact = amount && amount->is_number() ? amount->exact_number() : std::nullopt;
    const AmountReading reading = exact ? read_amount(*exact) : AmountReading{};
    if (!reading.money) {  // validation refuses these first; data built otherwise lands here
      report(diagnostics, file, child_path(child_path(path, i), "amount"),
             "'amount' " + (reading.problem.empty() ? "is not an exact number of kronor" : reading.problem));
      return false;
    }
    amounts.push_back(*reading.money);
  }
  const MoneySum total = sum(amounts);
  if (!total.total) {
    report(diagnostics, file, child_path(child_path(path, total.overflow_at), "amount"),
           std::string("the amounts add up to more than ") + kMaxAmountText + " with this one")
        .hints.push_back("the total is shown exactly, so it must stay within that too; is an amount mistyped?");
    return false;
  }
  Value updated = *financial;
  updated.set("total", Value::amount(*total.total));
  report_value.set("financial", std::move(updated));
  return true;
}

// Resolves a report's persons and totals its amounts; `item` is its agenda item, if any.
// `value` is the report's data, from `file` (which locates its problems).
std::optional<Value> prepare_report_value(Value value, const LoadedFile& file, const Organisation& organisation,
                                          const Value* item, Diagnostics& diagnostics) {
  bool ok = report_findings(diagnostics, file, check_file_id(text_member(value, "id"), file.path));
  ok = resolve_person(value, "author", "", file, organisation, diagnostics) && ok;
  ok = resolve_person(value, "signatory", "", file, organisation, diagnostics) && ok;
  ok = total_amounts(value, file, diagnostics) && ok;
  if (!ok) return std::nullopt;
  if (item) value.set("agenda_item", *item);
  return value;
}

}  // namespace

std::optional<DataModel> prepare_report(const LoadedFile& data, const Organisation& organisation,
                                        const DataFileLoader& load, Diagnostics& diagnostics) {
  auto meeting_file = load_meeting_of(data, organisation, load, diagnostics);
  if (!meeting_file) return std::nullopt;
  auto meeting = prepare_meeting(*meeting_file, organisation, nullptr, diagnostics);
  if (!meeting) return std::nullopt;
  // The agenda item that presents this report gives it its number at the meeting.
  const Value& prepared_meeting = *meeting->root.find("meeting");
  const Value* item = nullptr;
  for (const auto& entry : prepared_meeting.find("agenda")->as_array()) {
    if (text_member(entry, "report") == text_member(data.root, "id")) item = &entry;
  }
  auto report_value = prepare_report_value(data.root, data, organisation, item, diagnostics);
  if (!report_value) return std::nullopt;
  DataModel model;
  model.root = Value::object({{"organisation", *meeting->root.find("organisation")},
                              {"body", *meeting->root.find("body")},
                              {"meeting", prepared_meeting},
                              {"report", std::move(*report_value)}});
  model.sources = {{"/report", data.source_map},
                   {"/meeting", meeting_file->source_map},
                   {"/organisation", organisation.file().source_map}};
  return model;
}

bool attach_reports(Value& meeting, const LoadedFile& data, const Organisation& organisation,
                    const DataFileLoader& load, DataModel& model, Diagnostics& diagnostics) {
  const std::string folder = (std::filesystem::path(organisation.directory()) / "reports").string();
  Value reports = Value::array();
  bool ok = true;
  const auto& agenda = meeting.find("agenda")->as_array();
  for (std::size_t i = 0; i < agenda.size(); ++i) {
    const std::string id = text_member(agenda[i], "report");
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
    // The file's data and source map go into the model as they are (not copied).
    auto file = load(*path, diagnostics);
    if (file && !check_written_for(meeting, data, i, *file, diagnostics)) file.reset();
    auto value = file ? prepare_report_value(std::move(file->root), *file, organisation, &agenda[i], diagnostics)
                      : std::nullopt;
    if (!value) {
      ok = false;
      continue;
    }
    model.sources.emplace_back(child_path("/meeting/reports", reports.as_array().size()), std::move(file->source_map));
    reports.push_back(std::move(*value));
  }
  meeting.set("reports", std::move(reports));
  return ok;
}

}  // namespace kansli::prepare
