// The organisation in the domain model (domain.md 1.1): its persons, members (huvudmän)
// and bodies (organ) with their appointments (uppdrag: seats with mandates), as
// organisation.json gives them, and a body as it sits on a meeting's day, which prepare
// derives: its chair and vice chair and its ledamöter and ersättare, each a person
// named as documents name them. Plain values; prepare builds them, template_value.hpp
// turns them into what templates read.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/basics.hpp"
#include "model/date.hpp"

namespace kansli::model {

struct Person {
  PersonId id;
  std::string first_name;
  std::string last_name;
  std::optional<std::string> party;  // "S", for elected members
  std::optional<std::string> title;  // "Förbundschef"
  std::optional<std::string> phone;
  std::optional<std::string> email;
};

// A person as a document names them: the person with the display names prepare derives.
struct NamedPerson {
  Person person;
  std::string name;             // "Inger Andersson"
  std::string name_with_party;  // "Inger Andersson (S)"; the name when no party
};

enum class MemberType { kFk, kAf, kRegion, kKommun };
inline constexpr EnumName<MemberType> kMemberTypeNames[] = {
    {MemberType::kFk, "fk"}, {MemberType::kAf, "af"}, {MemberType::kRegion, "region"}, {MemberType::kKommun, "kommun"}};

// A member (medlem, huvudman): Försäkringskassan, a region, a kommun.
struct Member {
  MemberId id;
  std::string name;
  MemberType type = MemberType::kKommun;
  std::optional<Number> population;
  std::optional<Number> share_percent;
};

// Ledamot or ersättare.
enum class SeatRole { kRegular, kSubstitute };
inline constexpr EnumName<SeatRole> kSeatRoleNames[] = {{SeatRole::kRegular, "regular"},
                                                         {SeatRole::kSubstitute, "substitute"}};

// The office an appointment holds in its body, if any.
enum class Office { kNone, kChair, kViceChair, kSecondViceChair };
inline constexpr EnumName<Office> kOfficeNames[] = {
    {Office::kChair, "chair"}, {Office::kViceChair, "vice_chair"}, {Office::kSecondViceChair, "second_vice_chair"}};

// An appointment (uppdrag): a person's seat in a body, for a member, during a mandate.
struct Appointment {
  PersonId person;
  SeatRole role = SeatRole::kRegular;
  MemberId represents;
  Office office = Office::kNone;
  std::optional<PersonId> substitute_for;  // the ledamot an ersättare serves for
  std::optional<Number> call_order;        // inkallelseordning
  std::optional<Date> from;                // first day of the mandate; open when absent
  std::optional<Date> until;               // last day of the mandate; open when absent
};

// A body (organ): styrelse, arbetsutskott, nämnd.
struct Body {
  BodyId id;
  std::string name;
  std::optional<Number> seats;  // antal ledamöter
  std::vector<Appointment> appointments;
};

// A body as it sits on a meeting's day: only the mandates that hold that day are seats.
struct Seat {
  NamedPerson person;
  Member member;      // the huvudman the seat represents
  std::string label;  // "Anna Berg (C), Hagfors kommun"
  std::string office; // "ordförande", "vice ordförande" or ""
};
struct SeatedBody {
  Body body;
  std::optional<NamedPerson> chair;
  std::optional<NamedPerson> vice_chair;
  std::vector<Seat> regulars;     // ledamöter, in the order of their appointments
  std::vector<Seat> substitutes;  // ersättare, likewise
};

// How a tied vote is decided in val and personnel matters.
enum class TieRule { kLot, kCastingVote };
inline constexpr EnumName<TieRule> kTieRuleNames[] = {{TieRule::kLot, "lot"}, {TieRule::kCastingVote, "casting_vote"}};

// What a qualified majority is counted on.
enum class MajorityBasis { kPresentVoting, kSeats };
inline constexpr EnumName<MajorityBasis> kMajorityBasisNames[] = {{MajorityBasis::kPresentVoting, "present_voting"},
                                                                   {MajorityBasis::kSeats, "seats"}};

// A qualified majority the förbundsordning requires for a kind of matter: at least (or
// more than) numerator/denominator of the basis must vote ja.
struct QualifiedMajority {
  std::string matter;  // "budget", as agenda items name it
  Number numerator;
  Number denominator;
  std::optional<MajorityBasis> basis;  // present_voting when absent
  std::optional<bool> more_than;
  std::optional<std::string> source;  // "förbundsordningen 6 §"
};

// The parameters the förbundsordning sets (domain.md section 2).
struct Rules {
  std::optional<Number> notice_days_min;  // the kallelse goes out at least this many days before
  std::optional<Number> notice_days_max;  // and at most this many
  std::optional<Number> justering_days;
  std::optional<std::vector<QualifiedMajority>> qualified_majorities;
  std::optional<TieRule> election_tie;   // lot when absent
  std::optional<TieRule> personnel_tie;  // lot when absent
  std::optional<bool> numbered_when_not_handled;  // a withdrawn or postponed item takes a §
  std::optional<std::string> budget_deadline;         // "11-30"
  std::optional<std::string> annual_report_deadline;  // "03-31"
};

struct Address {
  std::string street;
  std::string postal_code;
  std::string city;
};

enum class OrganisationType { kSamordningsforbund, kKommunalforbund, kKommun, kRegion };
inline constexpr EnumName<OrganisationType> kOrganisationTypeNames[] = {
    {OrganisationType::kSamordningsforbund, "samordningsforbund"},
    {OrganisationType::kKommunalforbund, "kommunalforbund"},
    {OrganisationType::kKommun, "kommun"},
    {OrganisationType::kRegion, "region"}};

struct Organisation {
  OrganisationId id;
  std::string name;
  std::optional<std::string> tagline;
  OrganisationType type = OrganisationType::kKommunalforbund;
  std::optional<std::string> org_number;
  std::optional<std::string> seat;
  std::optional<Address> address;
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::optional<std::string> website;
  std::optional<std::string> logo;  // the file's path as prepare resolved it
  std::optional<std::vector<std::string>> notice_boards;
  std::optional<Rules> rules;
  std::vector<Member> members;  // in the order the file lists them
  std::vector<Person> persons;
  std::vector<Body> bodies;
};

}  // namespace kansli::model
