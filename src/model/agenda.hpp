// An agenda item (ärende) in the domain model (domain.md 1.1, 3.2, 3.4): its number on
// the agenda and its type, which prepare derives and checks, the presenter it names
// and, after the meeting, what the minutes record for it (the paragraf: motions, a
// vote, reservations, notes, who was disqualified). Persons in the minutes are ids
// prepare has checked. Plain values (see organisation.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/basics.hpp"
#include "model/date.hpp"
#include "model/organisation.hpp"

namespace kansli::model {

enum class ItemType { kDecision, kInformation, kAnnouncement, kFormal, kElection };
inline constexpr EnumName<ItemType> kItemTypeNames[] = {{ItemType::kDecision, "decision"},
                                                         {ItemType::kInformation, "information"},
                                                         {ItemType::kAnnouncement, "announcement"},
                                                         {ItemType::kElection, "election"},
                                                         {ItemType::kFormal, "formal"}};
// The Swedish label the agenda shows for each type ("Beslut"; none for a formal item).
inline constexpr EnumName<ItemType> kItemTypeLabels[] = {{ItemType::kDecision, "Beslut"},
                                                          {ItemType::kInformation, "Information"},
                                                          {ItemType::kAnnouncement, "Anmälan"},
                                                          {ItemType::kElection, "Val"},
                                                          {ItemType::kFormal, ""}};

enum class ItemStatus { kHandled, kWithdrawn, kPostponed };
inline constexpr EnumName<ItemStatus> kItemStatusNames[] = {
    {ItemStatus::kHandled, "handled"}, {ItemStatus::kWithdrawn, "withdrawn"}, {ItemStatus::kPostponed, "postponed"}};

// A yrkande: a proposal made at the meeting.
struct Motion {
  PersonId by;
  RichText text;
};

enum class BallotChoice { kYes, kNo, kAbstain };
inline constexpr EnumName<BallotChoice> kBallotChoiceNames[] = {
    {BallotChoice::kYes, "yes"}, {BallotChoice::kNo, "no"}, {BallotChoice::kAbstain, "abstain"}};

struct Ballot {
  PersonId person;
  BallotChoice vote = BallotChoice::kYes;
};

// A closed ballot's counts.
struct Tally {
  Number yes;
  Number no;
  std::optional<Number> abstain;
};

// The side that won a vote, and what decided it.
enum class WinningSide { kYes, kNo };
inline constexpr EnumName<WinningSide> kWinningSideNames[] = {{WinningSide::kYes, "yes"}, {WinningSide::kNo, "no"}};
enum class DecidedBy { kCount, kCastingVote, kLot };
inline constexpr EnumName<DecidedBy> kDecidedByNames[] = {
    {DecidedBy::kCount, "count"}, {DecidedBy::kCastingVote, "casting_vote"}, {DecidedBy::kLot, "lot"}};

struct Outcome {
  WinningSide winner = WinningSide::kYes;
  std::optional<DecidedBy> decided_by;  // count when absent
};

// How a vote came out, as prepare counts it.
struct VoteResult {
  int yes = 0;
  int no = 0;
  int abstain = 0;
  std::optional<WinningSide> winner;  // unknown when lot decides
  DecidedBy decided_by = DecidedBy::kCount;
};

// An omröstning: open (votes) or closed (tally).
struct Vote {
  std::string yes_means;
  std::string no_means;
  std::optional<std::vector<Ballot>> votes;  // the voteringslista
  std::optional<Tally> tally;
  std::optional<Outcome> outcome;
  std::optional<VoteResult> result;  // derived
};

// An anslag on one of several anslagstavlor.
struct Posting {
  std::string board;
  Date posted;
};

// The anslag of the justering: of the minutes, or of an omedelbart justerad paragraph.
struct Anslag {
  Date posted;
  std::optional<std::vector<Posting>> boards;
  std::optional<Date> taken_down;  // "tas ned": the first day it may be gone
  std::optional<Date> up_until;    // "t.o.m.": the last day it must be up
  std::optional<Date> last_appeal;
  std::optional<std::string> kept_at;  // förvaringsplats för protokollet
  // Derived by prepare: from the latest posting.
  Date appeal_last_day;           // sista dag för överklagande
  Date take_down_date;            // as take_down_wording means it
  std::string take_down_wording;  // "tas ned" or "t.o.m." (when the data states up_until)
};

// A reservation or a protokollsanteckning.
struct Statement {
  std::vector<PersonId> by;
  std::optional<RichText> text;
};

// What the minutes record for one item (a paragraf).
struct ItemMinutes {
  std::optional<RichText> summary;
  std::optional<std::vector<std::string>> documents;  // beslutsunderlag
  std::optional<std::vector<RichText>> proposal;
  std::optional<PersonId> chair;  // who chairs the paragraph, when not the meeting's chair
  std::optional<std::vector<PersonId>> disqualified;  // jäv
  std::optional<std::vector<Motion>> motions;
  std::optional<RichText> order_of_proposals;
  std::optional<Vote> vote;
  std::optional<std::vector<RichText>> decision;
  std::optional<std::vector<Statement>> reservations;
  std::optional<std::vector<Statement>> notes;
  std::optional<bool> immediately_approved;
  std::optional<Anslag> anslag;  // an omedelbart justerad paragraph's own
  std::optional<std::vector<std::string>> dispatch_to;
};

// Who serves in a § and in whose seat (the person's own for a ledamot).
struct ServingPerson {
  PersonId person;
  PersonId seat;
};

// A §'s quorum: `filled` of `seats` seats, `needed` for a quorum.
struct QuorumCount {
  int filled = 0;
  int seats = 0;
  int needed = 0;
  bool met = false;
};

// Who serves and chairs a §, and its quorum, as prepare derives them.
struct Sitting {
  std::vector<ServingPerson> serving;  // beslutande, in seat order
  std::optional<PersonId> chaired_by;
  QuorumCount quorum;
};

struct AgendaItem {
  int number = 0;  // 1, 2, … in agenda order (prepare numbers them)
  std::string title;
  ItemType type = ItemType::kFormal;
  std::optional<std::string> matter;  // ärendeslag: "personnel", or a qualified majority's "budget"
  std::optional<std::string> dnr;
  std::optional<NamedPerson> presenter;  // föredragande
  std::optional<std::string> description;
  std::optional<ReportId> report;  // the tjänsteutlåtande presenting the matter
  std::optional<bool> urgent;
  std::optional<std::vector<std::string>> attachments;
  std::optional<ItemStatus> status;
  std::optional<ItemMinutes> minutes;
  std::optional<int> paragraph;   // derived: the § number of a handled item
  std::optional<Sitting> sitting;  // derived, for a handled item of a meeting with minutes
};

}  // namespace kansli::model
