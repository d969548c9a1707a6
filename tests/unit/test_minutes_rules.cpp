// Unit tests of who serves in a meeting, its quorum and its § numbers
// (prepare/minutes_rules.hpp; domain.md and the worked examples of
// appendix B). Votes and reservations: test_minutes_votes.cpp.
#include <doctest/doctest.h>

#include <algorithm>

#include "minutes_rules_fixture.hpp"

using namespace kansli;
using namespace kansli::testing;

using Texts = std::vector<std::string>;

TEST_CASE("R-01: more than half of the seats, strictly: 4 → 3, 6 → 4, 7 → 4") {
  CHECK(prepare::quorum(3, 4).needed == 3);
  CHECK(prepare::quorum(4, 6).needed == 4);
  CHECK(prepare::quorum(4, 7).needed == 4);
  CHECK(prepare::quorum(3, 4).met);
  CHECK_FALSE(prepare::quorum(2, 4).met);  // half is not more than half
  CHECK_FALSE(prepare::quorum(3, 6).met);
  CHECK_FALSE(prepare::quorum(3, 7).met);
}

TEST_CASE("appendix B, Stockholm: 4 seats, 2 ledamöter and 1 tjänstgörande ersättare are beslutsför") {
  SittingFacts sitting;
  sitting.body = {
      "styrelsen",
      date("2026-03-12"),
      4,
      {ledamot("anna", "stockholm", Office::kChair), ledamot("bo", "fk", Office::kViceChair), ledamot("cecilia", "af"),
       ledamot("david", "sll"), ersattare("erik", "stockholm", "anna"), ersattare("frida", "fk", "bo"),
       ersattare("gun", "af", "cecilia"), ersattare("hans", "sll", "david")}};
  sitting.presence = {present("anna"), present("bo"), present("gun")};
  sitting.paragraphs = {paragraph_facts(1)};
  const auto service = derive_service(sitting, {});
  CHECK(serving_text(service[0]) == Texts{"anna", "bo", "gun for cecilia"});
  CHECK(service[0].quorum.filled == 3);
  CHECK(service[0].quorum.needed == 3);
  CHECK(service[0].quorum.met);
  CHECK(check_sitting(sitting, {}).empty());
}

TEST_CASE("appendix B, Klarälvdalen: the FK ersättare serves; § 12, with its chair jävig, has 5 voters") {
  const SittingFacts sitting = appendix_b_meeting();
  const auto service = derive_service(sitting, {});
  REQUIRE(service.size() == 4);
  CHECK(serving_text(service[0]) == Texts{"inger-andersson", "asa-oberg", "goran-ahlstrom", "lena-nystrom",
                                          "johan-ek for karin-lundqvist", "per-sandberg"});
  CHECK(service[0].chair == id("inger-andersson"));
  // § 12: Hagfors' ersättare is absent, so the seat stays empty; 5 > 3.
  CHECK(serving_text(service[2]) ==
        Texts{"asa-oberg", "goran-ahlstrom", "lena-nystrom", "johan-ek for karin-lundqvist", "per-sandberg"});
  CHECK(service[2].quorum.filled == 5);
  CHECK(service[2].quorum.met);
  // The chair is per §: the vice chair chairs § 12, and the chair is back in § 13.
  CHECK(service[2].chair == id("asa-oberg"));
  CHECK(service[3].chair == id("inger-andersson"));
  CHECK(check_sitting(sitting, {}).empty());
}

TEST_CASE("R-02, R-05: an ersättare steps in for a jävig ledamot for that § only") {
  SittingFacts sitting = appendix_b_meeting();
  sitting.presence.push_back(present("mikael-berg"));
  const auto service = derive_service(sitting, {});
  CHECK(serving_text(service[1])[0] == "inger-andersson");
  CHECK(serving_text(service[2])[0] == "mikael-berg for inger-andersson");
  CHECK(serving_text(service[3])[0] == "inger-andersson");
  CHECK(service[2].quorum.filled == 6);
}

