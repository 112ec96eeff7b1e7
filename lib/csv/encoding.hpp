// Text encodings of real exports, sniffed from the first bytes and decoded to UTF-8 as a stream.
#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace retorno::csv {

enum class encoding { utf8, utf8_bom, utf16le, utf16be, windows1252, latin1 };

std::string_view encoding_name(encoding e);
// Accepts utf8, utf-8, utf8-bom, utf16le, utf-16le, utf16be, windows-1252, cp1252, latin1,
// iso-8859-1 (any case). nullopt otherwise.
std::optional<encoding> parse_encoding(std::string_view name);

// Byte-order marks decide; otherwise valid UTF-8 (a sequence cut by the end of the sample
// is allowed) is UTF-8 and anything else is Windows-1252, the superset of Latin-1 that
// Excel and DMS screens on Spanish Windows write (“ ” € live in 0x80-0x9F).
encoding sniff_encoding(std::string_view sample);

// Length of the byte-order mark `e` starts with (0 when none).
std::size_t bom_length(encoding e);

// Stateful decoder: bytes in, UTF-8 out. Partial sequences at the end of a chunk wait for
// the next one. UTF-8 input passes through untouched (validation happens per record).
class decoder {
public:
  explicit decoder(encoding e) : enc_(e) {}
  // Appends the UTF-8 text of `in` to `out`. `last` flushes any partial sequence
  // (an odd trailing UTF-16 byte becomes U+FFFD).
  void decode(std::string_view in, std::string& out, bool last);
  encoding enc() const { return enc_; }

private:
  encoding enc_;
  std::string pending_;
  // Single-byte code pages decode here first (three bytes per input byte at most): a
  // std::string sized for that would be zeroed on every chunk only to be cut back.
  std::unique_ptr<char[]> scratch_;
  std::size_t scratch_size_ = 0;
};


}  // namespace retorno::csv
