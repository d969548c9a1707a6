// PathPolicy: how a path named inside a file (a template's include or image, the
// organisation's logo, a theme's fonts) becomes a file to read. The path resolves
// relative to the file that names it and must stay inside the root the user works in
// (the current folder, or one given with --root); `..`, absolute paths and symlinks
// that lead outside are refused. Folders given as trusted (the system's fonts) are
// allowed too. Files named on the command line are the user's own choice and are
// not checked (see Files in files.hpp, which applies this policy to every read).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kansli {

class PathPolicy {
 public:
  // `root` is the folder paths must stay in; `trusted` folders are allowed as well.
  explicit PathPolicy(const std::string& root, std::vector<std::string> trusted = {});

  // Resolves `named`, written in `referrer`, to a path; nullopt with `error` set (a
  // sentence naming the path) when it leads outside the allowed folders.
  std::optional<std::string> resolve(const std::string& referrer, const std::string& named,
                                     std::string& error) const;

  // Whether the file at `path` (after following symbolic links) is inside the allowed
  // folders; false with `error` set (a phrase to follow the path: "leads outside …") when not.
  bool permits(const std::string& path, std::string& error) const;

  // The root, canonical.
  const std::string& root() const { return root_; }

 private:
  bool allowed(const std::string& canonical) const;

  std::string root_;  // canonical
  std::string root_as_given_;  // for messages
  std::vector<std::string> trusted_;
};

// The system folders a theme may name files in besides the root: fonts and hyphenation patterns.
std::vector<std::string> system_resource_folders();

// `path` made absolute with every symbolic link followed (as far as it exists).
std::string canonical_path(const std::string& path);

}  // namespace kansli
