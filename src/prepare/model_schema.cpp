// Describes the model prepare builds (see prepare.hpp, model_schema) as one JSON Schema:
// the data schemas of the files it is made of, their definitions kept under the file's
// kind ("meeting.item"), with the references prepare resolves (a person id becomes the
// person) and the fields it derives. A field prepare always sets is required; one it
// sets only sometimes (a body's chair) is not. Keep it in step with the conversion that
// makes that value, model/template_value.cpp. Each kind's entry in the table of kinds
// (kinds.hpp) is a describe_*_model function here.
#include "load/schema.hpp"
#include "prepare/kinds.hpp"
#include "prepare/prepare.hpp"
#include "prepare/steps.hpp"

namespace kansli {
namespace {

Value ref(const std::string& definition) { return Value::object({{"$ref", Value::string("#/definitions/" + definition)}}); }
Value typed(const char* type) { return Value::object({{"type", Value::string(type)}}); }
Value list_of(Value items) { return Value::object({{"type", Value::string("array")}, {"items", std::move(items)}}); }

// Copies `node` with its local references renamed into the definitions of `kind`.
Value with_prefixed_refs(const Value& node, const std::string& kind) {
  if (node.is_array()) {
    Value out = Value::array();
    for (const auto& item : node.as_array()) out.push_back(with_prefixed_refs(item, kind));
    return out;
  }
  if (!node.is_object()) return node;
  Value out = Value::object();
  const std::string prefix = "#/definitions/";
  for (const auto& [key, member] : node.as_object()) {
    if (key == "$ref" && member.is_string() && member.as_string().rfind(prefix, 0) == 0) {
      out.set(key, Value::string(prefix + kind + "." + member.as_string().substr(prefix.size())));
    } else if (key != "definitions") {
      out.set(key, with_prefixed_refs(member, kind));
    }
  }
  return out;
}

// Whether set_field makes a field required: as the data schema says (for a field whose
// value prepare replaces, such as a person id by the person), or always, or never.
enum class Presence { kAsBefore, kRequired, kOptional };

// Sets field `name` of object schema `object` to `schema`.
void set_field(Value& object, const std::string& name, Value schema, Presence presence = Presence::kRequired) {
  if (!object.find("properties")) object.set("properties", Value::object());
  object.find("properties")->set(name, std::move(schema));
  if (presence != Presence::kRequired) return;
  if (!object.find("required")) object.set("required", Value::array());
  object.find("required")->push_back(Value::string(name));
}

// The model schema as it is built: the root object and the definitions of every file.
struct ModelSchema {
  const SchemaLookup& schemas;
  Value root = typed("object");
  Value definitions = Value::object();
  bool complete = true;

