// Derives who serves and chairs each § of a meeting, and its quorum (see
// minutes_rules.hpp; domain.md and appendix B).
#include <algorithm>
#include <limits>
#include <map>

#include "prepare/minutes_sitting.hpp"

namespace kansli::prepare {
namespace {

using model::Office;
using model::SeatRole;

bool within(const Presence& stretch, int number) {
  return (!stretch.from || *stretch.from <= number) && (!stretch.until || number <= *stretch.until);
}

// the group an appointment's ersättare are drawn from; nullopt when it has none
// (a ledamot without a party in a nämnd).
std::optional<std::string> group_of(const SeatAppointment& appointment, SubstituteRule rule) {
  if (rule == SubstituteRule::kSameParty) return appointment.party;
  return appointment.represents.text();
}

using Pools = std::map<std::string, std::vector<const SeatAppointment*>>;

// The ersättare of `body` in force on its day, by the group they are drawn from.
Pools substitute_pools(const BodyOnDay& body, SubstituteRule rule) {
  Pools out;
  for (const auto& appointment : body.appointments) {
    if (appointment.role != SeatRole::kSubstitute || !holds_on(appointment, body.day)) continue;
    if (const auto group = group_of(appointment, rule)) out[*group].push_back(&appointment);
  }
  return out;
}

// The ersättare of `pools` who may serve for the seat of `holder`, in the order they
// are called.
std::vector<PersonId> substitutes_for(const Pools& pools, const SeatAppointment& holder, SubstituteRule rule) {
  const auto group = group_of(holder, rule);
  const auto pool = group ? pools.find(*group) : pools.end();
  if (pool == pools.end()) return {};
  std::vector<const SeatAppointment*> found = pool->second;
  const auto rank = [&](const SeatAppointment* a) {
    const bool own = a->substitute_for == holder.person;
    return std::pair(own ? 0 : 1, a->call_order.value_or(std::numeric_limits<int>::max()));
  };
  std::stable_sort(found.begin(), found.end(), [&](auto* a, auto* b) { return rank(a) < rank(b); });
  std::vector<PersonId> out;
  for (const auto* appointment : found) out.push_back(appointment->person);
  return out;
}

// The officers who chair a § when the minutes do not say, in the order they are asked.
std::vector<PersonId> chairs_in_order(const SittingFacts& sitting) {
  std::vector<PersonId> out;
  if (sitting.chair) out.push_back(sitting.chair->person);
  for (const Office office : {Office::kChair, Office::kViceChair, Office::kSecondViceChair}) {
    for (const auto& appointment : sitting.body.appointments) {
      if (appointment.office == office && appointment.role == SeatRole::kRegular &&
          holds_on(appointment, sitting.body.day)) {
        out.push_back(appointment.person);
      }
    }
  }
  return out;
}

// Who fills each seat in one §, and for each seat the ersättare who has
// begun serving for its absent ledamot, which the next § reads.
class SeatFiller {
 public:
  explicit SeatFiller(const ParagraphView& paragraph) : paragraph_(paragraph) {}

  // Fills the seats: ledamöter first, then the seats' own ersättare or the one who
  // already serves there, then any ersättare called to them.
  std::vector<Service> fill(const std::vector<std::optional<PersonId>>& begun) {
    const auto& seats = paragraph_.index().seats();
    filled_.assign(seats.size(), std::nullopt);
    for (std::size_t i = 0; i < seats.size(); ++i) {
      if (paragraph_.available(seats[i].holder)) take(i, seats[i].holder);
    }
    for (std::size_t i = 0; i < seats.size(); ++i) {
      if (filled_[i]) continue;
      if (begun[i] && free(*begun[i])) take(i, *begun[i]);
      for (const PersonId& substitute : seats[i].substitutes) {
        if (!own(seats[i].holder, substitute)) break;  // the seat's own come first
        if (free(substitute)) take(i, substitute);
      }
    }
    for (std::size_t i = 0; i < seats.size(); ++i) {
      for (auto substitute = seats[i].substitutes.begin(); !filled_[i] && substitute != seats[i].substitutes.end();
           ++substitute) {
        if (free(*substitute)) take(i, *substitute);
      }
    }
    std::vector<Service> out;
    for (std::size_t i = 0; i < seats.size(); ++i) {
      if (filled_[i]) out.push_back({*filled_[i], seats[i].holder, ""});
    }
    return out;
  }

 private:
  bool free(const PersonId& person) const { return paragraph_.available(person) && !taken_.count(person); }

  bool own(const PersonId& holder, const PersonId& substitute) const {
    for (const auto* appointment : paragraph_.index().appointments_of(substitute)) {
      if (appointment->substitute_for == holder) return true;
    }
    return false;
  }

  void take(std::size_t seat, const PersonId& person) {
    if (filled_[seat]) return;
    filled_[seat] = person;
    taken_.insert(person);
  }

