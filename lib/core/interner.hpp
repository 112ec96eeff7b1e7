// Text to small numbers: one copy of each distinct value, for the few agents, outcomes and
// reasons repeated on millions of rows.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/string_pool.hpp"
#include "core/view_map.hpp"

namespace retorno {

// id("") is 0; every other distinct value gets the next number, name(id) gives it back.
class interner {
public:
  std::uint32_t id(std::string_view s) {
    if (s.empty()) return 0;
    std::uint32_t& n = index_.slot(s, [&](std::string_view k) { return text_.keep(k); });
    if (n == 0) {  // new
      n = static_cast<std::uint32_t>(names_.size());
      names_.push_back(text_.keep(s));
    }
    return n;
  }
  std::string_view name(std::uint32_t id) const { return names_[id]; }
  std::size_t size() const { return names_.size(); }

private:
  string_pool text_;
  view_map<std::uint32_t> index_;
  std::vector<std::string_view> names_{std::string_view()};
};

}  // namespace retorno