TEST_CASE("R-02: a ledamot who arrives takes the seat back from the § they arrive for") {
  SittingFacts sitting = appendix_b_meeting();
  sitting.presence.push_back(present("karin-lundqvist", 12));
  const auto service = derive_service(sitting, {});
  CHECK(serving_text(service[1])[4] == "johan-ek for karin-lundqvist");
  CHECK(serving_text(service[2])[3] == "karin-lundqvist");
  CHECK(check_sitting(sitting, {}).empty());
}

// A nämnd: ersättare serve for a ledamot of their party, in the call order.
BodyOnDay namnd() {
  BodyOnDay body{"socialnamnden", date("2026-05-20"), 3, {}};
  auto party = [](SeatAppointment appointment, const char* name, std::optional<int> order = std::nullopt) {
    appointment.party = name;
    appointment.call_order = order;
    return appointment;
  };
  body.appointments = {party(ledamot("sara", "kommun", Office::kChair), "S"),
                       party(ledamot("tom", "kommun"), "M"),
                       party(ledamot("ulla", "kommun"), "S"),
                       party(ersattare("vera", "kommun"), "S", 2),
                       party(ersattare("wilhelm", "kommun"), "M", 1),
                       party(ersattare("xenia", "kommun"), "S", 1)};
  return body;
}

TEST_CASE("R-02: a nämnd's seats, each with its party's ersättare in call order") {
  const auto seats = seats_on_day(namnd(), SubstituteRule::kSameParty);
  REQUIRE(seats.size() == 3);
  CHECK(seats[0].substitutes == std::vector<PersonId>{id("xenia"), id("vera")});
  CHECK(seats[1].substitutes == std::vector<PersonId>{id("wilhelm")});
  // A samordningsförbund's rule instead: all are the member's.
  CHECK(seats_on_day(namnd(), SubstituteRule::kSameMember)[1].substitutes.size() == 3);
}

TEST_CASE("R-02: an ersättare whose mandate does not hold on the day is not called") {
  SittingFacts sitting = appendix_b_meeting();
  sitting.body.appointments[10].until = date("2026-06-30");  // johan-ek
  const auto service = derive_service(sitting, {});
  CHECK(service[0].serving.size() == 5);
  CHECK(service[0].quorum.filled == 5);
}

TEST_CASE("R-02: an ersättare who has begun serving keeps the seat before one called earlier who arrives later") {
  SittingFacts sitting;
  sitting.body = namnd();
  sitting.presence = {present("sara"), present("tom"), present("vera"), present("xenia", 2)};
  sitting.paragraphs = {paragraph_facts(1), paragraph_facts(2)};
  RuleParameters rules;
  rules.substitutes = SubstituteRule::kSameParty;
  const auto service = derive_service(sitting, rules);
  CHECK(serving_text(service[0]) == Texts{"sara", "tom", "vera for ulla"});
  CHECK(serving_text(service[1]) == Texts{"sara", "tom", "vera for ulla"});
  // Stated so, the call order is kept.
  sitting.paragraphs[0].serving = {serving(1, "sara"), serving(1, "tom"), serving(1, "vera", "ulla")};
  sitting.paragraphs[1].serving = {serving(2, "sara"), serving(2, "tom"), serving(2, "vera", "ulla")};
  CHECK(check_sitting(sitting, rules).empty());
}

TEST_CASE("R-02: once the ledamot has taken the seat back, a new absence calls ersättare in order again") {
  SittingFacts sitting;
  sitting.body = namnd();
  sitting.presence = {present("sara"), present("tom"), present("vera"), present("ulla", 2, 2), present("xenia", 3)};
  sitting.paragraphs = {paragraph_facts(1), paragraph_facts(2), paragraph_facts(3)};
  RuleParameters rules;
  rules.substitutes = SubstituteRule::kSameParty;
  const auto service = derive_service(sitting, rules);
  CHECK(serving_text(service[0])[2] == "vera for ulla");
  CHECK(serving_text(service[1])[2] == "ulla");
  CHECK(serving_text(service[2])[2] == "xenia for ulla");
}

