// Unit tests of the one door for files (Files: path policy, regular files only, limits,
// read once, records) and of images checked whole (decode_image, ImageFiles).
#include <doctest/doctest.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>

#include <jpeglib.h>
#include <sys/stat.h>
#include <zlib.h>

#include "base/files.hpp"
#include "images/images.hpp"
#include "temp_files.hpp"

using namespace kansli;
using kansli::testing::write_temp_file;
namespace fs = std::filesystem;

namespace {

std::string folder_of(const std::string& path) { return fs::path(path).parent_path().string(); }

std::string sample_png() {
  std::string error;
  const auto bytes = read_file(KANSLI_SOURCE_DIR "/data/klaralvdalen/logo.png", error);
  REQUIRE(bytes);
  return *bytes;
}

// A 40 x 20 RGB JPEG made with libjpeg.
std::string sample_jpeg() {
  jpeg_compress_struct jpeg{};
  jpeg_error_mgr errors{};
  jpeg.err = jpeg_std_error(&errors);
  jpeg_create_compress(&jpeg);
  unsigned char* out = nullptr;
  unsigned long size = 0;
  jpeg_mem_dest(&jpeg, &out, &size);
  jpeg.image_width = 40;
  jpeg.image_height = 20;
  jpeg.input_components = 3;
  jpeg.in_color_space = JCS_RGB;
  jpeg_set_defaults(&jpeg);
  jpeg_start_compress(&jpeg, TRUE);
  unsigned char row[40 * 3];
  while (jpeg.next_scanline < jpeg.image_height) {
    for (int i = 0; i < 40 * 3; ++i) row[i] = static_cast<unsigned char>(i * 7 + jpeg.next_scanline * 13);
    JSAMPROW rows[1] = {row};
    jpeg_write_scanlines(&jpeg, rows, 1);
  }
  jpeg_finish_compress(&jpeg);
  std::string bytes(reinterpret_cast<char*>(out), size);
  jpeg_destroy_compress(&jpeg);
  std::free(out);
  return bytes;
}

}  // namespace

TEST_CASE("Files reads a file once and shares its bytes; records it with a hash") {
  const std::string path = write_temp_file("once/a.json", "{\"a\": 1}");
  const Files files{PathPolicy(folder_of(path))};
  std::string error;
  const FileBytes first = files.read(path, FileKind::kData, error);
  REQUIRE(first);
  write_temp_file("once/a.json", "{\"a\": 2}");  // changed on disk after the read
  const FileBytes second = files.read(path, FileKind::kData, error);
  CHECK(second.get() == first.get());
  CHECK(*second == "{\"a\": 1}");
  const auto records = files.records();
  REQUIRE(records.size() == 1);
  CHECK(records[0].path == path);
  CHECK(records[0].size == 8);
  CHECK(records[0].hash.size() == 16);
  const Files again{PathPolicy(folder_of(path))};
  REQUIRE(again.read(path, FileKind::kData, error));
  CHECK(again.records()[0].hash != records[0].hash);  // the content changed
}

TEST_CASE("Files refuses a folder, a FIFO and a device, saying what each is") {
  const std::string dir = folder_of(write_temp_file("special/x.txt", "x"));
  const std::string fifo = dir + "/pipe.json";
  REQUIRE(mkfifo(fifo.c_str(), 0644) == 0);
  const Files files{PathPolicy("/")};
  std::string error;
  CHECK_FALSE(files.read(dir, FileKind::kTemplate, error));
  CHECK(error == "is a folder, not a file");
  CHECK_FALSE(files.read(fifo, FileKind::kData, error));  // returns at once: never opened for a blocking read
  CHECK(error == "is a named pipe (FIFO), not a file");
  CHECK_FALSE(files.read("/dev/zero", FileKind::kData, error));
  CHECK(error == "is a device, not a file");
  CHECK_FALSE(files.read(dir + "/missing.json", FileKind::kData, error));
  CHECK(error == "cannot be read (No such file or directory)");
  CHECK(files.records().empty());
}

TEST_CASE("Files refuses a file over its kind's limit before reading it") {
  const std::string path = write_temp_file("large/t.xml", std::string(max_file_bytes(FileKind::kTemplate) + 1, 'x'));
  const Files files{PathPolicy("/")};
  std::string error;
  CHECK_FALSE(files.read(path, FileKind::kTemplate, error));
  CHECK(error == "is 6 MB; kansli reads files of at most 5 MB");
  CHECK(files.read(path, FileKind::kData, error));  // a data file may be larger
}

TEST_CASE("Files applies the path policy to every file the user did not name") {
  const std::string inside = write_temp_file("policy/root/a.json", "{}");
  const std::string outside = write_temp_file("policy/elsewhere/b.json", "{}");
  const std::string root = folder_of(inside);
  const std::string link = root + "/linked.json";
  fs::create_symlink(outside, link);
  const Files files{PathPolicy(root), {outside}};
  std::string error;
  CHECK(files.read(inside, FileKind::kData, error));
  CHECK(files.read(outside, FileKind::kData, error));  // named on the command line
  const Files strict{PathPolicy(root)};
  CHECK_FALSE(strict.read(outside, FileKind::kData, error));
  CHECK(error == "leads outside the folder kansli works in ('" + root + "')");
  CHECK_FALSE(strict.read(link, FileKind::kData, error));  // a link inside leading out
  CHECK(error == "leads outside the folder kansli works in ('" + root + "')");
}

