// Building the row index: one pass over the column, the first row of a value kept.
#include "model/row_index.hpp"

namespace retorno::model {

row_index::row_index(const table& t, std::size_t column) : column_(column) {
  std::size_t size = 16;
  while (size < 2 * t.rows()) size *= 2;
  slots_.assign(size, 0);
  mask_ = size - 1;
  for (std::uint32_t row = 0; row < t.rows(); ++row) {
    const std::string_view key = t.get(row, column);
    const std::uint64_t h = text_hash(key);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      std::uint64_t& s = slots_[i];
      if (s == 0) {
        s = (static_cast<std::uint64_t>(tag) << 32) | (row + 1);
        break;
      }
      const auto other = static_cast<std::uint32_t>(s) - 1;
      if (static_cast<std::uint32_t>(s >> 32) == tag && t.get(other, column) == key) {
        duplicates_ = true;  // the first row stays
        break;
      }
    }
  }
}

}  // namespace retorno::model
