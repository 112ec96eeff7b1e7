// Text that lives as long as its pool: stable views without one heap block per string.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

namespace retorno {

// Copies strings into large blocks and hands out views that stay valid until the pool is
// destroyed (blocks never move). A million 45-byte ids cost their bytes, not a million
// std::strings of 32 bytes plus a heap block each.
class string_pool {
public:
  std::string_view keep(std::string_view s) {
    if (s.empty()) return {};
    if (s.size() > left_) reserve_block(s.size());
    char* at = next_;
    std::memcpy(at, s.data(), s.size());
    next_ += s.size();
    left_ -= s.size();
    return {at, s.size()};
  }

  // The parts, one after the other, kept as one string (no format string to parse).
  std::string_view concat(std::initializer_list<std::string_view> parts) {
    return concat(std::span<const std::string_view>(parts.begin(), parts.size()));
  }
  std::string_view concat(std::span<const std::string_view> parts) {
    std::size_t size = 0;
    for (auto p : parts) size += p.size();
    if (size == 0) return {};
    if (size > left_) reserve_block(size);
    char* at = next_;
    for (auto p : parts) {
      if (p.empty()) continue;  // its data may be null
      std::memcpy(next_, p.data(), p.size());
      next_ += p.size();
    }
    left_ -= size;
    return {at, size};
  }

  // Gives back `s` when it is the text kept last (else does nothing): text made ahead for what
  // turns out not to be needed costs no memory.
  void release(std::string_view s) {
    if (s.empty() || blocks_.empty() || s.data() < blocks_.back().get() || s.data() + s.size() != next_) return;
    next_ -= s.size();
    left_ += s.size();
  }

  // fmt::format into the pool.
  template <typename... Args>
  std::string_view format(fmt::format_string<Args...> f, Args&&... args) {
    buffer_.clear();
    fmt::format_to(std::back_inserter(buffer_), f, std::forward<Args>(args)...);
    return keep(std::string_view(buffer_.data(), buffer_.size()));
  }

private:
  static constexpr std::size_t block_size = std::size_t{1} << 20;

  void reserve_block(std::size_t at_least) {
    const std::size_t size = std::max(block_size, at_least);
    // Not value-initialised: zeroing a block touches all its pages at once, where its text
    // touches them as it comes (the last block of a pool is seldom full).
    blocks_.push_back(std::unique_ptr<char[]>(new char[size]));
    next_ = blocks_.back().get();
    left_ = size;
  }
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* next_ = nullptr;
  std::size_t left_ = 0;
  fmt::memory_buffer buffer_;
};

}  // namespace retorno
