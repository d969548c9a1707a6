// Implements to_template_value (see template_value.hpp): one function per struct,
// each listing its members in the order of the data schema, moving what it can.
#include "model/template_value.hpp"

#include "model/template_value_parts.hpp"

namespace kansli::model {
namespace {

using namespace convert;

// The organisation.

void person_fields(Person& person, Object& out) {
  out.set("id", id(person.id))
      .set("first_name", text(person.first_name))
      .set("last_name", text(person.last_name))
      .set("party", person.party, text)
      .set("title", person.title, text)
      .set("phone", person.phone, text)
      .set("email", person.email, text);
}

Value person(Person& person) {
  Object out;
  person_fields(person, out);
  return out.done();
}

Value named_person(NamedPerson& named) {
  Object out;
  person_fields(named.person, out);
  return out.set("name", text(named.name)).set("name_with_party", text(named.name_with_party)).done();
}

Value member(Member& member) {
  return Object()
      .set("id", id(member.id))
      .set("name", text(member.name))
      .set("type", name(member.type, kMemberTypeNames))
      .set("population", member.population, number)
      .set("share_percent", member.share_percent, number)
      .done();
}

Value appointment(Appointment& appointment) {
  Object out;
  out.set("person", id(appointment.person))
      .set("role", name(appointment.role, kSeatRoleNames))
      .set("represents", id(appointment.represents));
  if (appointment.office != Office::kNone) out.set("office", name(appointment.office, kOfficeNames));
  return out.set("substitute_for", appointment.substitute_for, id<PersonTag>)
      .set("call_order", appointment.call_order, number)
      .set("from", appointment.from, date)
      .set("until", appointment.until, date)
      .done();
}

void body_fields(Body& body, Object& out) {
  out.set("id", id(body.id))
      .set("name", text(body.name))
      .set("seats", body.seats, number)
      .set("appointments", list(body.appointments, appointment));
}

Value body(Body& body) {
  Object out;
  body_fields(body, out);
  return out.done();
}

Value seat(Seat& seat) {
  return Object()
      .set("person", named_person(seat.person))
      .set("member", member(seat.member))
      .set("label", text(seat.label))
      .set("office", text(seat.office))
      .done();
}

Value seated_body(SeatedBody& seated) {
  Object out;
  body_fields(seated.body, out);
  return out.set("chair", seated.chair, named_person)
      .set("vice_chair", seated.vice_chair, named_person)
      .set("regulars", list(seated.regulars, seat))
      .set("substitutes", list(seated.substitutes, seat))
      .done();
}

Value qualified_majority(QualifiedMajority& majority) {
  return Object()
      .set("matter", text(majority.matter))
      .set("numerator", number(majority.numerator))
      .set("denominator", number(majority.denominator))
      .set("basis", majority.basis, [](MajorityBasis& basis) { return name(basis, kMajorityBasisNames); })
      .set("more_than", majority.more_than, flag)
      .set("source", majority.source, text)
      .done();
}

Value tie_rule(TieRule& rule) { return name(rule, kTieRuleNames); }

Value rules(Rules& rules) {
  return Object()
      .set("notice_days_min", rules.notice_days_min, number)
      .set("notice_days_max", rules.notice_days_max, number)
      .set("justering_days", rules.justering_days, number)
      .set("qualified_majorities", rules.qualified_majorities, list_of(qualified_majority))
      .set("election_tie", rules.election_tie, tie_rule)
      .set("personnel_tie", rules.personnel_tie, tie_rule)
      .set("numbered_when_not_handled", rules.numbered_when_not_handled, flag)
      .set("budget_deadline", rules.budget_deadline, text)
      .set("annual_report_deadline", rules.annual_report_deadline, text)
      .done();
}

Value address(Address& address) {
  return Object()
      .set("street", text(address.street))
      .set("postal_code", text(address.postal_code))
      .set("city", text(address.city))
      .done();
}

Value organisation(Organisation& organisation) {
  return Object()
      .set("kind", Value::string("organisation"))
      .set("id", id(organisation.id))
      .set("name", text(organisation.name))
      .set("tagline", organisation.tagline, text)
      .set("type", name(organisation.type, kOrganisationTypeNames))
      .set("org_number", organisation.org_number, text)
      .set("seat", organisation.seat, text)
      .set("address", organisation.address, address)
      .set("email", organisation.email, text)
      .set("phone", organisation.phone, text)
      .set("website", organisation.website, text)
      .set("logo", organisation.logo, text)
      .set("notice_boards", organisation.notice_boards, texts)
      .set("rules", organisation.rules, rules)
      .set("members", list(organisation.members, member))
      .set("persons", list(organisation.persons, person))
      .set("bodies", list(organisation.bodies, body))
      .done();
}

// Agenda items (their minutes: template_value_minutes.cpp).

Value agenda_item(AgendaItem& item) {
  return Object()
      .set("title", text(item.title))
      .set("type", name(item.type, kItemTypeNames))
      .set("matter", item.matter, text)
      .set("dnr", item.dnr, text)
      .set("presenter", item.presenter, named_person)
      .set("description", item.description, text)
      .set("report", item.report, id<ReportTag>)
      .set("urgent", item.urgent, flag)
      .set("attachments", item.attachments, texts)
      .set("status", item.status, [](ItemStatus& status) { return name(status, kItemStatusNames); })
      .set("minutes", item.minutes, item_minutes)
      .set("number", Value::number(static_cast<double>(item.number)))
      .set("type_label", name(item.type, kItemTypeLabels))
      .set("paragraph", item.paragraph, [](int& number) { return Value::number(number); })
      .set("sitting", item.sitting, sitting)
      .done();
}

// Reports.

Value amount_line(AmountLine& line) {
  return Object().set("label", text(line.label)).set("amount", Value::amount(line.amount)).done();
}

Value financial(Financial& financial) {
  return Object()
      .set("text", riches(financial.text))
      .set("caption", financial.caption, text)
      .set("amounts", financial.amounts, list_of(amount_line))
      .set("total", Value::amount(financial.total))
      .done();
}

Value report(Report& report) {
  return Object()
      .set("kind", Value::string("report"))
      .set("id", id(report.id))
      .set("organisation", id(report.organisation))
      .set("meeting", id(report.meeting))
      .set("date", date(report.date))
      .set("dnr", text(report.dnr))
      .set("author", named_person(report.author))
      .set("signatory", named_person(report.signatory))
      .set("title", text(report.title))
      .set("subtitle", report.subtitle, text)
      .set("proposal", riches(report.proposal))
      .set("summary", rich(report.summary))
      .set("background", riches(report.background))
      .set("matter", riches(report.matter))
      .set("assessment", report.assessment, riches)
      .set("financial", financial(report.financial))
      .set("preparation", report.preparation, rich)
      .set("attachments", report.attachments, texts)
      .set("send_to", report.send_to, texts)
      .set("agenda_item", report.agenda_item, agenda_item)
      .done();
}

// Meetings.

Value location(Location& location) {
  return Object().set("name", text(location.name)).set("address", location.address, text).done();
}

Value notice(Notice& notice) {
  return Object()
      .set("sent", date(notice.sent))
      .set("dnr", notice.dnr, text)
      .set("signed_by", named_person(notice.signed_by))
      .done();
}

Value meeting(Meeting& meeting) {
  return Object()
      .set("kind", Value::string("meeting"))
      .set("id", id(meeting.id))
      .set("organisation", id(meeting.organisation))
      .set("body", id(meeting.body))
      .set("date", date(meeting.date))
      .set("start", clock(meeting.start))
      .set("end", clock(meeting.end))
      .set("location", location(meeting.location))
      .set("remote", meeting.remote, text)
      .set("secretary", named_person(meeting.secretary))
      .set("notice", notice(meeting.notice))
      .set("note", meeting.note, rich)
      .set("copies_to", meeting.copies_to, texts)
      .set("agenda", list(meeting.agenda, agenda_item))
      .set("minutes", meeting.minutes, minutes)
      .set("reports", meeting.reports, list_of(report))
      .done();
}

// Roles documents.

Value adoption(Adoption& adoption) {
  return Object().set("date", date(adoption.date)).set("by", text(adoption.by)).done();
}

Value revision(Revision& revision) {
  return Object()
      .set("date", date(revision.date))
      .set("decided_by", text(revision.decided_by))
      .set("summary", revision.summary, text)
      .done();
}

Value responsibilities(Responsibilities& responsibilities) {
  return Object()
      .set("lead_in", responsibilities.lead_in, text)
      .set("items", riches(responsibilities.items))
      .done();
}

void subsection_fields(Subsection& subsection, Object& out) {
  out.set("title", text(subsection.title))
      .set("title_note", subsection.title_note, text)
      .set("paragraphs", subsection.paragraphs, riches)
      .set("responsibilities", subsection.responsibilities, responsibilities)
      .set("paragraphs_after", subsection.paragraphs_after, riches);
}

Value subsection(Subsection& subsection) {
  Object out;
  subsection_fields(subsection, out);
  return out.done();
}

Value section(Section& section) {
  Object out;
  subsection_fields(section, out);
  return out.set("sections", section.sections, list_of(subsection)).done();
}

Value roles_document(RolesDocument& roles) {
  return Object()
      .set("kind", Value::string("roles"))
      .set("id", id(roles.id))
      .set("organisation", id(roles.organisation))
      .set("title", text(roles.title))
      .set("dnr", roles.dnr, text)
      .set("adopted", roles.adopted, adoption)
      .set("revisions", roles.revisions, list_of(revision))
      .set("marker", roles.marker, text)
      .set("table_of_contents", roles.table_of_contents, flag)
      .set("purpose", roles.purpose, riches)
      .set("sections", list(roles.sections, section))
      .set("appendices", roles.appendices, list_of(section))
      .set("latest_revision", roles.latest_revision, revision)
      .set("date", roles.date, date)
      .done();
}

}  // namespace

Value to_template_value(MeetingModel model) {
  return Object()
      .set("organisation", organisation(model.organisation))
      .set("body", seated_body(model.body))
      .set("meeting", meeting(model.meeting))
      .done();
}

Value to_template_value(ReportModel model) {
  return Object()
      .set("organisation", organisation(model.organisation))
      .set("body", seated_body(model.body))
      .set("meeting", meeting(model.meeting))
      .set("report", report(model.report))
      .done();
}

Value to_template_value(RolesModel model) {
  return Object().set("organisation", organisation(model.organisation)).set("roles", roles_document(model.roles)).done();
}

}  // namespace kansli::model