  // The data schema of `kind`, its definitions added under "<kind>."; an empty object when
  // there is no schema of that kind.
  Value file(const std::string& kind) {
    const SchemaView* view = schemas ? schemas(kind) : nullptr;
    if (!view) {
      complete = false;
      return Value::object();
    }
    if (const Value* own = view->root().find("definitions"); own && own->is_object()) {
      for (const auto& [key, definition] : own->as_object()) {
        definitions.set(kind + "." + key, with_prefixed_refs(definition, kind));
      }
    }
    return with_prefixed_refs(view->root(), kind);
  }
  Value& definition(const std::string& name) {
    if (!definitions.find(name)) definitions.set(name, Value::object());
    return *definitions.find(name);
  }
};

// The organisation as Organisation::model gives it and the person as Organisation::person
// gives it (with its display names).
void add_organisation(ModelSchema& model) {
  set_field(model.root, "organisation", model.file("organisation"));
  Value person = model.definition("organisation.person");
  set_field(person, "name", typed("string"));
  set_field(person, "name_with_party", typed("string"));
  model.definition("model.person") = std::move(person);
}

// The meeting's body as Organisation::body gives it: its seats on the meeting's day and its
// chair (prepare refuses a meeting whose body has no chair that day: consistency_body.cpp).
void add_body(ModelSchema& model) {
  Value body = model.definition("organisation.body");
  set_field(body, "chair", ref("model.person"));
  set_field(body, "vice_chair", ref("model.person"), Presence::kOptional);
  Value seat = typed("object");
  set_field(seat, "person", ref("model.person"));
  set_field(seat, "member", ref("organisation.member"));
  set_field(seat, "label", typed("string"));
  set_field(seat, "office", typed("string"));
  set_field(body, "regulars", list_of(seat));
  set_field(body, "substitutes", list_of(std::move(seat)));
  set_field(model.root, "body", std::move(body));
}

// The meeting as prepare_meeting gives it: persons resolved, the agenda numbered and labelled.
void add_meeting(ModelSchema& model, bool with_reports) {
  Value meeting = model.file("meeting");
  set_field(meeting, "secretary", ref("model.person"), Presence::kAsBefore);
  set_field(model.definition("meeting.notice"), "signed_by", ref("model.person"), Presence::kAsBefore);
  Value& item = model.definition("meeting.item");
  set_field(item, "presenter", ref("model.person"), Presence::kAsBefore);
  set_field(item, "number", typed("number"));
  set_field(item, "type_label", typed("string"));
  if (with_reports) set_field(meeting, "reports", list_of(ref("model.packet_report")));
  set_field(model.root, "meeting", std::move(meeting));
}

// A report as prepare_report_value gives it: persons resolved, amounts totalled, its agenda item.
void add_report_definition(ModelSchema& model) {
  Value report = model.file("report");
  set_field(report, "author", ref("model.person"), Presence::kAsBefore);
  set_field(report, "signatory", ref("model.person"), Presence::kAsBefore);
  set_field(report, "agenda_item", ref("meeting.item"), Presence::kOptional);
  if (Value* properties = report.find("properties"); properties && properties->find("financial")) {
    set_field(*properties->find("financial"), "total", typed("number"));  // 0 kr without amounts
  }
  Value packet_report = report;  // attach_reports gives each its agenda item
  set_field(packet_report, "agenda_item", ref("meeting.item"));
  model.definition("model.report") = std::move(report);
  model.definition("model.packet_report") = std::move(packet_report);
}

// The roles document as prepare_roles gives it: its date and latest revision.
void add_roles(ModelSchema& model) {
  Value roles = model.file("roles");
  set_field(roles, "latest_revision", ref("roles.revision"), Presence::kOptional);
  set_field(roles, "date", typed("string"));
  set_field(model.root, "roles", std::move(roles));
}

// The model schema once its parts are added; nullopt when a data schema is missing.
std::optional<Value> finished(ModelSchema& model) {
  if (!model.complete) return std::nullopt;
  model.root.set("definitions", std::move(model.definitions));
  return std::move(model.root);
}

// The parts a meeting's model and a report's model share.
void add_meeting_parts(ModelSchema& model, bool with_reports) {
  add_organisation(model);
  add_body(model);
  add_report_definition(model);
  add_meeting(model, with_reports);
}

}  // namespace

namespace prepare {

std::optional<Value> describe_meeting_model(const SchemaLookup& schemas) {
  ModelSchema model{schemas};
  add_meeting_parts(model, true);
  return finished(model);
}

std::optional<Value> describe_report_model(const SchemaLookup& schemas) {
  ModelSchema model{schemas};
  add_meeting_parts(model, false);
  set_field(model.root, "report", ref("model.report"));
  return finished(model);
}

std::optional<Value> describe_roles_model(const SchemaLookup& schemas) {
  ModelSchema model{schemas};
  add_organisation(model);
  add_roles(model);
  return finished(model);
}

}  // namespace prepare

std::optional<Value> model_schema(const std::string& kind, const SchemaLookup& schemas) {
  const KindInfo* found = find_kind(kind);
  if (!found || !found->describe_model) return std::nullopt;
  return found->describe_model(schemas);
}

}  // namespace kansli
