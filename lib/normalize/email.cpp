// E-mail addresses: trimming, lower case, a syntax check, placeholders and domain typos.
#include "normalize/email.hpp"

#include <array>
#include <utility>

#include "core/text.hpp"

namespace retorno::normalize {
namespace {

constexpr bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// Character classes of a lower-cased address, one table lookup per byte.
enum : unsigned char { in_local = 1, in_label = 2 };
constexpr auto char_class = [] {
  struct table {
    unsigned char of[256] = {};
  } t;
  for (int c = 0; c < 256; ++c)
    if (is_alnum(static_cast<char>(c))) t.of[c] = in_local | in_label;
  // RFC 5321's atext beside letters and digits; a host name label also takes the hyphen.
  for (char c : std::string_view(".!#$%&'*+/=?^_`{|}~")) t.of[static_cast<unsigned char>(c)] = in_local;
  t.of[static_cast<unsigned char>('-')] = in_local | in_label;
  return t;
}();
bool has_class(char c, unsigned char cls) { return (char_class.of[static_cast<unsigned char>(c)] & cls) != 0; }

// What clerks type when the DMS makes the field mandatory and the customer gave none.
constexpr std::array<std::string_view, 20> placeholder_texts = {
    "-", "--", ".", "n/a", "na", "n/d", "nd", "np", "n/p", "no", "ninguno", "ninguna",
    "no tiene", "no aplica", "sin", "s/c", "x", "xx", "null", "none"};
constexpr std::array<std::string_view, 16> placeholder_locals = {
    "notiene", "no_tiene", "no.tiene", "sincorreo", "sin_correo", "sin.correo", "nocorreo", "noaplica",
    "sinmail", "sinemail", "nomail", "noemail", "ninguno", "na", "np", "no"};
constexpr std::array<std::string_view, 8> placeholder_domains = {
    "notiene.com", "sincorreo.com", "nocorreo.com", "noaplica.com",
    "sinmail.com", "nomail.com", "ninguno.com", "no.com"};

template <std::size_t N>
bool among(std::string_view s, const std::array<std::string_view, N>& list) {
  for (auto x : list)
    if (x == s) return true;
  return false;
}

// A text without @ is a placeholder when it is a known filler, says "sin ..." / "no ...",
// or holds no letter or digit at all; anything else ("juan.gmail.com") is a broken address.
bool placeholder_text(std::string_view v) {
  if (among(v, placeholder_texts)) return true;
  if (v.starts_with("sin ") || v.starts_with("no ")) return true;
  for (char c : v)
    if (is_alnum(c)) return false;
  return true;
}

// RFC 5321 dot-atom local part (no quoted forms: no DMS holds them).
bool valid_local(std::string_view l) {
  if (l.empty() || l.size() > 64 || l.front() == '.' || l.back() == '.') return false;
  for (std::size_t i = 0; i < l.size(); ++i) {
    if (!has_class(l[i], in_local)) return false;
    if (l[i] == '.' && i + 1 < l.size() && l[i + 1] == '.') return false;
  }
  return true;
}

// Host name labels, at least two, the last one alphabetic ("jose_23@yanoo" has no TLD).
bool valid_domain(std::string_view d) {
  if (d.empty() || d.size() > 253) return false;
  std::size_t labels = 0;
  std::string_view last;
  while (true) {
    auto dot = d.find('.');
    std::string_view label = d.substr(0, dot);
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
    for (char c : label)
      if (!has_class(c, in_label)) return false;
    ++labels;
    last = label;
    if (dot == std::string_view::npos) break;
    d.remove_prefix(dot + 1);
  }
  if (labels < 2 || last.size() < 2) return false;
  for (char c : last)
    if (c < 'a' || c > 'z') return false;
  return true;
}

// Misspellings of the domains Mexican and Colombian customers use. hotmail.es and
// hotmail.com.mx are real and stay out; gmail.co is Colombia's TLD typed for gmail.com.
constexpr std::array<std::pair<std::string_view, std::string_view>, 30> domain_typos = {{
    {"hotmial.com", "hotmail.com"},   {"hotmal.com", "hotmail.com"},     {"hotmai.com", "hotmail.com"},
    {"hotmail.con", "hotmail.com"},   {"hotmil.com", "hotmail.com"},     {"hotamil.com", "hotmail.com"},
    {"hormail.com", "hotmail.com"},   {"hotmail.co", "hotmail.com"},     {"hotmail.cm", "hotmail.com"},
    {"gmial.com", "gmail.com"},       {"gmal.com", "gmail.com"},         {"gamil.com", "gmail.com"},
    {"gmail.con", "gmail.com"},       {"gmail.co", "gmail.com"},         {"gmai.com", "gmail.com"},
    {"gmil.com", "gmail.com"},        {"gnail.com", "gmail.com"},        {"gmail.com.mx", "gmail.com"},
    {"gmail.cm", "gmail.com"},        {"yahooo.com", "yahoo.com"},       {"yaho.com", "yahoo.com"},
    {"yahoo.con", "yahoo.com"},       {"yhoo.com", "yahoo.com"},         {"yaoo.com", "yahoo.com"},
    {"yahoo.con.mx", "yahoo.com.mx"}, {"yaho.com.mx", "yahoo.com.mx"},   {"outlok.com", "outlook.com"},
    {"outllok.com", "outlook.com"},   {"outlook.con", "outlook.com"},    {"otlook.com", "outlook.com"},
}};

// The big providers of Mexico and Colombia, which most customers' addresses use: valid, no
// placeholder, no typo, so the checks of the domain stop here.
constexpr std::array<std::string_view, 8> common_domains = {
    "gmail.com", "hotmail.com", "prodigy.net.mx", "live.com.mx", "icloud.com", "yahoo.com.mx", "outlook.com", "yahoo.com"};

// The providers a domain one edit away is taken for (beside the common ones: Spanish and
// Mexican variants), and real domains one edit from one of them that must never be "fixed".
constexpr std::array<std::string_view, 13> providers = {
    "gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "yahoo.com.mx", "live.com.mx", "icloud.com",
    "prodigy.net.mx", "hotmail.es", "hotmail.com.mx", "outlook.es", "live.com", "yahoo.es"};
constexpr std::array<std::string_view, 10> real_neighbours = {
    "mail.com", "ymail.com", "email.com", "gmx.com", "hotmail.fr", "hotmail.it", "yahoo.fr", "yahoo.it", "live.cl", "live.ca"};

// Whether a and b are one Damerau-Levenshtein edit apart: one character changed, added,
// removed, or two neighbours swapped ("gmaill.com", "hotmial.com", "outlok.com").
bool one_edit_apart(std::string_view a, std::string_view b) {
  if (a.size() < b.size()) std::swap(a, b);
  if (a.size() - b.size() > 1) return false;
  std::size_t i = 0;
  while (i < b.size() && a[i] == b[i]) ++i;
  if (i == b.size()) return a.size() != b.size();  // equal, or one added at the end
  if (a.size() != b.size()) return a.substr(i + 1) == b.substr(i);
  if (a.substr(i + 1) == b.substr(i + 1)) return true;  // one changed
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
}

std::string_view typo_fix(std::string_view domain) {
  for (const auto& [typo, fix] : domain_typos)
    if (typo == domain) return fix;
  if (among(domain, real_neighbours) || among(domain, providers)) return {};
  for (auto p : providers)
    if (one_edit_apart(domain, p)) return p;
  return {};
}

}  // namespace

void normalize_email(std::string_view raw, result& r) {
  r.clear();
  std::string_view t = trim(raw);
  if (t.empty()) return;

  // Worked on in place: the value is r.value, emptied again when the address is refused.
  std::string& v = r.value;
  v.append(t);
  unsigned char high = 0;
  for (char& c : v) {
    c = static_cast<char>(c | (c >= 'A' && c <= 'Z' ? 0x20 : 0));
    high |= static_cast<unsigned char>(c);
  }
  const bool ascii = high < 0x80;

  auto at = v.find('@');
  if (at == std::string::npos && placeholder_text(v)) {
    v.clear();
    r.problem = "placeholder";
    return;
  }
  // Non-ASCII addresses are legal (RFC 6531) but no mail service our customers use hands
  // them out; an "ñ" in an address is a typing error.
  const bool common = at != std::string::npos && among(std::string_view(v).substr(at + 1), common_domains);
  if (!ascii || at == std::string::npos || v.find('@', at + 1) != std::string::npos || v.size() > 254 ||
      !valid_local(std::string_view(v).substr(0, at)) ||
      (!common && !valid_domain(std::string_view(v).substr(at + 1)))) {
    v.clear();
    r.problem = "invalid";
    r.detail.append(t);
    return;
  }

  std::string_view local = std::string_view(v).substr(0, at);
  std::string_view domain = std::string_view(v).substr(at + 1);
  if (among(local, placeholder_locals) || (!common && among(domain, placeholder_domains))) {
    r.problem = "placeholder";
    r.detail.append(t);
    v.clear();
    return;
  }

  if (common) return;
  std::string_view fix = typo_fix(domain);
  // ".con" is no TLD anywhere: whatever the domain, the m was meant.
  std::string fixed_con;
  if (fix.empty() && domain.ends_with(".con")) {
    fixed_con.assign(domain.substr(0, domain.size() - 1)).push_back('m');
    fix = fixed_con;
  }
  if (!fix.empty()) {
    r.problem = "domain_typo";
    r.detail.reserve(local.size() + 1 + fix.size());
    r.detail.append(local).append("@").append(fix);
  }
}

}  // namespace retorno::normalize
