// The domain model: what prepare makes of a data file and the files it refers to, in
// C++ types, one struct per kind of document (docs/architecture.md, "The model"). The
// parts are in organisation.hpp, agenda.hpp, meeting.hpp, report.hpp and roles.hpp;
// dates, times, ids, numbers and rich text in date.hpp and basics.hpp; money is exact
// (base/money.hpp). Templates read a model through to_template_value
// (template_value.hpp). Plain values: a model owns all it holds.
#pragma once

#include "model/meeting.hpp"
#include "model/organisation.hpp"
#include "model/report.hpp"
#include "model/roles.hpp"

namespace kansli::model {

// A meeting's documents (kallelse, meeting packet): the meeting with its body as it sits
// that day; for a packet, meeting.reports holds the reports its agenda names.
struct MeetingModel {
  Organisation organisation;
  SeatedBody body;
  Meeting meeting;
};

// A report (tjänsteutlåtande) with the meeting it is written for.
struct ReportModel {
  Organisation organisation;
  SeatedBody body;
  Meeting meeting;
  Report report;
};

// A roles document (roll- och ansvarsdokument).
struct RolesModel {
  Organisation organisation;
  RolesDocument roles;
};

}  // namespace kansli::model
