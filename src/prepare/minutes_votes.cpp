// Counts votes and checks a meeting § by § (see minutes_rules.hpp; domain.md,
// and appendix B): who chairs, quorum, the voteringslista against those who
// serve, the recorded outcome against the count, and reservations.
#include <algorithm>

#include "base/check.hpp"
#include "prepare/minutes_sitting.hpp"

namespace kansli::prepare {
namespace {

const char* kR03 = "(KL 5 kap. 67 §; domain R-03)";

std::string count_text(const Tally& tally) {
  return std::to_string(tally.yes) + " ja, " + std::to_string(tally.no) + " nej, " + std::to_string(tally.abstain) +
         " avstår";
}

std::string side_text(Side side) { return side == Side::kYes ? "ja" : "nej"; }

std::string tie_text(const Tally& tally) { return std::to_string(tally.yes) + "–" + std::to_string(tally.no); }

std::string matter_text(MatterKind kind) {
  switch (kind) {
    case MatterKind::kElection: return "a val";
    case MatterKind::kPersonnel: return "a personnel matter";
    case MatterKind::kOrdinary: break;
  }
  return "an ordinary matter";
}

std::string decided_text(DecidedBy by) {
  switch (by) {
    case DecidedBy::kCastingVote: return "the chair's casting vote";
    case DecidedBy::kLot: return "lot";
    case DecidedBy::kCount: break;
  }
  return "the count";
}

const QualifiedMajority* qualified_rule(const Matter& matter, const RuleParameters& rules) {
  for (const auto& rule : rules.qualified) {
    if (rule.matter == matter.qualified) return &rule;
  }
  return nullptr;
}

// whoever chairs a § serves in it; someone does.
void check_chair(const ParagraphView& paragraph, std::vector<Finding>& out) {
  const auto& stated = paragraph.facts().chair;
  if (stated && !paragraph.service_of(stated->person)) {
    const std::string why = paragraph.javig(stated->person)   ? "is jävig in it"
                            : !paragraph.present(stated->person) ? "is not present for it"
                                                                  : "does not serve in it";
    out.push_back({Severity::kError, stated->path,
                   "the chair of " + paragraph.name() + ", " + quoted(stated->person) + ", " + why,
                   {"whoever chairs a § takes part in it; when the chair is jävig or away, the vice chair chairs "
                    "that § and holds its casting vote (domain R-03, R-05, appendix B)"}});
  } else if (!paragraph.service().chair) {
    out.push_back({Severity::kError, paragraph.facts().path,
                   "nobody chairs " + paragraph.name() + ": none of the chair, vice chair and second vice chair of '" +
                       paragraph.index().sitting().body.id + "' serves in it",
                   {"name who chaired " + paragraph.name() +
                    "; the protokoll names its ordförande per § (domain 3.4)"}});
  }
}

void check_quorum(const ParagraphView& paragraph, std::vector<Finding>& out) {
  const Quorum& quorum = paragraph.service().quorum;
  if (quorum.met) return;
  out.push_back({Severity::kError, paragraph.facts().path,
                 paragraph.name() + " is not beslutsför: " + std::to_string(quorum.filled) + " of the " +
                     std::to_string(quorum.seats) + " seats are filled, and more than half (" +
                     std::to_string(quorum.needed) + ") are needed",
                 {"a body decides only when more than half of its seats are filled by those who take part in the §, "
                  "jäviga not counted (the förbundsordning, KL 6 kap. 27 §; domain R-01)"}});
}

// each ballot is cast once, by someone who serves in the §. Returns the tally.
Tally check_ballots(const ParagraphView& paragraph, const VoteFacts& vote, std::vector<Finding>& out) {
  if (vote.closed) return *vote.closed;
  Tally tally;
  std::map<PersonId, const Ballot*> seen;
  for (const Ballot& ballot : vote.ballots) {
    const std::string who = quoted(ballot.person);
    if (const auto [it, fresh] = seen.emplace(ballot.person, &ballot); !fresh) {
      out.push_back({Severity::kError, ballot.path, who + " votes twice in " + paragraph.name() + " (also at " +
                                                        it->second->path + ")",
                     {"each who serves has one vote " + std::string(kR03)}});
      continue;
    }
    if (paragraph.javig(ballot.person)) {
      out.push_back({Severity::kError, ballot.path, who + " is jävig in " + paragraph.name() + " and votes in it",
                     {"a jävig person takes no part in the ärende (KL 6 kap. 28 §; domain R-05)"}});
    } else if (!paragraph.service_of(ballot.person)) {
      out.push_back({Severity::kError, ballot.path, who + " votes in " + paragraph.name() + " but does not serve in it",
                     {"only the ledamöter and tjänstgörande ersättare who serve in a § vote; an ersättare who does "
                      "not serve attends and speaks only " + std::string(kR03)}});
    }
    (ballot.choice == BallotChoice::kYes ? tally.yes : ballot.choice == BallotChoice::kNo ? tally.no : tally.abstain)++;
  }
  return tally;
}

// every one who serves is counted, once.
void check_count(const ParagraphView& paragraph, const VoteFacts& vote, const Tally& tally, std::vector<Finding>& out) {
  const auto& serving = paragraph.service().serving;
  const int counted = tally.yes + tally.no + tally.abstain, expected = static_cast<int>(serving.size());
  if (counted == expected) return;
  std::string missing;
  for (const Service& service : serving) {
    const bool voted = std::any_of(vote.ballots.begin(), vote.ballots.end(),
                                   [&](const Ballot& ballot) { return ballot.person == service.person; });
    if (!voted) missing += (missing.empty() ? "" : ", ") + quoted(service.person);
  }
  std::string hint = "each who serves in the § (jäviga excluded) votes ja or nej or abstains " + std::string(kR03);
  if (!vote.closed && !missing.empty()) hint += "; no vote from " + missing;
  out.push_back({Severity::kError, vote.path,
                 std::string(vote.closed ? "the closed ballot" : "the vote") + " in " + paragraph.name() + " counts " +
                     std::to_string(counted) + " (" + count_text(tally) + "), but " + std::to_string(expected) +
                     " serve in it",
                 {hint}});
}

// a tie decided by a casting vote needs the chair's ja or nej.
void check_casting_vote(const ParagraphView& paragraph, const VoteFacts& vote, const VoteResult& result,
                        std::vector<Finding>& out) {
  if (result.by != DecidedBy::kCastingVote || result.winner || vote.closed || !paragraph.service().chair) return;
  out.push_back({Severity::kError, vote.path,
                 "the vote in " + paragraph.name() + " is tied " + tie_text(result.tally) + ", and its chair " +
                     quoted(*paragraph.service().chair) + " did not vote ja or nej",
                 {"a tie goes to the side the chair of the § voted for (utslagsröst, domain R-03): the voteringslista "
                  "shows the chair's ja or nej"}});
}

// Says what is wrong with `recorded` for `result`, or "" when nothing is.
std::string outcome_problem(const ParagraphView& paragraph, const RecordedOutcome& recorded, const VoteResult& result) {
  const std::string said = "the minutes say " + decided_text(recorded.by) + " decided " + paragraph.name();
  const std::string kind = matter_text(paragraph.facts().matter.kind);
  if (result.needed_yes && recorded.by != DecidedBy::kCount) {
    return said + ", but a qualified majority decides '" + paragraph.facts().matter.qualified + "', not a tie-break";
  }
  if (result.by == DecidedBy::kCount && recorded.by != DecidedBy::kCount) {
    return said + ", but the count is " + count_text(result.tally) + ", not a tie";
  }
  if (result.by == DecidedBy::kLot && recorded.by != DecidedBy::kLot) {
    return said + ", tied " + tie_text(result.tally) + ", but it is " + kind + ", whose ties are decided by lot";
  }
  if (result.by == DecidedBy::kCastingVote && recorded.by == DecidedBy::kLot) {
    return said + ", tied " + tie_text(result.tally) + ", but it is " + kind + ", whose ties the chair's casting vote "
           "decides";
  }
  if (!recorded.winner || !result.winner || *recorded.winner == *result.winner) return "";
  std::string text = "the minutes say " + side_text(*recorded.winner) + " won " + paragraph.name() + ", but ";
  if (result.needed_yes) {
    return text + "'" + paragraph.facts().matter.qualified + "' needs " + std::to_string(*result.needed_yes) +
           " ja votes and it has " + std::to_string(result.tally.yes);
  }
  if (result.by == DecidedBy::kCastingVote) {
    return text + "it is tied " + tie_text(result.tally) + " and its chair " + quoted(*paragraph.service().chair) +
           ", who holds the casting vote, voted " + side_text(*result.winner);
  }
  return text + "the count is " + count_text(result.tally);
}

void check_outcome(const ParagraphView& paragraph, const VoteResult& result,
                   const std::optional<QualifiedMajority>& rule, std::vector<Finding>& out) {
  const auto& recorded = paragraph.facts().outcome;
  if (!recorded) return;
  const std::string problem = outcome_problem(paragraph, *recorded, result);
  if (problem.empty()) return;
  std::string hint = "a simple majority of the votes cast decides; a tie goes to the chair of the §'s side, in val and "
                     "personnel matters to lot as the organisation's rules say (KL 5 kap. 57 §; domain R-03)";
  if (rule) {
    hint = "'" + rule->matter + "' needs " + (rule->more_than ? "more than " : "at least ") +
           std::to_string(rule->numerator) + "/" + std::to_string(rule->denominator) + " of " +
           (rule->basis == MajorityBasis::kSeats ? "the seats" : "those present and voting") +
           ", rounded up, to vote ja (" + (rule->source.empty() ? "" : rule->source + "; ") + "domain R-03)";
  }
  out.push_back({Severity::kError, recorded->path, problem, {hint}});
}

// Returns the qualified majority the § needs, if any; reports a kind of matter the
// organisation has no rule for.
std::optional<QualifiedMajority> qualified_majority(const ParagraphView& paragraph, const RuleParameters& rules,
                                                    std::vector<Finding>& out) {
  const Matter& matter = paragraph.facts().matter;
  if (matter.qualified.empty()) return std::nullopt;
  if (const QualifiedMajority* rule = qualified_rule(matter, rules)) return *rule;
  out.push_back({Severity::kError, paragraph.facts().path,
                 paragraph.name() + " is a '" + matter.qualified +
                     "' matter, but the organisation sets no qualified majority for '" + matter.qualified + "'",
                 {"a qualified majority is a rule of the förbundsordning for a kind of matter (domain R-03): name one "
                  "of the organisation's, or add the rule"}});
  return std::nullopt;
}

// Checks the vote of a § and returns the side that won, as the minutes say or the count
// decides, if known.
std::optional<Side> check_vote(const ParagraphView& paragraph, const RuleParameters& rules, std::vector<Finding>& out) {
  const auto& facts = paragraph.facts();
  const std::optional<Side> recorded = facts.outcome ? facts.outcome->winner : std::nullopt;
  if (!facts.vote) return recorded;
  const Tally tally = check_ballots(paragraph, *facts.vote, out);
  check_count(paragraph, *facts.vote, tally, out);
  VoteRule rule{tie_break(facts.matter, rules), std::nullopt, qualified_majority(paragraph, rules, out), 0};
  if (rule.qualified) {
    const bool seats = rule.qualified->basis == MajorityBasis::kSeats;
    rule.basis = seats ? paragraph.index().sitting().body.seats : static_cast<int>(paragraph.service().serving.size());
  }
  for (const Ballot& ballot : facts.vote->ballots) {
    if (paragraph.service().chair && ballot.person == *paragraph.service().chair) rule.chair_vote = ballot.choice;
  }
  const VoteResult result = count_vote(tally, rule);
  check_casting_vote(paragraph, *facts.vote, result, out);
  check_outcome(paragraph, result, rule.qualified, out);
  return recorded ? recorded : result.winner;
}

const Ballot* ballot_of(const std::optional<VoteFacts>& vote, const PersonId& person) {
  if (!vote) return nullptr;
  for (const Ballot& ballot : vote->ballots) {
    if (ballot.person == person) return &ballot;
  }
  return nullptr;
}

// Says why `person` may not reserve in the §, or "" when they may.
std::string why_no_reservation(const ParagraphView& paragraph, const PersonId& person,
                               const std::optional<Side>& winner) {
  if (paragraph.javig(person)) return "is jävig in it";
  if (!paragraph.present(person)) return "is not present for it";
  if (!paragraph.service_of(person)) return "does not serve in it";
  const Ballot* ballot = ballot_of(paragraph.facts().vote, person);
  if (!ballot) return "";
  if (ballot->choice == BallotChoice::kAbstain) return "abstained";
  if (winner && (ballot->choice == BallotChoice::kYes) == (*winner == Side::kYes)) {
    return "voted " + side_text(*winner) + ", for the decision";
  }
  return "";
}

// only one who took part in the decision and voted against it reserves.
void check_reservations(const ParagraphView& paragraph, const std::optional<Side>& winner, std::vector<Finding>& out) {
  for (const PersonAt& reservation : paragraph.facts().reservations) {
    const std::string why = why_no_reservation(paragraph, reservation.person, winner);
    if (why.empty()) continue;
    out.push_back({Severity::kError, reservation.path,
                   quoted(reservation.person) + " reserves against the decision in " + paragraph.name() + ", but " +
                       why,
                   {"only one who took part in the decision and voted against it may reserve; a jävig person, an "
                    "ersättare who does not serve and one absent cannot (KL 4 kap. 27 §; domain R-06)"}});
  }
}

// The meeting's chair serves in some § of it.
void check_meeting_chair(const SittingFacts& sitting, const std::vector<ParagraphService>& services,
                         std::vector<Finding>& out) {
  if (!sitting.chair || services.empty()) return;
  for (const ParagraphService& service : services) {
    for (const Service& serving : service.serving) {
      if (serving.person == sitting.chair->person) return;
    }
  }
  out.push_back({Severity::kError, sitting.chair->path,
                 "the meeting's chair " + quoted(sitting.chair->person) + " serves in none of its §§",
                 {"the chair of a meeting is a ledamot who takes part in it (domain R-03, 3.4)"}});
}

}  // namespace

TieBreak tie_break(const Matter& matter, const RuleParameters& rules) {
  switch (matter.kind) {
    case MatterKind::kElection: return rules.election_tie;
    case MatterKind::kPersonnel: return rules.personnel_tie;
    case MatterKind::kOrdinary: break;
  }
  return TieBreak::kCastingVote;
}

int needed_yes(const QualifiedMajority& majority, int basis) {
  KANSLI_CHECK(majority.denominator > 0 && majority.numerator >= 0 && basis >= 0,
               "a qualified majority is a fraction of a count");
  const long product = static_cast<long>(majority.numerator) * basis;
  if (majority.more_than) return static_cast<int>(product / majority.denominator + 1);
  return static_cast<int>((product + majority.denominator - 1) / majority.denominator);
}

VoteResult count_vote(const Tally& tally, const VoteRule& rule) {
  VoteResult out;
  out.tally = tally;
  if (rule.qualified) {
    out.needed_yes = needed_yes(*rule.qualified, rule.basis);
    out.winner = tally.yes >= *out.needed_yes ? Side::kYes : Side::kNo;
    return out;
  }
  if (tally.yes != tally.no) {
    out.winner = tally.yes > tally.no ? Side::kYes : Side::kNo;
    return out;
  }
  out.by = rule.tie == TieBreak::kLot ? DecidedBy::kLot : DecidedBy::kCastingVote;
  if (out.by == DecidedBy::kCastingVote && rule.chair_vote && *rule.chair_vote != BallotChoice::kAbstain) {
    out.winner = *rule.chair_vote == BallotChoice::kYes ? Side::kYes : Side::kNo;
  }
  return out;
}

std::vector<Finding> check_sitting(const SittingFacts& sitting, const RuleParameters& rules) {
  std::vector<Finding> out;
  const SittingIndex index(sitting, rules.substitutes);
  const std::vector<ParagraphService> services = derive_service(sitting, rules);
  for (std::size_t i = 0; i < sitting.paragraphs.size(); ++i) {
    const ParagraphView paragraph(index, sitting.paragraphs[i], services[i], i > 0 ? &services[i - 1] : nullptr);
    check_service(paragraph, rules, out);
    check_chair(paragraph, out);
    check_quorum(paragraph, out);
    const std::optional<Side> winner = check_vote(paragraph, rules, out);
    check_reservations(paragraph, winner, out);
  }
  check_meeting_chair(sitting, services, out);
  return out;
}

}  // namespace kansli::prepare
