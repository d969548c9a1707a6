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
    for_each_block(block.children, visit);
  }
}

void for_each_inline(const std::vector<Inline>& inlines, const std::function<void(const Inline&)>& visit) {
  for (const auto& in : inlines) {
    visit(in);
    for_each_inline(in.children, visit);
    for (const auto& block : in.note) for_each_inline(block.inlines, visit);
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
    if (block.kind != BlockKind::kHeading) return;
    const std::string base = block.id.empty() ? slug(plain_text(block.inlines)) : block.id;
    std::string id = base;
    if (taken.count(id)) {
      int& n = next_number.try_emplace(base, 2).first->second;
      do id = base + "-" + std::to_string(n++);
      while (taken.count(id));
    }
    taken.insert(id);
    block.id = id;
  });
}

std::vector<ContentsEntry> contents_entries(const std::vector<Block>& body) {
  std::vector<ContentsEntry> entries;
  int depth = 0;  // the level of the contents block, once met
  for_each_block(body, [&](const Block& block) {
    if (block.kind == BlockKind::kContents && depth == 0) depth = block.level > 0 ? block.level : 2;
    else if (block.kind == BlockKind::kHeading && depth > 0 && block.level <= depth) {
      entries.push_back({block.id, block.level, &block.inlines});
    }
  });
  return entries;
}

bool refers_to_pages(const std::vector<Block>& body) {
  bool found = false;
  for_each_block(body, [&](const Block& block) {
    if (block.kind == BlockKind::kContents) found = true;
    for_each_inline(block.inlines, [&](const Inline& in) { found = found || in.kind == InlineKind::kPageReference; });
  });
  return found;
}

std::map<std::string, std::string> heading_titles(const std::vector<Block>& body) {
  std::map<std::string, std::string> titles;
  for_each_block(body, [&](const Block& block) {
    if (block.kind == BlockKind::kHeading) titles.emplace(block.id, plain_text(block.inlines));
  });
  return titles;
}

std::vector<std::string> heading_ids(const std::vector<Block>& body) {
  std::vector<std::string> ids;
  for_each_block(body, [&](const Block& block) {
    if (block.kind == BlockKind::kHeading) ids.push_back(block.id);
  });
  return ids;
}

}  // namespace kansli::doc
