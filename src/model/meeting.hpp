// A meeting (sammanträde, domain.md 1.1, 3.2, 3.4) in the domain model: when and where
// the body meets, its kallelse and numbered agenda, and after the meeting its minutes
// (attendance, justerare, justering and anslag). For a meeting packet it also holds the
// reports its agenda names, in agenda order. Plain values (see organisation.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/agenda.hpp"
#include "model/report.hpp"

namespace kansli::model {

struct Location {
  std::string name;
  std::optional<std::string> address;
};

// The kallelse.
struct Notice {
  Date sent;  // utskicksdatum
  std::optional<std::string> dnr;
  NamedPerson signed_by;
};

enum class AttendanceRole { kRegular, kServingSubstitute, kSubstitute, kOther };
inline constexpr EnumName<AttendanceRole> kAttendanceRoleNames[] = {
    {AttendanceRole::kRegular, "regular"},
    {AttendanceRole::kServingSubstitute, "serving_substitute"},
    {AttendanceRole::kSubstitute, "substitute"},
    {AttendanceRole::kOther, "other"}};

// A stretch of the meeting, agenda items `from` to `until`; an open end reaches the
// first or last item.
struct Stretch {
  std::optional<Number> from;
  std::optional<Number> until;
};

// Serving in the seat of `for_person` (the person's own for a ledamot) for a stretch.
struct ServiceStretch {
  PersonId for_person;
  std::optional<Number> from;
  std::optional<Number> until;
};

// One person's attendance (närvaro).
struct Attendance {
  PersonId person;
  AttendanceRole role = AttendanceRole::kOther;
  std::optional<PersonId> serves_for;      // the ledamot a serving ersättare replaces
  std::optional<std::string> function;     // for others present: "sekreterare"
  std::optional<std::vector<Number>> items;  // the items present for, when not all
  std::optional<std::vector<Stretch>> presence;       // likewise, as stretches
  std::optional<std::vector<ServiceStretch>> serves;  // where and for whom the person serves
  std::optional<bool> remote;
};

struct Adjournment {
  ClockTime from;
  ClockTime until;
};

struct Signature {
  PersonId person;
  Date date;
};

struct Justering {
  Date date;
  std::optional<std::string> place;
  std::optional<ClockTime> time;
  std::optional<std::vector<Signature>> signatures;  // who signed, and when
};

// The protokoll's facts about the whole meeting.
struct Minutes {
  std::optional<Number> first_paragraph;  // the § number of the first item
  std::vector<Attendance> attendance;
  std::optional<PersonId> chair;  // when not the body's chair
  std::vector<PersonId> adjusters;  // justerare
  std::optional<std::vector<Adjournment>> adjournments;
  std::optional<Justering> justering;
  std::optional<Anslag> anslag;
  Date latest_justering;  // derived: the last day the minutes may be justerade
};

struct Meeting {
  MeetingId id;
  OrganisationId organisation;
  BodyId body;
  Date date;
  ClockTime start;
  ClockTime end;
  Location location;
  std::optional<std::string> remote;  // the service for remote participation
  NamedPerson secretary;
  Notice notice;
  std::optional<RichText> note;
  std::optional<std::vector<std::string>> copies_to;
  std::vector<AgendaItem> agenda;
  std::optional<Minutes> minutes;
  std::optional<std::vector<Report>> reports;  // a meeting packet's, in agenda order
};

}  // namespace kansli::model
