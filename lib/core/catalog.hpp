// The one message catalogue: everything a person reads, by id, in Spanish and in English.
//
// Each message is one RETORNO_MSG(id, spanish, english) line in a catalog_*.def file; both
// texts are fmt format strings taking the same arguments. The language is chosen once per
// run (--lang, RETORNO_LANG), before the command line is parsed, and every message after that
// is looked up in it:
//
//   throw input_error(path, line, tr(msg::err_missing_column, name));
//   // es: "falta la columna obligatoria vin"   en: "missing required column vin"
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <fmt/format.h>

namespace retorno {

enum class lang : std::uint8_t { es, en };

// "es" or "en" (any case); nothing for anything else.
std::optional<lang> parse_lang(std::string_view text);

// The language of this run: Spanish until set. Set once, by the front end, before any message
// is made; a library never sets it.
void set_language(lang l) noexcept;
lang language() noexcept;
inline bool english() noexcept { return language() == lang::en; }

namespace msg {
enum id : std::uint16_t {
#define RETORNO_MSG(name, es, en) name,
#include "core/catalog_cli.def"
#include "core/catalog_commands.def"
#include "core/catalog_errors.def"
#include "core/catalog_words.def"
#include "core/catalog_documents.def"
#undef RETORNO_MSG
  count_
};
}  // namespace msg

// The message's format string in `l`, or in this run's language.
std::string_view text(msg::id id, lang l) noexcept;
inline std::string_view text(msg::id id) noexcept { return text(id, language()); }
// The same, for the documents' code that carries the language as a flag: text(msg::sheet_notes, english).
inline std::string_view text(msg::id id, bool english) noexcept { return text(id, english ? lang::en : lang::es); }
// The message's name in the catalogue ("err_missing_column"), for tests and diagnostics.
std::string_view name(msg::id id) noexcept;

// The system's reason for `err` (an errno value) in this run's language: strerror's words in
// English, the catalogue's in Spanish (strerror itself for an errno the catalogue lacks).
std::string os_error(int err);

// The message formatted in `l` with its arguments.
template <typename... Args>
std::string tr_in(lang l, msg::id id, const Args&... args) {
  if constexpr (sizeof...(Args) == 0) return std::string(text(id, l));
  else return fmt::format(fmt::runtime(text(id, l)), args...);
}
template <typename... Args>
std::string tr_in(bool english, msg::id id, const Args&... args) {
  return tr_in(english ? lang::en : lang::es, id, args...);
}
// The message formatted in this run's language.
template <typename... Args>
std::string tr(msg::id id, const Args&... args) {
  return tr_in(language(), id, args...);
}

}  // namespace retorno
