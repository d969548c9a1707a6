// Describes the model prepare builds (see prepare.hpp, model_schema) as one JSON Schema:
// the data schemas of the files it is made of, their definitions kept under the file's
// kind ("meeting.item"), with the references prepare resolves (a person id becomes the
// person) and the fields it derives. A field prepare always sets is required; one it
// sets only sometimes (a body's chair) is not. A field prepare makes is marked
// "x-derived": true, and one whose id from the data it replaces by what the id names is
// marked "x-resolved": true (templates are checked against neither mark; the list of
// names in docs/template-language.md shows them). Objects only prepare makes allow no
// other fields, as the data schemas' objects do, so that a test (test_model_schema) can
// hold prepare's model to this schema. Keep it in step with the conversion that makes that
// value, model/template_value.cpp. Each kind's entry in the table of kinds (kinds.hpp) is
// a describe_*_model function here.
#include "load/schema.hpp"
#include "prepare/kinds.hpp"
#include "prepare/prepare.hpp"
#include "prepare/steps.hpp"

namespace kansli {
namespace {

Value ref(const std::string& definition) { return Value::object({{"$ref", Value::string("#/definitions/" + definition)}}); }
Value typed(const char* type) { return Value::object({{"type", Value::string(type)}}); }
Value list_of(Value items) { return Value::object({{"type", Value::string("array")}, {"items", std::move(items)}}); }

// Returns `schema` marked as a field prepare makes, with its Swedish term and meaning.
Value derived(Value schema, const char* description) {
  schema.set("description", Value::string(description));
  schema.set("x-derived", Value::boolean(true));
  return schema;
}

// An object schema that allows only the fields set on it.
Value closed_object() {
  Value object = typed("object");
  object.set("additionalProperties", Value::boolean(false));
  return object;
}

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

// Sets field `name` of object schema `object` to `schema`. A field kept as the data schema
// has it (kAsBefore) is one whose id prepare resolves: it keeps the data's description.
void set_field(Value& object, const std::string& name, Value schema, Presence presence = Presence::kRequired) {
  if (!object.find("properties")) object.set("properties", Value::object());
  Value& properties = *object.find("properties");
  if (presence == Presence::kAsBefore) {
    const Value* before = properties.find(name);
    const Value* description = before ? before->find("description") : nullptr;
    if (description && !schema.find("description")) schema.set("description", *description);
    schema.set("x-resolved", Value::boolean(true));
  }
  properties.set(name, std::move(schema));
  if (presence != Presence::kRequired) return;
  if (!object.find("required")) object.set("required", Value::array());
  object.find("required")->push_back(Value::string(name));
}

// The model schema as it is built: the root object and the definitions of every file.
struct ModelSchema {
  const SchemaLookup& schemas;
  Value root = closed_object();
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
  Value organisation = model.file("organisation");
  Value logo = typed("string");  // the file name, resolved from organisation.json's folder
  logo.set("description", Value::string("logotyp — the PNG or JPEG file organisation.json names, as the path it "
                                        "is read from"));
  set_field(organisation, "logo", std::move(logo), Presence::kAsBefore);
  set_field(model.root, "organisation", std::move(organisation));
  Value person = model.definition("organisation.person");
  set_field(person, "name", derived(typed("string"), "namn — first and last name, e.g. \"Anna Berg\""));
  set_field(person, "name_with_party",
            derived(typed("string"), "namn och parti — the name with the party, e.g. \"Anna Berg (S)\"; "
                                     "the name alone for a person with no party"));
  model.definition("model.person") = std::move(person);
}

// The meeting's body as Organisation::body gives it: its seats on the meeting's day and its
// chair (prepare refuses a meeting whose body has no chair that day: consistency_body.cpp).
void add_body(ModelSchema& model) {
  Value body = model.definition("organisation.body");
  set_field(body, "chair", derived(ref("model.person"), "ordförande — the chair on the meeting's day"));
  set_field(body, "vice_chair",
            derived(ref("model.person"), "vice ordförande — the vice chair on the meeting's day"), Presence::kOptional);
  Value seat = closed_object();
  seat.set("description", Value::string("plats — a ledamot's or an ersättare's seat on the meeting's day"));
  set_field(seat, "person", derived(ref("model.person"), "ledamot or ersättare"));
  set_field(seat, "member", derived(ref("organisation.member"), "huvudman — the member the person represents"));
  set_field(seat, "label",
            derived(typed("string"), "the person and the member, e.g. \"Anna Berg (S), Hagfors kommun\""));
  set_field(seat, "office",
            derived(typed("string"), "uppdrag — \"ordförande\", \"vice ordförande\" or empty for another seat"));
  model.definition("model.seat") = std::move(seat);
  set_field(body, "regulars", derived(list_of(ref("model.seat")),
                                      "ledamöter — the ordinary members' seats that day, in the order of the appointments"));
  set_field(body, "substitutes", derived(list_of(ref("model.seat")),
                                         "ersättare — the substitutes' seats that day, in the order of the appointments"));
  body.set("description", Value::string("organ — the body that meets (the meeting's \"body\"), as it is on the "
                                        "meeting's day"));
  body.set("x-resolved", Value::boolean(true));
  set_field(model.root, "body", std::move(body));
}

// The dates prepare derives for the minutes and each anslag.
void add_minutes_dates(ModelSchema& model) {
  set_field(model.definition("meeting.minutes"), "latest_justering",
            derived(ref("meeting.date"), "justering senast — the last day the minutes may be justerade: 14 days "
                                         "after the meeting, moved to a vardag"));
  Value& anslag = model.definition("meeting.anslag");
  set_field(anslag, "appeal_last_day",
            derived(ref("meeting.date"), "sista dag för överklagande — three weeks after the (latest) posting, "
                                         "moved to a vardag"));
  set_field(anslag, "take_down_date",
            derived(ref("meeting.date"), "anslaget tas ned / t.o.m. — the day after the last day of appeal moved "
                                         "to a vardag (tas ned), or the last day of appeal (t.o.m.)"));
  set_field(anslag, "take_down_wording",
            derived(typed("string"), "ordalydelse — \"tas ned\", or \"t.o.m.\" when the anslag states up_until"));
}

// What prepare derives per handled item and vote.
void add_sitting(ModelSchema& model) {
  Value& item = model.definition("meeting.item");
  set_field(item, "paragraph", derived(typed("integer"), "paragraf — the § number of a handled item, continuing "
                                                         "from the minutes' first_paragraph"), Presence::kOptional);
  Value serving = closed_object();
  set_field(serving, "person", derived(ref("meeting.person_ref"), "beslutande — a ledamot or tjänstgörande ersättare"));
  set_field(serving, "seat", derived(ref("meeting.person_ref"), "plats — the ledamot whose seat it is (the person's "
                                                                "own for a ledamot)"));
  Value quorum = closed_object();
  set_field(quorum, "filled", derived(typed("integer"), "närvarande — seats filled by those who serve in the §"));
  set_field(quorum, "seats", derived(typed("integer"), "platser — the body's seats"));
  set_field(quorum, "needed", derived(typed("integer"), "krävs — more than half of the seats"));
  set_field(quorum, "met", derived(typed("boolean"), "beslutför"));
  Value sitting = closed_object();
  set_field(sitting, "serving", derived(list_of(std::move(serving)), "beslutande — who serves in the §, in seat order"));
  set_field(sitting, "chaired_by", derived(ref("meeting.person_ref"), "ordförande — who chairs the §"),
            Presence::kOptional);
  set_field(sitting, "quorum", derived(std::move(quorum), "beslutförhet — the §'s quorum (R-01)"));
  set_field(item, "sitting", derived(std::move(sitting), "tjänstgöring — who serves and chairs the §, and its quorum"),
            Presence::kOptional);
  Value result = closed_object();
  set_field(result, "yes", derived(typed("integer"), "ja-röster"));
  set_field(result, "no", derived(typed("integer"), "nej-röster"));
  set_field(result, "abstain", derived(typed("integer"), "avstår"));
  set_field(result, "winner", derived(typed("string"), "vinnande sida — yes or no; absent when lot decides"), Presence::kOptional);
  set_field(result, "decided_by", derived(typed("string"), "avgjort genom — count, casting_vote or lot"));
  set_field(model.definition("meeting.vote"), "result",
            derived(std::move(result), "resultat — the vote counted: tallies, the side that won and what decided"),
            Presence::kOptional);
}

// The meeting as prepare_meeting gives it: persons resolved, the agenda numbered and labelled.
void add_meeting(ModelSchema& model, bool with_reports) {
  Value meeting = model.file("meeting");
  set_field(meeting, "secretary", ref("model.person"), Presence::kAsBefore);
  set_field(model.definition("meeting.notice"), "signed_by", ref("model.person"), Presence::kAsBefore);
  Value& item = model.definition("meeting.item");
  set_field(item, "presenter", ref("model.person"), Presence::kAsBefore);
  set_field(item, "number", derived(typed("integer"), "ärendenummer — the item's place on the agenda: 1, 2, …"));
  set_field(item, "type_label", derived(typed("string"), "ärendetyp — the type in words: \"Beslut\", "
                                                         "\"Information\", \"Anmälan\", \"Val\", or empty for a formal item"));
  add_minutes_dates(model);
  add_sitting(model);
  if (with_reports) {
    set_field(meeting, "reports", derived(list_of(ref("model.packet_report")),
                                          "tjänsteutlåtanden — the reports the agenda names, in its order"));
  }
  set_field(model.root, "meeting", std::move(meeting));
}

// A report as prepare_report_value gives it: persons resolved, amounts totalled, its agenda item.
void add_report_definition(ModelSchema& model) {
  Value report = model.file("report");
  set_field(report, "author", ref("model.person"), Presence::kAsBefore);
  set_field(report, "signatory", ref("model.person"), Presence::kAsBefore);
  const char* agenda_item = "ärende — the item of the meeting's agenda that names the report";
  set_field(report, "agenda_item", derived(ref("meeting.item"), agenda_item), Presence::kOptional);
  if (Value* properties = report.find("properties"); properties && properties->find("financial")) {
    Value total = typed("number");
    total.set("format", Value::string("amount"));
    set_field(*properties->find("financial"), "total",
              derived(std::move(total), "summa — the amounts added up, exactly; 0 without amounts"));
  }
  Value packet_report = report;  // attach_reports gives each its agenda item
  set_field(packet_report, "agenda_item", derived(ref("meeting.item"), agenda_item));
  model.definition("model.report") = std::move(report);
  model.definition("model.packet_report") = std::move(packet_report);
}

// The roles document as prepare_roles gives it: its date and latest revision.
void add_roles(ModelSchema& model) {
  Value roles = model.file("roles");
  set_field(roles, "latest_revision",
            derived(ref("roles.revision"), "senaste revision — the last of the revisions, when there are any"),
            Presence::kOptional);
  set_field(roles, "date", derived(ref("roles.date"), "datum — the document's date: its latest revision's, else its "
                                                     "adoption's; left out when it has neither"),
            Presence::kOptional);
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
