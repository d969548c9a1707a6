// Unit tests of votes, chairs and reservations in a meeting (prepare/minutes_rules.hpp;
// domain.md and the worked examples of appendix B).
#include <doctest/doctest.h>

#include "minutes_rules_fixture.hpp"

using namespace kansli;
using namespace kansli::testing;

using Texts = std::vector<std::string>;

namespace {

constexpr BallotChoice kJa = BallotChoice::kYes;
constexpr BallotChoice kNej = BallotChoice::kNo;
constexpr BallotChoice kAvstar = BallotChoice::kAbstain;

QualifiedMajority three_quarters() {
  return {"budget", 3, 4, MajorityBasis::kPresentVoting, false, "förbundsordningen 6 §"};
}

VoteRule tie_rule(TieBreak tie, BallotChoice chair_vote) {
  VoteRule rule;
  rule.tie = tie;
  rule.chair_vote = chair_vote;
  return rule;
}

// Appendix B's § 12: its five voters tie 2–2, johan-ek abstaining; the vice chair
// asa-oberg chairs it (the chair is jävig) and votes ja.
SittingFacts tied_12(Side winner, DecidedBy by = DecidedBy::kCastingVote) {
  SittingFacts sitting = appendix_b_meeting();
  paragraph(sitting, 12).vote = open_vote(12, {{"asa-oberg", kJa},
                                               {"goran-ahlstrom", kJa},
                                               {"lena-nystrom", kNej},
                                               {"per-sandberg", kNej},
                                               {"johan-ek", kAvstar}});
  paragraph(sitting, 12).outcome = outcome(12, winner, by);
  return sitting;
}

// § 11 of appendix B's meeting with six voters, 4 ja to 2 nej, and the outcome recorded.
SittingFacts four_to_two(std::optional<Side> winner = Side::kYes) {
  SittingFacts sitting = appendix_b_meeting();
  paragraph(sitting, 11).vote = open_vote(11, {{"inger-andersson", kJa},
                                               {"asa-oberg", kJa},
                                               {"goran-ahlstrom", kJa},
                                               {"lena-nystrom", kJa},
                                               {"johan-ek", kNej},
                                               {"per-sandberg", kNej}});
  if (winner) paragraph(sitting, 11).outcome = outcome(11, *winner);
  return sitting;
}

}  // namespace

TEST_CASE("R-03: a simple majority of the votes cast decides; abstentions are not counted") {
  CHECK(count_vote({3, 2, 0}, {}).winner == Side::kYes);
  CHECK(count_vote({2, 3, 0}, {}).winner == Side::kNo);
  const VoteResult result = count_vote({2, 1, 3}, {});
  CHECK(result.winner == Side::kYes);
  CHECK(result.by == DecidedBy::kCount);
}

TEST_CASE("R-03: a tie goes to the side the chair voted for, or to lot") {
  CHECK(count_vote({2, 2, 1}, tie_rule(TieBreak::kCastingVote, kNej)).winner == Side::kNo);
  CHECK(count_vote({2, 2, 1}, tie_rule(TieBreak::kCastingVote, kNej)).by == DecidedBy::kCastingVote);
  CHECK_FALSE(count_vote({2, 2, 1}, tie_rule(TieBreak::kCastingVote, kAvstar)).winner);
  const VoteResult lot = count_vote({2, 2, 1}, tie_rule(TieBreak::kLot, kJa));
  CHECK(lot.by == DecidedBy::kLot);
  CHECK_FALSE(lot.winner);  // lot draws it
  RuleParameters rules;
  CHECK(tie_break({MatterKind::kOrdinary, ""}, rules) == TieBreak::kCastingVote);
  CHECK(tie_break({MatterKind::kElection, ""}, rules) == TieBreak::kLot);
  CHECK(tie_break({MatterKind::kPersonnel, ""}, rules) == TieBreak::kLot);
  rules.election_tie = TieBreak::kCastingVote;  // a förbundsordning that says so for all ties
  CHECK(tie_break({MatterKind::kElection, ""}, rules) == TieBreak::kCastingVote);
}

TEST_CASE("appendix B, Stockholm: the ¾ budget rule with 3 present needs 3 ja, 4 present need 3") {
  CHECK(needed_yes(three_quarters(), 3) == 3);
  CHECK(needed_yes(three_quarters(), 4) == 3);
  CHECK(needed_yes(three_quarters(), 6) == 5);
  QualifiedMajority more_than = three_quarters();
  more_than.more_than = true;  // domain Q-3: "more than ¾"
  CHECK(needed_yes(more_than, 4) == 4);
  VoteRule rule{TieBreak::kCastingVote, std::nullopt, three_quarters(), 3};
  CHECK(count_vote({2, 1, 0}, rule).winner == Side::kNo);
  CHECK(count_vote({2, 1, 0}, rule).needed_yes == 3);
  CHECK(count_vote({3, 0, 0}, rule).winner == Side::kYes);
}

