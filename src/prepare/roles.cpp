// Prepares a roll- och ansvarsdokument (domain.md 3.1): the document with its
// organisation, and the revision history checked and summed up. Revisions must be in
// date order and after the adoption; the latest one is what the title page shows
// ("Revision fastställd av styrelsen: 2024-09-18"); `date` is that of the latest revision
// or else the adoption (the PDF's date).
#include "model/template_value.hpp"
#include "prepare/read_data.hpp"
#include "prepare/steps.hpp"

namespace kansli::prepare {

std::vector<Finding> check_revision_order(const model::RolesDocument& roles) {
  std::vector<Finding> out;
  if (!roles.revisions) return out;
  std::optional<model::Date> previous = roles.adopted ? std::optional(roles.adopted->date) : std::nullopt;
  for (std::size_t i = 0; i < roles.revisions->size(); ++i) {
    const model::Date& date = (*roles.revisions)[i].date;
    if (previous && date <= *previous) {
      out.push_back({Severity::kError, child_path(child_path("/revisions", i), "date"),
                     "revision date " + date.iso() + " is not after " + previous->iso(),
                     {"list revisions oldest first, each after the adoption date ('adopted.date')"}});
    }
    previous = date;
  }
  return out;
}

void date_roles_document(model::RolesDocument& roles) {
  if (roles.revisions && !roles.revisions->empty()) {
    roles.latest_revision = roles.revisions->back();
    roles.date = roles.latest_revision->date;
  } else if (roles.adopted) {
    roles.date = roles.adopted->date;
  }
}

std::optional<Prepared<model::RolesModel>> prepare_roles(const LoadedFile& data, const Organisation& organisation,
                                                         Diagnostics& diagnostics) {
  model::RolesDocument roles = read_roles(data.root);
  if (!report_findings(diagnostics, data, check_revision_order(roles))) return std::nullopt;
  date_roles_document(roles);
  return Prepared<model::RolesModel>{{organisation.model(), std::move(roles)},
                                     {{"/roles", data.source_map}, {"/organisation", organisation.file().source_map}}};
}

std::optional<DataModel> prepare_roles_document(const LoadedFile& data, const Organisation& organisation,
                                                const DataFileLoader&, Diagnostics& diagnostics) {
  auto prepared = prepare_roles(data, organisation, diagnostics);
  if (!prepared) return std::nullopt;
  return DataModel{model::to_template_value(std::move(prepared->model)), std::move(prepared->sources)};
}

}  // namespace kansli::prepare
