// A report (tjänsteutlåtande, domain.md 3.3) in the domain model: the matter with its
// proposed decision, its author and signatory resolved, its amounts as exact money with
// the total prepare derives, and the agenda item that presents it at its meeting.
// Plain values (see organisation.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/money.hpp"
#include "model/agenda.hpp"

namespace kansli::model {

// One row of the amounts table.
struct AmountLine {
  std::string label;
  Money amount;
};

// Ekonomiska konsekvenser.
struct Financial {
  std::vector<RichText> text;
  std::optional<std::string> caption;
  std::optional<std::vector<AmountLine>> amounts;
  Money total;  // of the amounts, exactly; 0 kr without any
};

struct Report {
  ReportId id;
  OrganisationId organisation;
  MeetingId meeting;
  Date date;
  std::string dnr;
  NamedPerson author;     // handläggare
  NamedPerson signatory;  // undertecknare
  std::string title;
  std::optional<std::string> subtitle;
  std::vector<RichText> proposal;  // förslag till beslut
  RichText summary;
  std::vector<RichText> background;
  std::vector<RichText> matter;
  std::optional<std::vector<RichText>> assessment;
  Financial financial;
  std::optional<RichText> preparation;
  std::optional<std::vector<std::string>> attachments;
  std::optional<std::vector<std::string>> send_to;
  std::optional<AgendaItem> agenda_item;  // the item of its meeting's agenda that presents it
};

}  // namespace kansli::model
