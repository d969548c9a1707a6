// The data step of a render (internal to the render library): a data file read through the
// DataReader and prepared into the model templates read, with the model's schema.
#pragma once

#include <string>

#include "base/diagnostics.hpp"
#include "base/files.hpp"
#include "render/data_reader.hpp"
#include "render/render.hpp"

namespace kansli {

// Reads, validates and prepares the data file at `path`; reports every problem. The schema
// is there whenever the file could be read, so that a template can be checked against it
// even when preparing failed.
PreparedData prepare_data(const std::string& path, const DataReader& reader, const Files& files,
                          Diagnostics& diagnostics);

}  // namespace kansli
