// Resolves a body (organ) of the organisation into the body as it sits
// (model::SeatedBody): its appointments become the chair, the vice chair and the lists
// of ledamöter and ersättare, each with the person and the member (huvudman) they
// represent (see organisation.hpp). On a meeting's day only
// the mandates that hold that day count, and the body must have a chair then; the rules
// themselves are in consistency_body.cpp.
#include "prepare/organisation.hpp"

namespace kansli::prepare {
namespace {

// Returns "Anna Berg (S), Hagfors kommun" or "Karin Lund, Försäkringskassan".
std::string seat_label(const model::NamedPerson& person, const model::Member& member) {
  return person.name_with_party + ", " + member.name;
}

// The office as the list of those summoned shows it.
std::string office_label(model::Office office) {
  return office == model::Office::kChair ? "ordförande" : office == model::Office::kViceChair ? "vice ordförande" : "";
}

// Reads one appointment as the rules see it.
Appointment appointment_of(const model::Appointment& written, const std::string& path) {
  Appointment appointment;
  appointment.person = written.person.text();
  appointment.substitute = written.role == model::SeatRole::kSubstitute;
  appointment.represents = written.represents.text();
  appointment.office = written.office;
  appointment.substitute_for = written.substitute_for ? written.substitute_for->text() : "";
  appointment.from = written.from;
  appointment.until = written.until;
  appointment.path = path;
  return appointment;
}

}  // namespace

BodyFacts Organisation::body_facts(const Entry& entry) const {
  const model::Body& body = model_.bodies[entry.index];
  BodyFacts facts;
  facts.id = body.id.text();
  facts.path = entry.path;
  facts.substitutes_of_same_member = model_.type == model::OrganisationType::kSamordningsforbund;
  for (std::size_t i = 0; i < body.appointments.size(); ++i) {
    facts.appointments.push_back(
        appointment_of(body.appointments[i], child_path(child_path(entry.path, "appointments"), i)));
  }
  return facts;
}

std::optional<BodyFacts> Organisation::body_facts(const std::string& id) const {
  const auto found = bodies_.find(id);
  if (found == bodies_.end()) return std::nullopt;
  return body_facts(found->second);
}

std::optional<model::SeatedBody> Organisation::body(const Value& id, const LoadedFile& referrer,
                                                    const std::string& path, Diagnostics& diagnostics,
                                                    const std::optional<model::Date>& day) const {
  const Entry* entry = lookup(bodies_, "body", id, referrer, path, diagnostics);
  if (!entry) return std::nullopt;
  const BodyFacts facts = body_facts(*entry);
  bool ok = !day || report_findings(diagnostics, file_, check_body_on(facts, *day));
  model::SeatedBody body;
  body.body = model_.bodies[entry->index];
  for (const Appointment& appointment : facts.appointments) {
    if (day && !in_force(appointment, *day)) continue;  // not summoned: reported above if a seat is left empty
    auto person_value = person(written(appointment.path + "/person"), file_, appointment.path + "/person", diagnostics);
    auto member_value =
        member(written(appointment.path + "/represents"), file_, appointment.path + "/represents", diagnostics);
    if (!person_value || !member_value) {
      ok = false;
      continue;
    }
    if (appointment.office == model::Office::kChair) body.chair = *person_value;
    if (appointment.office == model::Office::kViceChair) body.vice_chair = *person_value;
    std::string label = seat_label(*person_value, *member_value);
    model::Seat seat{std::move(*person_value), std::move(*member_value), std::move(label),
                     office_label(appointment.office)};
    (appointment.substitute ? body.substitutes : body.regulars).push_back(std::move(seat));
  }
  if (!ok) return std::nullopt;
  return body;
}

bool Organisation::check_references(Diagnostics& diagnostics) const {
  bool ok = true;
  for (const auto& [id, entry] : bodies_) {
    ok = body(Value::string(id), file_, entry.path + "/id", diagnostics).has_value() && ok;
    bool persons_known = true;
    for (std::size_t i = 0; i < model_.bodies[entry.index].appointments.size(); ++i) {
      persons_known = check_person(file_, child_path(child_path(child_path(entry.path, "appointments"), i),
                                                     "substitute_for"), diagnostics) && persons_known;
    }
    // The rules between appointments, once every person they name exists.
    if (persons_known) ok = report_findings(diagnostics, file_, check_appointments(body_facts(entry))) && ok;
    ok = persons_known && ok;
  }
  return ok && check_notice_rules(diagnostics);
}

bool Organisation::check_person(const LoadedFile& referrer, const std::string& path,
                                Diagnostics& diagnostics) const {
  const Value* id = value_at(referrer.root, path);
  return !id || person(*id, referrer, path, diagnostics).has_value();
}

}  // namespace kansli::prepare
