// § numbering through the year in the meeting's prepare step (domain.md R-04, with
// minutes_rules.hpp): finds the body's earlier meetings of the same year beside the
// meeting's file (meetings/<body>-<year>-….json or .xml, only earlier dates, so no
// cycle), numbers each from its stated first § or the one before, and derives or checks
// the meeting's own first §.
#include <algorithm>
#include <filesystem>

#include "prepare/minutes_prepare.hpp"
#include "prepare/minutes_rules.hpp"
#include "prepare/read_data.hpp"

namespace kansli::prepare {
namespace {

namespace fs = std::filesystem;

// An earlier meeting as its file says it: its date, stated first § and § count.
struct EarlierMeeting {
  model::Date date;
  std::optional<int> first;
  int count = 0;
  std::string where;
};

// The file names in `folder` that may hold a meeting of `body` in `year`, one per
// meeting (the data's own format preferred), other than `own`.
std::vector<std::string> candidate_files(const fs::path& folder, const std::string& prefix, const fs::path& own) {
  std::vector<std::string> out;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(folder.empty() ? fs::path(".") : folder, error)) {
    const fs::path name = entry.path().filename();
    const std::string stem = name.stem().string(), extension = name.extension().string();
    if (stem.rfind(prefix, 0) != 0 || stem == own.stem().string()) continue;
    if (extension != own.extension().string()) {
      const bool twin = fs::exists(folder / (stem + own.extension().string()));
      if (twin || (extension != ".json" && extension != ".xml")) continue;
    }
    out.push_back((folder / name).string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::vector<NumberedMeeting> earlier_meetings(const LoadedFile& data, const model::Meeting& meeting,
                                              const Organisation& organisation, const DataFileLoader& load) {
  const fs::path own(data.path);
  const std::string prefix = meeting.body.text() + "-" + meeting.date.iso().substr(0, 4) + "-";
  const bool number_unhandled =
      organisation.model().rules && organisation.model().rules->numbered_when_not_handled.value_or(false);
  std::vector<EarlierMeeting> found;
  for (const std::string& path : candidate_files(own.parent_path(), prefix, own)) {
    Diagnostics scratch;  // another meeting's problems are its own to report
    std::string error;
    if (!organisation.paths().permits(path, error)) continue;
    const auto file = load(path, scratch);
    if (!file || scratch.has_errors() || !file->root.is_object()) continue;
    model::Meeting other = read_meeting(file->root);  // without its agenda, which prepare reads
    if (const Value* agenda = file->root.find("agenda"); agenda && agenda->is_array()) {
      for (const Value& item : agenda->as_array()) other.agenda.push_back(read_agenda_item(item));
    }
    if (other.body != meeting.body || other.date >= meeting.date ||
        other.date.iso().substr(0, 4) != meeting.date.iso().substr(0, 4)) {
      continue;
    }
    std::optional<int> first;
    if (other.minutes && other.minutes->first_paragraph) first = static_cast<int>(other.minutes->first_paragraph->value);
    found.push_back({other.date, first, paragraph_count(other, number_unhandled), path});
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
  std::vector<NumberedMeeting> out;
  for (const EarlierMeeting& other : found) {
    const int first = other.first.value_or(out.empty() ? 1 : out.back().last + 1);
    out.push_back({other.date, first, first + other.count - 1, other.where});
  }
  return out;
}

std::vector<Finding> number_paragraphs(model::Meeting& meeting, const std::vector<NumberedMeeting>& earlier,
                                       bool number_unhandled, const std::string& where) {
  if (!meeting.minutes) return {};
  const int count = paragraph_count(meeting, number_unhandled);
  auto& stated = meeting.minutes->first_paragraph;
  if (!stated) {
    stated = model::Number{static_cast<double>(first_paragraph(earlier, meeting.date)), std::nullopt};
    return {};
  }
  const int first = static_cast<int>(stated->value);
  return check_paragraph_numbers({meeting.date, first, first + count - 1, where}, earlier,
                                 "/minutes/first_paragraph");
}

}  // namespace kansli::prepare
