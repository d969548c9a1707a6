// A roles document (roll- och ansvarsdokument, domain.md 3.1) in the domain model: its
// sections of roles and responsibilities, and its history, from which prepare derives
// the latest revision and the document's date. Plain values (see organisation.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/basics.hpp"
#include "model/date.hpp"

namespace kansli::model {

// "Antaget av styrelsen: 2022-11-16".
struct Adoption {
  Date date;
  std::string by;
};

// "Revision fastställd av styrelsen: 2024-09-18".
struct Revision {
  Date date;
  std::string decided_by;
  std::optional<std::string> summary;
};

// A lead-in line and a list: "Förbundschefen ansvarar för att:" …
struct Responsibilities {
  std::optional<std::string> lead_in;
  std::vector<RichText> items;
};

// A heading with its text: a subsection, and the first part of a section.
struct Subsection {
  std::string title;
  std::optional<std::string> title_note;  // a footnote on the heading
  std::optional<std::vector<RichText>> paragraphs;
  std::optional<Responsibilities> responsibilities;
  std::optional<std::vector<RichText>> paragraphs_after;
};

// A section: a heading with its text, and its subsections.
struct Section : Subsection {
  std::optional<std::vector<Subsection>> sections;
};

struct RolesDocument {
  DocumentId id;
  OrganisationId organisation;
  std::string title;
  std::optional<std::string> dnr;
  std::optional<Adoption> adopted;
  std::optional<std::vector<Revision>> revisions;  // oldest first, each after the adoption
  std::optional<std::string> marker;               // the bullet of responsibility lists
  std::optional<bool> table_of_contents;
  std::optional<std::vector<RichText>> purpose;
  std::vector<Section> sections;
  std::optional<std::vector<Section>> appendices;
  std::optional<Revision> latest_revision;  // derived: the last of the revisions
  std::optional<Date> date;                 // derived: of the latest revision, else the adoption
};

}  // namespace kansli::model
