// Unit tests of the prepare stage, for meetings: references resolved, the agenda
// numbered and typed, persons named, the body as it sits on the meeting's day, the
// organisation's model, and the exact messages for dangling references. Reports, roles
// documents and the table of kinds are in test_prepare_documents.cpp.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

#include "prepare/prepare.hpp"
#include "prepare_fixture.hpp"
#include "temp_files.hpp"

using namespace kansli;
using kansli::testing::meeting_json;
using kansli::testing::PrepareFixture;
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

Result prepare_in(const std::string& folder, const std::string& meeting) {
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
  const Result result = prepare_in("ok", R"({"kind": "meeting", "organisation": "forbundet", "body": "styrelsen",
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
  const Result result = prepare_in("dangling", "{\"kind\": \"meeting\", \"organisation\": \"forbundet\",\n"
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
  const Result result = prepare_in("types", "{\"kind\": \"meeting\", \"organisation\": \"forbundet\", \"body\": \"styrelsen\",\n"
                                         " \"agenda\": [{\"title\": \"Budget\", \"type\": \"beslut\"}]}");
  CHECK_FALSE(result.model);
  CHECK(result.messages == result.path + ":2:33: error: unknown agenda item type 'beslut' (at /agenda/0/type)\n"
                                         "  hint: expected 'decision' (beslut), 'information', 'announcement' "
                                         "(anmälan), 'election' (val) or 'formal'\n");
}

TEST_CASE("a data file naming another organisation is refused") {
  const Result result = prepare_in("other", R"({"kind": "meeting", "organisation": "annat", "body": "styrelsen", "agenda": []})");
  CHECK_FALSE(result.model);
  CHECK(result.messages.find("error: unknown organisation 'annat' (at /organisation)") != std::string::npos);
}

namespace {

model::Person person(const char* id, const char* first_name, const char* last_name,
                     std::optional<std::string> party = std::nullopt) {
  model::Person person;
  person.id = model::PersonId(id);
  person.first_name = first_name;
  person.last_name = last_name;
  person.party = std::move(party);
  return person;
}

}  // namespace

TEST_CASE("agenda items are numbered 1, 2, … in the order the agenda lists them, with their types") {
  PrepareFixture fixture("agenda-numbers");
  const auto meeting = fixture.meeting(meeting_json(R"({"title": "Öppnande", "type": "formal"},
    {"title": "Budget", "type": "decision"}, {"title": "Läget", "type": "information"},
    {"title": "Skrivelser", "type": "announcement"}, {"title": "Revisor", "type": "election"})"));
  INFO(fixture.messages());
  REQUIRE(meeting);
  const auto& agenda = meeting->model.meeting.agenda;
  REQUIRE(agenda.size() == 5);
  const model::ItemType types[] = {model::ItemType::kFormal, model::ItemType::kDecision, model::ItemType::kInformation,
                                   model::ItemType::kAnnouncement, model::ItemType::kElection};
  for (std::size_t i = 0; i < agenda.size(); ++i) {
    CHECK(agenda[i].number == static_cast<int>(i + 1));
    CHECK(agenda[i].type == types[i]);
  }
  CHECK(agenda[1].title == "Budget");
}

TEST_CASE("the agenda shows each type's Swedish label, and none for a formal item") {
  PrepareFixture fixture("agenda-labels");
  const auto model = fixture.prepare_model("meetings/m.json", meeting_json(R"({"title": "Öppnande", "type": "formal"},
    {"title": "Budget", "type": "decision"}, {"title": "Läget", "type": "information"},
    {"title": "Skrivelser", "type": "announcement"}, {"title": "Revisor", "type": "election"})"));
  INFO(fixture.messages());
  REQUIRE(model);
  const auto& agenda = model->root.find("meeting")->find("agenda")->as_array();
  const char* labels[] = {"", "Beslut", "Information", "Anmälan", "Val"};
  for (std::size_t i = 0; i < agenda.size(); ++i) {
    CHECK(agenda[i].find("number")->as_number() == static_cast<double>(i + 1));
    CHECK(agenda[i].find("type_label")->as_string() == labels[i]);
  }
}

TEST_CASE("a person is named by first and last name, with the party when there is one") {
  const model::NamedPerson named = prepare::name_person(person("inger", "Inger", "Andersson", "S"));
  CHECK(named.name == "Inger Andersson");
  CHECK(named.name_with_party == "Inger Andersson (S)");
  CHECK(named.person.id == model::PersonId("inger"));
  CHECK(prepare::name_person(person("karin", "Karin", "Lundqvist")).name_with_party == "Karin Lundqvist");
  CHECK(prepare::name_person(person("x", "Xe", "Ylva", "")).name_with_party == "Xe Ylva");
}

TEST_CASE("the persons a meeting names are resolved with their fields and names") {
  PrepareFixture fixture("persons");
  const auto meeting =
      fixture.meeting(meeting_json(R"({"title": "Budget", "type": "decision", "presenter": "inger"})"));
  INFO(fixture.messages());
  REQUIRE(meeting);
  const model::Meeting& m = meeting->model.meeting;
  CHECK(m.secretary.name == "Karin Lundqvist");
  CHECK(m.secretary.person.title == "Förbundschef");
  CHECK(m.secretary.person.phone == "0563-185 41");
  CHECK(m.notice.signed_by.person.id == model::PersonId("karin"));
  REQUIRE(m.agenda[0].presenter);
  CHECK(m.agenda[0].presenter->name_with_party == "Inger Andersson (S)");
}

TEST_CASE("on the meeting's day the body seats only the mandates in force, with its officers") {
  PrepareFixture fixture("seated-body");
  const auto meeting = fixture.meeting(meeting_json(R"({"title": "Öppnande", "type": "formal"})"));
  INFO(fixture.messages());
  REQUIRE(meeting);
  const model::SeatedBody& body = meeting->model.body;
  CHECK(body.body.id == model::BodyId("styrelsen"));
  REQUIRE(body.chair);
  CHECK(body.chair->name == "Inger Andersson");
  REQUIRE(body.vice_chair);
  CHECK(body.vice_chair->name == "Mikael Berg");
  // Olle's mandate ended before the meeting: he is not summoned. Ledamöter and ersättare
  // keep the order of their appointments.
  REQUIRE(body.regulars.size() == 3);
  CHECK(body.regulars[0].label == "Inger Andersson (S), Hagfors kommun");
  CHECK(body.regulars[0].office == "ordförande");
  CHECK(body.regulars[0].member.id == model::MemberId("hagfors"));
  CHECK(body.regulars[1].label == "Mikael Berg (C), Försäkringskassan");
  CHECK(body.regulars[1].office == "vice ordförande");
  CHECK(body.regulars[2].person.name == "Bo Ek");
  CHECK(body.regulars[2].office == "");  // the second vice chair is not shown as an office
  REQUIRE(body.substitutes.size() == 1);
  CHECK(body.substitutes[0].label == "Åsa Öberg (M), Försäkringskassan");
  // The body as written keeps every appointment.
  CHECK(body.body.appointments.size() == 5);
}

TEST_CASE("before a mandate ends its holder is seated") {
  PrepareFixture fixture("seated-before");
  const auto meeting = fixture.meeting(meeting_json(R"({"title": "Öppnande", "type": "formal"})", "2022-12-31"));
  INFO(fixture.messages());  // Inger's mandate (and so the chair) begins 2023-01-01
  CHECK_FALSE(meeting);
  CHECK(fixture.messages().find("error: 'styrelsen' has no chair on 2022-12-31, the day of the meeting") !=
        std::string::npos);
}

TEST_CASE("the organisation's model keeps the members in the file's order and resolves the logo") {
  std::ifstream png(KANSLI_SOURCE_DIR "/data/klaralvdalen/logo.png", std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(png)), std::istreambuf_iterator<char>());
  REQUIRE(!bytes.empty());
  const std::string logo = write_temp_file("with-logo/bilder/logo.png", bytes);
  std::string organisation = testing::kOrganisation;
  organisation.replace(organisation.find(R"("type": "samordningsforbund",)"), 0, R"("logo": "bilder/../bilder/logo.png", )");
  PrepareFixture fixture("with-logo", organisation);
  const auto meeting = fixture.meeting(meeting_json(R"({"title": "Öppnande", "type": "formal"})"));
  INFO(fixture.messages());
  REQUIRE(meeting);
  const model::Organisation& model = meeting->model.organisation;
  CHECK(model.logo == logo);
  REQUIRE(model.members.size() == 2);
  CHECK(model.members[0].id == model::MemberId("hagfors"));
  CHECK(model.members[1].name == "Försäkringskassan");
  CHECK(model.members[1].type == model::MemberType::kFk);
  CHECK(model.persons.size() == 6);
}
