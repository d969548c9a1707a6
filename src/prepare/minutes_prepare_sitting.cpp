// The rules of a meeting per § in the meeting's prepare step (domain.md,
// with minutes_rules.hpp): numbers the handled items, reads the facts of the sitting
// out of the model (presence and service by agenda item turned into §§, jäv, chairs,
// votes, reservations) with their data paths, checks them, and sets what templates read:
// each item's § number, who serves and chairs, the quorum, and how a vote came out.
#include <algorithm>
#include <set>

#include "prepare/minutes_prepare.hpp"
#include "prepare/minutes_rules.hpp"

namespace kansli::prepare {
namespace {

using model::ItemStatus;

std::string item_path(std::size_t index) { return "/agenda/" + std::to_string(index) + "/minutes"; }

int whole(const model::Number& number) { return static_cast<int>(number.value); }

// Whether the minutes record `item` as a §: its status says handled, or it has none and
// the minutes say something of it. An item they say nothing of is not checked.
bool recorded(const model::AgendaItem& item) {
  return item.status ? *item.status == ItemStatus::kHandled : item.minutes.has_value();
}

// The § numbers of a meeting's items (0 for an item without one), and the agenda
// numbers turned into §§ for presence and service.
class ItemNumbers {
 public:
  ItemNumbers(const model::Meeting& meeting, bool number_unhandled) {
    int next = meeting.minutes && meeting.minutes->first_paragraph ? whole(*meeting.minutes->first_paragraph) : 1;
    for (const model::AgendaItem& item : meeting.agenda) {
      const bool unhandled = item.status && *item.status != ItemStatus::kHandled;
      paragraphs_.push_back(recorded(item) || (unhandled && number_unhandled) ? next++ : 0);
    }
  }
  int paragraph(std::size_t index) const { return paragraphs_[index]; }
  // The first § at or after agenda item `item` (1-based); past the last when none.
  int from(const std::optional<model::Number>& item) const {
    for (std::size_t i = item ? static_cast<std::size_t>(std::max(whole(*item), 1)) - 1 : 0; i < paragraphs_.size(); ++i) {
      if (paragraphs_[i] > 0) return paragraphs_[i];
    }
    return last() + 1;
  }
  // The last § at or before agenda item `item`; before the first when none.
  std::optional<int> until(const std::optional<model::Number>& item) const {
    if (!item) return std::nullopt;
    int found = first() - 1;
    for (std::size_t i = 0; i < paragraphs_.size() && static_cast<int>(i) < whole(*item); ++i) {
      if (paragraphs_[i] > 0) found = paragraphs_[i];
    }
    return found;
  }