TEST_CASE("R-03 check: a budget carried with 2 of 3 ja where ¾ are needed") {
  SittingFacts sitting;
  sitting.body = {"styrelsen",
                  date("2026-11-20"),
                  4,
                  {ledamot("anna", "stockholm", Office::kChair), ledamot("bo", "fk"), ledamot("cecilia", "af"),
                   ledamot("david", "sll")}};
  sitting.presence = {present("anna"), present("bo"), present("cecilia")};
  sitting.paragraphs = {paragraph_facts(5)};
  sitting.paragraphs[0].matter = {MatterKind::kOrdinary, "budget"};
  sitting.paragraphs[0].vote = open_vote(5, {{"anna", kJa}, {"bo", kJa}, {"cecilia", kNej}});
  sitting.paragraphs[0].outcome = outcome(5, Side::kYes);
  RuleParameters rules;
  rules.qualified = {three_quarters()};
  CHECK(shown(check_sitting(sitting, rules)) ==
        Texts{"error /agenda/5/minutes/decided: the minutes say ja won § 5, but 'budget' needs 3 ja votes and it has 2",
              "hint: 'budget' needs at least 3/4 of those present and voting, rounded up, to vote ja "
              "(förbundsordningen 6 §; domain R-03)"});
  sitting.paragraphs[0].outcome = outcome(5, Side::kNo);
  CHECK(check_sitting(sitting, rules).empty());
  rules.qualified.clear();
  CHECK(messages(check_sitting(sitting, rules)) ==
        Texts{"error /agenda/5/minutes: § 5 is a 'budget' matter, but the organisation sets no qualified majority for "
              "'budget'",
              "error /agenda/5/minutes/decided: the minutes say nej won § 5, but the count is 2 ja, 1 nej, 0 avstår"});
}

TEST_CASE("appendix B, § 12: 2–2 with 1 abstention, the side of whoever chairs § 12 wins") {
  CHECK(check_sitting(tied_12(Side::kYes), {}).empty());
  CHECK(shown(check_sitting(tied_12(Side::kNo), {})) ==
        Texts{"error /agenda/12/minutes/decided: the minutes say nej won § 12, but it is tied 2–2 and its chair "
              "'asa-oberg', who holds the casting vote, voted ja",
              "hint: a simple majority of the votes cast decides; a tie goes to the chair of the §'s side, in val and "
              "personnel matters to lot as the organisation's rules say (KL 5 kap. 57 §; domain R-03)"});
}

TEST_CASE("appendix B, § 12: the same tie in a val is decided by lot") {
  SittingFacts sitting = tied_12(Side::kYes);
  paragraph(sitting, 12).matter.kind = MatterKind::kElection;
  CHECK(messages(check_sitting(sitting, {})) ==
        Texts{"error /agenda/12/minutes/decided: the minutes say the chair's casting vote decided § 12, tied 2–2, but "
              "it is a val, whose ties are decided by lot"});
  paragraph(sitting, 12).outcome = outcome(12, Side::kNo, DecidedBy::kLot);
  CHECK(check_sitting(sitting, {}).empty());
  // An organisation whose rule gives val ties to the chair too.
  RuleParameters rules;
  rules.election_tie = TieBreak::kCastingVote;
  paragraph(sitting, 12).outcome = outcome(12, Side::kYes, DecidedBy::kCastingVote);
  CHECK(check_sitting(sitting, rules).empty());
}

TEST_CASE("R-03 check: a tie in an ordinary matter decided by lot") {
  CHECK(messages(check_sitting(tied_12(Side::kNo, DecidedBy::kLot), {})) ==
        Texts{"error /agenda/12/minutes/decided: the minutes say lot decided § 12, tied 2–2, but it is an ordinary "
              "matter, whose ties the chair's casting vote decides"});
}

TEST_CASE("R-03 check: a casting vote recorded where the count decides") {
  SittingFacts sitting = four_to_two();
  paragraph(sitting, 11).outcome = outcome(11, Side::kYes, DecidedBy::kCastingVote);
  CHECK(messages(check_sitting(sitting, {})) ==
        Texts{"error /agenda/11/minutes/decided: the minutes say the chair's casting vote decided § 11, but the count "
              "is 4 ja, 2 nej, 0 avstår, not a tie"});
}

