// Unit tests of lib/core/catalog: every message exists in both languages, with the same
// arguments, and the run's language picks one; the es/en pairs kept beside the rules (metric
// definitions, outcome and slot labels, segment titles and scripts) are held to the same test.
#include <doctest/doctest.h>

#include <algorithm>
#include <cerrno>
#include <string>
#include <vector>

#include <fmt/args.h>

#include "core/catalog.hpp"
#include "rules/care.hpp"
#include "rules/exclusions.hpp"
#include "rules/kpis.hpp"
#include "rules/outcomes.hpp"
#include "rules/scripts.hpp"
#include "rules/segments.hpp"
#include "rules/slots.hpp"

using namespace retorno;

namespace {

// The fmt replacement fields of a format string, in order ("{}", "{:.2f}"); "{{" and "}}" are
// literal braces, not fields.
std::vector<std::string> fields(std::string_view s) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '{') {
      if (i + 1 < s.size() && s[i + 1] == '{') { ++i; continue; }
      const auto end = s.find('}', i);
      if (end == std::string_view::npos) { out.push_back("<unclosed>"); break; }
      out.emplace_back(s.substr(i, end - i + 1));
      i = end;
    } else if (s[i] == '}' && i + 1 < s.size() && s[i + 1] == '}') {
      ++i;
    }
  }
  return out;
}

// True when the text has words a translation would change: three lower-case letters in a row
// outside the fields, the flags (--as-of) and the identifiers (show_rate), which read the same
// in both languages.
bool has_words(std::string_view s) {
  std::string word;
  auto is_word = [](const std::string& w) {
    if (w.empty() || w[0] == '-' || w.find('_') != std::string::npos || w.find('{') != std::string::npos) return false;
    int run = 0;
    for (char c : w) {
      run = (c >= 'a' && c <= 'z') ? run + 1 : 0;
      if (run >= 3) return true;
    }
    return false;
  };
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == ',' || c == '(' || c == ')' || c == ':' || c == ';') {
      if (is_word(word)) return true;
      word.clear();
    } else {
      word += c;
    }
  }
  return is_word(word);
}

// The checks every pair of texts must pass, named for the failure message.
void check_pair(std::string_view name, std::string_view es, std::string_view en) {
  CAPTURE(name);
  CAPTURE(es);
  CAPTURE(en);
  CHECK_FALSE(es.empty());
  CHECK_FALSE(en.empty());
  if (has_words(es) || has_words(en)) CHECK(es != en);
  CHECK(fields(es) == fields(en));
}

}  // namespace

TEST_CASE("catalog: the field and word helpers see what they must") {
  CHECK(fields("{} de {:.2f} {{literal}}") == std::vector<std::string>{"{}", "{:.2f}"});
  CHECK(fields("{} of {}") != fields("{} de {:.2f}"));
  CHECK(has_words("falta la columna {}"));
  CHECK_FALSE(has_words("--list, --vehicles: show_rate {}"));
  CHECK_FALSE(has_words("MX CO {}"));
}

TEST_CASE("catalog: every message has both languages, distinct, with the same arguments") {
  for (std::uint16_t i = 0; i < msg::count_; ++i) {
    const auto id = static_cast<msg::id>(i);
    check_pair(name(id), text(id, lang::es), text(id, lang::en));
    // Each format string formats: a field with a bad spec would throw only at run time.
    for (auto l : {lang::es, lang::en}) {
      fmt::dynamic_format_arg_store<fmt::format_context> args;
      for (const auto& f : fields(text(id, l))) {
        if (f.find('f') != std::string::npos) args.push_back(1.5);
        else args.push_back(1);
      }
      CAPTURE(name(id));
      CHECK_NOTHROW((void)fmt::vformat(text(id, l), args));
    }
  }
}

