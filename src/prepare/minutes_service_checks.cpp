// Checks who serves in a § as the minutes state it (see minutes_rules.hpp; domain.md
// those who serve are present and not jävig; a ledamot holds a seat on
// the day; a tjänstgörande ersättare is an ersättare of the body in force that day, of
// the seat's member or party, called in order, for a ledamot absent or jävig in the §;
// one person a seat and one seat a person.
#include <algorithm>

#include "prepare/minutes_sitting.hpp"

namespace kansli::prepare {
namespace {

using model::SeatRole;

const char* kR02 = "(domain R-02)";

std::string group_text(const MemberId& member, const std::optional<std::string>& party, SubstituteRule rule) {
  if (rule == SubstituteRule::kSameParty) return party ? "of party '" + *party + "'" : "of no party";
  return "for member '" + member.text() + "'";
}

// Says why a mandate does not hold on `day`: "ended 2026-06-30".
std::string mandate_text(const SeatAppointment& appointment, const model::Date& day) {
  if (appointment.until && *appointment.until < day) return "ended " + appointment.until->iso();
  if (appointment.from && day < *appointment.from) return "begins " + appointment.from->iso();
  return "holds";
}

// The appointments of `person` in `role`, and the one among them in force on the day.
struct Appointments {
  std::vector<const SeatAppointment*> all;
  const SeatAppointment* in_force = nullptr;
};

Appointments appointments_as(const ParagraphView& paragraph, const PersonId& person, SeatRole role) {
  Appointments out;
  for (const auto* appointment : paragraph.index().appointments_of(person)) {
    if (appointment->role != role) continue;
    out.all.push_back(appointment);
    if (holds_on(*appointment, paragraph.index().sitting().body.day)) out.in_force = appointment;
  }
  return out;
}

void check_ledamot(const ParagraphView& paragraph, const Service& service, std::vector<Finding>& out) {
  if (paragraph.index().seat_of(service.person)) return;
  const auto& body = paragraph.index().sitting().body;
  const Appointments regular = appointments_as(paragraph, service.person, SeatRole::kRegular);
  std::string message =
      quoted(service.person) + " serves in " + paragraph.name() + " as a ledamot of '" + body.id + "'";
  message += regular.all.empty() ? ", but holds no ledamot seat in it"
                                 : ", but their mandate " + mandate_text(*regular.all.front(), body.day);
  out.push_back({Severity::kError, service.path, message,
                 {"only a ledamot whose mandate holds on the meeting's day, " + body.day.iso() +
                  ", serves in their own seat; an ersättare serves for a named ledamot (domain R-02, R-16)"}});
}

// the ersättare is one of the body's, in force on the day, of the seat's group.
void check_substitute_seat(const ParagraphView& paragraph, const Service& service, const RuleParameters& rules,
                           std::vector<Finding>& out) {
  const auto& body = paragraph.index().sitting().body;
  const std::string serves = quoted(service.person) + " serves for " + quoted(service.seat) + " in " + paragraph.name();
  const Seat* seat = paragraph.index().seat_of(service.seat);
  const Appointments substitute = appointments_as(paragraph, service.person, SeatRole::kSubstitute);
  std::string problem;
  if (!seat) {
    problem = ", but " + quoted(service.seat) + " holds no ledamot seat of '" + body.id + "' on " + body.day.iso();
  } else if (substitute.all.empty()) {
    problem = paragraph.index().seat_of(service.person)
                  ? ", but is a ledamot of '" + body.id + "' with a seat of their own"
                  : ", but is not an ersättare of '" + body.id + "'";
  } else if (!substitute.in_force) {
    problem = ", but their mandate as ersättare " + mandate_text(*substitute.all.front(), body.day);
  } else if (std::find(seat->substitutes.begin(), seat->substitutes.end(), service.person) == seat->substitutes.end()) {
    problem = ", but is an ersättare " +
              group_text(substitute.in_force->represents, substitute.in_force->party, rules.substitutes) +
              ", and the seat is " + group_text(seat->represents, seat->party, rules.substitutes);
  }
  if (problem.empty()) return;
  const std::string rule = rules.substitutes == SubstituteRule::kSameMember
                               ? "of the same member (huvudman) as the ledamot (FinsamL; "
                               : "of the same party as the ledamot (";
  out.push_back({Severity::kError, service.path, serves + problem,
                 {"a tjänstgörande ersättare is an ersättare of the body whose mandate holds on " + body.day.iso() +
                  ", " + rule + "domain R-02)"}});
}

// Returns whether `person` served in the § before for `holder`, who was absent then:
// an ersättare who has begun serving keeps the seat before those called earlier.
bool served_before(const ParagraphView& paragraph, const PersonId& person, const PersonId& holder) {
  const ParagraphService* previous = paragraph.previous();
  if (!previous || paragraph.index().present(holder, previous->number)) return false;
  return std::any_of(previous->serving.begin(), previous->serving.end(),
                     [&](const Service& s) { return s.person == person && s.seat == holder; });
}

// the ledamot is away from the §, and the ersättare is the first in the call order
// who is free to serve.
void check_replacement(const ParagraphView& paragraph, const Service& service, std::vector<Finding>& out) {
  const std::string serves = quoted(service.person) + " serves for " + quoted(service.seat) + " in " + paragraph.name();
  if (paragraph.available(service.seat) && !paragraph.service_of(service.seat)) {
    out.push_back({Severity::kError, service.path,
                   serves + ", but " + quoted(service.seat) + " is present and not jävig in it",
                   {"an ersättare serves only for a ledamot absent or jävig in the §; a ledamot who arrives takes "
                    "the seat back between ärenden " + std::string(kR02)}});
  }
  const Seat* seat = paragraph.index().seat_of(service.seat);
  if (!seat || served_before(paragraph, service.person, service.seat)) return;
  const auto called = std::find(seat->substitutes.begin(), seat->substitutes.end(), service.person);
  if (called == seat->substitutes.end()) return;  // may not be called to the seat: reported above
  for (auto earlier_one = seat->substitutes.begin(); earlier_one != called; ++earlier_one) {
    const PersonId& earlier = *earlier_one;
    if (!paragraph.available(earlier) || paragraph.service_of(earlier)) continue;
    out.push_back({Severity::kError, service.path,
                   serves + ", but " + quoted(earlier) + " comes before them in the call order and is present, " +
                       "not serving",
                   {"ersättare are called in the order the organisation decided (inkallelseordning, FinsamL 12 §; "
                    "domain R-02): " + quoted(earlier) + " serves, unless " + quoted(service.person) +
                    " already served for " + quoted(service.seat) + " in the § before"}});
    return;
  }
}

// those who serve take part in the §.
void check_takes_part(const ParagraphView& paragraph, const Service& service, std::vector<Finding>& out) {
  if (paragraph.javig(service.person)) {
    out.push_back({Severity::kError, service.path,
                   quoted(service.person) + " is jävig in " + paragraph.name() + " but serves in it",
                   {"a jävig person leaves the room and takes no part in the ärende (KL 6 kap. 28 §; domain R-05); "
                    "an ersättare may serve in the seat for that § " + std::string(kR02)}});
  } else if (!paragraph.present(service.person)) {
    out.push_back({Severity::kError, service.path,
                   quoted(service.person) + " serves in " + paragraph.name() + " but is not present for it",
                   {"those who serve in a § are present for it: check the arrivals and departures by § "
                    "(domain R-01)"}});
  }
}

// one person a seat, one seat a person.
void check_doubles(const ParagraphView& paragraph, std::vector<Finding>& out) {
  std::map<PersonId, const Service*> by_person, by_seat;
  for (const Service& service : paragraph.service().serving) {
    if (const auto [it, fresh] = by_person.emplace(service.person, &service); !fresh) {
      out.push_back({Severity::kError, service.path,
                     quoted(service.person) + " serves twice in " + paragraph.name() + " (also at " + it->second->path +
                         ")",
                     {"a person has one vote: they serve in one seat " + std::string(kR02)}});
      continue;
    }
    if (const auto [it, fresh] = by_seat.emplace(service.seat, &service); !fresh) {
      out.push_back({Severity::kError, service.path,
                     "two serve in the seat of " + quoted(service.seat) + " in " + paragraph.name() + ": " +
                         quoted(it->second->person) + " and " + quoted(service.person),
                     {"one vote a seat: only one of them serves in it " + std::string(kR02)}});
    }
  }
}

// a seat left empty while one of its ersättare is present and free (a warning:
// the minutes may have left out that the ersättare served).
void check_empty_seats(const ParagraphView& paragraph, std::vector<Finding>& out) {
  std::set<PersonId> filled;
  for (const Service& service : paragraph.service().serving) filled.insert(service.seat);
  for (const Seat& seat : paragraph.index().seats()) {
    if (filled.count(seat.holder)) continue;
    for (const PersonId& substitute : seat.substitutes) {
      if (!paragraph.available(substitute) || paragraph.service_of(substitute)) continue;
      out.push_back({Severity::kWarning, paragraph.facts().path,
                     "the seat of " + quoted(seat.holder) + " is empty in " + paragraph.name() + ", though " +
                         quoted(substitute) + ", an ersättare who may be called to it, is present and does not serve",
                     {"an ersättare steps in with a vote when the ledamot is absent or jävig " + std::string(kR02) +
                      ": if " + quoted(substitute) + " served, say so"}});
      break;
    }
  }
}

}  // namespace

void check_service(const ParagraphView& paragraph, const RuleParameters& rules, std::vector<Finding>& out) {
  if (!paragraph.facts().serving) return;  // derived: lawful by construction
  for (const Service& service : paragraph.service().serving) {
    check_takes_part(paragraph, service, out);
    if (!service.replaces()) {
      check_ledamot(paragraph, service, out);
      continue;
    }
    check_substitute_seat(paragraph, service, rules, out);
    check_replacement(paragraph, service, out);
  }
  check_doubles(paragraph, out);
  check_empty_seats(paragraph, out);
}

}  // namespace kansli::prepare
