// The link policy: which link targets kansli writes into a document, as an HTML href
// and as a PDF link. Every place a target enters (Markdown and XML rich text, a template's
// <link href>) asks refuse_link; validate and render ask the same function, so they agree.
// Allowed are web addresses (https:, http:), e-mail (mailto:) and telephone (tel:) links,
// anchors in the same document ("#bilaga-1") and files kansli writes beside it
// ("styrelsen-2026-12-10-kallelse.pdf"). A target is judged as a browser or PDF viewer
// would read it: HTML character references and percent-escapes decoded, tabs and line
// breaks removed, the ends trimmed, the scheme in any case, so that "&#106;avascript:",
// "java\tscript:" and "JAVASCRIPT:" are all refused. A target longer than
// kMaxLinkCharacters is refused whatever it is.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kansli {

// Returns `target` as a browser would read it (references and escapes decoded, repeatedly;
// tabs and line breaks removed; leading and trailing spaces and control characters trimmed).
std::string decode_link_target(std::string_view target);

// Link targets longer than this (in characters) are refused: the PDF cannot hold one over
// 65 535 bytes, and browsers and servers give up on addresses far shorter.
inline constexpr std::size_t kMaxLinkCharacters = 2000;

// The hint for a target refused for what it is (not for its length).
inline constexpr const char* kLinkHint =
    "links may be https:, http:, mailto: or tel:, an anchor such as '#bilaga-1', or a file kansli "
    "writes, such as 'styrelsen-2026-12-10-kallelse.pdf'";

// Why a link target is refused: a message quoting it, and a hint.
struct LinkRefusal {
  std::string message;
  std::string hint;
};

// Returns why `target` may not be a link, or nullopt when it may.
std::optional<LinkRefusal> refuse_link(std::string_view target);

}  // namespace kansli
