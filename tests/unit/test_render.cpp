// Tests of the render library (render/render.hpp): every sample renders to the same bytes
// with threads and without, written or kept in memory, and with the schemas and theme
// loaded once into a shared context; a failed render writes nothing.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "render/render.hpp"

using namespace kansli;
namespace fs = std::filesystem;

namespace {

const std::string kSource = KANSLI_SOURCE_DIR;

// A sample and a template it is rendered with (as scripts/render-samples.sh pairs them).
struct Sample {
  std::string template_path;
  std::string data_path;
};

std::vector<Sample> samples() {
  const std::vector<std::pair<std::string, std::vector<std::string>>> templates = {
      {"meetings", {"kallelse.xml", "motespaket.xml"}},
      {"reports", {"tjansteutlatande.xml"}},
      {"roles", {"roller.xml"}}};
  std::vector<Sample> found;
  for (const auto& organisation : fs::directory_iterator(kSource + "/data")) {
    for (const auto& [folder, names] : templates) {
      if (!fs::is_directory(organisation.path() / folder)) continue;
      for (const auto& data : fs::directory_iterator(organisation.path() / folder)) {
        for (const auto& name : names) found.push_back({kSource + "/templates/" + name, data.path().string()});
      }
    }
  }
  std::sort(found.begin(), found.end(), [](const Sample& a, const Sample& b) {
    return a.data_path + a.template_path < b.data_path + b.template_path;
  });
  return found;
}

RenderJob job_for(const Sample& sample, const std::string& output_directory = "") {
  RenderJob job;
  job.template_path = sample.template_path;
  job.data_path = sample.data_path;
  job.output_directory = output_directory;
  return job;
}

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::string fresh_folder(const std::string& label) {
  const fs::path folder = fs::temp_directory_path() /
                          ("kansli-render-" + label + "-" + std::to_string(static_cast<long>(getpid())));
  fs::remove_all(folder);
  return folder.string();
}

// Renders `job` in a context of its own, as `kansli render` does.
RenderResult render_alone(const RenderJob& job, bool threads, Diagnostics& diagnostics) {
  RenderContext context(kSource, kSource + "/data/schemas");
  return render(job, context, RenderSettings{threads}, diagnostics);
}

}  // namespace

TEST_CASE("every sample renders to the same bytes with threads and without, written and in memory") {
  const auto all = samples();
  REQUIRE(all.size() >= 10);
  const std::string folder = fresh_folder("threads");
  for (const auto& sample : all) {
    INFO(sample.data_path << " with " << sample.template_path);
    Diagnostics diagnostics;
    const RenderResult in_memory = render_alone(job_for(sample), true, diagnostics);
    REQUIRE(in_memory.status == RenderStatus::kRendered);
    REQUIRE(in_memory.outputs.size() == 2);
    CHECK(in_memory.outputs[0].bytes.rfind("%PDF-", 0) == 0);
    CHECK(in_memory.outputs[1].bytes.rfind("<!DOCTYPE html>", 0) == 0);
    for (const bool threads : {true, false}) {
      RenderJob job = job_for(sample, folder + (threads ? "/threads" : "/calling-thread"));
      job.deps_path = job.output_directory + "/deps.txt";
      const RenderResult written = render_alone(job, threads, diagnostics);
      REQUIRE(written.status == RenderStatus::kRendered);
      REQUIRE(written.outputs.size() == 3);
      for (std::size_t i = 0; i < 2; ++i) {
        CHECK(fs::path(written.outputs[i].path).filename() == in_memory.outputs[i].path);
        CHECK(written.outputs[i].bytes.empty());
        CHECK(read_all(written.outputs[i].path) == in_memory.outputs[i].bytes);
      }
    }
    CHECK(read_all(folder + "/threads/deps.txt") == read_all(folder + "/calling-thread/deps.txt"));
  }
  fs::remove_all(folder);
}

TEST_CASE("a context's schemas and theme, loaded once, serve every sample to the same bytes") {
  Diagnostics diagnostics;
  RenderContext shared(kSource, kSource + "/data/schemas");
  REQUIRE(shared.load_schemas(diagnostics));
  REQUIRE(shared.load_theme(kSource + "/templates/themes/default.json", diagnostics));
  for (const auto& sample : samples()) {
    INFO(sample.data_path << " with " << sample.template_path);
    const RenderResult alone = render_alone(job_for(sample), true, diagnostics);
    const RenderResult reused = render(job_for(sample), shared, RenderSettings{false}, diagnostics);
    REQUIRE(reused.status == RenderStatus::kRendered);
    REQUIRE(reused.outputs.size() == alone.outputs.size());
    for (std::size_t i = 0; i < alone.outputs.size(); ++i) CHECK(reused.outputs[i].bytes == alone.outputs[i].bytes);
  }
  CHECK_FALSE(diagnostics.has_errors());
}

TEST_CASE("the dumps are the same with threads and without") {
  const Sample sample = samples().front();
  for (const Dump dump : {Dump::kTree, Dump::kLayout}) {
    RenderJob job = job_for(sample);
    job.dump = dump;
    Diagnostics diagnostics;
    const RenderResult with_threads = render_alone(job, true, diagnostics);
    const RenderResult without = render_alone(job, false, diagnostics);
    REQUIRE(with_threads.status == RenderStatus::kRendered);
    CHECK(with_threads.outputs.empty());
    CHECK_FALSE(with_threads.dump.empty());
    CHECK(with_threads.dump == without.dump);
  }
}

TEST_CASE("a render whose template fails writes nothing, not even its output folder") {
  const std::string folder = fresh_folder("failed");
  for (const bool threads : {true, false}) {
    RenderJob job = job_for(samples().front(), folder);
    job.template_text = "<document><p>{no.such.field}</p></document>";
    Diagnostics diagnostics;
    const RenderResult result = render_alone(job, threads, diagnostics);
    CHECK(result.status == RenderStatus::kInputError);
    CHECK(result.outputs.empty());
    CHECK(diagnostics.has_errors());
    CHECK_FALSE(fs::exists(folder));
  }
}

TEST_CASE("a template given as text renders as the same template read from its file") {
  const Sample sample = samples().front();
  RenderJob from_text = job_for(sample);
  from_text.template_text = read_all(sample.template_path);
  Diagnostics diagnostics;
  const RenderResult read = render_alone(job_for(sample), false, diagnostics);
  const RenderResult given = render_alone(from_text, false, diagnostics);
  REQUIRE(given.status == RenderStatus::kRendered);
  REQUIRE(given.outputs.size() == read.outputs.size());
  for (std::size_t i = 0; i < read.outputs.size(); ++i) CHECK(given.outputs[i].bytes == read.outputs[i].bytes);
}
