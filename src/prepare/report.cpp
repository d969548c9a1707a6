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

// Resolves a report's persons and totals its amounts; `item` is its agenda item, if any.
// `value` is the report's data, from `file` (which locates its problems).
std::optional<Value> prepare_report_value(Value value, const LoadedFile& file, const Organisation& organisation,
                                          const Value* item, Diagnostics& diagnostics) {
  bool ok = resolve_person(value, "author", "", file, organisation, diagnostics);
  ok = resolve_person(value, "signatory", "", file, organisation, diagnostics) && ok;
  if (!ok) return std::nullopt;
  total_amounts(value);
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
