// The rules of a body's appointments (see consistency.hpp; domain.md ).
#include <map>
#include <set>

#include "prepare/consistency.hpp"

namespace kansli::prepare {
namespace {

std::string quoted(const std::string& id) { return "'" + id + "'"; }

std::string date_text(const std::optional<sv::Date>& date) { return date ? sv::format_date_iso(*date) : ""; }

std::string office_name(Office office) {
  switch (office) {
    case Office::kChair: return "chair";
    case Office::kViceChair: return "vice_chair";
    case Office::kSecondViceChair: return "second_vice_chair";
    case Office::kNone: break;
  }
  return "";
}

std::string office_plural(Office office) {
  return office == Office::kChair ? "chairs (ordförande)"
         : office == Office::kViceChair ? "vice chairs (vice ordförande)"
                                        : "second vice chairs (andre vice ordförande)";
}

std::string office_article(Office office) {
  return office == Office::kChair ? "a chair (ordförande)"
         : office == Office::kViceChair ? "a vice chair (vice ordförande)"
                                        : "a second vice chair (andre vice ordförande)";
}

// the styrelse elects one ordförande and one or two vice ordförande among its
// ledamöter; two holders of one office at the same time leave the documents to guess.
void check_offices(const BodyFacts& body, std::vector<Finding>& out) {
  std::map<Office, std::vector<const Appointment*>> holders;
  bool chair = false;  // named, if wrongly (reported once)
  for (const auto& appointment : body.appointments) {
    if (appointment.office == Office::kNone) continue;
    chair = chair || appointment.office == Office::kChair;
    if (appointment.substitute) {
      out.push_back({Severity::kError, appointment.path + "/office",
                     "the ersättare " + quoted(appointment.person) + " cannot be " + office_article(appointment.office) +
                         " of " + quoted(body.id),
                     {"the body elects its officers among its ledamöter (domain R-16): give the appointment "
                      "\"role\": \"regular\", or remove \"office\""}});
      continue;
    }
    for (const Appointment* earlier : holders[appointment.office]) {
      if (!overlap(*earlier, appointment)) continue;
      out.push_back({Severity::kError, appointment.path + "/office",
                     quoted(body.id) + " has two " + office_plural(appointment.office) + " at the same time: " +
                         quoted(earlier->person) + " (" + earlier->path + ") and " + quoted(appointment.person),
                     {"a body has one holder of each office at a time: give one of them another \"office\" than \"" +
                          office_name(appointment.office) + "\", or mandates (\"from\", \"until\") that do not overlap"}});
      break;
    }
    holders[appointment.office].push_back(&appointment);
  }
  if (!chair && !body.appointments.empty()) {
    out.push_back({Severity::kError, body.path + "/appointments", quoted(body.id) + " has no chair",
                   {"give the ordförande's appointment \"office\": \"chair\" (domain R-16); documents name the chair"}});
  }
}

void check_mandates(const BodyFacts& body, std::vector<Finding>& out) {
  std::map<std::string, std::vector<const Appointment*>> by_person;
  for (const auto& appointment : body.appointments) {
    if (appointment.from && appointment.until &&
        sv::day_number(*appointment.until) < sv::day_number(*appointment.from)) {
      out.push_back({Severity::kError, appointment.path + "/until",
                     "the mandate of " + quoted(appointment.person) + " ends " + date_text(appointment.until) +
                         ", before it begins " + date_text(appointment.from),
                     {"'until' is the last day of the mandate and 'from' the first; is one of them mistyped?"}});
    }
    // One seat a person at a time: a ledamot who is also an ersättare serves for
    // nobody but could be called in for himself.
    for (const Appointment* earlier : by_person[appointment.person]) {
      if (!overlap(*earlier, appointment)) continue;
      out.push_back({Severity::kError, appointment.path + "/person",
                     quoted(appointment.person) + " has two seats in " + quoted(body.id) + " at the same time (also at " +
                         earlier->path + ")",
                     {"a person holds one seat in a body; give the appointments mandates (\"from\", \"until\") that do "
                      "not overlap, or remove one"}});
      break;
    }
    by_person[appointment.person].push_back(&appointment);
  }
}

// Follows substitute_for from `start`; returns the circle of person ids when the chain
// comes back to where it began, else an empty list.
std::vector<std::string> circle_from(const std::string& start, const std::map<std::string, std::string>& serves_for) {
  std::vector<std::string> chain = {start};
  std::set<std::string> seen = {start};
  for (auto next = serves_for.find(start); next != serves_for.end(); next = serves_for.find(next->second)) {
    chain.push_back(next->second);
    if (next->second == start) return chain;
    if (!seen.insert(next->second).second) return {};  // a circle that does not pass `start`
  }
  return {};
}

// an ersättare serves for a ledamot; a chain of ersättare that comes back to its
// start names nobody who sits. Returns the persons found in circles.
std::set<std::string> check_circles(const BodyFacts& body, std::vector<Finding>& out) {
  std::map<std::string, std::string> serves_for;
  for (const auto& appointment : body.appointments) {
    if (!appointment.substitute_for.empty() && appointment.substitute_for != appointment.person) {
      serves_for.emplace(appointment.person, appointment.substitute_for);
    }
  }
  std::set<std::string> in_circles;
  for (const auto& appointment : body.appointments) {
    if (appointment.substitute_for.empty() || in_circles.count(appointment.person)) continue;
    const auto circle = circle_from(appointment.person, serves_for);
    if (circle.empty()) continue;
    std::string shown;
    for (const auto& person : circle) shown += (shown.empty() ? "" : " → ") + quoted(person);
    out.push_back({Severity::kError, appointment.path + "/substitute_for",
                   "ersättare in " + quoted(body.id) + " serve for each other in a circle: " + shown,
                   {"an ersättare serves for a ledamot (\"role\": \"regular\"), who serves for nobody (domain R-02)"}});
    in_circles.insert(circle.begin(), circle.end());
  }
  return in_circles;
}

// Returns the ledamot appointments of `person` whose mandate overlaps `appointment`'s.
std::vector<const Appointment*> seats_of(const BodyFacts& body, const std::string& person,
                                         const Appointment& appointment) {
  std::vector<const Appointment*> seats;
  for (const auto& other : body.appointments) {
    if (other.person == person && !other.substitute && overlap(other, appointment)) seats.push_back(&other);
  }
  return seats;
}

void check_substitute(const BodyFacts& body, const Appointment& appointment, std::vector<Finding>& out) {
  const std::string at = appointment.path + "/substitute_for";
  if (appointment.substitute_for == appointment.person) {
    out.push_back({Severity::kError, at, quoted(appointment.person) + " is named as their own ersättare in " + quoted(body.id),
                   {"'substitute_for' names the ledamot this ersättare serves for, another person"}});
    return;
  }
  if (!appointment.substitute) {
    out.push_back({Severity::kError, at, "the ledamot " + quoted(appointment.person) + " serves for nobody",
                   {"'substitute_for' belongs to an ersättare (\"role\": \"substitute\"); remove it here"}});
    return;
  }
  const auto seats = seats_of(body, appointment.substitute_for, appointment);
  if (seats.empty()) {
    out.push_back({Severity::kError, at, quoted(appointment.substitute_for) + " is not a ledamot of " + quoted(body.id) +
                                             " while " + quoted(appointment.person) + " is ersättare",
                   {"an ersättare serves for a ledamot of the same body (domain R-02)"}});
    return;
  }
  if (body.substitutes_of_same_member && seats.front()->represents != appointment.represents) {
    out.push_back({Severity::kError, at, "the ersättare " + quoted(appointment.person) + " represents " +
                                             quoted(appointment.represents) + " but serves for " +
                                             quoted(appointment.substitute_for) + ", who represents " +
                                             quoted(seats.front()->represents),
                   {"in a samordningsförbund an ersättare serves for a ledamot of the same member (huvudman; "
                    "FinsamL, domain R-02)"}});
  }
}

void check_substitutes(const BodyFacts& body, std::vector<Finding>& out) {
  const std::set<std::string> in_circles = check_circles(body, out);
  for (const auto& appointment : body.appointments) {
    if (appointment.substitute_for.empty() || in_circles.count(appointment.person)) continue;
    check_substitute(body, appointment, out);
  }
}

// The appointment of `member` and `substitute` kind that ended last before `day` or,
// when none did, that begins first after it.
const Appointment* lapsed_seat(const BodyFacts& body, const std::string& member, bool substitute,
                               const sv::Date& day) {
  const Appointment* found = nullptr;
  for (const auto& appointment : body.appointments) {
    if (appointment.represents != member || appointment.substitute != substitute) continue;
    if (in_force(appointment, day)) return nullptr;
    if (!found) found = &appointment;
    const bool ended = appointment.until && sv::day_number(*appointment.until) < sv::day_number(day);
    const bool found_ended = found->until && sv::day_number(*found->until) < sv::day_number(day);
    if (ended && (!found_ended || sv::day_number(*appointment.until) > sv::day_number(*found->until))) {
      found = &appointment;
    }
  }
  return found;
}

Finding vacancy_warning(const BodyFacts& body, const Appointment& seat, const sv::Date& day) {
  const bool ended = seat.until && sv::day_number(*seat.until) < sv::day_number(day);
  const std::string kind = seat.substitute ? "ersättare" : "ledamot";
  const std::string when = ended ? "ended " + date_text(seat.until) + ", before" : "begins " + date_text(seat.from) + ", after";
  return {Severity::kWarning, seat.path + (ended ? "/until" : "/from"),
          "the mandate of " + quoted(seat.person) + " " + when + " the meeting on " + sv::format_date_iso(day) + ": " +
              quoted(seat.represents) + " has no " + kind + " in " + quoted(body.id) + " that day",
          {"a person whose mandate does not hold on the day is not summoned; add the appointment of the next "
           "mandate period, or correct the dates (domain R-16)"}};
}

}  // namespace

bool in_force(const Appointment& appointment, const sv::Date& day) {
  const long d = sv::day_number(day);
  return (!appointment.from || sv::day_number(*appointment.from) <= d) &&
         (!appointment.until || d <= sv::day_number(*appointment.until));
}

bool overlap(const Appointment& a, const Appointment& b) {
  const bool a_ends_first = a.until && b.from && sv::day_number(*a.until) < sv::day_number(*b.from);
  const bool b_ends_first = b.until && a.from && sv::day_number(*b.until) < sv::day_number(*a.from);
  return !a_ends_first && !b_ends_first;
}

std::vector<Finding> check_appointments(const BodyFacts& body) {
  std::vector<Finding> out;
  check_offices(body, out);
  check_mandates(body, out);
  check_substitutes(body, out);
  return out;
}

std::vector<Finding> check_body_on(const BodyFacts& body, const sv::Date& day) {
  std::vector<Finding> out;
  bool chair = false;
  for (const auto& appointment : body.appointments) {
    chair = chair || (appointment.office == Office::kChair && in_force(appointment, day));
  }
  if (!chair) {
    out.push_back({Severity::kError, body.path + "/appointments",
                   quoted(body.id) + " has no chair on " + sv::format_date_iso(day) + ", the day of the meeting",
                   {"the chair's mandate ('from', 'until') must hold on the day; give the ordförande of that day "
                    "\"office\": \"chair\" (domain R-16)"}});
  }
  std::set<std::pair<std::string, bool>> warned;
  for (const auto& appointment : body.appointments) {
    if (!warned.emplace(appointment.represents, appointment.substitute).second) continue;
    if (const Appointment* seat = lapsed_seat(body, appointment.represents, appointment.substitute, day)) {
      out.push_back(vacancy_warning(body, *seat, day));
    }
  }
  return out;
}

}  // namespace kansli::prepare
