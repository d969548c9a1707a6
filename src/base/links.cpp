// Implements the link policy (see links.hpp).
#include "base/links.hpp"

#include <algorithm>
#include <cstdint>

#include "base/utf8.hpp"

namespace kansli {
namespace {

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

int hex_value(char c) {
  if (is_ascii_digit(c)) return c - '0';
  if (lower(c) >= 'a' && lower(c) <= 'f') return lower(c) - 'a' + 10;
  return -1;
}

// The named character references that can spell a scheme or hide its colon.
struct NamedReference {
  const char* name;
  char32_t code_point;
};
constexpr NamedReference kNamedReferences[] = {
    {"amp", '&'},     {"lt", '<'},        {"gt", '>'},      {"quot", '"'},   {"apos", '\''},
    {"colon", ':'},   {"Tab", '\t'},      {"NewLine", '\n'}, {"sol", '/'},    {"bsol", '\\'},
    {"period", '.'},  {"lpar", '('},      {"rpar", ')'},    {"percnt", '%'}, {"num", '#'},
    {"semi", ';'},    {"excl", '!'},      {"nbsp", 0xA0}};

// Decodes the character reference at `text[at]` ('&') into `out`; returns its length, or 0.
std::size_t decode_reference(std::string_view text, std::size_t at, std::string& out) {
  std::size_t i = at + 1;
  if (i < text.size() && text[i] == '#') {  // &#106; &#x6A; (the ';' may be left out)
    const bool hex = i + 1 < text.size() && lower(text[i + 1]) == 'x';
    i += hex ? 2 : 1;
    const std::size_t digits_start = i;
    std::uint32_t value = 0;
    for (; i < text.size() && (hex ? hex_value(text[i]) >= 0 : is_ascii_digit(text[i])); ++i) {
      value = std::min<std::uint32_t>(value * (hex ? 16 : 10) + static_cast<std::uint32_t>(hex_value(text[i])), 0x110000);
    }
    if (i == digits_start) return 0;
    if (i < text.size() && text[i] == ';') ++i;
    const bool valid = value > 0 && value < 0x110000 && (value < 0xD800 || value > 0xDFFF);
    append_utf8(out, valid ? static_cast<char32_t>(value) : U'\uFFFD');
    return i - at;
  }
  for (const auto& reference : kNamedReferences) {
    const std::string_view name = reference.name;
    if (text.substr(i, name.size()) != name) continue;
    const std::size_t end = i + name.size();
    append_utf8(out, reference.code_point);
    return end - at + (end < text.size() && text[end] == ';' ? 1 : 0);
  }
  return 0;
}

// Decodes character references and percent-escapes once.
std::string decode_once(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '&') {
      if (const std::size_t length = decode_reference(text, i, out)) {
        i += length;
        continue;
      }
    }
    if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 3;
      continue;
    }
    out += text[i++];
  }
  return out;
}

// Returns the scheme of a decoded target in lower case ("javascript"), or "" when it has none.
std::string scheme_of(std::string_view target) {
  if (target.empty() || !is_ascii_alpha(target[0])) return "";
  std::size_t i = 1;
  while (i < target.size() && (is_ascii_alpha(target[i]) || is_ascii_digit(target[i]) || target[i] == '+' ||
                               target[i] == '-' || target[i] == '.')) {
    ++i;
  }
  if (i == target.size() || target[i] != ':') return "";
  std::string scheme;
  for (std::size_t k = 0; k < i; ++k) scheme += lower(target[k]);
  return scheme;
}

bool ends_with_lower(std::string_view text, std::string_view suffix) {
  if (text.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    if (lower(text[text.size() - suffix.size() + i]) != suffix[i]) return false;
  }
  return true;
}

// Says whether `target` (no scheme) names a file kansli writes beside the document
// ("styrelsen-2026-12-10-kallelse.pdf", with an optional "#anchor"): a bare file name.
bool names_written_file(std::string_view target) {
  const std::string_view name = target.substr(0, target.find('#'));
  if (name.empty() || name[0] == '.') return false;
  for (const char c : name) {
    const bool allowed = is_ascii_alpha(c) || is_ascii_digit(c) || c == '-' || c == '_' || c == '.' || c == ' ' ||
                         static_cast<unsigned char>(c) >= 0x80;
    if (!allowed) return false;
  }
  return ends_with_lower(name, ".pdf") || ends_with_lower(name, ".html");
}

// Says why a decoded target that has `scheme` is refused, or "" when it is allowed.
std::string judge_scheme(std::string_view decoded, const std::string& scheme) {
  const std::string_view rest = decoded.substr(scheme.size() + 1);
  if (scheme == "https" || scheme == "http") {
    const bool has_host = rest.size() > 2 && rest.substr(0, 2) == "//" && rest[2] != '/' && rest[2] != '\\';
    return has_host ? "" : "a web address must start with '" + scheme + "://' and a host name";
  }
  if (scheme == "mailto" || scheme == "tel") {
    return rest.empty() ? "a " + scheme + ": link must say where it leads" : "";
  }
  return "'" + scheme + ":' links are not allowed";
}

}  // namespace

std::string decode_link_target(std::string_view target) {
  std::string decoded(target);
  for (int round = 0; round < 8; ++round) {  // "&amp;#106;" takes two rounds
    std::string next = decode_once(decoded);
    if (next == decoded) break;
    decoded = std::move(next);
  }
  std::string out;
  for (const char c : decoded) {
    if (c != '\t' && c != '\n' && c != '\r') out += c;
  }
  const auto is_trimmed = [](char c) { return static_cast<unsigned char>(c) <= 0x20 || c == 0x7F; };
  std::size_t begin = 0, end = out.size();
  while (begin < end && is_trimmed(out[begin])) ++begin;
  while (end > begin && is_trimmed(out[end - 1])) --end;
  return out.substr(begin, end - begin);
}

std::optional<LinkRefusal> refuse_link(std::string_view target) {
  if (const std::size_t length = count_code_points(target); length > kMaxLinkCharacters) {
    return LinkRefusal{"a link address is " + std::to_string(length) + " characters long: '" + excerpt(target) + "'",
                       "link addresses may be at most " + std::to_string(kMaxLinkCharacters) + " characters long"};
  }
  const std::string decoded = decode_link_target(target);
  const std::string scheme = scheme_of(decoded);
  std::string reason;
  if (!scheme.empty()) {
    reason = judge_scheme(decoded, scheme);
  } else if (!decoded.empty() && decoded[0] == '#') {
    reason = decoded.size() > 1 ? "" : "an anchor must name a heading";
  } else if (!names_written_file(decoded)) {
    reason = decoded.empty() ? "it is empty" : "it is neither an address (https:, mailto:, …) nor a file kansli writes";
  }
  if (reason.empty()) return std::nullopt;
  std::string quoted = "'" + std::string(target) + "'";
  if (decoded != target) quoted += " (read as '" + decoded + "')";
  return LinkRefusal{"link target " + quoted + " is not allowed: " + reason, kLinkHint};
}

}  // namespace kansli
