// Consistency rules of an organisation and its meetings, as typed values and pure
// functions (internal to the prepare stage). The rules come from ../shared/domain.md:
//   R-16  a body elects one ordförande (and vice ordförande) from its ledamöter; mandates
//         run from a first to a last day;
//   R-02  an ersättare serves for a ledamot of the same body, in a samordningsförbund one
//         of the same member (huvudman);
//   R-07  the kallelse is sent before the meeting, within the förbundsordning's days.
// Each check returns findings located at paths of one file (the organisation file for
// appointments, the meeting file for a meeting); body.cpp (from the organisation's
// model) and prepare.cpp (from the meeting file) make the facts and report the findings.
// Dates and times are the model's (model/date.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "model/date.hpp"
#include "model/organisation.hpp"

namespace kansli::prepare {

// A broken rule: an error (the document would be wrong) or a warning (the document is
// what the data says, but the data breaks an advisable rule), at a path of its file.
struct Finding {
  Severity severity = Severity::kError;
  std::string path;
  std::string message;
  std::vector<std::string> hints;
};

using model::Office;

// An appointment (uppdrag): a seat of a person in a body.
struct Appointment {
  std::string person;                // person id
  bool substitute = false;           // ersättare; otherwise ledamot
  std::string represents;            // member (huvudman) id
  Office office = Office::kNone;
  std::string substitute_for;        // the ledamot's person id, "" when not given
  std::optional<model::Date> from;   // first day of the mandate; open when absent
  std::optional<model::Date> until;  // last day of the mandate; open when absent
  std::string path;                  // where it is written: "/bodies/0/appointments/3"
};

// Returns whether the mandate of `appointment` holds on `day`.
bool in_force(const Appointment& appointment, const model::Date& day);

// Returns whether the mandates of `a` and `b` hold on a common day.
bool overlap(const Appointment& a, const Appointment& b);

// A body and the rule that depends on the kind of organisation.
struct BodyFacts {
  std::string id;
  std::string path;  // "/bodies/0"
  std::vector<Appointment> appointments;
  bool substitutes_of_same_member = false;  // samordningsförbund
};

// Checks a body's appointments whatever the date: one holder of each office at a time,
// officers who are ledamöter, a chair at all, mandates that end after they start, one
// seat a person at a time, and ersättare who serve for a ledamot of the body (of the same
// member when required), not for themselves and not in a circle.
std::vector<Finding> check_appointments(const BodyFacts& body);

// Checks a body on the day of a meeting: it has a chair in force (an error), and no
// member that has a seat in the body is left without a ledamot or an ersättare because a
// mandate ended or has not begun (a warning: a seat may be vacant, R-16).
std::vector<Finding> check_body_on(const BodyFacts& body, const model::Date& day);

// One entry of a meeting's attendance (minutes.attendance): who, in what role
// ("regular", "serving_substitute", "substitute" or "other"), written at `path`.
struct Attendance {
  std::string person;
  std::string role;
  std::string path;  // "/minutes/attendance/2"
};

// Checks that each person who attends as ledamot holds a ledamot seat of the body in
// force on the meeting's day, and each ersättare an ersättare seat: a
// person whose mandate has ended may attend, but as "other", not to vote.
std::vector<Finding> check_attendance(const BodyFacts& body, const model::Date& day,
                                      const std::vector<Attendance>& attendance);

// What the meeting rules read from a meeting file (absent values are not checked).
struct MeetingFacts {
  std::optional<model::Date> date;
  std::optional<model::ClockTime> start;
  std::optional<model::ClockTime> end;
  std::optional<model::Date> notice_sent;
  std::optional<model::Date> justering;
  std::optional<model::Date> anslag_posted;
};

// The förbundsordning's days for the kallelse (organisation.json, rules), and where each
// is written, for a hint ("organisation.json:12:5").
struct NoticeRules {
  std::optional<long> min_days;
  std::optional<long> max_days;
  std::string min_where;
  std::string max_where;
};

// Checks a meeting's own facts: it ends after it starts, the kallelse is sent before
// the meeting (an error) and within the förbundsordning's days (a warning), and the
// minutes are approved and posted in order.
std::vector<Finding> check_meeting(const MeetingFacts& meeting, const NoticeRules& rules);

// Checks that a data file's id (at /id) is the name of its file (at `file_path`) without
// .json or .xml: other files find a meeting as meetings/<id>.json and a report as
// reports/<id>.json.
std::vector<Finding> check_file_id(const std::string& id, const std::string& file_path);

}  // namespace kansli::prepare
