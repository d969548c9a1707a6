// Heading ids, tables of contents and page references over the document tree (see
// document.hpp). Both writers and layout use these, so that a heading has one id and
// a table of contents one list of entries in the HTML and in the PDF.
#include <functional>
#include <map>
#include <set>

#include "doc/document.hpp"

namespace kansli::doc {
namespace {

// Visits every block in document order, depth first (`Blocks` may be const or not).
template <typename Blocks, typename Visit>
void for_each_block(Blocks& blocks, const Visit& visit) {
  for (auto& block : blocks) {
    visit(block);
    for_each_inner_blocks(block, [&](auto& inner) { for_each_block(inner, visit); });
  }
}

void for_each_inline(const std::vector<Inline>& inlines, const std::function<void(const Inline&)>& visit) {
  for (const auto& in : inlines) {
    visit(in);
    if (const auto* children = inner_inlines(in)) for_each_inline(*children, visit);
    if (const auto* note = std::get_if<Footnote>(&in.content)) {
      for (const auto& block : note->blocks) {
        if (const auto* text = inlines_of(block)) for_each_inline(*text, visit);
      }
    }
  }
}

// Lower-case ASCII letters and digits, å ä ö as a a o, anything else a single hyphen.
std::string slug(const std::string& text) {
  std::string out;
  bool hyphen = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    char kept = 0;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) kept = static_cast<char>(c);
    else if (c >= 'A' && c <= 'Z') kept = static_cast<char>(c - 'A' + 'a');
    else if (c == 0xC3 && i + 1 < text.size()) {  // two-byte Latin-1 letters
      const unsigned char next = static_cast<unsigned char>(text[++i]) | 0x20;
      if (next == 0xA5 || next == 0xA4 || next == 0xA0 || next == 0xA1) kept = 'a';  // å ä à á
      else if (next == 0xB6 || next == 0xB8 || next == 0xB3) kept = 'o';              // ö ø ó
      else if (next == 0xA9 || next == 0xA8) kept = 'e';                              // é è
      else if (next == 0xBC) kept = 'u';                                               // ü
    }
    if (kept) {
      if (hyphen && !out.empty()) out += '-';
      out += kept;
      hyphen = false;
    } else {
      hyphen = true;
    }
  }
  return out.empty() ? "rubrik" : out;
}

}  // namespace

void assign_heading_ids(Document& document) {
  std::set<std::string> taken;
  std::map<std::string, int> next_number;  // per base: where to continue numbering (no rescans)
  for_each_block(document.body, [&](Block& block) {
    auto* heading = std::get_if<Heading>(&block.content);
    if (!heading) return;
    const std::string base = heading->id.empty() ? slug(plain_text(heading->inlines)) : heading->id;
    std::string id = base;
    if (taken.count(id)) {
      int& n = next_number.try_emplace(base, 2).first->second;
      do id = base + "-" + std::to_string(n++);
      while (taken.count(id));
    }
    taken.insert(id);
    heading->id = id;
  });
}

std::vector<ContentsEntry> contents_entries(const std::vector<Block>& body) {
  std::vector<ContentsEntry> entries;
  int depth = 0;  // the level of the contents block, once met
  for_each_block(body, [&](const Block& block) {
    const auto* contents = std::get_if<Contents>(&block.content);
    const auto* heading = std::get_if<Heading>(&block.content);
    if (contents && depth == 0) depth = contents->level > 0 ? contents->level : 2;
    else if (heading && depth > 0 && heading->level <= depth) {
      entries.push_back({heading->id, heading->level, &heading->inlines});
    }
  });
  return entries;
}

bool refers_to_pages(const std::vector<Block>& body) {
  bool found = false;
  for_each_block(body, [&](const Block& block) {
    if (std::holds_alternative<Contents>(block.content)) found = true;
    const auto* text = inlines_of(block);
    if (!text) return;
    for_each_inline(*text, [&](const Inline& in) {
      found = found || std::holds_alternative<PageReference>(in.content);
    });
  });
  return found;
}

std::map<std::string, std::string> heading_titles(const std::vector<Block>& body) {
  std::map<std::string, std::string> titles;
  for_each_block(body, [&](const Block& block) {
    const auto* heading = std::get_if<Heading>(&block.content);
    if (heading) titles.emplace(heading->id, plain_text(heading->inlines));
  });
  return titles;
}

std::vector<std::string> heading_ids(const std::vector<Block>& body) {
  std::vector<std::string> ids;
  for_each_block(body, [&](const Block& block) {
    if (const auto* heading = std::get_if<Heading>(&block.content)) ids.push_back(heading->id);
  });
  return ids;
}

}  // namespace kansli::doc