TEST_CASE("R-02 check: an ersättare serves while one before them in the call order is present and free") {
  SittingFacts sitting;
  sitting.body = namnd();
  sitting.presence = {present("sara"), present("tom"), present("vera"), present("xenia")};
  sitting.paragraphs = {paragraph_facts(1)};
  sitting.paragraphs[0].serving = {serving(1, "sara"), serving(1, "tom"), serving(1, "vera", "ulla")};
  RuleParameters rules;
  rules.substitutes = SubstituteRule::kSameParty;
  CHECK(shown(check_sitting(sitting, rules)) ==
        Texts{"error /agenda/1/minutes/serving/vera: 'vera' serves for 'ulla' in § 1, but 'xenia' comes before them "
              "in the call order and is present, not serving",
              "hint: ersättare are called in the order the organisation decided (inkallelseordning, FinsamL 12 §; "
              "domain R-02): 'xenia' serves, unless 'vera' already served for 'ulla' in the § before"});
}

// The meeting of appendix B with the service of § 10 stated as `serving`.
SittingFacts stated_in_10(std::vector<Service> stated) {
  SittingFacts sitting = appendix_b_meeting();
  stated.insert(stated.begin(),
                {serving(10, "inger-andersson"), serving(10, "asa-oberg"), serving(10, "goran-ahlstrom"),
                 serving(10, "lena-nystrom"), serving(10, "per-sandberg")});
  paragraph(sitting, 10).serving = stated;
  return sitting;
}

TEST_CASE("R-02 check: a tjänstgörande ersättare of another member") {
  SittingFacts sitting = stated_in_10({serving(10, "stefan-wikstrom", "karin-lundqvist")});
  CHECK(shown(check_sitting(sitting, {})) ==
        Texts{"error /agenda/10/minutes/serving/stefan-wikstrom: 'stefan-wikstrom' serves for 'karin-lundqvist' in "
              "§ 10, but is an ersättare for member 'forshaga', and the seat is for member 'fk'",
              "hint: a tjänstgörande ersättare is an ersättare of the body whose mandate holds on 2026-12-10, of the "
              "same member (huvudman) as the ledamot (FinsamL; domain R-02)"});
}

TEST_CASE("R-02 check: a seat left empty while its ersättare is present and free (a warning)") {
  SittingFacts sitting = stated_in_10({});
  CHECK(shown(check_sitting(sitting, {})) ==
        Texts{"warning /agenda/10/minutes: the seat of 'karin-lundqvist' is empty in § 10, though 'johan-ek', an "
              "ersättare who may be called to it, is present and does not serve",
              "hint: an ersättare steps in with a vote when the ledamot is absent or jävig (domain R-02): if "
              "'johan-ek' served, say so"});
}

TEST_CASE("R-02 check: a tjänstgörande ersättare of another party, in a nämnd") {
  SittingFacts sitting;
  sitting.body = namnd();
  sitting.presence = {present("sara"), present("wilhelm")};
  sitting.paragraphs = {paragraph_facts(1)};
  sitting.paragraphs[0].serving = {serving(1, "sara"), serving(1, "wilhelm", "ulla")};
  RuleParameters rules;
  rules.substitutes = SubstituteRule::kSameParty;
  CHECK(messages(check_sitting(sitting, rules)) ==
        Texts{"error /agenda/1/minutes/serving/wilhelm: 'wilhelm' serves for 'ulla' in § 1, but is an ersättare of "
              "party 'M', and the seat is of party 'S'"});
}

TEST_CASE("R-02 check: one who is not an ersättare of the body serves") {
  SittingFacts sitting = stated_in_10({serving(10, "olle", "karin-lundqvist")});
  sitting.presence.push_back(present("olle"));
  CHECK(messages(check_sitting(sitting, {}))[0] ==
        "error /agenda/10/minutes/serving/olle: 'olle' serves for 'karin-lundqvist' in § 10, but is not an ersättare "
        "of 'styrelsen'");
}