 private:
  int first() const {
    for (int number : paragraphs_) if (number > 0) return number;
    return 1;
  }
  int last() const {
    int found = 0;
    for (int number : paragraphs_) found = std::max(found, number);
    return found;
  }
  std::vector<int> paragraphs_;
};

RuleParameters rule_parameters(const model::Organisation& organisation) {
  RuleParameters rules;
  rules.substitutes = organisation.type == model::OrganisationType::kSamordningsforbund ? SubstituteRule::kSameMember
                                                                                       : SubstituteRule::kSameParty;
  const auto tie = [](const std::optional<model::TieRule>& rule) {
    return rule == model::TieRule::kCastingVote ? TieBreak::kCastingVote : TieBreak::kLot;
  };
  if (!organisation.rules) return rules;
  rules.election_tie = tie(organisation.rules->election_tie);
  rules.personnel_tie = tie(organisation.rules->personnel_tie);
  for (const model::QualifiedMajority& majority : organisation.rules->qualified_majorities.value_or(
           std::vector<model::QualifiedMajority>())) {
    rules.qualified.push_back({majority.matter, whole(majority.numerator), whole(majority.denominator),
                               majority.basis == model::MajorityBasis::kSeats ? MajorityBasis::kSeats
                                                                              : MajorityBasis::kPresentVoting,
                               majority.more_than.value_or(false), majority.source.value_or("")});
  }
  return rules;
}

BodyOnDay body_on_day(const model::Organisation& organisation, const model::Meeting& meeting) {
  BodyOnDay body{meeting.body.text(), meeting.date, 0, {}};
  const auto found = std::find_if(organisation.bodies.begin(), organisation.bodies.end(),
                                  [&](const model::Body& b) { return b.id == meeting.body; });
  if (found == organisation.bodies.end()) return body;
  int regulars = 0;
  for (const model::Appointment& appointment : found->appointments) {
    std::optional<std::string> party;
    for (const model::Person& person : organisation.persons) {
      if (person.id == appointment.person) party = person.party;
    }
    body.appointments.push_back({appointment.person, appointment.role, appointment.represents, party,
                                 appointment.office, appointment.substitute_for,
                                 appointment.call_order ? std::optional<int>(whole(*appointment.call_order))
                                                        : std::nullopt,
                                 appointment.from, appointment.until});
    if (appointment.role == model::SeatRole::kRegular && holds_on(body.appointments.back(), meeting.date)) ++regulars;
  }
  body.seats = found->seats ? whole(*found->seats) : regulars;
  return body;
}

// Presence by § from the attendance: its stretches, its items, or the whole meeting.
void add_presence(const model::Attendance& entry, const std::string& path, const ItemNumbers& numbers,
                  std::vector<Presence>& out) {
  if (entry.presence) {
    for (const model::Stretch& stretch : *entry.presence) {
      out.push_back({entry.person, numbers.from(stretch.from), numbers.until(stretch.until), path});
    }
  } else if (entry.items) {
    for (const model::Number& item : *entry.items) {
      out.push_back({entry.person, numbers.from(item), numbers.until(item), path});
    }
  } else {
    out.push_back({entry.person, std::nullopt, std::nullopt, path});
  }
}

// Who the attendance says serves in § `number`: a ledamot in their own seat, a
// tjänstgörande ersättare for serves_for, anyone for whom their "serves" stretches say;
// not one who is jävig in it, nor one absent from it.
std::vector<Service> stated_service(const model::Minutes& minutes, const ParagraphFacts& paragraph,
                                    const std::vector<Presence>& presence, const ItemNumbers& numbers) {
  std::vector<Service> out;
  for (std::size_t i = 0; i < minutes.attendance.size(); ++i) {
    const model::Attendance& entry = minutes.attendance[i];
    const std::string path = "/minutes/attendance/" + std::to_string(i);
    if (disqualified_in(paragraph, entry.person) || !present_in(presence, entry.person, paragraph.number)) continue;
    if (entry.serves) {
      for (std::size_t j = 0; j < entry.serves->size(); ++j) {
        const model::ServiceStretch& service = (*entry.serves)[j];
        const auto until = numbers.until(service.until);
        if (numbers.from(service.from) <= paragraph.number && (!until || paragraph.number <= *until)) {
          out.push_back({entry.person, service.for_person, path + "/serves/" + std::to_string(j)});
        }
      }
    } else if (entry.role == model::AttendanceRole::kRegular) {
      out.push_back({entry.person, entry.person, path});
    } else if (entry.role == model::AttendanceRole::kServingSubstitute && entry.serves_for) {
      out.push_back({entry.person, *entry.serves_for, path});
    }
  }
  return out;
}

std::vector<PersonAt> persons_at(const std::optional<std::vector<model::PersonId>>& persons, const std::string& path) {
  std::vector<PersonAt> out;
  for (std::size_t i = 0; persons && i < persons->size(); ++i) {
    out.push_back({(*persons)[i], path + "/" + std::to_string(i)});
  }
  return out;
}

Matter matter_of(const model::AgendaItem& item) {
  Matter matter;
  if (item.type == model::ItemType::kElection) matter.kind = MatterKind::kElection;
  if (item.matter == "personnel") matter.kind = MatterKind::kPersonnel;
  else if (item.matter) matter.qualified = *item.matter;
  return matter;
}

void add_vote(const model::Vote& vote, const std::string& path, ParagraphFacts& paragraph) {
  VoteFacts facts{path, {}, std::nullopt};
  for (std::size_t i = 0; vote.votes && i < vote.votes->size(); ++i) {
    const model::Ballot& ballot = (*vote.votes)[i];
    facts.ballots.push_back({ballot.person, ballot.vote, path + "/votes/" + std::to_string(i)});
  }
  if (vote.tally) {
    facts.closed = Tally{whole(vote.tally->yes), whole(vote.tally->no),
                         vote.tally->abstain ? whole(*vote.tally->abstain) : 0};
  }
  paragraph.vote = std::move(facts);
  if (!vote.outcome) return;
  const model::DecidedBy by = vote.outcome->decided_by.value_or(model::DecidedBy::kCount);
  paragraph.outcome = RecordedOutcome{vote.outcome->winner == model::WinningSide::kYes ? Side::kYes : Side::kNo,
                                      by == model::DecidedBy::kLot           ? DecidedBy::kLot
                                      : by == model::DecidedBy::kCastingVote ? DecidedBy::kCastingVote
                                                                             : DecidedBy::kCount,
                                      path + "/outcome"};
}

ParagraphFacts paragraph_facts(const model::AgendaItem& item, std::size_t index, int number) {
  ParagraphFacts paragraph;
  paragraph.number = number;
  paragraph.path = item_path(index);
  paragraph.matter = matter_of(item);
  if (!item.minutes) return paragraph;
  const model::ItemMinutes& minutes = *item.minutes;
  if (minutes.chair) paragraph.chair = PersonAt{*minutes.chair, paragraph.path + "/chair"};
  paragraph.disqualified = persons_at(minutes.disqualified, paragraph.path + "/disqualified");
  if (minutes.vote) add_vote(*minutes.vote, paragraph.path + "/vote", paragraph);
  for (std::size_t i = 0; minutes.reservations && i < minutes.reservations->size(); ++i) {
    const std::string path = paragraph.path + "/reservations/" + std::to_string(i) + "/by";
    for (PersonAt& person : persons_at((*minutes.reservations)[i].by, path)) {
      paragraph.reservations.push_back(std::move(person));
    }
  }
  return paragraph;
}

struct SittingRead {
  SittingFacts facts;
  RuleParameters rules;
  std::vector<std::size_t> items;  // the agenda index of each paragraph
};

SittingRead sitting_of(const model::Meeting& meeting, const model::Organisation& organisation) {
  SittingRead sitting;
  sitting.rules = rule_parameters(organisation);
  const bool number_unhandled = organisation.rules && organisation.rules->numbered_when_not_handled.value_or(false);
  const ItemNumbers numbers(meeting, number_unhandled);
  const model::Minutes& minutes = *meeting.minutes;
  sitting.facts.body = body_on_day(organisation, meeting);
  for (std::size_t i = 0; i < minutes.attendance.size(); ++i) {
    add_presence(minutes.attendance[i], "/minutes/attendance/" + std::to_string(i), numbers, sitting.facts.presence);
  }
  if (minutes.chair) sitting.facts.chair = PersonAt{*minutes.chair, "/minutes/chair"};
  for (std::size_t i = 0; i < meeting.agenda.size(); ++i) {
    const model::AgendaItem& item = meeting.agenda[i];
    if (!recorded(item) || numbers.paragraph(i) == 0) continue;
    ParagraphFacts paragraph = paragraph_facts(item, i, numbers.paragraph(i));
    paragraph.serving = stated_service(minutes, paragraph, sitting.facts.presence, numbers);
    sitting.facts.paragraphs.push_back(std::move(paragraph));
    sitting.items.push_back(i);
  }
  return sitting;
}

}  // namespace

int paragraph_count(const model::Meeting& meeting, bool number_unhandled) {
  int count = 0;
  for (const model::AgendaItem& item : meeting.agenda) {
    const bool unhandled = item.status && *item.status != ItemStatus::kHandled;
    if (recorded(item) || (unhandled && number_unhandled)) ++count;
  }
  return count;
}

std::vector<Finding> check_sitting_of(const model::Meeting& meeting, const model::Organisation& organisation) {
  if (!meeting.minutes) return {};
  const SittingRead sitting = sitting_of(meeting, organisation);
  // A wrong attendance entry shows in every § it touches: report it once.
  std::vector<Finding> out;
  std::set<std::string> attendance_paths;
  for (Finding& finding : check_sitting(sitting.facts, sitting.rules)) {
    const bool attendance = finding.path.rfind("/minutes/attendance/", 0) == 0;
    if (attendance && !attendance_paths.insert(finding.path).second) continue;
    out.push_back(std::move(finding));
  }
  return out;
}

void derive_sitting(model::Meeting& meeting, const model::Organisation& organisation) {
  if (!meeting.minutes) return;
  const SittingRead sitting = sitting_of(meeting, organisation);
  const std::vector<ParagraphService> services = derive_service(sitting.facts, sitting.rules);
  for (std::size_t p = 0; p < services.size(); ++p) {
    model::AgendaItem& item = meeting.agenda[sitting.items[p]];
    const ParagraphService& service = services[p];
    item.paragraph = service.number;
    model::Sitting& derived = item.sitting.emplace();
    for (const Service& serving : service.serving) derived.serving.push_back({serving.person, serving.seat});
    derived.chaired_by = service.chair;
    derived.quorum = {service.quorum.filled, service.quorum.seats, service.quorum.needed, service.quorum.met};
    const ParagraphFacts& facts = sitting.facts.paragraphs[p];
    if (!facts.vote || !item.minutes || !item.minutes->vote) continue;
    Tally tally = facts.vote->closed.value_or(Tally());
    for (const Ballot& ballot : facts.vote->ballots) {
      (ballot.choice == BallotChoice::kYes ? tally.yes : ballot.choice == BallotChoice::kNo ? tally.no : tally.abstain)++;
    }
    VoteRule rule;
    rule.tie = tie_break(facts.matter, sitting.rules);
    for (const Ballot& ballot : facts.vote->ballots) {
      if (service.chair && ballot.person == *service.chair) rule.chair_vote = ballot.choice;
    }
    for (const QualifiedMajority& majority : sitting.rules.qualified) {
      if (majority.matter == facts.matter.qualified) rule.qualified = majority;
    }
    rule.basis = rule.qualified && rule.qualified->basis == MajorityBasis::kSeats ? sitting.facts.body.seats
                                                                                 : static_cast<int>(service.serving.size());
    const VoteResult result = count_vote(tally, rule);
    model::VoteResult& out = item.minutes->vote->result.emplace();
    out.yes = result.tally.yes;
    out.no = result.tally.no;
    out.abstain = result.tally.abstain;
    if (result.winner) out.winner = *result.winner == Side::kYes ? model::WinningSide::kYes : model::WinningSide::kNo;
    out.decided_by = result.by == DecidedBy::kLot           ? model::DecidedBy::kLot
                     : result.by == DecidedBy::kCastingVote ? model::DecidedBy::kCastingVote
                                                            : model::DecidedBy::kCount;
  }
}

}  // namespace kansli::prepare
