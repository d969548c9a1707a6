// Implements DataReader (see data_reader.hpp).
#include "render/data_reader.hpp"

namespace kansli {

std::unique_ptr<DataReader> DataReader::create(const std::string& schema_directory, const Files& files,
                                               Diagnostics& diagnostics) {
  auto schemas = SchemaSet::load(schema_directory, files, diagnostics);
  if (!schemas) return nullptr;
  return std::unique_ptr<DataReader>(new DataReader(std::move(schemas), files));
}

std::optional<LoadedFile> DataReader::read(const std::string& path, Diagnostics& diagnostics) const {
  auto file = load_data_file(path, files_, diagnostics, schemas_->lookup());
  if (!file || !check(*file, diagnostics)) return std::nullopt;
  return file;
}

bool DataReader::check(LoadedFile& file, Diagnostics& diagnostics) const {
  return schemas_->validate(file, diagnostics) && convert_rich_text(file, *schemas_, diagnostics);
}

}  // namespace kansli
