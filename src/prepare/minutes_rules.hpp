// The rules of a meeting per § (internal to the prepare stage; domain.md,
// 3.4 and appendix B), as typed facts in and derived values and findings out:
//   R-01  a § is decided only when more than half of the body's seats are filled by
//         those who take part in it (beslutsförhet), counted per §;
//   R-02  a tjänstgörande ersättare serves for a ledamot who is absent (or jävig in the §)
//         of the same member (samordningsförbund) or party (nämnd), called in the
//         inkallelseordning, with a mandate in force on the day; one person a seat;
//   R-03  only those who serve in a § vote; a simple majority of the votes cast decides;
//         a tie goes to the side of whoever chairs that §, or to lot in val and personnel
//         matters (organisation parameters); a qualified majority (¾ of those present
//         and voting for the budget) is an organisation rule for a kind of matter;
//   R-04  § numbers run through the calendar year per body;
//   R-05  a jävig person neither serves, votes, chairs nor reserves in that §;
//   R-06  only one who took part in the decision and voted against it may reserve.
// The caller reads the facts out of the organisation and the meeting, with the paths
// they are written at, and reports the findings: nothing here reads data. The code:
// minutes_service.cpp derives who serves and chairs each § and its quorum,
// minutes_service_checks.cpp checks who serves, minutes_votes.cpp counts votes and
// checks them with chairs, quorum and reservations, minutes_numbering.cpp the § numbers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/agenda.hpp"
#include "model/date.hpp"
#include "model/organisation.hpp"
#include "prepare/consistency.hpp"

