// Loads JSON into a Value with a SourceMap. nlohmann's SAX parser does the parsing;
// positions come from an input iterator that counts the bytes the lexer has consumed,
// from which each callback finds the start of its token.
#include <algorithm>
#include <cstring>
#include <iterator>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/files.hpp"
#include "base/utf8.hpp"
#include "load/json_syntax.hpp"
#include "load/load.hpp"

namespace kansli {
namespace {

// A forward iterator over the text that records how far the lexer has read.
struct CountingIterator {
  using iterator_category = std::forward_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  const char* at = nullptr;
  const char** furthest = nullptr;

  reference operator*() const { return *at; }
  CountingIterator& operator++() {
    ++at;
    if (at > *furthest) *furthest = at;
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator before = *this;
    ++*this;
    return before;
  }
  bool operator==(const CountingIterator& other) const { return at == other.at; }
  bool operator!=(const CountingIterator& other) const { return at != other.at; }
};

// The number written `text` (which the lexer has checked), exactly where it can be.
Value exact_number(double value, const std::string& text) {
  auto number = number_from_text(text);
  return number ? std::move(*number) : Value::number(value);
}

bool is_literal_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.';
}

// Builds the Value tree and the source map from SAX events.
class ValueBuilder : public nlohmann::json_sax<nlohmann::json> {
 public:
  ValueBuilder(LoadedFile& out, std::string_view text, const char** furthest,
               Diagnostics& diagnostics)
      : out_(out), text_(text), positions_(out.path, text), furthest_(furthest), diagnostics_(diagnostics) {}

  bool null() override { return add(Value(), literal_start()); }
  bool boolean(bool b) override { return add(Value::boolean(b), literal_start()); }
  // Numbers are kept exactly as written where their digits allow (see Decimal).
  bool number_integer(number_integer_t n) override {
    return add(exact_number(n, std::to_string(n)), literal_start());
  }
  bool number_unsigned(number_unsigned_t n) override {
    return add(exact_number(static_cast<double>(n), std::to_string(n)), literal_start());
  }
  bool number_float(number_float_t n, const string_t& text) override {
    return add(exact_number(n, text), literal_start());
  }
  bool string(string_t& s) override { return add(Value::string(s), string_start()); }
  bool binary(binary_t&) override { return false; }
  bool start_object(std::size_t) override { return open(true, consumed() - 1); }
  bool start_array(std::size_t) override { return open(false, consumed() - 1); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }
  bool key(string_t& name) override;
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& ex) override;

  bool finished() const { return done_; }

 private:
  // An object or a list being read: its members or items gathered, then made a Value
  // when it closes (so that adding a member never searches the ones before it).
  struct Open {
    bool is_object = false;
    Value::Object members;
    Value::Array items;
    std::unordered_map<std::string, std::size_t> key_offsets;  // each key's first offset
    std::string path;
    std::string key;         // the member name it gets in its parent object
    bool duplicate = false;  // whether that name was given before
  };

  std::size_t consumed() const { return static_cast<std::size_t>(*furthest_ - text_.data()); }

  // Start of a number or literal: the lexer may have read one delimiter past it.
  std::size_t literal_start() const {
    std::size_t end = consumed();
    if (end > 0 && !is_literal_char(text_[end - 1])) --end;
    while (end > 0 && is_literal_char(text_[end - 1])) --end;
    return end;
  }

  // Start of the string token that ended at the last consumed byte (its opening quote).
  std::size_t string_start() const {
    std::size_t i = consumed() - 1;  // the closing quote
    while (i > 0) {
      --i;
      if (text_[i] != '"') continue;
      std::size_t backslashes = 0;
      while (i >= backslashes + 1 && text_[i - backslashes - 1] == '\\') ++backslashes;
      if (backslashes % 2 == 0) return i;
    }
    return 0;
  }

  // Works out the path of the value starting at `offset`, and records where it is written.
  std::string place(std::size_t offset) {
    std::string path;
    std::size_t at = offset;
    if (stack_.empty()) {
      path = "";
    } else if (stack_.back().is_object) {
      path = child_path(stack_.back().path, pending_key_);
      at = pending_key_offset_;
    } else {
      path = child_path(stack_.back().path, stack_.back().items.size());
    }
    if (!duplicate_) out_.source_map.add(path, positions_.line_column(at));
    return path;
  }

  bool add(Value value, std::size_t offset) {
    place(offset);
    attach(std::move(value));
    return true;
  }

  bool open(bool is_object, std::size_t offset) {
    if (stack_.size() >= kMaxNestingDepth) {
      diagnostics_.error(positions_.at(offset),
                         "values are nested more than " + std::to_string(kMaxNestingDepth) + " levels deep")
          .hints.push_back("kansli's data is never this deep; is the file generated by mistake?");
      return false;
    }
    std::string path = place(offset);
    Open container;
    container.is_object = is_object;
    container.path = std::move(path);
    container.key = pending_key_;
    container.duplicate = duplicate_;
    stack_.push_back(std::move(container));
    duplicate_ = false;
    return true;
  }