  const ParagraphView& paragraph_;
  std::vector<std::optional<PersonId>> filled_;
  std::set<PersonId> taken_;
};

// Updates, after a §, the ersättare who has begun serving for each seat: one who serves
// for an absent ledamot keeps the seat until the ledamot comes back; one stepping in for
// a jävig ledamot serves for that § only.
void note_begun(const ParagraphView& paragraph, std::vector<std::optional<PersonId>>& begun) {
  const auto& seats = paragraph.index().seats();
  for (std::size_t i = 0; i < seats.size(); ++i) {
    if (paragraph.present(seats[i].holder)) begun[i].reset();
  }
  for (const Service& service : paragraph.service().serving) {
    const Seat* seat = service.replaces() ? paragraph.index().seat_of(service.seat) : nullptr;
    if (seat && !paragraph.present(seat->holder)) begun[static_cast<std::size_t>(seat - seats.data())] = service.person;
  }
}

// the seats of the body filled in the § by someone present and not jävig (a
// service the minutes state against the rules is reported by check_service, not counted).
int filled_seats(const ParagraphView& paragraph) {
  std::set<PersonId> seats;
  for (const Service& serving : paragraph.service().serving) {
    if (paragraph.index().seat_of(serving.seat) && paragraph.available(serving.person)) seats.insert(serving.seat);
  }
  return static_cast<int>(seats.size());
}

std::optional<PersonId> chair_of(const ParagraphView& paragraph, const std::vector<PersonId>& chairs) {
  if (paragraph.facts().chair) return paragraph.facts().chair->person;
  for (const PersonId& person : chairs) {
    if (paragraph.service_of(person)) return person;
  }
  return std::nullopt;
}

}  // namespace

bool holds_on(const SeatAppointment& appointment, const model::Date& day) {
  return (!appointment.from || *appointment.from <= day) && (!appointment.until || day <= *appointment.until);
}

std::vector<Seat> seats_on_day(const BodyOnDay& body, SubstituteRule rule) {
  const Pools pools = substitute_pools(body, rule);
  std::vector<Seat> out;
  for (const auto& appointment : body.appointments) {
    if (appointment.role != SeatRole::kRegular || !holds_on(appointment, body.day)) continue;
    out.push_back({appointment.person, appointment.represents, appointment.party, appointment.office,
                   substitutes_for(pools, appointment, rule)});
  }
  return out;
}

bool present_in(const std::vector<Presence>& presence, const PersonId& person, int number) {
  return std::any_of(presence.begin(), presence.end(),
                     [&](const Presence& stretch) { return stretch.person == person && within(stretch, number); });
}

bool disqualified_in(const ParagraphFacts& paragraph, const PersonId& person) {
  return std::any_of(paragraph.disqualified.begin(), paragraph.disqualified.end(),
                     [&](const PersonAt& javig) { return javig.person == person; });
}

Quorum quorum(int filled, int seats) {
  const int needed = seats / 2 + 1;  // strictly more than half: 4 → 3, 6 → 4, 7 → 4
  return {filled, seats, needed, filled >= needed};
}

SittingIndex::SittingIndex(const SittingFacts& sitting, SubstituteRule rule)
    : sitting_(sitting), seats_(seats_on_day(sitting.body, rule)) {
  for (std::size_t i = 0; i < seats_.size(); ++i) seat_by_holder_.emplace(seats_[i].holder, i);
  for (const auto& appointment : sitting.body.appointments) appointments_[appointment.person].push_back(&appointment);
  for (const auto& stretch : sitting.presence) presence_[stretch.person].push_back(&stretch);
}

const Seat* SittingIndex::seat_of(const PersonId& holder) const {
  const auto found = seat_by_holder_.find(holder);
  return found == seat_by_holder_.end() ? nullptr : &seats_[found->second];
}

const std::vector<const SeatAppointment*>& SittingIndex::appointments_of(const PersonId& person) const {
  static const std::vector<const SeatAppointment*> kNone;
  const auto found = appointments_.find(person);
  return found == appointments_.end() ? kNone : found->second;
}

bool SittingIndex::present(const PersonId& person, int number) const {
  const auto found = presence_.find(person);
  if (found == presence_.end()) return false;
  return std::any_of(found->second.begin(), found->second.end(),
                     [&](const Presence* stretch) { return within(*stretch, number); });
}

ParagraphView::ParagraphView(const SittingIndex& index, const ParagraphFacts& facts, const ParagraphService& service,
                             const ParagraphService* previous)
    : index_(index), facts_(facts), service_(service), previous_(previous) {
  for (const auto& javig : facts.disqualified) javiga_.insert(javig.person);
  for (const auto& serving : service.serving) serving_.emplace(serving.person, &serving);
}

const Service* ParagraphView::service_of(const PersonId& person) const {
  const auto found = serving_.find(person);
  return found == serving_.end() ? nullptr : found->second;
}

std::vector<ParagraphService> derive_service(const SittingFacts& sitting, const RuleParameters& rules) {
  const SittingIndex index(sitting, rules.substitutes);
  const std::vector<PersonId> chairs = chairs_in_order(sitting);
  std::vector<ParagraphService> out;
  out.reserve(sitting.paragraphs.size());
  std::vector<std::optional<PersonId>> begun(index.seats().size());
  for (const ParagraphFacts& facts : sitting.paragraphs) {
    ParagraphService& service = out.emplace_back();
    service.number = facts.number;
    const ParagraphView paragraph(index, facts, service, nullptr);
    service.serving = facts.serving ? *facts.serving : SeatFiller(paragraph).fill(begun);
    const ParagraphView filled(index, facts, service, nullptr);  // sees the serving just set
    note_begun(filled, begun);
    service.chair = chair_of(filled, chairs);
    service.quorum = quorum(filled_seats(filled), sitting.body.seats);
  }
  return out;
}

}  // namespace kansli::prepare
