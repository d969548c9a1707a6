// Holds the model prepare builds to its schema (prepare's model_schema, which templates are
// checked against and docs/template-language.md lists as the names a template can read): the
// model of every sample data file in data/ (meetings, reports and roles documents, JSON and
// XML) conforms to the model schema of its kind, checked by validate's valijson code; and a
// field the schema lacks, or a required field the model lacks, is a violation.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <set>

#include "prepare/prepare.hpp"
#include "validate/validate.hpp"

namespace fs = std::filesystem;
using namespace kansli;

namespace {

const std::string kData = KANSLI_SOURCE_DIR "/data";

// A sample data file and the model prepare makes of it.
struct Sample {
  std::string path;
  std::string kind;
  DataModel model;
};

// Reads a data file as kansli does (cli::DataReader): load, validate, rich text.
std::optional<LoadedFile> read_data(const std::string& path, const SchemaSet& schemas, const Files& files,
                                    Diagnostics& diagnostics) {
  auto file = load_data_file(path, files, diagnostics, schemas.lookup());
  if (!file || !schemas.validate(*file, diagnostics) || !convert_rich_text(*file, schemas, diagnostics)) {
    return std::nullopt;
  }
  return file;
}

// The schemas in data/schemas, loaded once.
const SchemaSet& schemas() {
  static const Files files{PathPolicy(kData)};
  static const std::unique_ptr<SchemaSet> loaded = [] {
    Diagnostics diagnostics;
    auto set = SchemaSet::load(kData + "/schemas", files, diagnostics);
    REQUIRE(set);
    return set;
  }();
  return *loaded;
}

// The model schema of `kind`.
Value model_schema_of(const std::string& kind) {
  const auto schema = model_schema(kind, schemas().lookup());
  REQUIRE(schema);
  return *schema;
}

// Prepares every data file in data/ whose kind prepare makes a model of (not the organisations
// and schemas), in path order.
std::vector<Sample> prepared_samples() {
  const Files files{PathPolicy(kData)};
  std::vector<std::string> paths;
  for (const auto& entry : fs::recursive_directory_iterator(kData)) {
    const auto extension = entry.path().extension();
    const bool data = extension == ".json" || extension == ".xml";
    if (data && entry.path().parent_path().filename() != "schemas") paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<Sample> samples;
  for (const auto& path : paths) {
    Diagnostics diagnostics;
    auto file = read_data(path, schemas(), files, diagnostics);
    const Value* kind = file ? file->root.find("kind") : nullptr;
    INFO(path);
    REQUIRE(kind);
    if (!model_schema(kind->as_string(), schemas().lookup())) continue;  // an organisation
    const DataFileLoader load = [&files](const std::string& referred, Diagnostics& d) {
      return read_data(referred, schemas(), files, d);
    };
    auto model = prepare_model(*file, load, files, diagnostics);
    std::string messages;
    for (const auto& d : diagnostics.all()) messages += format_diagnostic(d);
    INFO(messages);
    REQUIRE(model);
    samples.push_back({path, kind->as_string(), std::move(*model)});
  }
  return samples;
}

// The violations of `model` against `schema`, one a line.
std::string violations_of(const Value& model, const Value& schema) {
  std::string lines;
  for (const auto& violation : schema_violations(model, schema)) lines += violation + "\n";
  return lines;
}

// The prepared model of the sample meeting (JSON).
DataModel sample_meeting() {
  for (auto& sample : prepared_samples()) {
    if (sample.path == kData + "/klaralvdalen/meetings/styrelsen-2026-12-10.json") return std::move(sample.model);
  }
  FAIL("the sample meeting is missing");
  return {};
}

// Returns `object` without its member `key`.
Value without(const Value& object, const std::string& key) {
  Value out = Value::object();
  for (const auto& [name, member] : object.as_object()) {
    if (name != key) out.set(name, member);
  }
  return out;
}

Value& member(Value& object, const std::string& key) {
  Value* found = object.find(key);
  REQUIRE(found);
  return *found;
}

}  // namespace

TEST_CASE("the model of every sample data file conforms to the model schema of its kind") {
  std::map<std::string, std::set<std::string>> formats;  // kind -> extensions seen
  for (const auto& sample : prepared_samples()) {
    formats[sample.kind].insert(fs::path(sample.path).extension().string());
    const std::string violations = violations_of(sample.model.root, model_schema_of(sample.kind));
    CHECK_MESSAGE(violations.empty(), sample.path << " does not conform to the model schema of '" << sample.kind
                                                  << "' (prepare/model_schema.cpp):\n" << violations);
  }
  const std::set<std::string> both = {".json", ".xml"};
  for (const char* kind : {"meeting", "report", "roles"}) {
    CHECK_MESSAGE(formats[kind] == both, "samples in JSON and XML of " << kind);
  }
}

TEST_CASE("a field the model has and its schema lacks is a violation, in data objects and in prepare's own") {
  DataModel model = sample_meeting();
  Value& meeting = member(model.root, "meeting");
  member(meeting, "agenda").as_array()[0].set("extra", Value::number(1));
  member(member(model.root, "body"), "regulars").as_array()[0].set("extra", Value::number(1));
  model.root.set("extra", Value::number(1));
  CHECK(violations_of(model.root, model_schema_of("meeting")) ==
        "/body/regulars/0/extra: unknown field 'extra'\n"
        "/extra: unknown field 'extra'\n"
        "/meeting/agenda/0/extra: unknown field 'extra'\n");
}

TEST_CASE("a derived field the model schema lacks is a violation") {
  const DataModel model = sample_meeting();
  Value schema = model_schema_of("meeting");
  Value& item = member(member(schema, "definitions"), "meeting.item");
  item.set("properties", without(member(item, "properties"), "number"));
  const std::string violations = violations_of(model.root, schema);
  CHECK(violations.find("/meeting/agenda/0/number: unknown field 'number'\n") != std::string::npos);
}

TEST_CASE("a field the model schema requires and the model lacks is a violation") {
  DataModel model = sample_meeting();
  Value& first = member(member(model.root, "meeting"), "agenda").as_array()[0];
  first = without(first, "number");
  member(model.root, "body") = without(member(model.root, "body"), "regulars");
  CHECK(violations_of(model.root, model_schema_of("meeting")) ==
        "/body: missing required field 'regulars'\n"
        "/meeting/agenda/0: missing required field 'number'\n");
}

namespace {

// Returns the first place where `a` and `b` differ ("" when they are the same), at `path`.
std::string first_difference(const Value& a, const Value& b, const std::string& path) {
  if (a.type() != b.type()) return path + ": the types differ";
  switch (a.type()) {
    case Value::Type::kNull: return "";
    case Value::Type::kBool: return a.as_bool() == b.as_bool() ? "" : path;
    case Value::Type::kNumber: return a.as_number() == b.as_number() ? "" : path;
    case Value::Type::kString: return a.as_string() == b.as_string() ? "" : path + ": '" + a.as_string() + "'";
    case Value::Type::kArray: {
      if (a.as_array().size() != b.as_array().size()) return path + ": the lengths differ";
      for (std::size_t i = 0; i < a.as_array().size(); ++i) {
        std::string found = first_difference(a.as_array()[i], b.as_array()[i], child_path(path, i));
        if (!found.empty()) return found;
      }
      return "";
    }
    case Value::Type::kObject: {
      if (a.as_object().size() != b.as_object().size()) return path + ": the members differ";
      for (const auto& [key, member] : a.as_object()) {
        const Value* other = b.find(key);
        if (!other) return child_path(path, key) + ": missing";
        std::string found = first_difference(member, *other, child_path(path, key));
        if (!found.empty()) return found;
      }
      return "";
    }
  }
  return "";
}

}  // namespace

TEST_CASE("the JSON and XML forms of each sample meeting give the same model, minutes and all") {
  std::map<std::string, const Sample*> json;
  const std::vector<Sample> samples = prepared_samples();
  for (const auto& sample : samples) {
    if (sample.kind == "meeting" && fs::path(sample.path).extension() == ".json") json[sample.path] = &sample;
  }
  int compared = 0;
  for (const auto& sample : samples) {
    if (sample.kind != "meeting" || fs::path(sample.path).extension() != ".xml") continue;
    const Sample* twin = json[fs::path(sample.path).replace_extension(".json").string()];
    REQUIRE(twin);
    const Value* a = twin->model.root.find("meeting");
    const Value* b = sample.model.root.find("meeting");
    REQUIRE((a && b));
    CHECK_MESSAGE(first_difference(*a, *b, "/meeting").empty(), sample.path << ": "
                                                                            << first_difference(*a, *b, "/meeting"));
    ++compared;
  }
  CHECK(compared == 3);
}
