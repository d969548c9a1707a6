// Test helper for the meeting rules (prepare/minutes_rules.hpp): the styrelse of
// Samordningsförbundet Klarälvdalen as data/klaralvdalen/organisation.json seats it, its
// meeting of 2026-12-10 as domain.md appendix B tells it, and small builders for facts.
#pragma once

#include <doctest/doctest.h>

#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "prepare/minutes_rules.hpp"

namespace kansli::testing {

using namespace prepare;
using model::Office;
using model::SeatRole;

inline PersonId id(const char* text) { return PersonId(text); }

inline model::Date date(const char* iso) { return *model::Date::parse(iso); }

inline SeatAppointment ledamot(const char* person, const char* member, Office office = Office::kNone) {
  SeatAppointment appointment;
  appointment.person = id(person);
  appointment.represents = MemberId(member);
  appointment.office = office;
  return appointment;
}

inline SeatAppointment ersattare(const char* person, const char* member, const char* serves_for = nullptr) {
  SeatAppointment appointment;
  appointment.person = id(person);
  appointment.role = SeatRole::kSubstitute;
  appointment.represents = MemberId(member);
  if (serves_for) appointment.substitute_for = id(serves_for);
  return appointment;
}

// Klarälvdalen's styrelse on 2026-12-10: six seats, one ledamot and one personal
// ersättare for each member; inger-andersson (Hagfors) chairs, asa-oberg (Forshaga) is
// vice chair.
inline BodyOnDay klaralvdalen_styrelse() {
  BodyOnDay body;
  body.id = "styrelsen";
  body.day = date("2026-12-10");
  body.seats = 6;
  body.appointments = {
      ledamot("inger-andersson", "hagfors", Office::kChair),
      ledamot("asa-oberg", "forshaga", Office::kViceChair),
      ledamot("goran-ahlstrom", "munkfors"),
      ledamot("lena-nystrom", "region-varmland"),
      ledamot("karin-lundqvist", "fk"),
      ledamot("per-sandberg", "af"),
      ersattare("mikael-berg", "hagfors", "inger-andersson"),
      ersattare("stefan-wikstrom", "forshaga", "asa-oberg"),
      ersattare("britt-jaderberg", "munkfors", "goran-ahlstrom"),
      ersattare("erik-dahl", "region-varmland", "lena-nystrom"),
      ersattare("johan-ek", "fk", "karin-lundqvist"),
      ersattare("maria-holm", "af", "per-sandberg"),
  };
  return body;
}

inline Presence present(const char* person, std::optional<int> from = std::nullopt,
                        std::optional<int> until = std::nullopt) {
  return {id(person), from, until, std::string("/minutes/attendance/") + person};
}

inline std::string paragraph_path(int number) { return "/agenda/" + std::to_string(number) + "/minutes"; }

inline ParagraphFacts paragraph_facts(int number) {
  ParagraphFacts facts;
  facts.number = number;
  facts.path = paragraph_path(number);
  return facts;
}

// The meeting of appendix B, §§ 10–13: the FK ledamot karin-lundqvist is absent and her
// ersättare johan-ek present; the Hagfors ledamot inger-andersson (the chair) is jävig in
// § 12, and her ersättare mikael-berg is absent; stefan-wikstrom, Forshaga's ersättare,
// attends without a seat to serve in.
inline SittingFacts appendix_b_meeting() {
  SittingFacts sitting;
  sitting.body = klaralvdalen_styrelse();
  for (const char* person : {"inger-andersson", "asa-oberg", "goran-ahlstrom", "lena-nystrom", "per-sandberg",
                             "johan-ek", "stefan-wikstrom"}) {
    sitting.presence.push_back(present(person));
  }
  for (int number = 10; number <= 13; ++number)
    sitting.paragraphs.push_back(paragraph_facts(number));
  sitting.paragraphs[2].disqualified = {{id("inger-andersson"), paragraph_path(12) + "/disqualified/0"}};
  return sitting;
}

inline ParagraphFacts& paragraph(SittingFacts& sitting, int number) {
  for (auto& facts : sitting.paragraphs) {
    if (facts.number == number) return facts;
  }
  throw std::logic_error("no § " + std::to_string(number));
}

// An open vote in § `number`: each person's choice, in order.
inline VoteFacts open_vote(int number, std::initializer_list<std::pair<const char*, BallotChoice>> ballots) {
  VoteFacts vote;
  vote.path = paragraph_path(number) + "/vote";
  for (const auto& [person, choice] : ballots) {
    vote.ballots.push_back({id(person), choice, vote.path + "/votes/" + std::to_string(vote.ballots.size())});
  }
  return vote;
}

inline RecordedOutcome outcome(int number, Side winner, DecidedBy by = DecidedBy::kCount) {
  return {winner, by, paragraph_path(number) + "/decided"};
}

// A service as the minutes state it, at a path of § `number`.
inline Service serving(int number, const char* person, const char* seat = nullptr) {
  return {id(person), id(seat ? seat : person), paragraph_path(number) + "/serving/" + person};
}

// The persons serving, as "person" or "person for seat".
inline std::vector<std::string> serving_text(const ParagraphService& service) {
  std::vector<std::string> out;
  for (const auto& s : service.serving) {
    out.push_back(s.replaces() ? s.person.text() + " for " + s.seat.text() : s.person.text());
  }
  return out;
}

// Writes each finding as "severity path: message", then its hints as "hint: ...".
inline std::vector<std::string> shown(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) {
    out.push_back(std::string(f.severity == Severity::kError ? "error " : "warning ") + f.path + ": " + f.message);
    for (const auto& hint : f.hints)
      out.push_back("hint: " + hint);
  }
  return out;
}

// The messages of the findings only, "severity path: message".
inline std::vector<std::string> messages(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) {
    out.push_back(std::string(f.severity == Severity::kError ? "error " : "warning ") + f.path + ": " + f.message);
  }
  return out;
}

}  // namespace kansli::testing

// Prints a list of texts one a line, so that a failed comparison shows both lists.
template <>
struct doctest::StringMaker<std::vector<std::string>> {
  static doctest::String convert(const std::vector<std::string>& texts) {
    std::string out = "{";
    for (const auto& text : texts)
      out += "\n  \"" + text + "\"";
    return (out + "\n}").c_str();
  }
};