TEST_CASE("decode_image reads whole PNG and JPEG files and their sizes") {
  std::string error;
  const auto png = decode_image(sample_png(), error);
  REQUIRE(png);
  CHECK(png->format == Image::Format::kPng);
  CHECK(png->width > 0);
  const auto jpeg = decode_image(sample_jpeg(), error);
  REQUIRE(jpeg);
  CHECK(jpeg->format == Image::Format::kJpeg);
  CHECK(jpeg->width == 40);
  CHECK(jpeg->height == 20);
}

TEST_CASE("decode_image refuses a truncated or damaged PNG without aborting") {
  const std::string png = sample_png();
  std::string error;
  CHECK_FALSE(decode_image(png.substr(0, png.size() / 2), error));
  CHECK(error == "is a damaged PNG file (the file ends before the image does)");
  std::string damaged = png;
  const std::size_t idat = damaged.find("IDAT");
  REQUIRE(idat != std::string::npos);
  damaged[idat + 40] = static_cast<char>(damaged[idat + 40] ^ 0x55);  // inside the compressed image
  CHECK_FALSE(decode_image(damaged, error));
  CHECK(error.rfind("is a damaged PNG file (", 0) == 0);
  CHECK_FALSE(decode_image(png.substr(0, 30), error));
}

// The signature and IHDR chunk of an 8-bit RGB PNG of `width` x `height` pixels, and no more.
std::string png_header(std::uint32_t width, std::uint32_t height) {
  std::string chunk = "IHDR";
  for (const std::uint32_t value : {width, height}) {
    for (int shift = 24; shift >= 0; shift -= 8) chunk += static_cast<char>(value >> shift & 0xFF);
  }
  chunk += std::string("\x08\x02\x00\x00\x00", 5);  // depth 8, RGB, deflate, no filter, no interlace
  const auto crc = crc32(0, reinterpret_cast<const Bytef*>(chunk.data()), static_cast<uInt>(chunk.size()));
  std::string png = "\x89PNG\r\n\x1a\n";
  png += std::string("\x00\x00\x00\x0d", 4) + chunk;
  for (int shift = 24; shift >= 0; shift -= 8) png += static_cast<char>(crc >> shift & 0xFF);
  return png;
}

const std::string kTooLarge = " pixels; kansli takes images of at most 20 000 pixels a side and 50 million pixels "
                              "(scale it down: about 3000 pixels a side is plenty for a printed page)";

TEST_CASE("decode_image names the size of a PNG too large, not a damaged file") {
  std::string error;
  CHECK_FALSE(decode_image(png_header(30000, 20000), error));
  CHECK(error == "is 30000 × 20000" + kTooLarge);
  CHECK_FALSE(decode_image(png_header(10000, 10000), error));  // each side allowed, too many pixels
  CHECK(error == "is 10000 × 10000" + kTooLarge);
  CHECK_FALSE(decode_image(png_header(100, 100), error));  // allowed, but has no image data
  CHECK(error == "is a damaged PNG file (the file ends before the image does)");
}

TEST_CASE("decode_image names the size of a JPEG too large, not a damaged file") {
  std::string jpeg = sample_jpeg();
  const std::size_t frame = jpeg.find("\xFF\xC0");
  REQUIRE(frame != std::string::npos);
  jpeg[frame + 5] = static_cast<char>(20000 >> 8);  // height
  jpeg[frame + 6] = static_cast<char>(20000 & 0xFF);
  jpeg[frame + 7] = static_cast<char>(30000 >> 8);  // width
  jpeg[frame + 8] = static_cast<char>(30000 & 0xFF);
  std::string error;
  CHECK_FALSE(decode_image(jpeg, error));
  CHECK(error == "is 30000 × 20000" + kTooLarge);
}

TEST_CASE("decode_image refuses a truncated JPEG that libjpeg would finish in grey") {
  const std::string jpeg = sample_jpeg();
  std::string error;
  CHECK_FALSE(decode_image(jpeg.substr(0, jpeg.size() * 2 / 3), error));
  CHECK(error == "is a damaged JPEG file (premature end of JPEG file)");
  CHECK_FALSE(decode_image(jpeg.substr(0, 4), error));
}

TEST_CASE("decode_image names a file that is neither PNG nor JPEG") {
  std::string error;
  CHECK_FALSE(decode_image("GIF89a....", error));
  CHECK(error == "is not a PNG or JPEG file");
  CHECK_FALSE(decode_image("", error));
}

TEST_CASE("ImageFiles reads and decodes each image once, and names the file in its errors") {
  const std::string good = write_temp_file("images/logo.png", sample_png());
  const std::string bad = write_temp_file("images/half.jpg", sample_jpeg().substr(0, 100));
  const Files files{PathPolicy(folder_of(good))};
  const ImageFiles images(files);
  std::string error;
  const auto first = images.open(good, error);
  REQUIRE(first);
  CHECK(images.open(good, error).get() == first.get());
  CHECK_FALSE(images.open(bad, error));
  CHECK(error.rfind("'" + bad + "' is a damaged JPEG file (", 0) == 0);
  CHECK(files.records().size() == 2);
}
