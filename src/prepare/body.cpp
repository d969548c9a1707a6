// Resolves a body (organ) of the organisation: its appointments become the chair,
// the vice chair and the lists of ledamöter and ersättare, each with the person and
// the member (huvudman) they represent (see organisation.hpp).
#include "prepare/organisation.hpp"

namespace kansli::prepare {
namespace {

// Returns "Anna Berg (S), Hagfors kommun" or "Karin Lund, Försäkringskassan".
std::string seat_label(const Value& person, const Value& member) {
  return text_member(person, "name_with_party") + ", " + text_member(member, "name");
}

}  // namespace

std::optional<Value> Organisation::body(const Value& id, const LoadedFile& referrer,
                                        const std::string& path, Diagnostics& diagnostics) const {
  const Entry* entry = lookup(bodies_, "body", id, referrer, path, diagnostics);
  if (!entry) return std::nullopt;
  Value body = *entry->value;
  Value regulars = Value::array(), substitutes = Value::array();
  const Value* appointments = entry->value->find("appointments");
  const std::size_t count = appointments && appointments->is_array() ? appointments->as_array().size() : 0;
  bool ok = true;
  for (std::size_t i = 0; i < count; ++i) {
    const Value& appointment = appointments->as_array()[i];
    const std::string at = child_path(child_path(entry->path, "appointments"), i);
    const Value* person_id = appointment.find("person");
    const Value* member_id = appointment.find("represents");
    auto person_value = person(person_id ? *person_id : Value(), file_, child_path(at, "person"), diagnostics);
    auto member_value = member(member_id ? *member_id : Value(), file_, child_path(at, "represents"), diagnostics);
    if (!person_value || !member_value) {
      ok = false;
      continue;
    }
    const std::string office = text_member(appointment, "office");
    if (office == "chair") body.set("chair", *person_value);
    if (office == "vice_chair") body.set("vice_chair", *person_value);
    Value seat = Value::object({{"person", *person_value}, {"member", *member_value},
                                {"label", Value::string(seat_label(*person_value, *member_value))}});
    seat.set("office", Value::string(office == "chair" ? "ordförande"
                                     : office == "vice_chair" ? "vice ordförande" : ""));
    (text_member(appointment, "role") == "substitute" ? substitutes : regulars).push_back(std::move(seat));
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
    for (std::size_t i = 0; i < appointments->as_array().size(); ++i) {
      ok = check_person(file_, child_path(child_path(child_path(entry.path, "appointments"), i), "substitute_for"),
                        diagnostics) && ok;
    }
  }
  return ok;
}

bool Organisation::check_person(const LoadedFile& referrer, const std::string& path,
                                Diagnostics& diagnostics) const {
  const Value* id = value_at(referrer.root, path);
  return !id || person(*id, referrer, path, diagnostics).has_value();
}

}  // namespace kansli::prepare
