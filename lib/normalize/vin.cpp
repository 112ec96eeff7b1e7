// VINs: cleaning, the ISO 3779 / 49 CFR 565 check digit, the model-year code, confusable fixes.
#include "normalize/vin.hpp"

#include <array>

namespace retorno::normalize {
namespace {

constexpr std::size_t vin_length = 17;

// Transliteration of 49 CFR 565.15: the letters count 1-9 in runs that skip I, O and Q,
// so a letter and the digit it is mistaken for rarely weigh the same. -1: not allowed.
constexpr std::array<signed char, 128> make_values() {
  std::array<signed char, 128> t{};
  for (auto& v : t) v = -1;
  for (int d = 0; d <= 9; ++d) t['0' + d] = static_cast<signed char>(d);
  constexpr const char* letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
  constexpr signed char values[] = {1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9};
  for (int i = 0; letters[i] != '\0'; ++i) t[static_cast<unsigned char>(letters[i])] = values[i];
  return t;
}
constexpr auto values = make_values();
constexpr std::array<int, vin_length> weights = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

// Position-10 codes in order from 1980; the cycle skips I, O, Q, U, Z and 0 so that a
// year code is never confused with a digit or with another letter.
constexpr std::string_view year_codes = "ABCDEFGHJKLMNPRSTVWXY123456789";

// Each code's place in year_codes, -1 for the others: a lookup instead of a search per row.
constexpr std::array<signed char, 128> make_year_index() {
  std::array<signed char, 128> t{};
  for (auto& v : t) v = -1;
  for (std::size_t i = 0; i < year_codes.size(); ++i) t[static_cast<unsigned char>(year_codes[i])] = static_cast<signed char>(i);
  return t;
}
constexpr auto year_index = make_year_index();

bool allowed(char c) {
  auto u = static_cast<unsigned char>(c);
  return u < 128 && values[u] >= 0;
}

char ascii_upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

// Characters that OCR and hurried typing swap: the partners the suggestion search tries.
// I, O and Q go one way only, since they can never stand in a VIN.
std::string_view confusable_partners(char c) {
  switch (c) {
    case 'S': return "5";
    case '5': return "S";
    case 'B': return "8";
    case '8': return "B";
    case 'Z': return "2";
    case '2': return "Z";
    case 'G': return "6";
    case '6': return "G";
    case 'O': return "0";
    case 'Q': return "0";
    case 'I': return "1";
    default: return "";
  }
}

bool check_digit_ok(std::string_view v) {
  char cd = vin_check_digit(v);
  return cd != '\0' && cd == v[8];
}

// The check digit of a VIN whose weighted sum of transliterated values is `sum`.
char check_digit_of(int sum) {
  int r = sum % 11;
  return r == 10 ? 'X' : static_cast<char>('0' + r);
}

bool mandatory_first(char c) { return c >= '1' && c <= '5'; }  // see vin_check_digit_mandatory

bool year_matches(char code, int model_year) {
  auto y = vin_model_year(code, model_year);
  return y && *y == model_year;
}

// A candidate only counts where the check digit is mandatory: elsewhere a passing check
// digit is a 1-in-11 coincidence, not evidence. When several candidates pass, the known
// model year may single one out; otherwise no suggestion, since guessing would mislead.
// vin holds allowed characters only and `sum` is its weighted sum. A candidate differs from
// vin in one position, so its sum differs by that position's share alone and no candidate is
// copied unless it verifies. Only position 0 decides whether the check digit is mandatory,
// so for a VIN from elsewhere (MR..., JT...) only that position can yield a candidate.
std::string find_suggestion(std::string_view vin, int sum, std::optional<int> model_year) {
  std::array<char, vin_length> found{};
  std::array<char, vin_length> year_found{};
  int count = 0;
  int year_count = 0;
  std::size_t positions = mandatory_first(vin[0]) ? vin_length : 1;
  for (std::size_t i = 0; i < positions; ++i) {
    auto was = static_cast<unsigned char>(vin[i]);
    for (char partner : confusable_partners(vin[i])) {
      if (!mandatory_first(i == 0 ? partner : vin[0])) continue;
      int cand_sum = sum + (values[static_cast<unsigned char>(partner)] - values[was]) * weights[i];
      if (check_digit_of(cand_sum) != (i == 8 ? partner : vin[8])) continue;
      std::array<char, vin_length> cand;
      for (std::size_t j = 0; j < vin_length; ++j) cand[j] = vin[j];
      cand[i] = partner;
      ++count;
      found = cand;
      if (model_year && year_matches(cand[9], *model_year)) {
        ++year_count;
        year_found = cand;
      }
    }
  }
  if (count == 1) return std::string(found.data(), found.size());
  if (year_count == 1) return std::string(year_found.data(), year_found.size());
  return {};
}

// Spaces and dashes that exports and clerks put inside a VIN ("5tdyk3dc2g-s731894").
bool dropped(char c) {
  auto u = static_cast<unsigned char>(c);
  if (u > ' ' && u != '-') return false;  // letters and digits: one test
  return c == ' ' || c == '-' || c == '\t' || c == '\r' || c == '\n';
}

}  // namespace

char vin_check_digit(std::string_view vin17) {
  if (vin17.size() != vin_length) return '\0';
  int sum = 0;
  for (std::size_t i = 0; i < vin_length; ++i) {
    if (!allowed(vin17[i])) return '\0';
    sum += values[static_cast<unsigned char>(vin17[i])] * weights[i];
  }
  int r = sum % 11;
  return r == 10 ? 'X' : static_cast<char>('0' + r);
}

bool vin_check_digit_mandatory(std::string_view vin17) {
  return !vin17.empty() && vin17[0] >= '1' && vin17[0] <= '5';
}

std::optional<int> vin_model_year(char code, int reference_year) {
  auto u = static_cast<unsigned char>(ascii_upper(code));
  int pos = u < 128 ? year_index[u] : -1;
  if (pos < 0) return std::nullopt;
  int base = 1980 + pos;
  // Nearest cycle; a tie goes to the earlier year because model years run at most one
  // year ahead of the calendar, never fifteen.
  int diff = reference_year - base + 14;
  int k = diff >= 0 ? diff / 30 : -((-diff + 29) / 30);
  return base + 30 * k;
}

void normalize_vin(std::string_view raw, std::optional<int> model_year, vin_result& r) {
  r.clear();
  r.reject = false;
  r.suggestion.clear();
  // A 17-byte buffer and a count: longer inputs are rejected without ever being copied. The
  // same pass checks the characters and sums the check digit's weights.
  std::array<char, vin_length> buf{};
  std::size_t n = 0;
  int sum = 0;
  bool all_allowed = true;
  for (char c : raw) {
    if (dropped(c)) continue;
    if (n < vin_length) {
      char u = ascii_upper(c);
      buf[n] = u;
      if (allowed(u)) sum += values[static_cast<unsigned char>(u)] * weights[n];
      else all_allowed = false;
    }
    ++n;
  }
  if (n == 0) return;
  if (n != vin_length) {
    r.problem = "length";
    r.detail.append(raw);
    r.reject = true;
    return;
  }
  std::string_view vin(buf.data(), buf.size());

  if (!all_allowed) {
    int forbidden = 0;
    std::size_t forbidden_at = 0;
    bool other_bad = false;
    for (std::size_t i = 0; i < vin_length; ++i) {
      if (allowed(vin[i])) continue;
      if (vin[i] == 'I' || vin[i] == 'O' || vin[i] == 'Q') {
        ++forbidden;
        forbidden_at = i;
      } else {
        other_bad = true;
      }
    }
    r.problem = "characters";
    r.detail.append(raw);
    r.reject = true;
    // One I/O/Q has only one possible meaning, so the fix is suggested whenever the
    // result would itself be accepted.
    if (forbidden == 1 && !other_bad) {
      std::array<char, vin_length> fixed = buf;
      fixed[forbidden_at] = confusable_partners(vin[forbidden_at])[0];
      std::string_view f(fixed.data(), fixed.size());
      if (!vin_check_digit_mandatory(f) || check_digit_ok(f)) r.suggestion.append(f);
    }
    return;
  }

  r.value.append(vin);
  if (check_digit_of(sum) != vin[8]) {
    bool mandatory = vin_check_digit_mandatory(vin);
    r.suggestion = find_suggestion(vin, sum, model_year);
    // Outside North America a failing check digit means nothing by itself (many makers
    // never compute one); it is worth a flag only when a one-character fix turns the VIN
    // into a North American one that verifies.
    if (mandatory || !r.suggestion.empty()) {
      r.problem = "check_digit";
      r.detail = r.suggestion;
      r.reject = mandatory;
      return;
    }
  }

  if (model_year) {
    auto y = vin_model_year(vin[9], *model_year);
    // Makers outside North America need not encode the year; a non-year code there
    // (Z, 0, ...) is no contradiction.
    if (y ? *y != *model_year : vin_check_digit_mandatory(vin)) {
      r.problem = "model_year";
      r.detail = y ? std::to_string(*y) : std::string(1, vin[9]);
    }
  }
}

}  // namespace retorno::normalize
