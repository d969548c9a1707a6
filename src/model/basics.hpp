// The small types the domain model is made of (see model.hpp): ids, one type per kind
// of thing named, so that a person's id cannot be passed where a body's is wanted; a
// number as data wrote it; rich text; and the names data gives the values of an enum.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "base/decimal.hpp"
#include "load/value.hpp"

namespace kansli::model {

// The id a data file gives a thing of one kind (`Tag`): "inger-andersson", "styrelsen".
template <typename Tag>
class Id {
 public:
  Id() = default;
  explicit Id(std::string text) : text_(std::move(text)) {}

  const std::string& text() const { return text_; }

  friend bool operator==(const Id&, const Id&) = default;
  friend std::strong_ordering operator<=>(const Id&, const Id&) = default;

 private:
  std::string text_;
};

using OrganisationId = Id<struct OrganisationTag>;
using PersonId = Id<struct PersonTag>;
using MemberId = Id<struct MemberTag>;
using BodyId = Id<struct BodyTag>;
using MeetingId = Id<struct MeetingTag>;
using ReportId = Id<struct ReportTag>;
using DocumentId = Id<struct DocumentTag>;  // a roles document's

// A number as a data file wrote it, for the counts and shares the model only passes on
// (a member's population, a body's seats): its double and, when its digits allow, its
// exact value, so that it reaches the document as written.
struct Number {
  double value = 0;
  std::optional<Decimal> exact;
};

// Text with paragraphs, lists, emphasis, links and footnotes, as loading made it
// ({"type": "rich_text", "blocks": [...]}, or a string). The model passes it on
// unopened: the template's rich-text element reads it.
struct RichText {
  Value value;
};

// The name data gives one value of an enum (`E`): {Office::kChair, "chair"}.
template <typename E>
struct EnumName {
  E value;
  std::string_view name;
};

// Returns the name of `value` in `names` ("" when it has none).
template <typename E, std::size_t N>
constexpr std::string_view name_of(E value, const EnumName<E> (&names)[N]) {
  for (const auto& entry : names) {
    if (entry.value == value) return entry.name;
  }
  return {};
}

// Returns the value named `name` in `names`, or nullopt.
template <typename E, std::size_t N>
constexpr std::optional<E> value_named(std::string_view name, const EnumName<E> (&names)[N]) {
  for (const auto& entry : names) {
    if (entry.name == name) return entry.value;
  }
  return std::nullopt;
}

}  // namespace kansli::model