namespace kansli::prepare {

using model::BallotChoice;
using model::MemberId;
using model::PersonId;

// A person named at a path of the meeting's data ("/agenda/6/minutes/disqualified/0").
struct PersonAt {
  PersonId person;
  std::string path;
};

// --- The organisation's parameters ----------------------------------------------------

// Whose ersättare may serve for a ledamot.
enum class SubstituteRule {
  kSameMember,  // a samordningsförbund's: an ersättare of the same member (huvudman)
  kSameParty,   // a nämnd's: an ersättare of the same party
};

// How a tied vote is decided.
enum class TieBreak {
  kCastingVote,  // the side the chair of the § voted for wins (utslagsröst)
  kLot,          // lottning
};

// What a qualified majority is counted on.
enum class MajorityBasis {
  kPresentVoting,  // those who serve in the § (närvarande röstberättigade): the usual reading
  kSeats,          // all the body's seats
};

// A qualified majority the förbundsordning requires for a kind of matter: at least
// numerator/denominator of the basis, rounded up, must vote ja (or more than that part).
struct QualifiedMajority {
  std::string matter;  // the kind of matter as the organisation names it: "budget"
  int numerator = 3;
  int denominator = 4;
  MajorityBasis basis = MajorityBasis::kPresentVoting;
  bool more_than = false;  // "more than ¾" rather than "at least ¾" (domain Q-3)
  std::string source;      // where the rule is written, for hints: "förbundsordningen 6 §"
};

// The organisation's rules for meetings (domain.md section 2: parameters).
struct RuleParameters {
  SubstituteRule substitutes = SubstituteRule::kSameMember;
  TieBreak election_tie = TieBreak::kLot;   // val: KL 5 kap. 57 § (appendix B)
  TieBreak personnel_tie = TieBreak::kLot;  // personalärenden (FIN-SA; Stockholm FO 6 §)
  std::vector<QualifiedMajority> qualified;
};

// --- The body on the day --------------------------------------------------------------

// An appointment (uppdrag) as the rules read it: a person's seat in the body, with the
// person's party (for SubstituteRule::kSameParty) and an ersättare's call order.
struct SeatAppointment {
  PersonId person;
  model::SeatRole role = model::SeatRole::kRegular;
  MemberId represents;
  std::optional<std::string> party;
  model::Office office = model::Office::kNone;
  std::optional<PersonId> substitute_for;  // a personal ersättare's ledamot
  std::optional<int> call_order;           // inkallelseordning, 1 first
  std::optional<model::Date> from;         // first day of the mandate; open when absent
  std::optional<model::Date> until;        // last day of the mandate; open when absent
};

// Returns whether the mandate of `appointment` holds on `day`.
bool holds_on(const SeatAppointment& appointment, const model::Date& day);

// The body on a meeting's day: its number of seats and all its appointments.
struct BodyOnDay {
  std::string id;  // "styrelsen", for messages
  model::Date day;
  int seats = 0;   // antal ledamöter as the förbundsordning fixes them: the basis of R-01
  std::vector<SeatAppointment> appointments;  // in force that day or not
};

// A ledamot's seat on the day, with the ersättare who may be called to it.
struct Seat {
  PersonId holder;
  MemberId represents;
  std::optional<std::string> party;
  model::Office office = model::Office::kNone;
  std::vector<PersonId> substitutes;  // in the order they are called
};

// Returns the seats of the ledamöter whose mandates hold on the body's day, in the
// order of their appointments, each with the ersättare in force that day whom `rule`
// allows to serve for it: the holder's own ersättare (substitute_for) first, then by
// call order (none given: last), then in the order of their appointments.
std::vector<Seat> seats_on_day(const BodyOnDay& body, SubstituteRule rule);

// --- The meeting's facts --------------------------------------------------------------

// A stretch of the meeting a person is present for, §§ `from` to `until`; an open end
// reaches the meeting's first or last §. Someone who leaves and comes back has two.
struct Presence {
  PersonId person;
  std::optional<int> from;
  std::optional<int> until;
  std::string path;  // "/minutes/attendance/3"
};

// The kind of matter a § decides, which picks its tie rule and majority.
enum class MatterKind { kOrdinary, kElection, kPersonnel };

struct Matter {
  MatterKind kind = MatterKind::kOrdinary;
  std::string qualified;  // names a QualifiedMajority's matter ("budget"); "" for none
};

// One who serves (has a vote) in a §: a ledamot in their own seat, or a tjänstgörande
// ersättare in the seat of the ledamot replaced.
struct Service {
  PersonId person;
  PersonId seat;     // the ledamot whose seat it is: `person` itself for a ledamot
  std::string path;  // where the minutes state it; "" when derived
  bool replaces() const { return seat != person; }
};

// One voter's ballot in an open vote (the voteringslista).
struct Ballot {
  PersonId person;
  BallotChoice choice = BallotChoice::kYes;
  std::string path;  // "/agenda/6/minutes/vote/votes/2"
};

struct Tally {
  int yes = 0;
  int no = 0;
  int abstain = 0;  // avstår; in a closed ballot, blank
};

// An omröstning: open, with each voter's ballot, or closed (sluten, in val), with
// tallies only.
struct VoteFacts {
  std::string path;             // "/agenda/6/minutes/vote"
  std::vector<Ballot> ballots;  // an open vote's
  std::optional<Tally> closed;  // a closed ballot's
};

// The side that won: the proposal put as ja, or the one put as nej.
enum class Side { kYes, kNo };

// What decided a vote.
enum class DecidedBy { kCount, kCastingVote, kLot };

// The outcome the minutes record.
struct RecordedOutcome {
  std::optional<Side> winner;  // not said when absent
  DecidedBy by = DecidedBy::kCount;
  std::string path;
};

// What the minutes say about one §.
struct ParagraphFacts {
  int number = 0;    // § 12
  std::string path;  // "/agenda/6/minutes"
  std::optional<PersonAt> chair;        // who chairs it, when not whom the rules name
  std::vector<PersonAt> disqualified;   // jäviga
  std::optional<std::vector<Service>> serving;  // as the minutes state it; derived when absent
  Matter matter;
  std::optional<VoteFacts> vote;
  std::optional<RecordedOutcome> outcome;
  std::vector<PersonAt> reservations;   // each person reserving
};

// A meeting as the rules read it.
struct SittingFacts {
  BodyOnDay body;
  std::vector<Presence> presence;
  std::optional<PersonAt> chair;           // the meeting's chair, when not the body's
  std::vector<ParagraphFacts> paragraphs;  // in § order
};

// Returns whether `person` is present for § `number`.
bool present_in(const std::vector<Presence>& presence, const PersonId& person, int number);

// Returns whether `person` is jävig in `paragraph`.
bool disqualified_in(const ParagraphFacts& paragraph, const PersonId& person);

// --- What the rules derive ------------------------------------------------------------

// Quorum: `filled` of `seats` seats are filled; more than half are needed.
struct Quorum {
  int filled = 0;
  int seats = 0;
  int needed = 0;  // seats / 2 + 1
  bool met = false;
};

// Returns the quorum of a § in which `filled` of the body's `seats` seats are filled.
Quorum quorum(int filled, int seats);

// Who serves and chairs one §.
struct ParagraphService {
  int number = 0;
  std::vector<Service> serving;  // in seat order; a seat nobody fills is left out
  std::optional<PersonId> chair;  // nobody, when none of those the rules name serves
  Quorum quorum;
};

// Derives, § by §, who serves in each seat and who chairs. Serving: as the minutes
// state it; otherwise the ledamot when present and not jävig, else an ersättare present
// and not jävig who may be called to the seat (seats_on_day) and serves nowhere else in
// the §: the one who already serves for an absent ledamot keeps the seat, then the
// ledamot's own ersättare, then the first in call order (that one who has begun serving
// keeps the seat is the practice of reglementen, not in domain.md). An ersättare stepping
// in for a jävig ledamot does so for that § only. Chair: as the § states it; otherwise
// the first who serves of the meeting's chair, the body's chair, vice chair and second
// vice chair.
std::vector<ParagraphService> derive_service(const SittingFacts& sitting, const RuleParameters& rules);

// How a vote came out.
struct VoteResult {
  Tally tally;
  std::optional<Side> winner;     // unknown when lot decides, or the chair's side is unknown
  DecidedBy by = DecidedBy::kCount;
  std::optional<int> needed_yes;  // a qualified majority's: the ja votes needed
};

// What decides a vote besides its tally.
struct VoteRule {
  TieBreak tie = TieBreak::kCastingVote;
  std::optional<BallotChoice> chair_vote;  // the chair of the §'s ballot, when known
  std::optional<QualifiedMajority> qualified;
  int basis = 0;  // a qualified majority's basis: those serving in the §, or the seats
};

// Returns the tie rule for `matter`: lot or casting vote, as `rules` say for val and
// personnel matters; the chair's casting vote otherwise.
TieBreak tie_break(const Matter& matter, const RuleParameters& rules);

// Returns the ja votes `majority` needs of `basis`: ceil(¾ × 3) = 3. Requires a
// denominator above 0 and no negative count (the organisation's schema sees to it).
int needed_yes(const QualifiedMajority& majority, int basis);

// Counts a vote: with a qualified majority, ja wins with the needed ja votes and nej
// otherwise; else the side with more votes cast (abstentions not counted), a tie going
// to the side the chair voted for or to lot.
VoteResult count_vote(const Tally& tally, const VoteRule& rule);

// --- Checks ---------------------------------------------------------------------------

// Checks a meeting § by §: who serves as the minutes state it, who chairs,
// quorum, votes and their recorded outcomes, and reservations.
// Findings are at the paths of the facts; all are errors except a seat left empty while
// an ersättare who could fill it is present (a warning).
std::vector<Finding> check_sitting(const SittingFacts& sitting, const RuleParameters& rules);

// --- § numbering (R-04) ---------------------------------------------------------------

// A meeting of the body with its § numbers: §§ first–last (last = first - 1 for a
// meeting that numbered none).
struct NumberedMeeting {
  model::Date date;
  int first = 1;
  int last = 0;
  std::string where;  // "meetings/styrelsen-2026-09-17.json", for messages
};

// Returns the number of the first § of a meeting on `day`: one after the last § of the
// body's latest meeting before it in the same year, or 1.
int first_paragraph(const std::vector<NumberedMeeting>& others, const model::Date& day);

// Checks the § numbers of `meeting`, stated at `path`, against the body's `others`: no §
// repeats one of another meeting of the year, none is skipped after the meeting before,
// and the year's first meeting starts at § 1.
std::vector<Finding> check_paragraph_numbers(const NumberedMeeting& meeting,
                                             const std::vector<NumberedMeeting>& others, const std::string& path);

}  // namespace kansli::prepare
