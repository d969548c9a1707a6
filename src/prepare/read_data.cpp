// Implements the readers of read_data.hpp: one function per struct, each reading its
// members in the order of the data schema.
#include "prepare/read_data.hpp"

namespace kansli::prepare {
namespace {

using model::Number;
using model::RichText;

// The member `key` of `object` if it is there with type `type`, else null.
const Value* member(const Value& object, const char* key, Value::Type type) {
  const Value* found = object.find(key);
  return found && found->type() == type ? found : nullptr;
}

std::optional<std::string> optional_text(const Value& object, const char* key) {
  const Value* found = member(object, key, Value::Type::kString);
  return found ? std::optional<std::string>(found->as_string()) : std::nullopt;
}
std::string text(const Value& object, const char* key) { return optional_text(object, key).value_or(""); }

std::optional<bool> optional_flag(const Value& object, const char* key) {
  const Value* found = member(object, key, Value::Type::kBool);
  return found ? std::optional<bool>(found->as_bool()) : std::nullopt;
}

Number number(const Value& value) { return {value.as_number(), value.exact_number()}; }
std::optional<Number> optional_number(const Value& object, const char* key) {
  const Value* found = member(object, key, Value::Type::kNumber);
  return found ? std::optional<Number>(number(*found)) : std::nullopt;
}

RichText rich(const Value& value) { return {value}; }
std::optional<RichText> optional_rich(const Value& object, const char* key) {
  const Value* found = object.find(key);
  return found ? std::optional<RichText>(rich(*found)) : std::nullopt;
}

std::optional<model::Date> optional_date(const Value& object, const char* key) {
  return model::Date::parse(text(object, key));
}
model::Date date(const Value& object, const char* key) { return optional_date(object, key).value_or(model::Date()); }

std::optional<model::ClockTime> optional_clock(const Value& object, const char* key) {
  return model::ClockTime::parse(text(object, key));
}
model::ClockTime clock(const Value& object, const char* key) {
  return optional_clock(object, key).value_or(model::ClockTime());
}

template <typename IdType>
std::optional<IdType> optional_id(const Value& object, const char* key) {
  auto found = optional_text(object, key);
  return found ? std::optional<IdType>(IdType(std::move(*found))) : std::nullopt;
}
template <typename IdType>
IdType id(const Value& object, const char* key) {
  return IdType(text(object, key));
}
template <typename IdType>
IdType id_of(const Value& value) {
  return IdType(value.is_string() ? value.as_string() : "");
}

template <typename E, std::size_t N>
std::optional<E> optional_enum(const Value& object, const char* key, const model::EnumName<E> (&names)[N]) {
  return model::value_named(text(object, key), names);
}

// The list `key` of `object`, each item read by `read`; nullopt when it is not a list.
template <typename Read>
auto optional_list(const Value& object, const char* key, Read read)
    -> std::optional<std::vector<decltype(read(std::declval<const Value&>()))>> {
  const Value* found = member(object, key, Value::Type::kArray);
  if (!found) return std::nullopt;
  std::vector<decltype(read(std::declval<const Value&>()))> items;
  items.reserve(found->as_array().size());
  for (const Value& item : found->as_array()) items.push_back(read(item));
  return items;
}
template <typename Read>
auto list(const Value& object, const char* key, Read read) {
  auto items = optional_list(object, key, read);
  return items ? std::move(*items) : typename decltype(items)::value_type();
}

std::string text_of(const Value& value) { return value.is_string() ? value.as_string() : ""; }
std::optional<std::vector<std::string>> optional_texts(const Value& object, const char* key) {
  return optional_list(object, key, text_of);
}
std::optional<std::vector<RichText>> optional_riches(const Value& object, const char* key) {
  return optional_list(object, key, rich);
}
std::vector<RichText> riches(const Value& object, const char* key) { return list(object, key, rich); }

// The organisation.

model::Appointment read_appointment(const Value& value) {
  model::Appointment appointment;
  appointment.person = id<model::PersonId>(value, "person");
  appointment.role = optional_enum(value, "role", model::kSeatRoleNames).value_or(model::SeatRole::kRegular);
  appointment.represents = id<model::MemberId>(value, "represents");
  appointment.office = optional_enum(value, "office", model::kOfficeNames).value_or(model::Office::kNone);
  appointment.substitute_for = optional_id<model::PersonId>(value, "substitute_for");
  appointment.call_order = optional_number(value, "call_order");
  appointment.from = optional_date(value, "from");
  appointment.until = optional_date(value, "until");
  return appointment;
}

model::QualifiedMajority read_qualified_majority(const Value& value) {
  model::QualifiedMajority majority;
  majority.matter = text(value, "matter");
  majority.numerator = optional_number(value, "numerator").value_or(Number());
  majority.denominator = optional_number(value, "denominator").value_or(Number());
  majority.basis = optional_enum(value, "basis", model::kMajorityBasisNames);
  majority.more_than = optional_flag(value, "more_than");
  majority.source = optional_text(value, "source");
  return majority;
}

model::Rules read_rules(const Value& value) {
  model::Rules rules;
  rules.notice_days_min = optional_number(value, "notice_days_min");
  rules.notice_days_max = optional_number(value, "notice_days_max");
  rules.justering_days = optional_number(value, "justering_days");
  rules.qualified_majorities = optional_list(value, "qualified_majorities", read_qualified_majority);
  rules.election_tie = optional_enum(value, "election_tie", model::kTieRuleNames);
  rules.personnel_tie = optional_enum(value, "personnel_tie", model::kTieRuleNames);
  rules.numbered_when_not_handled = optional_flag(value, "numbered_when_not_handled");
  rules.budget_deadline = optional_text(value, "budget_deadline");
  rules.annual_report_deadline = optional_text(value, "annual_report_deadline");
  return rules;
}

model::Address read_address(const Value& value) {
  return {text(value, "street"), text(value, "postal_code"), text(value, "city")};
}

// Agenda items and their minutes.

model::Motion read_motion(const Value& value) {
  return {id<model::PersonId>(value, "by"), optional_rich(value, "text").value_or(RichText())};
}

model::Ballot read_ballot(const Value& value) {
  return {id<model::PersonId>(value, "person"),
          optional_enum(value, "vote", model::kBallotChoiceNames).value_or(model::BallotChoice::kAbstain)};
}

model::Tally read_tally(const Value& value) {
  return {optional_number(value, "yes").value_or(Number()), optional_number(value, "no").value_or(Number()),
          optional_number(value, "abstain")};
}

model::Outcome read_outcome(const Value& value) {
  return {optional_enum(value, "winner", model::kWinningSideNames).value_or(model::WinningSide::kYes),
          optional_enum(value, "decided_by", model::kDecidedByNames)};
}

model::Vote read_vote(const Value& value) {
  model::Vote vote;
  vote.yes_means = text(value, "yes_means");
  vote.no_means = text(value, "no_means");
  vote.votes = optional_list(value, "votes", read_ballot);
  if (const Value* tally = member(value, "tally", Value::Type::kObject)) vote.tally = read_tally(*tally);
  if (const Value* outcome = member(value, "outcome", Value::Type::kObject)) vote.outcome = read_outcome(*outcome);
  return vote;
}

model::Posting read_posting(const Value& value) { return {text(value, "board"), date(value, "posted")}; }

model::Anslag read_anslag(const Value& value) {
  model::Anslag anslag;
  anslag.posted = date(value, "posted");
  anslag.boards = optional_list(value, "boards", read_posting);
  anslag.taken_down = optional_date(value, "taken_down");
  anslag.up_until = optional_date(value, "up_until");
  anslag.last_appeal = optional_date(value, "last_appeal");
  anslag.kept_at = optional_text(value, "kept_at");
  return anslag;
}

model::Statement read_statement(const Value& value) {
  return {list(value, "by", id_of<model::PersonId>), optional_rich(value, "text")};
}

model::ItemMinutes read_item_minutes(const Value& value) {
  model::ItemMinutes minutes;
  minutes.summary = optional_rich(value, "summary");
  minutes.documents = optional_texts(value, "documents");
  minutes.proposal = optional_riches(value, "proposal");
  minutes.chair = optional_id<model::PersonId>(value, "chair");
  minutes.disqualified = optional_list(value, "disqualified", id_of<model::PersonId>);
  minutes.motions = optional_list(value, "motions", read_motion);
  minutes.order_of_proposals = optional_rich(value, "order_of_proposals");
  if (const Value* vote = member(value, "vote", Value::Type::kObject)) minutes.vote = read_vote(*vote);
  minutes.decision = optional_riches(value, "decision");
  minutes.reservations = optional_list(value, "reservations", read_statement);
  minutes.notes = optional_list(value, "notes", read_statement);
  minutes.immediately_approved = optional_flag(value, "immediately_approved");
  if (const Value* anslag = member(value, "anslag", Value::Type::kObject)) minutes.anslag = read_anslag(*anslag);
  minutes.dispatch_to = optional_texts(value, "dispatch_to");
  return minutes;
}

// Meetings.

model::Attendance read_attendance(const Value& value) {
  model::Attendance attendance;
  attendance.person = id<model::PersonId>(value, "person");
  attendance.role = optional_enum(value, "role", model::kAttendanceRoleNames).value_or(model::AttendanceRole::kOther);
  attendance.serves_for = optional_id<model::PersonId>(value, "serves_for");
  attendance.function = optional_text(value, "function");
  attendance.items = optional_list(value, "items", [](const Value& item) {
    return item.is_number() ? number(item) : Number();
  });
  attendance.presence = optional_list(value, "presence", [](const Value& stretch) {
    return model::Stretch{optional_number(stretch, "from"), optional_number(stretch, "until")};
  });
  attendance.serves = optional_list(value, "serves", [](const Value& service) {
    return model::ServiceStretch{id<model::PersonId>(service, "for"), optional_number(service, "from"),
                                 optional_number(service, "until")};
  });
  attendance.remote = optional_flag(value, "remote");
  return attendance;
}

model::Adjournment read_adjournment(const Value& value) { return {clock(value, "from"), clock(value, "until")}; }

model::Minutes read_minutes(const Value& value) {
  model::Minutes minutes;
  minutes.first_paragraph = optional_number(value, "first_paragraph");
  minutes.attendance = list(value, "attendance", read_attendance);
  minutes.chair = optional_id<model::PersonId>(value, "chair");
  minutes.adjusters = list(value, "adjusters", id_of<model::PersonId>);
  minutes.adjournments = optional_list(value, "adjournments", read_adjournment);
  if (const Value* justering = member(value, "justering", Value::Type::kObject)) {
    minutes.justering = model::Justering{
        date(*justering, "date"), optional_text(*justering, "place"), optional_clock(*justering, "time"),
        optional_list(*justering, "signatures", [](const Value& signature) {
          return model::Signature{id<model::PersonId>(signature, "person"), date(signature, "date")};
        })};
  }
  if (const Value* anslag = member(value, "anslag", Value::Type::kObject)) minutes.anslag = read_anslag(*anslag);
  return minutes;
}

// Roles documents.

model::Revision read_revision(const Value& value) {
  return {date(value, "date"), text(value, "decided_by"), optional_text(value, "summary")};
}

void read_subsection_fields(const Value& value, model::Subsection& subsection) {
  subsection.title = text(value, "title");
  subsection.title_note = optional_text(value, "title_note");
  subsection.paragraphs = optional_riches(value, "paragraphs");
  if (const Value* responsibilities = member(value, "responsibilities", Value::Type::kObject)) {
    subsection.responsibilities =
        model::Responsibilities{optional_text(*responsibilities, "lead_in"), riches(*responsibilities, "items")};
  }
  subsection.paragraphs_after = optional_riches(value, "paragraphs_after");
}

model::Subsection read_subsection(const Value& value) {
  model::Subsection subsection;
  read_subsection_fields(value, subsection);
  return subsection;
}

model::Section read_section(const Value& value) {
  model::Section section;
  read_subsection_fields(value, section);
  section.sections = optional_list(value, "sections", read_subsection);
  return section;
}

}  // namespace

model::Person read_person(const Value& value) {
  model::Person person;
  person.id = id<model::PersonId>(value, "id");
  person.first_name = text(value, "first_name");
  person.last_name = text(value, "last_name");
  person.party = optional_text(value, "party");
  person.title = optional_text(value, "title");
  person.phone = optional_text(value, "phone");
  person.email = optional_text(value, "email");
  return person;
}

model::Member read_member(const Value& value) {
  model::Member member;
  member.id = id<model::MemberId>(value, "id");
  member.name = text(value, "name");
  member.type = optional_enum(value, "type", model::kMemberTypeNames).value_or(model::MemberType::kKommun);
  member.population = optional_number(value, "population");
  member.share_percent = optional_number(value, "share_percent");
  return member;
}

model::Body read_body(const Value& value) {
  model::Body body;
  body.id = id<model::BodyId>(value, "id");
  body.name = text(value, "name");
  body.seats = optional_number(value, "seats");
  body.appointments = list(value, "appointments", read_appointment);
  return body;
}

model::Organisation read_organisation(const Value& value) {
  model::Organisation organisation;
  organisation.id = id<model::OrganisationId>(value, "id");
  organisation.name = text(value, "name");
  organisation.tagline = optional_text(value, "tagline");
  // Without a type (which the schema requires) no samordningsförbund rule applies.
  organisation.type = optional_enum(value, "type", model::kOrganisationTypeNames)
                          .value_or(model::OrganisationType::kKommunalforbund);
  organisation.org_number = optional_text(value, "org_number");
  organisation.seat = optional_text(value, "seat");
  if (const Value* address = member(value, "address", Value::Type::kObject)) {
    organisation.address = read_address(*address);
  }
  organisation.email = optional_text(value, "email");
  organisation.phone = optional_text(value, "phone");
  organisation.website = optional_text(value, "website");
  organisation.logo = optional_text(value, "logo");
  organisation.notice_boards = optional_texts(value, "notice_boards");
  if (const Value* rules = member(value, "rules", Value::Type::kObject)) organisation.rules = read_rules(*rules);
  organisation.members = list(value, "members", read_member);
  organisation.persons = list(value, "persons", read_person);
  organisation.bodies = list(value, "bodies", read_body);
  return organisation;
}

model::AgendaItem read_agenda_item(const Value& value) {
  model::AgendaItem item;
  item.title = text(value, "title");
  item.type = optional_enum(value, "type", model::kItemTypeNames).value_or(model::ItemType::kFormal);
  item.matter = optional_text(value, "matter");
  item.dnr = optional_text(value, "dnr");
  item.description = optional_text(value, "description");
  item.report = optional_id<model::ReportId>(value, "report");
  item.urgent = optional_flag(value, "urgent");
  item.attachments = optional_texts(value, "attachments");
  item.status = optional_enum(value, "status", model::kItemStatusNames);
  if (const Value* minutes = member(value, "minutes", Value::Type::kObject)) item.minutes = read_item_minutes(*minutes);
  return item;
}

model::Meeting read_meeting(const Value& value) {
  model::Meeting meeting;
  meeting.id = id<model::MeetingId>(value, "id");
  meeting.organisation = id<model::OrganisationId>(value, "organisation");
  meeting.body = id<model::BodyId>(value, "body");
  meeting.date = date(value, "date");
  meeting.start = clock(value, "start");
  meeting.end = clock(value, "end");
  if (const Value* location = member(value, "location", Value::Type::kObject)) {
    meeting.location = {text(*location, "name"), optional_text(*location, "address")};
  }
  meeting.remote = optional_text(value, "remote");
  if (const Value* notice = member(value, "notice", Value::Type::kObject)) {
    meeting.notice.sent = date(*notice, "sent");
    meeting.notice.dnr = optional_text(*notice, "dnr");
  }
  meeting.note = optional_rich(value, "note");
  meeting.copies_to = optional_texts(value, "copies_to");
  if (const Value* minutes = member(value, "minutes", Value::Type::kObject)) meeting.minutes = read_minutes(*minutes);
  return meeting;
}

model::Report read_report(const Value& value) {
  model::Report report;
  report.id = id<model::ReportId>(value, "id");
  report.organisation = id<model::OrganisationId>(value, "organisation");
  report.meeting = id<model::MeetingId>(value, "meeting");
  report.date = date(value, "date");
  report.dnr = text(value, "dnr");
  report.title = text(value, "title");
  report.subtitle = optional_text(value, "subtitle");
  report.proposal = riches(value, "proposal");
  report.summary = optional_rich(value, "summary").value_or(RichText());
  report.background = riches(value, "background");
  report.matter = riches(value, "matter");
  report.assessment = optional_riches(value, "assessment");
  if (const Value* financial = member(value, "financial", Value::Type::kObject)) {
    report.financial.text = riches(*financial, "text");
    report.financial.caption = optional_text(*financial, "caption");
  }
  report.preparation = optional_rich(value, "preparation");
  report.attachments = optional_texts(value, "attachments");
  report.send_to = optional_texts(value, "send_to");
  return report;
}

model::RolesDocument read_roles(const Value& value) {
  model::RolesDocument roles;
  roles.id = id<model::DocumentId>(value, "id");
  roles.organisation = id<model::OrganisationId>(value, "organisation");
  roles.title = text(value, "title");
  roles.dnr = optional_text(value, "dnr");
  if (const Value* adopted = member(value, "adopted", Value::Type::kObject)) {
    roles.adopted = model::Adoption{date(*adopted, "date"), text(*adopted, "by")};
  }
  roles.revisions = optional_list(value, "revisions", read_revision);
  roles.marker = optional_text(value, "marker");
  roles.table_of_contents = optional_flag(value, "table_of_contents");
  roles.purpose = optional_riches(value, "purpose");
  roles.sections = list(value, "sections", read_section);
  roles.appendices = optional_list(value, "appendices", read_section);
  return roles;
}

}  // namespace kansli::prepare