TEST_CASE("R-02 check: a tjänstgörande ersättare whose mandate does not hold on the day") {
  SittingFacts sitting = stated_in_10({serving(10, "johan-ek", "karin-lundqvist")});
  sitting.body.appointments[10].until = date("2026-06-30");
  CHECK(messages(check_sitting(sitting, {})) ==
        Texts{"error /agenda/10/minutes/serving/johan-ek: 'johan-ek' serves for 'karin-lundqvist' in § 10, but their "
              "mandate as ersättare ended 2026-06-30"});
  sitting.body.appointments[10].until.reset();
  sitting.body.appointments[10].from = date("2027-01-01");
  CHECK(messages(check_sitting(sitting, {}))[0].ends_with("but their mandate as ersättare begins 2027-01-01"));
}

TEST_CASE("R-02 check: a ledamot whose mandate does not hold serves in their own seat") {
  SittingFacts sitting = stated_in_10({serving(10, "johan-ek", "karin-lundqvist")});
  sitting.body.appointments[2].until = date("2026-10-31");  // goran-ahlstrom
  CHECK(messages(check_sitting(sitting, {})) ==
        Texts{"error /agenda/10/minutes/serving/goran-ahlstrom: 'goran-ahlstrom' serves in § 10 as a ledamot of "
              "'styrelsen', but their mandate ended 2026-10-31"});
}

TEST_CASE("R-02 check: a ledamot replaced while present and not jävig") {
  SittingFacts sitting = stated_in_10({serving(10, "johan-ek", "karin-lundqvist")});
  sitting.presence.push_back(present("karin-lundqvist"));
  CHECK(shown(check_sitting(sitting, {})) ==
        Texts{"error /agenda/10/minutes/serving/johan-ek: 'johan-ek' serves for 'karin-lundqvist' in § 10, but "
              "'karin-lundqvist' is present and not jävig in it",
              "hint: an ersättare serves only for a ledamot absent or jävig in the §; a ledamot who arrives takes "
              "the seat back between ärenden (domain R-02)"});
}

TEST_CASE("R-02 check: two serve for one seat") {
  SittingFacts sitting = stated_in_10({serving(10, "karin-lundqvist"), serving(10, "johan-ek", "karin-lundqvist")});
  sitting.presence.push_back(present("karin-lundqvist"));
  CHECK(shown(check_sitting(sitting, {})) ==
        Texts{"error /agenda/10/minutes/serving/johan-ek: two serve in the seat of 'karin-lundqvist' in § 10: "
              "'karin-lundqvist' and 'johan-ek'",
              "hint: one vote a seat: only one of them serves in it (domain R-02)"});
}

TEST_CASE("R-02 check: one person serves in two seats") {
  SittingFacts sitting =
      stated_in_10({serving(10, "johan-ek", "karin-lundqvist"), serving(10, "johan-ek", "per-sandberg")});
  const Texts found = messages(check_sitting(sitting, {}));
  CHECK(std::find(found.begin(), found.end(),
                  "error /agenda/10/minutes/serving/johan-ek: 'johan-ek' serves twice in § 10 (also at "
                  "/agenda/10/minutes/serving/johan-ek)") != found.end());
}

TEST_CASE("R-05 check: a jävig person serves; one who is not present serves") {
  SittingFacts sitting = appendix_b_meeting();
  paragraph(sitting, 12).serving = {serving(12, "inger-andersson"),
                                    serving(12, "asa-oberg"),
                                    serving(12, "goran-ahlstrom"),
                                    serving(12, "lena-nystrom"),
                                    serving(12, "johan-ek", "karin-lundqvist"),
                                    serving(12, "per-sandberg")};
  CHECK(messages(check_sitting(sitting, {})) ==
        Texts{"error /agenda/12/minutes/serving/inger-andersson: 'inger-andersson' is jävig in § 12 but serves in it"});
  sitting.presence.erase(sitting.presence.begin() + 3);  // lena-nystrom
  paragraph(sitting, 12).disqualified.clear();
  CHECK(messages(check_sitting(sitting, {})) ==
        Texts{"error /agenda/12/minutes/serving/lena-nystrom: 'lena-nystrom' serves in § 12 but is not present for "
              "it"});
}

