// Unit tests of the prepare stage: references resolved, agenda numbered, and the
// exact messages for dangling references.
#include <doctest/doctest.h>

#include "prepare/prepare.hpp"
#include "temp_files.hpp"

using namespace kansli;
using kansli::testing::write_temp_file;

namespace {

const char* kOrganisation = R"({
  "id": "forbundet", "name": "Testförbundet",
  "members": [{"id": "fk", "name": "Försäkringskassan"}, {"id": "hagfors", "name": "Hagfors kommun"}],
  "persons": [
    {"id": "inger", "first_name": "Inger", "last_name": "Andersson", "party": "S"},
    {"id": "karin", "first_name": "Karin", "last_name": "Lundqvist"}
  ],
  "bodies": [{"id": "styrelsen", "name": "Styrelsen", "appointments": [
    {"person": "inger", "role": "regular", "represents": "hagfors", "office": "chair"},
    {"person": "karin", "role": "substitute", "represents": "fk"}
  ]}]
})";

struct Result {
  std::optional<DataModel> model;
  std::string messages;
  std::string path;
};

Result prepare(const std::string& folder, const std::string& meeting) {
  write_temp_file(folder + "/organisation.json", kOrganisation);
  Result result;
  result.path = write_temp_file(folder + "/meetings/m.json", meeting);
  Diagnostics diagnostics;
  static const Files files{PathPolicy("/")};
  auto file = load_data_file(result.path, files, diagnostics);
  REQUIRE(file);
  const DataFileLoader load = [](const std::string& path, Diagnostics& d) { return load_data_file(path, files, d); };
  result.model = prepare_model(*file, load, files, diagnostics);
  for (const auto& d : diagnostics.all()) result.messages += format_diagnostic(d);
  return result;
}

}  // namespace

TEST_CASE("a meeting gets its organisation, body officers and numbered agenda") {
  const Result result = prepare("ok", R"({"kind": "meeting", "organisation": "forbundet", "body": "styrelsen",
    "secretary": "karin", "agenda": [{"title": "Öppnande", "type": "formal"},
                                     {"title": "Budget", "type": "decision", "presenter": "inger"}]})");
  INFO(result.messages);
  REQUIRE(result.model);
  const Value& root = result.model->root;
  CHECK(root.find("organisation")->find("name")->as_string() == "Testförbundet");
  CHECK(root.find("body")->find("chair")->find("name_with_party")->as_string() == "Inger Andersson (S)");
  const auto& regulars = root.find("body")->find("regulars")->as_array();
  REQUIRE(regulars.size() == 1);
  CHECK(regulars[0].find("label")->as_string() == "Inger Andersson (S), Hagfors kommun");
  CHECK(root.find("body")->find("substitutes")->as_array().size() == 1);
  const auto& agenda = root.find("meeting")->find("agenda")->as_array();
  CHECK(agenda[1].find("number")->as_number() == 2);
  CHECK(agenda[1].find("type_label")->as_string() == "Beslut");
  CHECK(agenda[1].find("presenter")->find("name")->as_string() == "Inger Andersson");
  CHECK(root.find("meeting")->find("secretary")->find("name")->as_string() == "Karin Lundqvist");
}

TEST_CASE("a dangling person reference is located in the data file with a suggestion") {
  const Result result = prepare("dangling", "{\"kind\": \"meeting\", \"organisation\": \"forbundet\",\n"
                                            " \"body\": \"styrelsen\",\n \"secretary\": \"karn\",\n"
                                            " \"agenda\": [{\"title\": \"Öppnande\", \"type\": \"formal\"}]}");
  CHECK_FALSE(result.model);
  const std::string organisation = result.path.substr(0, result.path.find("/meetings/")) + "/organisation.json";
  CHECK(result.messages == result.path + ":3:2: error: unknown person 'karn' (at /secretary)\n"
                                         "  hint: did you mean 'karin'?\n"
                                         "  hint: the organisation's person ids are listed in " +
                               organisation + "\n");
}

TEST_CASE("an unknown agenda item type lists the known ones") {
  const Result result = prepare("types", "{\"kind\": \"meeting\", \"organisation\": \"forbundet\", \"body\": \"styrelsen\",\n"
                                         " \"agenda\": [{\"title\": \"Budget\", \"type\": \"beslut\"}]}");
  CHECK_FALSE(result.model);
  CHECK(result.messages == result.path + ":2:33: error: unknown agenda item type 'beslut' (at /agenda/0/type)\n"
                                         "  hint: expected 'decision' (beslut), 'information', 'announcement' "
                                         "(anmälan), 'election' (val) or 'formal'\n");
}

TEST_CASE("a data file naming another organisation is refused") {
  const Result result = prepare("other", R"({"kind": "meeting", "organisation": "annat", "body": "styrelsen", "agenda": []})");
  CHECK_FALSE(result.model);
  CHECK(result.messages.find("error: unknown organisation 'annat' (at /organisation)") != std::string::npos);
}
