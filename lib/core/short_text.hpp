// Short text held in 16 bytes (an RO number), or as a view into a pool when longer.
#pragma once
#include <cstring>
#include <string_view>

#include "core/string_pool.hpp"

namespace retorno {

// A std::string is 32 bytes even for "4100001"; a million vehicles keep three RO numbers each.
// Up to 15 bytes live inline; longer text is copied to `pool` once per assignment.
class short_text {
public:
  void assign(std::string_view s, string_pool& pool) {
    if (s.size() < sizeof bytes_) {
      if (!s.empty()) std::memcpy(bytes_, s.data(), s.size());
      bytes_[sizeof bytes_ - 1] = static_cast<char>(s.size());
      return;
    }
    const std::string_view kept = pool.keep(s);
    const char* data = kept.data();
    const auto size = static_cast<std::uint32_t>(kept.size());
    std::memcpy(bytes_, &data, sizeof data);
    std::memcpy(bytes_ + sizeof data, &size, sizeof size);
    bytes_[sizeof bytes_ - 1] = far;
  }
  std::string_view view() const {
    const auto tag = static_cast<unsigned char>(bytes_[sizeof bytes_ - 1]);
    if (tag != static_cast<unsigned char>(far)) return {bytes_, tag};
    const char* data;
    std::uint32_t size;
    std::memcpy(&data, bytes_, sizeof data);
    std::memcpy(&size, bytes_ + sizeof data, sizeof size);
    return {data, size};
  }
  operator std::string_view() const { return view(); }
  bool empty() const { return bytes_[sizeof bytes_ - 1] == 0; }

private:
  static constexpr char far = static_cast<char>(0xFF);
  char bytes_[16] = {};  // text, then its length in the last byte (0xFF: a pointer and a length)
};

}  // namespace retorno
