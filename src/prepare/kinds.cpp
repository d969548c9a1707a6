// The table of kinds (see kinds.hpp).
#include "prepare/kinds.hpp"

#include "prepare/steps.hpp"

namespace kansli {
namespace {

constexpr std::string_view kMeetingTemplates[] = {"kallelse.xml", "motespaket.xml"};
constexpr std::string_view kReportTemplates[] = {"tjansteutlatande.xml"};
constexpr std::string_view kRolesTemplates[] = {"roller.xml"};

const KindInfo kKinds[] = {
    {"organisation", "organisation.schema.json", nullptr, nullptr, {}},
    {"meeting", "meeting.schema.json", prepare::prepare_meeting_document, prepare::describe_meeting_model,
     kMeetingTemplates},
    {"report", "report.schema.json", prepare::prepare_report_document, prepare::describe_report_model,
     kReportTemplates},
    {"roles", "roles.schema.json", prepare::prepare_roles_document, prepare::describe_roles_model, kRolesTemplates},
};

}  // namespace

std::span<const KindInfo> kinds() { return kKinds; }

const KindInfo* find_kind(std::string_view name) {
  for (const KindInfo& kind : kKinds) {
    if (kind.name == name) return &kind;
  }
  return nullptr;
}

}  // namespace kansli
