// Unit tests of the minutes rules as the meeting's prepare step applies them: the dates
// it derives (R-08 to R-10), who serves, chairs and votes per § with the quorum and the
// vote's result (R-01 to R-03), and § numbers following the body's earlier meetings (R-04).
#include <doctest/doctest.h>

#include "prepare_fixture.hpp"

using namespace kansli;
using kansli::testing::PrepareFixture;

namespace {

// A meeting "m" of styrelsen on 2026-12-10 with minutes: Inger and Bo present, Åsa
// serving for Mikael; a decision put to a vote (Inger and Åsa ja, Bo nej).
std::string minutes_meeting(const std::string& anslag = R"({"posted": "2026-12-18"})") {
  return R"({"kind": "meeting", "id": "m", "organisation": "forbundet", "body": "styrelsen", "date": "2026-12-10",
    "secretary": "karin", "notice": {"sent": "2026-12-01", "signed_by": "karin"},
    "minutes": {"attendance": [{"person": "inger", "role": "regular"}, {"person": "bo", "role": "regular"},
                               {"person": "asa", "role": "serving_substitute", "serves_for": "mikael"}],
                "adjusters": ["bo"], "justering": {"date": "2026-12-17"}, "anslag": )" +
         anslag + R"(},
    "agenda": [{"title": "Öppnande", "type": "formal", "status": "handled"},
               {"title": "Budget", "type": "decision", "status": "handled", "minutes": {"vote": {
                 "yes_means": "bifall", "no_means": "avslag",
                 "votes": [{"person": "inger", "vote": "yes"}, {"person": "bo", "vote": "no"},
                           {"person": "asa", "vote": "yes"}]}}},
               {"title": "Utgått", "type": "decision", "status": "withdrawn"}]})";
}

}  // namespace

TEST_CASE("the minutes get the last day of justering, of appeal and the take-down date") {
  PrepareFixture fixture("prepare-minutes-dates");
  const auto prepared = fixture.meeting(minutes_meeting());
  INFO(fixture.messages());
  REQUIRE(prepared);
  const model::Minutes& minutes = *prepared->model.meeting.minutes;
  CHECK(minutes.latest_justering.iso() == "2026-12-28");  // 2026-12-24 is julafton
  CHECK(minutes.anslag->appeal_last_day.iso() == "2027-01-08");
  CHECK(minutes.anslag->take_down_date.iso() == "2027-01-11");
  CHECK(minutes.anslag->take_down_wording == "tas ned");
}

TEST_CASE("an anslag stated 't.o.m.' takes down on the last day of appeal") {
  PrepareFixture fixture("prepare-minutes-up-until");
  const auto prepared = fixture.meeting(minutes_meeting(R"({"posted": "2026-12-18", "up_until": "2027-01-08"})"));
  INFO(fixture.messages());
  REQUIRE(prepared);
  const model::Anslag& anslag = *prepared->model.meeting.minutes->anslag;
  CHECK(anslag.take_down_date.iso() == "2027-01-08");
  CHECK(anslag.take_down_wording == "t.o.m.");
}

TEST_CASE("each handled item gets its §, who serves and chairs it, its quorum and its vote's result") {
  PrepareFixture fixture("prepare-minutes-sitting");
  const auto prepared = fixture.meeting(minutes_meeting());
  INFO(fixture.messages());
  REQUIRE(prepared);
  const auto& agenda = prepared->model.meeting.agenda;
  CHECK(agenda[0].paragraph == 1);
  CHECK(agenda[1].paragraph == 2);
  CHECK_FALSE(agenda[2].paragraph);  // withdrawn: no § unless the organisation says so
  REQUIRE(agenda[1].sitting);
  const model::Sitting& sitting = *agenda[1].sitting;
  CHECK(sitting.serving.size() == 3);
  CHECK(sitting.chaired_by == model::PersonId("inger"));
  CHECK(sitting.quorum.filled == 3);
  CHECK(sitting.quorum.needed == 2);
  CHECK(sitting.quorum.met);
  const auto& serving = sitting.serving;
  CHECK(std::any_of(serving.begin(), serving.end(), [](const model::ServingPerson& s) {
    return s.person == model::PersonId("asa") && s.seat == model::PersonId("mikael");
  }));
  const model::VoteResult& result = *agenda[1].minutes->vote->result;
  CHECK(result.yes == 2);
  CHECK(result.no == 1);
  CHECK(result.winner == model::WinningSide::kYes);
  CHECK(result.decided_by == model::DecidedBy::kCount);
}

TEST_CASE("the first § follows the body's earlier meetings of the year") {
  PrepareFixture fixture("prepare-minutes-numbering");
  fixture.write("meetings/styrelsen-2026-03-19.json", R"({"kind": "meeting", "id": "styrelsen-2026-03-19",
    "organisation": "forbundet", "body": "styrelsen", "date": "2026-03-19", "secretary": "karin",
    "notice": {"sent": "2026-03-10", "signed_by": "karin"},
    "minutes": {"attendance": [{"person": "inger", "role": "regular"}], "adjusters": ["bo"]},
    "agenda": [{"title": "A", "type": "formal", "status": "handled"}, {"title": "B", "type": "formal",
                "status": "handled"}, {"title": "C", "type": "formal", "status": "postponed"}]})");
  fixture.write("meetings/styrelsen-2025-11-19.json", R"({"kind": "meeting", "id": "styrelsen-2025-11-19",
    "organisation": "forbundet", "body": "styrelsen", "date": "2025-11-19", "secretary": "karin",
    "notice": {"sent": "2025-11-10", "signed_by": "karin"},
    "minutes": {"first_paragraph": 40, "attendance": [{"person": "inger", "role": "regular"}], "adjusters": ["bo"]},
    "agenda": [{"title": "A", "type": "formal", "status": "handled"}]})");
  const auto prepared = fixture.meeting(minutes_meeting(), true);
  INFO(fixture.messages());
  REQUIRE(prepared);
  CHECK(prepared->model.meeting.minutes->first_paragraph->value == 3);
  CHECK(prepared->model.meeting.agenda[0].paragraph == 3);
}
