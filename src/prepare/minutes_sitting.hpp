// What the meeting rules of minutes_rules.hpp share inside the prepare stage: a meeting's
// facts indexed for lookups (seats by holder, appointments and presence by person), a
// view of one § with who serves and chairs it, and the checks of a §, which
// check_sitting (minutes_votes.cpp) runs in order. Lookups are logarithmic, so that a
// meeting costs about (persons × §§) log persons, plus, per §, each empty seat's list of
// ersättare (as long as its member's or party's).
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "prepare/minutes_rules.hpp"

namespace kansli::prepare {

// A meeting's facts with lookups; refers to `sitting`, which must outlive it.
class SittingIndex {
 public:
  SittingIndex(const SittingFacts& sitting, SubstituteRule rule);

  const SittingFacts& sitting() const { return sitting_; }
  const std::vector<Seat>& seats() const { return seats_; }
  // Returns the seat `holder` holds on the day, or null.
  const Seat* seat_of(const PersonId& holder) const;
  // Returns `person`'s appointments in the body, in force on the day or not.
  const std::vector<const SeatAppointment*>& appointments_of(const PersonId& person) const;
  // Returns whether `person` is present for § `number`.
  bool present(const PersonId& person, int number) const;

 private:
  const SittingFacts& sitting_;
  std::vector<Seat> seats_;
  std::map<PersonId, std::size_t> seat_by_holder_;
  std::map<PersonId, std::vector<const SeatAppointment*>> appointments_;
  std::map<PersonId, std::vector<const Presence*>> presence_;
};

// One § with who serves and chairs it.
class ParagraphView {
 public:
  ParagraphView(const SittingIndex& index, const ParagraphFacts& facts, const ParagraphService& service,
                const ParagraphService* previous);

  const SittingIndex& index() const { return index_; }
  const ParagraphFacts& facts() const { return facts_; }
  const ParagraphService& service() const { return service_; }
  const ParagraphService* previous() const { return previous_; }  // the § before, or null
  int number() const { return facts_.number; }
  // "§ 12"
  std::string name() const { return "§ " + std::to_string(facts_.number); }

  bool javig(const PersonId& person) const { return javiga_.count(person) > 0; }
  bool present(const PersonId& person) const { return index_.present(person, facts_.number); }
  // Present and not jävig: free to take part.
  bool available(const PersonId& person) const { return present(person) && !javig(person); }
  // Returns the service of `person` in the §, or null when they do not serve.
  const Service* service_of(const PersonId& person) const;

 private:
  const SittingIndex& index_;
  const ParagraphFacts& facts_;
  const ParagraphService& service_;
  const ParagraphService* previous_;
  std::set<PersonId> javiga_;
  std::map<PersonId, const Service*> serving_;
};

// Quotes an id for a message: 'inger-andersson'.
inline std::string quoted(const PersonId& person) { return "'" + person.text() + "'"; }

// Checks who serves in a § as the minutes state it (minutes_service_checks.cpp; ).
void check_service(const ParagraphView& paragraph, const RuleParameters& rules, std::vector<Finding>& out);

}  // namespace kansli::prepare
