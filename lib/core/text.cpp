// Edit distance for "did you mean" hints.
#include "core/text.hpp"

#include <algorithm>
#include <limits>
#include <vector>

namespace retorno {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

std::optional<std::string> closest(std::string_view typed, std::span<const std::string> candidates) {
  std::size_t best_distance = std::numeric_limits<std::size_t>::max();
  const std::string* best = nullptr;
  for (const auto& c : candidates) {
    auto d = edit_distance(typed, c);
    if (d < best_distance) best_distance = d, best = &c;
  }
  if (!best || best_distance > 3 || best_distance * 2 >= typed.size()) return std::nullopt;
  return *best;
}

}  // namespace retorno

namespace retorno {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_word(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         (static_cast<unsigned char>(c) & 0x80);
}
bool is_phone_separator(char c) { return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')'; }
bool is_email_char(char c) {
  return is_word(c) || c == '.' || c == '-' || c == '+' || c == '%' || c == '!' || c == '#' || c == '$' || c == '&' ||
         c == '*' || c == '=' || c == '?' || c == '^' || c == '{' || c == '}' || c == '~' || c == '/' || c == '|';
}

// YYYY-MM-DD, optionally followed by THH:MM or " HH:MM": dates are not phones.
bool iso_date(std::string_view s) {
  auto digits = [&](std::size_t at, std::size_t n) {
    if (at + n > s.size()) return false;
    for (std::size_t i = at; i < at + n; ++i)
      if (!is_digit(s[i])) return false;
    return true;
  };
  return s.size() >= 10 && digits(0, 4) && s[4] == '-' && digits(5, 2) && s[7] == '-' && digits(8, 2);
}

// Masks the phone-like run text[begin, end): keeps a leading +, up to the first few digits
// (never more than half minus two) and the last two; the digits between become '*'.
void mask_digits(std::string& out, std::string_view run) {
  std::size_t n = 0;
  for (char c : run) n += is_digit(c);
  const std::size_t keep_head = std::min<std::size_t>(5, n > 2 + (n + 1) / 2 ? n - 2 - (n + 1) / 2 : 0);
  std::size_t seen = 0;
  for (char c : run) {
    if (!is_digit(c)) {
      out.push_back(c);
      continue;
    }
    out.push_back(seen < keep_head || seen >= n - 2 ? c : '*');
    ++seen;
  }
}

}  // namespace

std::string mask_personal(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    const bool boundary = i == 0 || !is_word(text[i - 1]);
    // An e-mail: a run of address characters holding one '@' with a dotted domain after it.
    if (boundary && is_email_char(c) && c != '.') {
      std::size_t j = i;
      while (j < text.size() && is_email_char(text[j])) ++j;
      if (j < text.size() && text[j] == '@') {
        std::size_t k = j + 1;
        while (k < text.size() && (is_word(text[k]) || text[k] == '.' || text[k] == '-')) ++k;
        std::string_view domain = text.substr(j + 1, k - j - 1);
        while (!domain.empty() && domain.back() == '.') domain.remove_suffix(1), --k;
        if (domain.find('.') != std::string_view::npos && j > i) {
          out.push_back(text[i]);
          out += "***@";
          out += domain;
          i = k;
          continue;
        }
      }
    }
    // A phone: starts with + or a digit at a word boundary.
    if (boundary && (is_digit(c) || (c == '+' && i + 1 < text.size() && is_digit(text[i + 1])))) {
      std::size_t j = i + 1, last_digit = i, digits = is_digit(c);
      while (j < text.size() && (is_digit(text[j]) || is_phone_separator(text[j]))) {
        if (is_digit(text[j])) ++digits, last_digit = j;
        ++j;
      }
      const std::size_t end = last_digit + 1;
      const bool glued = end < text.size() && is_word(text[end]);
      std::string_view run = text.substr(i, end - i);
      if (digits >= 8 && !glued && !iso_date(run)) {
        mask_digits(out, run);
        i = end;
        continue;
      }
      // Not a phone: copy the whole run of digits so that its tail is not read as a new start.
      std::size_t k = i + 1;
      while (k < text.size() && is_word(text[k])) ++k;
      out.append(text.substr(i, k - i));
      i = k;
      continue;
    }
    out.push_back(c);
    ++i;
  }
  return out;
}

}  // namespace retorno
