// The render library: one call runs the pipeline for one job — the data loaded, validated
// and prepared, the template evaluated into a document tree, which is written as HTML, and
// laid out and written as PDF — and returns what it made; problems go to the caller's
// Diagnostics, in the order of the steps whichever thread found them. It never prints and
// never chooses an exit code (the command line does). `kansli render` and `kansli
// validate`, the tests and the fuzz targets call it.
// A RenderContext is what renders share: the one door for files (Files) and what was loaded
// through it once for every job (the schemas; a theme with its fonts and hyphenation
// patterns; prepared data files), so that a caller rendering many documents loads them once.
// Threads: RenderSettings::threads says whether a render uses threads of its own beside the
// calling thread (the fastest for one document) or does every step on the calling thread
// (for a caller that renders several documents at once); the output is the same byte for
// byte. A RenderContext is used by one render at a time (its fonts and hyphenation patterns
// cache without a lock): a caller rendering in parallel gives each thread its own.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "base/files.hpp"
#include "doc/document.hpp"
#include "images/images.hpp"
#include "layout/layout.hpp"
#include "load/model.hpp"
#include "theme/theme.hpp"

namespace kansli {

class DataReader;
class FontSet;
class PatternHyphenator;

// The outputs a render makes.
struct Formats {
  bool pdf = true;
  bool html = true;
};

// What a render gives as text instead of writing files (kansli render --dump-tree, --dump-layout).
enum class Dump { kNone, kTree, kLayout };

// One document to render.
struct RenderJob {
  std::string template_path;
  std::optional<std::string> template_text;  // when set, the template, as if read from template_path
  std::string data_path;
  std::string theme_path;  // empty: <template folder>/themes/default.json
  Formats formats;
  Dump dump = Dump::kNone;
  // The folder the outputs are written to (made when missing), named <data>-<template>.pdf
  // and .html; empty: the outputs are kept in the result, not written.
  std::string output_directory;
  // When set, the files the outputs were made from are listed there too: every file the
  // context has read (for a context made for this job, exactly this render's).
  std::string deps_path;
};

struct RenderSettings {
  // On: the schemas, the hyphenation patterns, the HTML's staging, the PDF's page content,
  // fonts and freeing each on a thread of its own. Off: every step on the calling thread.
  bool threads = true;
};

enum class RenderStatus {
  kRendered,
  kInputError,  // something in the job's files is wrong (reported to the diagnostics)
  kWriteError,  // the outputs could not be written (reported); none was
};

struct RenderResult {
  RenderStatus status = RenderStatus::kInputError;
  // The outputs in the order they were made (PDF, HTML, dependency list); when the job names
  // an output folder they are written (all of them, or none when the render fails) and their
  // bytes here are empty.
  std::vector<OutputFile> outputs;
  std::string dump;  // the text the job's dump asked for
};

// The path of the theme `job` renders with.
std::string theme_path_of(const RenderJob& job);

// A data file as templates read it, prepared once for several renders.
struct PreparedData {
  std::string path;                // canonical
  std::optional<DataModel> model;  // null after an error
  std::optional<Value> schema;     // the model's (model_schema of the data's kind); null when unread
};

// A theme with what layout needs of it, loaded once for several renders.
struct LoadedTheme {
  std::string path;  // canonical
  Theme theme;
  std::unique_ptr<FontSet> fonts;
  std::unique_ptr<PatternHyphenator> hyphenator;  // null when the theme names no patterns
  ~LoadedTheme();
};

// The files renders read and what was loaded from them once: see the top of this file.
class RenderContext {
 public:
  // Files named inside files are read only from `root` (and the system's fonts and
  // hyphenation patterns, and `schema_directory`); `named_by_user` (the command line's
  // files) may be anywhere.
  RenderContext(const std::string& root, const std::string& schema_directory,
                const std::vector<std::string>& named_by_user = {});
  ~RenderContext();
  RenderContext(const RenderContext&) = delete;
  RenderContext& operator=(const RenderContext&) = delete;

  const Files& files() const { return files_; }
  const ImageFiles& images() const { return images_; }
  const std::string& schema_directory() const { return schema_directory_; }

  // Loads the schemas now, for every later render and validation; false after reporting a problem.
  bool load_schemas(Diagnostics& diagnostics);
  // Loads the theme at `path` with its fonts and hyphenation patterns now, for every later
  // render whose theme it is; false after reporting a problem.
  bool load_theme(const std::string& path, Diagnostics& diagnostics);
  // Reads, validates and prepares the data file at `path` now (with the schemas, loaded
  // first when they are not), for every later render of it; false after reporting a problem.
  bool load_data(const std::string& path, Diagnostics& diagnostics);

  // The schemas load_schemas loaded; null before.
  const DataReader* data_reader() const { return reader_.get(); }
  // The theme load_theme loaded from `path` (or another path to the same file); null when
  // it loaded none from there.
  const LoadedTheme* loaded_theme(const std::string& path) const;
  // The data load_data prepared from `path` (or another path to the same file); null when none.
  const PreparedData* prepared_data(const std::string& path) const;

 private:
  std::string schema_directory_;
  Files files_;
  ImageFiles images_;
  std::unique_ptr<DataReader> reader_;
  std::unique_ptr<LoadedTheme> theme_;
  std::map<std::string, PreparedData> data_;  // by canonical path
};

// Renders `job` with the files and whatever else `context` holds; what the context does
// not hold is loaded for this render and freed once it is no longer needed.
RenderResult render(const RenderJob& job, RenderContext& context, const RenderSettings& settings,
                    Diagnostics& diagnostics);

// Checks the data files at `paths` (the schema, and the references of organisations,
// meetings, reports and roles documents) without rendering; returns whether all are valid.
bool validate_files(const std::vector<std::string>& paths, RenderContext& context, Diagnostics& diagnostics);

// What writing a document tree needs besides its theme: the fonts layout measures with (the
// theme's), the hyphenation (may be null) and the images the tree names.
struct DocumentTools {
  const layout::FontMetrics& fonts;
  const layout::Hyphenator* hyphenator;
  const ImageFiles& images;
};

// Writes `document` in `theme` to `formats` (and its layout's dump when `dump` is kLayout)
// as render does once it has the tree, keeping the outputs (document.pdf, document.html)
// in the result: for a caller that makes its own tree, such as the fuzz targets.
RenderResult render_document(doc::Document document, const Theme& theme, const DocumentTools& tools,
                             const Formats& formats, Dump dump, const RenderSettings& settings,
                             Diagnostics& diagnostics);

}  // namespace kansli
