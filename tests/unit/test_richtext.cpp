// Unit tests of Markdown to rich text (cmark-gfm).
#include <doctest/doctest.h>

#include "richtext/markdown.hpp"

using namespace kansli;

namespace {

Value rich(const std::string& markdown) { return markdown_to_rich_text(markdown).rich_text; }

// Writes a rich text value compactly: p(...), ul[...], em(...), note{...}.
std::string shape(const Value& v) {
  std::string out;
  if (v.is_array()) {
    for (const auto& item : v.as_array()) out += shape(item);
    return out;
  }
  if (!v.is_object()) return out;
  const std::string type = v.find("type") ? v.find("type")->as_string() : "";
  if (type == "rich_text") return shape(*v.find("blocks"));
  if (type == "text") return v.find("text")->as_string();
  if (type == "paragraph") return "p(" + shape(*v.find("content")) + ")";
  if (type == "emphasis") return "em(" + shape(*v.find("content")) + ")";
  if (type == "strong") return "strong(" + shape(*v.find("content")) + ")";
  if (type == "link") return "a[" + v.find("href")->as_string() + "](" + shape(*v.find("content")) + ")";
  if (type == "line_break") return "br";
  if (type == "footnote") return "note{" + shape(*v.find("blocks")) + "}";
  if (type == "list") {
    out = v.find("ordered")->as_bool() ? "ol[" : "ul[";
    for (const auto& item : v.find("items")->as_array()) out += "li(" + shape(item) + ")";
    return out + "]";
  }
  return "?";
}

}  // namespace

TEST_CASE("paragraphs, emphasis and soft breaks") {
  CHECK(shape(rich("Ett *två* **tre**\nfyra\n\nNästa stycke.")) ==
        "p(Ett em(två) strong(tre) fyra)p(Nästa stycke.)");
}

TEST_CASE("bulleted and numbered lists") {
  CHECK(shape(rich("Styrelsen ska:\n\n- leda\n- följa upp\n\n1. ett\n2. två")) ==
        "p(Styrelsen ska:)ul[li(p(leda))li(p(följa upp))]ol[li(p(ett))li(p(två))]");
}

TEST_CASE("links and footnotes") {
  CHECK(shape(rich("Se [Finsam](https://www.finsam.se).[^fo]\n\n[^fo]: Förbundsordningen 9 §.")) ==
        "p(Se a[https://www.finsam.se](Finsam).note{p(Förbundsordningen 9 §.)})");
}

TEST_CASE("footnotes match their definitions, not their order of definition") {
  CHECK(shape(rich("A[^b] B[^a]\n\n[^a]: Not A.\n\n[^b]: Not B.")) ==
        "p(Anote{p(Not B.)} Bnote{p(Not A.)})");
}

TEST_CASE("plain text is one paragraph") {
  CHECK(shape(rich("Beslutet medför inga kostnader.")) == "p(Beslutet medför inga kostnader.)");
  CHECK(is_rich_text(rich("")));
}

TEST_CASE("block quotes and images keep their text") {
  CHECK(shape(rich("> Citat ur *protokollet*.\n\nSe ![logotypen](logo.png).")) ==
        "p(Citat ur em(protokollet).)p(Se logotypen.)");
}

TEST_CASE("structure nested beyond the limit is flattened, keeping every word") {
  const std::string quotes(10000, '>');
  const std::string result = shape(rich(quotes + " djupt ner"));
  CHECK(result == "p(djupt ner)");
}
