// Resolves a body (organ) of the organisation: its appointments become the chair,
// the vice chair and the lists of ledamöter and ersättare, each with the person and
// the member (huvudman) they represent (see organisation.hpp). On a meeting's day only
// the mandates that hold that day count, and the body must have a chair then; the rules
// themselves are in consistency_body.cpp.
#include "prepare/organisation.hpp"

namespace kansli::prepare {
namespace {

// Returns "Anna Berg (S), Hagfors kommun" or "Karin Lund, Försäkringskassan".
std::string seat_label(const Value& person, const Value& member) {
  return text_member(person, "name_with_party") + ", " + text_member(member, "name");
}

Office office_of(const std::string& name) {
  if (name == "chair") return Office::kChair;
  if (name == "vice_chair") return Office::kViceChair;
  if (name == "second_vice_chair") return Office::kSecondViceChair;
  return Office::kNone;
}

// Reads one appointment as the rules see it (values the schema has checked).
Appointment appointment_of(const Value& value, const std::string& path) {
  Appointment appointment;
  appointment.person = text_member(value, "person");
  appointment.substitute = text_member(value, "role") == "substitute";
  appointment.represents = text_member(value, "represents");
  appointment.office = office_of(text_member(value, "office"));
  appointment.substitute_for = text_member(value, "substitute_for");
  appointment.from = sv::parse_iso_date(text_member(value, "from"));
  appointment.until = sv::parse_iso_date(text_member(value, "until"));
  appointment.path = path;
  return appointment;
}

}  // namespace

BodyFacts Organisation::body_facts(const Entry& entry) const {
  BodyFacts facts;
  facts.id = text_member(*entry.value, "id");
  facts.path = entry.path;
  facts.substitutes_of_same_member = text_member(file_.root, "type") == "samordningsforbund";
  const Value* appointments = entry.value->find("appointments");
  const std::size_t count = appointments && appointments->is_array() ? appointments->as_array().size() : 0;
  for (std::size_t i = 0; i < count; ++i) {
    facts.appointments.push_back(
        appointment_of(appointments->as_array()[i], child_path(child_path(entry.path, "appointments"), i)));
  }
  return facts;
}

std::optional<BodyFacts> Organisation::body_facts(const std::string& id) const {
  const auto found = bodies_.find(id);
  if (found == bodies_.end()) return std::nullopt;
  return body_facts(found->second);
}

std::optional<Value> Organisation::body(const Value& id, const LoadedFile& referrer, const std::string& path,
                                        Diagnostics& diagnostics, const std::optional<sv::Date>& day) const {
  const Entry* entry = lookup(bodies_, "body", id, referrer, path, diagnostics);
  if (!entry) return std::nullopt;
  const BodyFacts facts = body_facts(*entry);
  bool ok = !day || report_findings(diagnostics, file_, check_body_on(facts, *day));
  Value body = *entry->value;
  Value regulars = Value::array(), substitutes = Value::array();
  for (std::size_t i = 0; i < facts.appointments.size(); ++i) {
    const Appointment& appointment = facts.appointments[i];
    if (day && !in_force(appointment, *day)) continue;  // not summoned: reported above if a seat is left empty
    const Value& written = entry->value->find("appointments")->as_array()[i];
    auto person_value = person(written.find("person") ? *written.find("person") : Value(), file_,
                               appointment.path + "/person", diagnostics);
    auto member_value = member(written.find("represents") ? *written.find("represents") : Value(), file_,
                               appointment.path + "/represents", diagnostics);
    if (!person_value || !member_value) {
      ok = false;
      continue;
    }
    if (appointment.office == Office::kChair) body.set("chair", *person_value);
    if (appointment.office == Office::kViceChair) body.set("vice_chair", *person_value);
    Value seat = Value::object({{"person", *person_value}, {"member", *member_value},
                                {"label", Value::string(seat_label(*person_value, *member_value))}});
    seat.set("office", Value::string(appointment.office == Office::kChair       ? "ordförande"
                                     : appointment.office == Office::kViceChair ? "vice ordförande"
                                                                                : ""));
    (appointment.substitute ? substitutes : regulars).push_back(std::move(seat));
  }
  if (!ok) return std::nullopt;
  body.set("regulars", std::move(regulars));
  body.set("substitutes", std::move(substitutes));
  return body;
}

bool Organisation::check_references(Diagnostics& diagnostics) const {
  bool ok = true;
  for (const auto& [id, entry] : bodies_) {
    ok = body(Value::string(id), file_, entry.path + "/id", diagnostics).has_value() && ok;
    const Value* appointments = entry.value->find("appointments");
    if (!appointments || !appointments->is_array()) continue;
    bool persons_known = true;
    for (std::size_t i = 0; i < appointments->as_array().size(); ++i) {
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
