// Test support: a scratch folder removed when the test ends, files written into it, a file's bytes.
#pragma once
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace retorno::test {

struct temp_folder {
  std::filesystem::path path;
  temp_folder() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "retorno-test-XXXXXX").string();
    path = ::mkdtemp(tmpl.data());
  }
  ~temp_folder() { std::filesystem::remove_all(path); }
  temp_folder(const temp_folder&) = delete;
  temp_folder& operator=(const temp_folder&) = delete;
  // The path of `name` in the folder.
  std::string at(const std::string& name) const { return (path / name).string(); }
  // Writes `bytes` to `name` in the folder and gives its path.
  std::string write(const std::string& name, const std::string& bytes) const {
    const std::string p = at(name);
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }
};

// Every byte of a file.
inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace retorno::test
