// Converts the minutes of a meeting and of its agenda items into what templates read
// (see template_value.hpp; the builder and the common converters: template_value_parts.hpp).
#include "model/template_value_parts.hpp"

namespace kansli::model::convert {

namespace {

Value motion(Motion& motion) { return Object().set("by", id(motion.by)).set("text", rich(motion.text)).done(); }

Value ballot(Ballot& ballot) {
  return Object().set("person", id(ballot.person)).set("vote", name(ballot.vote, kBallotChoiceNames)).done();
}

Value tally(Tally& tally) {
  return Object()
      .set("yes", number(tally.yes))
      .set("no", number(tally.no))
      .set("abstain", tally.abstain, number)
      .done();
}

Value outcome(Outcome& outcome) {
  return Object()
      .set("winner", name(outcome.winner, kWinningSideNames))
      .set("decided_by", outcome.decided_by, [](DecidedBy& by) { return name(by, kDecidedByNames); })
      .done();
}

Value vote_result(VoteResult& result) {
  return Object()
      .set("yes", Value::number(result.yes))
      .set("no", Value::number(result.no))
      .set("abstain", Value::number(result.abstain))
      .set("winner", result.winner, [](WinningSide& side) { return name(side, kWinningSideNames); })
      .set("decided_by", name(result.decided_by, kDecidedByNames))
      .done();
}

Value vote(Vote& vote) {
  return Object()
      .set("yes_means", text(vote.yes_means))
      .set("no_means", text(vote.no_means))
      .set("votes", vote.votes, list_of(ballot))
      .set("tally", vote.tally, tally)
      .set("outcome", vote.outcome, outcome)
      .set("result", vote.result, vote_result)
      .done();
}

Value posting(Posting& posting) {
  return Object().set("board", text(posting.board)).set("posted", date(posting.posted)).done();
}

Value anslag(Anslag& anslag) {
  return Object()
      .set("posted", date(anslag.posted))
      .set("boards", anslag.boards, list_of(posting))
      .set("taken_down", anslag.taken_down, date)
      .set("up_until", anslag.up_until, date)
      .set("last_appeal", anslag.last_appeal, date)
      .set("kept_at", anslag.kept_at, text)
      .set("appeal_last_day", date(anslag.appeal_last_day))
      .set("take_down_date", date(anslag.take_down_date))
      .set("take_down_wording", text(anslag.take_down_wording))
      .done();
}

Value statement(Statement& statement) {
  return Object().set("by", list(statement.by, id<PersonTag>)).set("text", statement.text, rich).done();
}

}  // namespace

Value item_minutes(ItemMinutes& minutes) {
  return Object()
      .set("summary", minutes.summary, rich)
      .set("documents", minutes.documents, texts)
      .set("proposal", minutes.proposal, riches)
      .set("chair", minutes.chair, id<PersonTag>)
      .set("disqualified", minutes.disqualified, list_of(id<PersonTag>))
      .set("motions", minutes.motions, list_of(motion))
      .set("order_of_proposals", minutes.order_of_proposals, rich)
      .set("vote", minutes.vote, vote)
      .set("decision", minutes.decision, riches)
      .set("reservations", minutes.reservations, list_of(statement))
      .set("notes", minutes.notes, list_of(statement))
      .set("immediately_approved", minutes.immediately_approved, flag)
      .set("anslag", minutes.anslag, anslag)
      .set("dispatch_to", minutes.dispatch_to, texts)
      .done();
}

namespace {

Value serving_person(ServingPerson& serving) {
  return Object().set("person", id(serving.person)).set("seat", id(serving.seat)).done();
}

}  // namespace

Value sitting(Sitting& sitting) {
  return Object()
      .set("serving", list(sitting.serving, serving_person))
      .set("chaired_by", sitting.chaired_by, id<PersonTag>)
      .set("quorum", Object()
                         .set("filled", Value::number(sitting.quorum.filled))
                         .set("seats", Value::number(sitting.quorum.seats))
                         .set("needed", Value::number(sitting.quorum.needed))
                         .set("met", Value::boolean(sitting.quorum.met))
                         .done())
      .done();
}

namespace {

Value stretch(Stretch& stretch) {
  return Object().set("from", stretch.from, number).set("until", stretch.until, number).done();
}

Value service_stretch(ServiceStretch& service) {
  return Object()
      .set("for", id(service.for_person))
      .set("from", service.from, number)
      .set("until", service.until, number)
      .done();
}

Value attendance(Attendance& attendance) {
  return Object()
      .set("person", id(attendance.person))
      .set("role", name(attendance.role, kAttendanceRoleNames))
      .set("serves_for", attendance.serves_for, id<PersonTag>)
      .set("function", attendance.function, text)
      .set("items", attendance.items, list_of(number))
      .set("presence", attendance.presence, list_of(stretch))
      .set("serves", attendance.serves, list_of(service_stretch))
      .set("remote", attendance.remote, flag)
      .done();
}

Value adjournment(Adjournment& adjournment) {
  return Object().set("from", clock(adjournment.from)).set("until", clock(adjournment.until)).done();
}

Value signature(Signature& signature) {
  return Object().set("person", id(signature.person)).set("date", date(signature.date)).done();
}

Value justering(Justering& justering) {
  return Object()
      .set("date", date(justering.date))
      .set("place", justering.place, text)
      .set("time", justering.time, clock)
      .set("signatures", justering.signatures, list_of(signature))
      .done();
}

}  // namespace

Value minutes(Minutes& minutes) {
  return Object()
      .set("first_paragraph", minutes.first_paragraph, number)
      .set("attendance", list(minutes.attendance, attendance))
      .set("chair", minutes.chair, id<PersonTag>)
      .set("adjusters", list(minutes.adjusters, id<PersonTag>))
      .set("adjournments", minutes.adjournments, list_of(adjournment))
      .set("justering", minutes.justering, justering)
      .set("anslag", minutes.anslag, anslag)
      .set("latest_justering", date(minutes.latest_justering))
      .done();
}

}  // namespace kansli::model::convert