TEST_CASE("R-01 check: a § without quorum is an error, and the number is stated") {
  SittingFacts sitting = appendix_b_meeting();
  sitting.presence = {present("asa-oberg"), present("goran-ahlstrom"), present("lena-nystrom"),
                      present("inger-andersson", std::nullopt, 11)};
  const auto service = derive_service(sitting, {});
  CHECK(service[1].quorum.met);
  CHECK_FALSE(service[2].quorum.met);
  CHECK(shown(check_sitting(sitting, {})) ==
        Texts{"error /agenda/12/minutes: § 12 is not beslutsför: 3 of the 6 seats are filled, and more than half (4) "
              "are needed",
              "hint: a body decides only when more than half of its seats are filled by those who take part in the "
              "§, jäviga not counted (the förbundsordning, KL 6 kap. 27 §; domain R-01)",
              "error /agenda/13/minutes: § 13 is not beslutsför: 3 of the 6 seats are filled, and more than half (4) "
              "are needed",
              "hint: a body decides only when more than half of its seats are filled by those who take part in the "
              "§, jäviga not counted (the förbundsordning, KL 6 kap. 27 §; domain R-01)"});
}

// R-04 -------------------------------------------------------------------------------

NumberedMeeting numbered(const char* day, int first, int last, const char* where = "meetings/earlier.json") {
  return {date(day), first, last, where};
}

TEST_CASE("R-04: Sydnärke's December meeting continues the year at § 84 and covers §§ 84–100") {
  const std::vector<NumberedMeeting> year = {numbered("2026-02-12", 1, 20), numbered("2026-11-05", 70, 83),
                                             numbered("2026-09-10", 50, 69), numbered("2025-12-11", 85, 99)};
  CHECK(first_paragraph(year, date("2026-12-10")) == 84);
  CHECK(first_paragraph(year, date("2026-01-15")) == 1);  // a new year restarts at § 1
  CHECK(check_paragraph_numbers(numbered("2026-12-10", 84, 100), year, "/minutes/first_paragraph").empty());
}

TEST_CASE("R-04: Nacka, January §§ 1–29 then March at § 32: §§ 30–31 are missing") {
  const std::vector<NumberedMeeting> year = {numbered("2015-01-19", 1, 29, "meetings/ks-2015-01-19.json")};
  CHECK(first_paragraph(year, date("2015-03-16")) == 30);
  CHECK(shown(check_paragraph_numbers(numbered("2015-03-16", 32, 52), year, "/minutes/first_paragraph")) ==
        Texts{"error /minutes/first_paragraph: the meeting starts at § 32: §§ 30–31 are missing after the meeting on "
              "2015-01-19 (meetings/ks-2015-01-19.json, §§ 1–29)",
              "hint: a meeting's first § follows the last § of the body's meeting before it in the year: § 30 "
              "(domain R-04)"});
}

TEST_CASE("R-04: a § repeated from another meeting of the year") {
  const std::vector<NumberedMeeting> year = {numbered("2015-01-19", 1, 29, "meetings/ks-2015-01-19.json")};
  CHECK(messages(check_paragraph_numbers(numbered("2015-03-16", 28, 40), year, "/minutes/first_paragraph")) ==
        Texts{"error /minutes/first_paragraph: the meeting's §§ 28–40 repeat §§ 28–29 of the meeting on 2015-01-19 "
              "(meetings/ks-2015-01-19.json, §§ 1–29)"});
}

TEST_CASE("R-04: a new year that does not restart at § 1") {
  const std::vector<NumberedMeeting> before = {numbered("2026-12-10", 84, 100, "meetings/styrelsen-2026-12-10.json")};
  CHECK(shown(check_paragraph_numbers(numbered("2027-01-21", 101, 110), before, "/minutes/first_paragraph")) ==
        Texts{"error /minutes/first_paragraph: the meeting starts at § 101, but it is the body's first of 2027 and "
              "continues the numbering of 2026 (meetings/styrelsen-2026-12-10.json, §§ 84–100)",
              "hint: the numbering restarts at § 1 in January, so this meeting's first § is § 1 (domain R-04)"});
  CHECK(messages(check_paragraph_numbers(numbered("2027-01-21", 3, 10), before, "/minutes/first_paragraph")) ==
        Texts{"error /minutes/first_paragraph: the meeting starts at § 3, but it is the body's first of 2027: §§ 1–2 "
              "are missing"});
}