TEST_CASE("R-03 check: a recorded outcome that contradicts the count") {
  CHECK(check_sitting(four_to_two(Side::kYes), {}).empty());
  CHECK(
      messages(check_sitting(four_to_two(Side::kNo), {})) ==
      Texts{"error /agenda/11/minutes/decided: the minutes say nej won § 11, but the count is 4 ja, 2 nej, 0 avstår"});
}

TEST_CASE("R-03 check: a tie whose chair did not vote ja or nej") {
  SittingFacts sitting = tied_12(Side::kYes);
  paragraph(sitting, 12).vote->ballots[0].choice = kAvstar;  // asa-oberg, who chairs § 12
  paragraph(sitting, 12).vote->ballots[4].choice = kJa;      // johan-ek: still 2–2
  CHECK(shown(check_sitting(sitting, {})) ==
        Texts{"error /agenda/12/minutes/vote: the vote in § 12 is tied 2–2, and its chair 'asa-oberg' did not vote ja "
              "or nej",
              "hint: a tie goes to the side the chair of the § voted for (utslagsröst, domain R-03): the "
              "voteringslista shows the chair's ja or nej"});
}

TEST_CASE("R-03 check: a voter who does not serve in the §") {
  SittingFacts sitting = four_to_two();
  paragraph(sitting, 11).vote->ballots.push_back({id("stefan-wikstrom"), kNej, "/agenda/11/minutes/vote/votes/6"});
  CHECK(shown(check_sitting(sitting, {})) ==
        Texts{"error /agenda/11/minutes/vote/votes/6: 'stefan-wikstrom' votes in § 11 but does not serve in it",
              "hint: only the ledamöter and tjänstgörande ersättare who serve in a § vote; an ersättare who does not "
              "serve attends and speaks only (KL 5 kap. 67 §; domain R-03)",
              "error /agenda/11/minutes/vote: the vote in § 11 counts 7 (4 ja, 3 nej, 0 avstår), but 6 serve in it",
              "hint: each who serves in the § (jäviga excluded) votes ja or nej or abstains (KL 5 kap. 67 §; domain "
              "R-03)"});
}

TEST_CASE("R-05 check: a jävig person votes") {
  SittingFacts sitting = tied_12(Side::kYes);
  paragraph(sitting, 12).vote->ballots[4] = {id("inger-andersson"), kAvstar, "/agenda/12/minutes/vote/votes/4"};
  CHECK(shown(check_sitting(sitting, {})) ==
        Texts{"error /agenda/12/minutes/vote/votes/4: 'inger-andersson' is jävig in § 12 and votes in it",
              "hint: a jävig person takes no part in the ärende (KL 6 kap. 28 §; domain R-05)"});
}

TEST_CASE("R-03 check: ja, nej and avstår do not add up to those who serve") {
  SittingFacts sitting = four_to_two();
  paragraph(sitting, 11).vote->ballots.pop_back();  // per-sandberg's
  CHECK(shown(check_sitting(sitting, {})) ==
        Texts{"error /agenda/11/minutes/vote: the vote in § 11 counts 5 (4 ja, 1 nej, 0 avstår), but 6 serve in it",
              "hint: each who serves in the § (jäviga excluded) votes ja or nej or abstains (KL 5 kap. 67 §; domain "
              "R-03); no vote from 'per-sandberg'"});
  // A closed ballot records tallies only.
  VoteFacts closed;
  closed.path = "/agenda/11/minutes/vote";
  closed.closed = Tally{3, 2, 0};
  paragraph(sitting, 11).vote = closed;
  CHECK(messages(check_sitting(sitting, {})) ==
        Texts{"error /agenda/11/minutes/vote: the closed ballot in § 11 counts 5 (3 ja, 2 nej, 0 avstår), but 6 serve "
              "in it"});
  paragraph(sitting, 11).vote->closed = Tally{3, 2, 1};
  CHECK(check_sitting(sitting, {}).empty());
}

TEST_CASE("R-03 check: one voter twice") {
  SittingFacts sitting = four_to_two();
  paragraph(sitting, 11).vote->ballots[5] = {id("asa-oberg"), kNej, "/agenda/11/minutes/vote/votes/5"};
  CHECK(messages(check_sitting(sitting, {}))[0] ==
        "error /agenda/11/minutes/vote/votes/5: 'asa-oberg' votes twice in § 11 (also at "
        "/agenda/11/minutes/vote/votes/1)");
}

