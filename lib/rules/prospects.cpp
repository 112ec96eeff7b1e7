// Reading test-drive acceptances and the vehicle of interest out of what agents type.
#include "rules/prospects.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace retorno::rules {

namespace {

using sv = std::string_view;

// Text folded for matching: lower-case ASCII, Spanish accents dropped, runs of white space one
// space; `from[i]` is the byte of the original text that folded[i] came from (one more at the end).
struct folded {
  std::string text;
  std::vector<std::size_t> from;
};

char fold_latin1(unsigned cp) {
  // U+00C0..U+00FF: the accented letters of Spanish (and their neighbours) to their base letter.
  static constexpr sv base = "aaaaaaaceeeeiiiidnooooo/ouuuuyps" "aaaaaaaceeeeiiiidnooooo/ouuuuypy";
  return cp >= 0xC0 && cp <= 0xFF ? base[cp - 0xC0] : '?';
}

folded fold(sv s) {
  folded f;
  f.text.reserve(s.size());
  f.from.reserve(s.size() + 1);
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = 1;
    char out = '?';
    if (c < 0x80) {
      out = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
      if (c == '\t' || c == '\r' || c == '\n' || c == ' ') out = c == '\n' ? '\n' : ' ';
    } else if ((c & 0xE0) == 0xC0 && i + 1 < s.size()) {
      out = fold_latin1(((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu));
      len = 2;
    } else {
      len = (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    }
    len = std::min(len, s.size() - i);
    if (out == ' ' && (f.text.empty() || f.text.back() == ' ' || f.text.back() == '\n')) {
      i += len;
      continue;
    }
    f.text.push_back(out);
    f.from.push_back(i);
    i += len;
  }
  f.from.push_back(s.size());
  return f;
}

bool is_word_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

std::vector<sv> words(sv clause) {
  std::vector<sv> out;
  std::size_t i = 0;
  while (i < clause.size()) {
    while (i < clause.size() && !is_word_char(clause[i])) ++i;
    std::size_t j = i;
    while (j < clause.size() && is_word_char(clause[j])) ++j;
    if (j > i) out.push_back(clause.substr(i, j - i));
    i = j;
  }
  return out;
}

// Where the words of `phrase` start in `w`, or w.size().
std::size_t find_words(const std::vector<sv>& w, std::initializer_list<sv> phrase) {
  for (std::size_t i = 0; i + phrase.size() <= w.size(); ++i)
    if (std::equal(phrase.begin(), phrase.end(), w.begin() + static_cast<std::ptrdiff_t>(i))) return i;
  return w.size();
}

bool starts_with_any(sv word, std::initializer_list<sv> stems) {
  return std::any_of(stems.begin(), stems.end(), [&](sv s) { return word.starts_with(s); });
}

bool clause_accepts(sv clause) {
  const auto w = words(clause);
  std::size_t at = find_words(w, {"prueba", "de", "manejo"});
  std::size_t len = 3;
  if (at == w.size()) at = find_words(w, {"test", "drive"}), len = 2;
  if (at == w.size()) return false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (starts_with_any(w[i], {"rechaz", "declin", "refus"})) return false;
    if (i < at && (w[i] == "no" || w[i] == "not" || w[i] == "sin" || w[i] == "nunca" || w[i] == "never")) return false;
  }
  if (w.size() == len) return true;  // the bare tipification "Prueba de manejo"
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (i >= at && i < at + len) continue;
    if (starts_with_any(w[i], {"acept", "accept", "interes", "quier", "agend", "desea", "wants", "booked"}) ||
        w[i] == "si" || w[i] == "yes")
      return true;
  }
  return false;
}

}  // namespace

bool accepts_test_drive(sv text) {
  const folded f = fold(text);
  // Clause by clause: "No contesta el fijo; acepta prueba de manejo" accepts.
  std::size_t start = 0;
  const sv t = f.text;
  for (std::size_t i = 0; i <= t.size(); ++i) {
    const bool end = i == t.size() || t[i] == ',' || t[i] == ';' || t[i] == '\n' ||
                     (t[i] == '.' && (i + 1 == t.size() || t[i + 1] == ' '));
    if (!end) continue;
    if (clause_accepts(t.substr(start, i - start))) return true;
    start = i + 1;
  }
  return false;
}

std::string vehicle_of_interest(sv notes) {
  const folded f = fold(notes);
  const sv t = f.text;
  static constexpr std::array<sv, 21> markers = {
      "interesado en ", "interesada en ", "interesados en ", "interes en ", "le interesa ", "le interesan ",
      "vehiculo de interes", "auto de interes", "modelo de interes", "quiere probar ", "quiere conocer ",
      "prueba de manejo de ", "prueba de manejo del ", "prueba de manejo en ", "prueba de manejo: ",
      "interested in ", "vehicle of interest", "test drive of ", "test drive in ", "test drive: ", "wants to try "};
  static constexpr std::array<sv, 11> articles = {"el ", "la ", "los ", "las ", "un ", "una ", "the ", "a ", "an ",
                                                  "un/una ", "al "};
  static constexpr std::array<sv, 16> stops = {"y", "e", "pero", "para", "porque", "con", "que", "cuando", "desde",
                                               "por", "and", "but", "with", "for", "because", "since"};
  // Every marker, earliest first: the first one followed by a vehicle's name wins.
  std::vector<std::pair<std::size_t, std::size_t>> found;  // where the words after a marker begin
  for (sv m : markers)
    for (std::size_t at = t.find(m); at != sv::npos; at = t.find(m, at + 1))
      if (at == 0 || !is_word_char(t[at - 1])) found.emplace_back(at, at + m.size());
  std::sort(found.begin(), found.end());
  for (auto [at, begin] : found) {
    std::size_t i = begin;
    while (i < t.size() && (t[i] == ' ' || t[i] == ':' || t[i] == '-')) ++i;
    for (bool again = true; again;) {
      again = false;
      for (sv a : articles)
        if (t.substr(i).starts_with(a)) i += a.size(), again = true;
    }
    // "interesado en prueba de manejo de RAV4": the later marker names the vehicle.
    if (t.substr(i).starts_with("prueba de manejo") || t.substr(i).starts_with("test drive") ||
        t.substr(i).starts_with("nuevo auto") || t.substr(i).starts_with("otro auto"))
      continue;
    std::size_t end = i, count = 0;
    while (end < t.size() && count < 5) {
      std::size_t w = end;
      while (w < t.size() && t[w] == ' ') ++w;
      std::size_t e = w;
      while (e < t.size() && t[e] != ' ' && t[e] != ',' && t[e] != ';' && t[e] != ':' && t[e] != '(' &&
             t[e] != ')' && t[e] != '\n' && !(t[e] == '.' && (e + 1 == t.size() || t[e + 1] == ' ')))
        ++e;
      if (e == w) break;
      const sv word = t.substr(w, e - w);
      if (std::find(stops.begin(), stops.end(), word) != stops.end()) break;
      end = e;
      ++count;
      if (e < t.size() && t[e] != ' ') break;  // punctuation ends the name
    }
    if (end > i) return std::string(notes.substr(f.from[i], f.from[end] - f.from[i]));
  }
  return {};
}

}  // namespace retorno::rules
