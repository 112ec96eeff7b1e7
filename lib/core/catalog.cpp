// The catalogue's tables, built from the catalog_*.def lists, and the run's language.
#include "core/catalog.hpp"

#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>

namespace retorno {

namespace {

struct entry {
  std::string_view name, es, en;
};

constexpr std::array<entry, msg::count_> entries = {{
#define RETORNO_MSG(name, es, en) {#name, es, en},
#include "core/catalog_cli.def"
#include "core/catalog_commands.def"
#include "core/catalog_errors.def"
#include "core/catalog_words.def"
#include "core/catalog_documents.def"
#undef RETORNO_MSG
}};

std::atomic<lang> current{lang::es};

}  // namespace

std::optional<lang> parse_lang(std::string_view text) {
  auto is = [&](std::string_view code) {
    return text.size() == 2 && (text[0] | 0x20) == code[0] && (text[1] | 0x20) == code[1];
  };
  if (is("es")) return lang::es;
  if (is("en")) return lang::en;
  return std::nullopt;
}

void set_language(lang l) noexcept { current.store(l, std::memory_order_relaxed); }
lang language() noexcept { return current.load(std::memory_order_relaxed); }

std::string_view text(msg::id id, lang l) noexcept {
  if (id >= msg::count_) return {};
  return l == lang::en ? entries[id].en : entries[id].es;
}

std::string os_error(int err) {
  switch (err) {
    case ENOENT: return tr(msg::os_enoent);
    case EACCES: return tr(msg::os_eacces);
    case ENOSPC: return tr(msg::os_enospc);
    case ENOTDIR: return tr(msg::os_enotdir);
    case EISDIR: return tr(msg::os_eisdir);
    case EROFS: return tr(msg::os_erofs);
    case ELOOP: return tr(msg::os_eloop);
    case EBADF: return tr(msg::os_ebadf);
    case EPIPE: return tr(msg::os_epipe);
    case EEXIST: return tr(msg::os_eexist);
    case EIO: return tr(msg::os_eio);
    case EDQUOT: return tr(msg::os_edquot);
    case EFBIG: return tr(msg::os_efbig);
    default: return std::strerror(err);
  }
}

std::string_view name(msg::id id) noexcept { return id < msg::count_ ? entries[id].name : std::string_view(); }

}  // namespace retorno
