// Prepares a roll- och ansvarsdokument (domain.md 3.1): the document with its
// organisation, and the revision history checked and summed up. Revisions must be in
// date order and after the adoption; the latest one is what the title page shows
// ("Revision fastställd av styrelsen: 2024-09-18"); `date` is that of the latest revision
// or else the adoption (the PDF's date).
#include "prepare/steps.hpp"

namespace kansli::prepare {

std::optional<DataModel> prepare_roles(const LoadedFile& data, const Organisation& organisation,
                                       Diagnostics& diagnostics) {
  Value roles = data.root;
  std::string previous = roles.find("adopted") ? text_member(*roles.find("adopted"), "date") : "";
  const Value* revisions = roles.find("revisions");
  bool ok = true;
  if (revisions && revisions->is_array()) {
    for (std::size_t i = 0; i < revisions->as_array().size(); ++i) {
      const std::string date = text_member(revisions->as_array()[i], "date");
      if (!previous.empty() && date <= previous) {
        report(diagnostics, data, child_path(child_path("/revisions", i), "date"),
               "revision date " + date + " is not after " + previous)
            .hints.push_back("list revisions oldest first, each after the adoption date ('adopted.date')");
        ok = false;
      }
      previous = date;
    }
    if (!revisions->as_array().empty()) roles.set("latest_revision", revisions->as_array().back());
  }
  if (!ok) return std::nullopt;
  roles.set("date", Value::string(previous));  // the document's date: its latest revision or adoption
  DataModel model;
  model.root = Value::object({{"organisation", organisation.model()}, {"roles", std::move(roles)}});
  model.sources = {{"/roles", data.source_map}, {"/organisation", organisation.file().source_map}};
  return model;
}

}  // namespace kansli::prepare