TEST_CASE("catalog: the run's language picks the text") {
  const lang before = language();
  set_language(lang::es);
  CHECK_FALSE(english());
  CHECK(tr(msg::err_missing_column, "vin") == "falta la columna obligatoria vin");
  set_language(lang::en);
  CHECK(english());
  CHECK(tr(msg::err_missing_column, "vin") == "missing required column vin");
  CHECK(tr(msg::ingest_summary, tr(msg::ingest_read, 10), tr(msg::ingest_written, 9), tr(msg::ingest_rejected_one),
           tr(msg::ingest_flagged, 2), "utf-8, comma", 0.5) ==
        "10 rows in, 9 out, 1 rejected; 2 values flagged; utf-8, comma; 0.50 s");
  CHECK(tr_in(lang::es, msg::ingest_summary, tr_in(lang::es, msg::ingest_read_one), tr_in(lang::es, msg::ingest_written_one),
              tr_in(lang::es, msg::ingest_rejected, 0), tr_in(lang::es, msg::ingest_flagged_one), "utf-8, coma", 0.5) ==
        "1 fila leída, 1 escrita, 0 rechazadas; 1 valor marcado; utf-8, coma; 0.50 s");
  CHECK(os_error(ENOENT) == "No such file or directory");
  set_language(lang::es);
  CHECK(os_error(ENOENT) == "no existe el archivo o la carpeta");
  CHECK(tr_in(lang::en, msg::cli_usage) == "Usage");
  CHECK(tr(msg::cli_usage) == "Uso");
  set_language(before);
}

TEST_CASE("catalog: the documents' english flag picks the same text as the language") {
  CHECK(text(msg::sheet_notes, true) == "Notes");
  CHECK(text(msg::sheet_notes, false) == "Notas");
  CHECK(tr_in(true, msg::sheet_attempt_of, 2, 3) == "Attempt 2 of 3");
  CHECK(tr_in(false, msg::sheet_attempt_of, 2, 3) == "Intento 2 de 3");
  CHECK(tr_in(false, msg::sheet_attempt_of, 2, 3) == tr_in(lang::es, msg::sheet_attempt_of, 2, 3));
}

TEST_CASE("catalog: parse_lang takes es and en in any case, nothing else") {

  CHECK(parse_lang("es") == lang::es);
  CHECK(parse_lang("EN") == lang::en);
  CHECK_FALSE(parse_lang("fr"));
  CHECK_FALSE(parse_lang(""));
  CHECK_FALSE(parse_lang("eng"));
}

TEST_CASE("catalog: the es/en pairs beside the rules have both languages") {
  for (const auto& d : rules::metric_defs()) {
    check_pair(d.name, d.title(false), d.title(true));
    check_pair(d.name, d.definition(false), d.definition(true));
  }
  for (const auto& r : rules::reason_defs()) {
    check_pair(r.key(true), r.title(false), r.title(true));
    check_pair(r.key(true), r.brief(false), r.brief(true));
    check_pair(r.key(true), r.definition(false), r.definition(true));
  }
  for (const auto& d : rules::care_defs()) {
    check_pair(d.name, d.title(false), d.title(true));
    check_pair(d.name, d.definition(false), d.definition(true));
  }
  for (std::size_t o = 0; o < rules::outcome_count; ++o) {
    const auto out = static_cast<rules::outcome>(o);
    check_pair(rules::outcome_name(out), rules::outcome_label(out, false), rules::outcome_label(out, true));
  }
  for (std::size_t r = 0; r < rules::exclusion_reason_count; ++r) {
    const auto reason = static_cast<rules::exclusion_reason>(r);
    check_pair(rules::exclusion_name(reason), rules::exclusion_label(reason, false), rules::exclusion_label(reason, true));
  }
  for (auto s : {rules::slot::morning, rules::slot::midday, rules::slot::afternoon})
    check_pair("slot", rules::slot_label(s, false), rules::slot_label(s, true));
  for (std::size_t i = 0; i < rules::segment_count; ++i) {
    const auto s = static_cast<rules::segment>(i);
    check_pair(rules::segment_name(s), rules::segment_title(s, false), rules::segment_title(s, true));
    check_pair(rules::segment_name(s), rules::segment_script(s, false), rules::segment_script(s, true));
  }
}
