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
  auto body = lookup(bodies_, "body", id, referrer, path, diagnostics);
  if (!body) return std::nullopt;
  const std::string body_path = "/bodies/" + [&] {
    std::size_t i = 0;
    for (const auto& entry : file_.root.find("bodies")->as_array()) {
      if (text_member(entry, "id") == id.as_string()) break;
      ++i;
    }
    return std::to_string(i);
  }();
  Value regulars = Value::array(), substitutes = Value::array();
  const Value* appointments = body->find("appointments");
  const std::size_t count = appointments && appointments->is_array() ? appointments->as_array().size() : 0;
  bool ok = true;
  for (std::size_t i = 0; i < count; ++i) {
    const Value& appointment = appointments->as_array()[i];
    const std::string at = child_path(child_path(body_path, "appointments"), i);
    auto person_value = person(appointment.find("person") ? *appointment.find("person") : Value(),
                               file_, child_path(at, "person"), diagnostics);
    auto member_value = member(appointment.find("represents") ? *appointment.find("represents") : Value(),
                               file_, child_path(at, "represents"), diagnostics);
    if (!person_value || !member_value) { ok = false; continue; }
    Value seat = Value::object({{"person", *person_value}, {"member", *member_value},
                                {"label", Value::string(seat_label(*person_value, *member_value))}});
    const std::string office = text_member(appointment, "office");
    if (office == "chair") body->set("chair", *person_value);
    if (office == "vice_chair") body->set("vice_chair", *person_value);
    seat.set("office", Value::string(office == "chair" ? "ordförande"
                                     : office == "vice_chair" ? "vice ordförande" : ""));
    (text_member(appointment, "role") == "substitute" ? substitutes : regulars).push_back(std::move(seat));
  }
  if (!ok) return std::nullopt;
  body->set("regulars", std::move(regulars));
  body->set("substitutes", std::move(substitutes));
  return body;
}

}  // namespace kansli::prepare
