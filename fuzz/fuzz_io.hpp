// Fuzz helpers: the library reads paths, so each input is handed over as an in-memory file.
#pragma once
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>

namespace retorno::fuzz {

// An anonymous in-memory file holding `data`, named by a /proc/self/fd path that open() accepts.
class memfile {
public:
  memfile(const std::uint8_t* data, std::size_t size) {
    fd_ = ::memfd_create("fuzz", MFD_CLOEXEC);
    std::size_t done = 0;
    while (fd_ >= 0 && done < size) {
      ssize_t r = ::write(fd_, data + done, size - done);
      if (r <= 0) break;
      done += static_cast<std::size_t>(r);
    }
    path_ = "/proc/self/fd/" + std::to_string(fd_);
  }
  ~memfile() {
    if (fd_ >= 0) ::close(fd_);
  }
  memfile(const memfile&) = delete;
  memfile& operator=(const memfile&) = delete;
  const std::string& path() const { return path_; }

private:
  int fd_ = -1;
  std::string path_;
};

}  // namespace retorno::fuzz
