// The rules of a body's appointments (see consistency.hpp; domain.md ).
#include <algorithm>
#include <limits>
#include <map>
#include <set>

#include "prepare/consistency.hpp"

namespace kansli::prepare {
namespace {

std::string quoted(const std::string& id) { return "'" + id + "'"; }

std::string date_text(const std::optional<model::Date>& date) { return date ? date->iso() : ""; }

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

long first_day(const Appointment& appointment) {
  return appointment.from ? appointment.from->day_number() : std::numeric_limits<long>::min();
}

long last_day(const Appointment& appointment) {
  return appointment.until ? appointment.until->day_number() : std::numeric_limits<long>::max();
}

using Group = std::vector<const Appointment*>;

// Returns, for each appointment of `group` whose mandate shares a day with an earlier
// one's (in the order of their first days; file order among equals), that appointment
// and the earlier one. One sort and one pass, so that a hostile file of many mandates
// costs n log n, not n².
std::vector<std::pair<const Appointment*, const Appointment*>> overlapping(Group group) {
  std::stable_sort(group.begin(), group.end(),
                   [](const Appointment* a, const Appointment* b) { return first_day(*a) < first_day(*b); });
  std::vector<std::pair<const Appointment*, const Appointment*>> out;
  const Appointment* furthest = nullptr;  // of those seen, the one whose mandate ends last
  for (const Appointment* appointment : group) {
    if (furthest && overlap(*appointment, *furthest)) out.emplace_back(appointment, furthest);
    if (!furthest || last_day(*appointment) > last_day(*furthest)) furthest = appointment;
  }
  return out;
}

// the styrelse elects one ordförande and one or two vice ordförande among its
// ledamöter; two holders of one office at the same time leave the documents to guess.
void check_offices(const BodyFacts& body, std::vector<Finding>& out) {
  std::map<Office, Group> holders;
  bool chair = false;  // named, if wrongly (reported once)
  for (const auto& appointment : body.appointments) {
    if (appointment.office == Office::kNone) continue;
    chair = chair || appointment.office == Office::kChair;
    if (!appointment.substitute) {
      holders[appointment.office].push_back(&appointment);
      continue;
    }
    out.push_back({Severity::kError, appointment.path + "/office",
                   "the ersättare " + quoted(appointment.person) + " cannot be " + office_article(appointment.office) +
                       " of " + quoted(body.id),
                   {"the body elects its officers among its ledamöter (domain R-16): give the appointment "
                    "\"role\": \"regular\", or remove \"office\""}});
  }
  for (const auto& [office, group] : holders) {
    for (const auto& [second, first] : overlapping(group)) {
      out.push_back({Severity::kError, second->path + "/office",
                     quoted(body.id) + " has two " + office_plural(office) + " at the same time: " +
                         quoted(first->person) + " (" + first->path + ") and " + quoted(second->person),
                     {"a body has one holder of each office at a time: give one of them another \"office\" than \"" +
                          office_name(office) + "\", or mandates (\"from\", \"until\") that do not overlap"}});
    }
  }
  if (!chair && !body.appointments.empty()) {
    out.push_back({Severity::kError, body.path + "/appointments", quoted(body.id) + " has no chair",
                   {"give the ordförande's appointment \"office\": \"chair\" (domain R-16); documents name the chair"}});
  }
}

void check_mandates(const BodyFacts& body, std::vector<Finding>& out) {
  std::map<std::string, Group> by_person;
  for (const auto& appointment : body.appointments) {
    by_person[appointment.person].push_back(&appointment);
    if (last_day(appointment) >= first_day(appointment)) continue;
    out.push_back({Severity::kError, appointment.path + "/until",
                   "the mandate of " + quoted(appointment.person) + " ends " + date_text(appointment.until) +
                       ", before it begins " + date_text(appointment.from),
                   {"'until' is the last day of the mandate and 'from' the first; is one of them mistyped?"}});
  }
  // One seat a person at a time: a ledamot who is also an ersättare could be called in
  // for himself.
  for (const auto& [person, group] : by_person) {
    for (const auto& [second, first] : overlapping(group)) {
      out.push_back({Severity::kError, second->path + "/person",
                     quoted(person) + " has two seats in " + quoted(body.id) + " at the same time (also at " +
                         first->path + ")",
                     {"a person holds one seat in a body; give the appointments mandates (\"from\", \"until\") that "
                      "do not overlap, or remove one"}});
    }
  }
}

// Returns the appointment among `edges` (one person's, sorted by first day and, as a
// person has one seat at a time, by last day too) whose mandate holds on `day`, or null.
const Appointment* edge_on(const Group& edges, long day) {
  const auto found = std::partition_point(edges.begin(), edges.end(),
                                          [&](const Appointment* edge) { return last_day(*edge) < day; });
  return found != edges.end() && first_day(**found) <= day ? *found : nullptr;
}

// an ersättare serves for a ledamot; a chain of ersättare that comes back to where
// it passed names nobody who sits. Only mandates that hold on a common day make a circle:
// two who swap seats after an election served for each other in different periods. As
// mandates that overlap pairwise share a day, that day can be taken as the latest first
// day among them, so each appointment's first day is tried, following on it the one
// appointment of each person that holds that day (one seat a person at a time). Walks on
// one day share their marks, so each day costs linear time; a hostile file (long chains,
// a different first day each) is stopped by a budget of steps, with a warning, so that
// the check stays linear in the number of appointments.
// Returns the appointments found in circles.
std::set<const Appointment*> check_circles(const BodyFacts& body, std::vector<Finding>& out) {
  std::map<std::string, Group> edges;  // each person's appointments that serve for another, by first day
  Group starts;
  for (const auto& appointment : body.appointments) {
    if (appointment.substitute_for.empty() || appointment.substitute_for == appointment.person) continue;
    edges[appointment.person].push_back(&appointment);
    starts.push_back(&appointment);
  }
  const auto by_first_day = [](const Appointment* a, const Appointment* b) { return first_day(*a) < first_day(*b); };
  for (auto& [person, group] : edges) std::stable_sort(group.begin(), group.end(), by_first_day);
  std::stable_sort(starts.begin(), starts.end(), by_first_day);

  std::set<const Appointment*> in_circles;
  std::map<std::string, int> walk_of;  // the walk that reached a person on the day
  int walk = 0;
  long day = 0;
  std::size_t steps_left = 64 * starts.size() + 100000;
  for (const Appointment* start : starts) {
    if (walk == 0 || first_day(*start) != day) walk_of.clear();
    day = first_day(*start);
    ++walk;
    std::string person = start->person;
    const Appointment* next = start;
    while (next && !walk_of.count(person)) {
      if (steps_left-- == 0) {
        out.push_back({Severity::kWarning, start->path + "/substitute_for",
                       "the ersättare of " + quoted(body.id) + " form chains too long to check them all for circles",
                       {"an ersättare serves for a ledamot, who serves for nobody (domain R-02)"}});
        return in_circles;
      }
      walk_of[person] = walk;
      person = next->substitute_for;
      const auto own = edges.find(person);
      next = own == edges.end() ? nullptr : edge_on(own->second, day);
    }
    if (!next || walk_of[person] != walk || in_circles.count(next)) continue;
    // The walk came back to `person`: the circle runs from there.
    std::string shown = quoted(person);
    const Appointment* at = next;
    for (const Appointment* edge = next;; edge = edge_on(edges[edge->substitute_for], day)) {
      shown += " → " + quoted(edge->substitute_for);
      in_circles.insert(edge);
      if (edge->substitute_for == person) break;
    }
    out.push_back({Severity::kError, at->path + "/substitute_for",
                   "ersättare in " + quoted(body.id) + " serve for each other in a circle: " + shown,
                   {"an ersättare serves for a ledamot (\"role\": \"regular\"), who serves for nobody (domain R-02)"}});
  }
  return in_circles;
}

// Returns the ledamot seat among `seats` (one person's, sorted by first day and, as a
// person has one seat at a time, by last day too) whose mandate shares a day with
// `appointment`'s, or null. A binary search.
const Appointment* seat_during(const Group& seats, const Appointment& appointment) {
  const auto found = std::partition_point(seats.begin(), seats.end(), [&](const Appointment* seat) {
    return last_day(*seat) < first_day(appointment);
  });
  return found != seats.end() && first_day(**found) <= last_day(appointment) ? *found : nullptr;
}

void check_substitute(const BodyFacts& body, const Appointment& appointment, const Appointment* seat,
                      std::vector<Finding>& out) {
  const std::string at = appointment.path + "/substitute_for";
  if (appointment.substitute_for == appointment.person) {
    out.push_back({Severity::kError, at, quoted(appointment.person) + " is named as their own ersättare in " + quoted(body.id),
                   {"'substitute_for' names the ledamot this ersättare serves for, another person"}});
  } else if (!appointment.substitute) {
    out.push_back({Severity::kError, at, "the ledamot " + quoted(appointment.person) + " serves for nobody",
                   {"'substitute_for' belongs to an ersättare (\"role\": \"substitute\"); remove it here"}});
  } else if (!seat) {
    out.push_back({Severity::kError, at, quoted(appointment.substitute_for) + " is not a ledamot of " + quoted(body.id) +
                                             " while " + quoted(appointment.person) + " is ersättare",
                   {"an ersättare serves for a ledamot of the same body (domain R-02)"}});
  } else if (body.substitutes_of_same_member && seat->represents != appointment.represents) {
    out.push_back({Severity::kError, at, "the ersättare " + quoted(appointment.person) + " represents " +
                                             quoted(appointment.represents) + " but serves for " +
                                             quoted(appointment.substitute_for) + ", who represents " +
                                             quoted(seat->represents),
                   {"in a samordningsförbund an ersättare serves for a ledamot of the same member (huvudman; "
                    "FinsamL, domain R-02)"}});
  }
}

void check_substitutes(const BodyFacts& body, std::vector<Finding>& out) {
  const std::set<const Appointment*> in_circles = check_circles(body, out);
  std::map<std::string, Group> seats;  // each person's ledamot seats, by first day
  for (const auto& appointment : body.appointments) {
    if (!appointment.substitute) seats[appointment.person].push_back(&appointment);
  }
  for (auto& [person, group] : seats) {
    std::stable_sort(group.begin(), group.end(),
                     [](const Appointment* a, const Appointment* b) { return first_day(*a) < first_day(*b); });
  }
  for (const auto& appointment : body.appointments) {
    if (appointment.substitute_for.empty() || in_circles.count(&appointment)) continue;
    const auto found = seats.find(appointment.substitute_for);
    check_substitute(body, appointment, found == seats.end() ? nullptr : seat_during(found->second, appointment), out);
  }
}

// Of a member's appointments of one kind (`group`), returns the one whose mandate
// ended last before `day` or, when none did, one that begins after it; null when a
// mandate holds on the day.
const Appointment* lapsed_seat(const Group& group, const model::Date& day) {
  const long today = day.day_number();
  const Appointment* found = nullptr;
  for (const Appointment* appointment : group) {
    if (in_force(*appointment, day)) return nullptr;
    const bool ended = last_day(*appointment) < today;
    const bool found_ended = found && last_day(*found) < today;
    if (!found || (ended && (!found_ended || last_day(*appointment) > last_day(*found)))) found = appointment;
  }
  return found;
}

Finding vacancy_warning(const BodyFacts& body, const Appointment& seat, const model::Date& day) {
  const bool ended = seat.until && *seat.until < day;
  const std::string kind = seat.substitute ? "ersättare" : "ledamot";
  const std::string when = ended ? "ended " + date_text(seat.until) + ", before" : "begins " + date_text(seat.from) + ", after";
  return {Severity::kWarning, seat.path + (ended ? "/until" : "/from"),
          "the mandate of " + quoted(seat.person) + " " + when + " the meeting on " + day.iso() + ": " +
              quoted(seat.represents) + " has no " + kind + " in " + quoted(body.id) + " that day",
          {"a person whose mandate does not hold on the day is not summoned; add the appointment of the next "
           "mandate period, or correct the dates (domain R-16)"}};
}

}  // namespace

bool in_force(const Appointment& appointment, const model::Date& day) {
  return (!appointment.from || *appointment.from <= day) && (!appointment.until || day <= *appointment.until);
}

bool overlap(const Appointment& a, const Appointment& b) {
  return first_day(a) <= last_day(b) && first_day(b) <= last_day(a);
}

std::vector<Finding> check_appointments(const BodyFacts& body) {
  std::vector<Finding> out;
  check_offices(body, out);
  check_mandates(body, out);
  check_substitutes(body, out);
  return out;
}

std::vector<Finding> check_attendance(const BodyFacts& body, const model::Date& day,
                                      const std::vector<Attendance>& attendance) {
  std::set<std::pair<std::string, bool>> seated;  // (person, ersättare) with a mandate that day
  for (const auto& appointment : body.appointments) {
    if (in_force(appointment, day)) seated.emplace(appointment.person, appointment.substitute);
  }
  std::vector<Finding> out;
  for (const auto& entry : attendance) {
    const bool substitute = entry.role == "serving_substitute" || entry.role == "substitute";
    if ((entry.role != "regular" && !substitute) || seated.count({entry.person, substitute})) continue;
    const std::string kind = substitute ? "ersättare" : "ledamot";
    out.push_back({Severity::kError, entry.path + "/role",
                   quoted(entry.person) + " attends as " + kind + " but has no " + kind + " seat in " + quoted(body.id) +
                       " on " + day.iso(),
                   {"the appointments in the organisation file (and their 'from' and 'until') say who sits; one "
                    "who attends without a seat is \"role\": \"other\""}});
  }
  return out;
}

std::vector<Finding> check_body_on(const BodyFacts& body, const model::Date& day) {
  std::vector<Finding> out;
  bool chair = false;
  for (const auto& appointment : body.appointments) {
    chair = chair || (appointment.office == Office::kChair && in_force(appointment, day));
  }
  if (!chair) {
    out.push_back({Severity::kError, body.path + "/appointments",
                   quoted(body.id) + " has no chair on " + day.iso() + ", the day of the meeting",
                   {"the chair's mandate ('from', 'until') must hold on the day; give the ordförande of that day "
                    "\"office\": \"chair\" (domain R-16)"}});
  }
  // Each member's seats of each kind, in the order the members first appear.
  std::vector<std::pair<std::string, bool>> order;
  std::map<std::pair<std::string, bool>, Group> seats;
  for (const auto& appointment : body.appointments) {
    auto& group = seats[{appointment.represents, appointment.substitute}];
    if (group.empty()) order.emplace_back(appointment.represents, appointment.substitute);
    group.push_back(&appointment);
  }
  for (const auto& key : order) {
    if (const Appointment* seat = lapsed_seat(seats[key], day)) out.push_back(vacancy_warning(body, *seat, day));
  }
  return out;
}

}  // namespace kansli::prepare