TEST_CASE("R-05 check: the chair of a § named by the minutes is jävig in it") {
  SittingFacts sitting = appendix_b_meeting();
  paragraph(sitting, 12).chair = PersonAt{id("inger-andersson"), "/agenda/12/minutes/chair"};
  CHECK(shown(check_sitting(sitting, {})) ==
        Texts{"error /agenda/12/minutes/chair: the chair of § 12, 'inger-andersson', is jävig in it",
              "hint: whoever chairs a § takes part in it; when the chair is jävig or away, the vice chair chairs that "
              "§ and holds its casting vote (domain R-03, R-05, appendix B)"});
}

TEST_CASE("check: nobody to chair a §") {
  SittingFacts sitting = appendix_b_meeting();
  sitting.presence.erase(sitting.presence.begin() + 1);  // asa-oberg, the vice chair
  CHECK(messages(check_sitting(sitting, {})) ==
        Texts{"error /agenda/12/minutes: nobody chairs § 12: none of the chair, vice chair and second vice chair of "
              "'styrelsen' serves in it"});
  paragraph(sitting, 12).chair = PersonAt{id("goran-ahlstrom"), "/agenda/12/minutes/chair"};
  CHECK(check_sitting(sitting, {}).empty());
  CHECK(derive_service(sitting, {})[2].chair == id("goran-ahlstrom"));
}

TEST_CASE("check: the meeting's chair serves in none of its §§") {
  SittingFacts sitting = appendix_b_meeting();
  sitting.chair = PersonAt{id("karin-lundqvist"), "/minutes/chair"};
  CHECK(messages(check_sitting(sitting, {})) ==
        Texts{"error /minutes/chair: the meeting's chair 'karin-lundqvist' serves in none of its §§"});
}

TEST_CASE("R-06: one who voted against the decision reserves") {
  SittingFacts sitting = four_to_two();
  paragraph(sitting, 11).reservations = {{id("per-sandberg"), "/agenda/11/minutes/reservations/0/by/0"}};
  CHECK(check_sitting(sitting, {}).empty());
}

TEST_CASE("R-06 check: reservations by those who did not take part or did not vote against") {
  SittingFacts sitting = tied_12(Side::kYes);
  const std::string at = "/agenda/12/minutes/reservations/0/by/";
  paragraph(sitting, 12).reservations = {{id("inger-andersson"), at + "0"}, {id("stefan-wikstrom"), at + "1"},
                                         {id("karin-lundqvist"), at + "2"}, {id("goran-ahlstrom"), at + "3"},
                                         {id("johan-ek"), at + "4"},        {id("lena-nystrom"), at + "5"}};
  const Texts found = shown(check_sitting(sitting, {}));
  CHECK(found == Texts{
                     "error /agenda/12/minutes/reservations/0/by/0: 'inger-andersson' reserves against the decision "
                     "in § 12, but is jävig in it",
                     "hint: only one who took part in the decision and voted against it may reserve; a jävig person, "
                     "an ersättare who does not serve and one absent cannot (KL 4 kap. 27 §; domain R-06)",
                     "error /agenda/12/minutes/reservations/0/by/1: 'stefan-wikstrom' reserves against the decision "
                     "in § 12, but does not serve in it",
                     "hint: only one who took part in the decision and voted against it may reserve; a jävig person, "
                     "an ersättare who does not serve and one absent cannot (KL 4 kap. 27 §; domain R-06)",
                     "error /agenda/12/minutes/reservations/0/by/2: 'karin-lundqvist' reserves against the decision "
                     "in § 12, but is not present for it",
                     "hint: only one who took part in the decision and voted against it may reserve; a jävig person, "
                     "an ersättare who does not serve and one absent cannot (KL 4 kap. 27 §; domain R-06)",
                     "error /agenda/12/minutes/reservations/0/by/3: 'goran-ahlstrom' reserves against the decision "
                     "in § 12, but voted ja, for the decision",
                     "hint: only one who took part in the decision and voted against it may reserve; a jävig person, "
                     "an ersättare who does not serve and one absent cannot (KL 4 kap. 27 §; domain R-06)",
                     "error /agenda/12/minutes/reservations/0/by/4: 'johan-ek' reserves against the decision in "
                     "§ 12, but abstained",
                     "hint: only one who took part in the decision and voted against it may reserve; a jävig person, "
                     "an ersättare who does not serve and one absent cannot (KL 4 kap. 27 §; domain R-06)",
                 });
}