  bool close() {
    Open finished = std::move(stack_.back());
    stack_.pop_back();
    pending_key_ = std::move(finished.key);
    duplicate_ = finished.duplicate;
    attach(finished.is_object ? Value::object(std::move(finished.members)) : Value::array(std::move(finished.items)));
    return true;
  }

  // Adds a finished value to the container being read (a duplicate member is dropped:
  // it has been reported, and the file is refused).
  void attach(Value value) {
    if (stack_.empty()) {
      out_.root = std::move(value);
      done_ = true;
    } else if (!stack_.back().is_object) {
      stack_.back().items.push_back(std::move(value));
    } else if (!duplicate_) {
      stack_.back().members.emplace_back(pending_key_, std::move(value));
    }
    duplicate_ = false;
  }

  LoadedFile& out_;
  std::string_view text_;
  PositionTracker positions_;
  const char** furthest_;
  Diagnostics& diagnostics_;
  std::vector<Open> stack_;
  std::string pending_key_;
  std::size_t pending_key_offset_ = 0;
  bool duplicate_ = false;  // whether the pending key was given before in its object
  bool done_ = false;
};

// Remembers the key of the member that follows; a key given twice in one object is an
// error at the second, which points at the first.
bool ValueBuilder::key(string_t& name) {
  pending_key_ = name;
  pending_key_offset_ = string_start();
  const auto [first, inserted] = stack_.back().key_offsets.try_emplace(name, pending_key_offset_);
  duplicate_ = !inserted;
  if (duplicate_) {
    const LineColumn where = positions_.line_column(first->second);
    diagnostics_.error(positions_.at(pending_key_offset_), "field '" + name + "' is given twice (first at " +
                                                               std::to_string(where.line) + ":" + std::to_string(where.column) + ")")
        .hints.push_back("write it once: the second would silently replace the first");
  }
  return true;
}

bool ValueBuilder::parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
  // `position` counts the bytes read, up to the end of the offending token.
  const json::SyntaxError error = json::describe_syntax_error(text_, position, ex.id, ex.what());
  diagnostics_.error(positions_.at(error.offset), error.message).hints.push_back(error.hint);
  return false;
}

}  // namespace

bool report_nul_byte(const std::string& path, const std::string& text, Diagnostics& diagnostics) {
  const std::size_t nul = text.find('\0');
  if (nul == std::string::npos) return false;
  diagnostics.error(position_at(path, text, nul), "the file contains a NUL byte")
      .hints.push_back("it may be a binary file or saved as UTF-16; save it as UTF-8 text");
  return true;
}

void SourceMap::add(std::string path, LineColumn where) {
  positions_.insert_or_assign(std::move(path), where);
}

SourcePosition SourceMap::locate(const std::string& path) const {
  std::string at = path;
  while (true) {
    const auto found = positions_.find(at);
    if (found != positions_.end()) return {file_, found->second.line, found->second.column};
    const std::size_t slash = at.rfind('/');
    if (slash == std::string::npos) return {file_, 0, 0};
    at.resize(slash);
  }
}

std::optional<LoadedFile> parse_json(const std::string& path, const std::string& text,
                                     Diagnostics& diagnostics) {
  if (const auto bad = find_invalid_utf8(text)) {
    diagnostics.error(position_at(path, text, *bad), "the file is not valid UTF-8")
        .hints.push_back("save the file with UTF-8 encoding");
    return std::nullopt;
  }
  if (report_nul_byte(path, text, diagnostics)) return std::nullopt;
  LoadedFile out{path, Value(), SourceMap()};
  out.source_map.set_file(path);
  const char* furthest = text.data();
  ValueBuilder builder(out, text, &furthest, diagnostics);
  CountingIterator first{text.data(), &furthest};
  CountingIterator last{text.data() + text.size(), &furthest};
  const int errors_before = diagnostics.error_count();
  const bool ok = nlohmann::json::sax_parse(first, last, &builder);
  if (!ok || !builder.finished() || diagnostics.error_count() > errors_before) return std::nullopt;
  return out;
}

std::optional<LoadedFile> load_data_file(const std::string& path, const Files& files, Diagnostics& diagnostics,
                                         const SchemaLookup& schemas) {
  std::string error;
  const FileBytes text = files.read(path, FileKind::kData, error);
  if (!text) {
    diagnostics.error({}, "'" + path + "' " + error);
    return std::nullopt;
  }
  const bool xml = path.size() > 4 && path.compare(path.size() - 4, 4, ".xml") == 0;
  return xml ? parse_xml(path, *text, schemas, diagnostics) : parse_json(path, *text, diagnostics);
}

}  // namespace kansli
