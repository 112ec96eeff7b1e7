// Mexican and Colombian telephone numbers to E.164, undoing the legacy dialling prefixes.
#include "normalize/phone.hpp"

#include <array>

#include "core/text.hpp"
#include "normalize/name.hpp"

namespace retorno::normalize {
namespace {

// Longer than any national form with every prefix (52 1 + 10 digits, 03 + 10 digits).
constexpr std::size_t max_digits = 16;

struct digits {
  std::array<char, max_digits> buf{};
  std::size_t n = 0;     // may exceed max_digits: only the count matters then
  bool plus = false;     // a leading + (before any digit) marks an international form
  std::string_view ext;  // what follows an extension's x ("ext. 949", "x949", "extensión 949")
  std::string_view view() const { return {buf.data(), n < max_digits ? n : max_digits}; }
};

// Dashes, dots, spaces, parentheses and labels ("Cel.", "casa") carry no digits; keeping
// only the digits makes "01871-6886702", "(871) 688 6702" and "871.688.6702" the same.
digits collect(std::string_view s) {
  digits d;
  // A local count: d.n would be reloaded after every store into d.buf, which may alias it.
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') {
      if (n < max_digits) d.buf[n] = c;
      ++n;
    } else if (c == '+' && n == 0) {
      d.plus = true;
    } else if ((c == 'x' || c == 'X') && n >= 7) {
      // After a whole number an x starts its extension: "ext", "extensión" and "x" all hold one.
      d.ext = s.substr(i + 1);
      break;
    }
  }
  d.n = n;
  // 00 is the international access code from both countries: 0052... means +52...
  if (!d.plus && d.n <= max_digits && d.n > 2 && d.buf[0] == '0' && d.buf[1] == '0') {
    d.plus = true;
    for (std::size_t i = 2; i < d.n; ++i) d.buf[i - 2] = d.buf[i];
    d.n -= 2;
  }
  return d;
}

// "0000000", "1111111111", "0": what a clerk types when the DMS insists on a number.
bool all_same(std::string_view s) {
  for (char c : s)
    if (c != s[0]) return false;
  return true;
}

// A byte loop rather than substr()==: the prefixes are two or three digits, which the compiler
// unrolls, where the comparison would call memcmp.
bool starts(std::string_view s, std::string_view p) {
  if (s.size() < p.size()) return false;
  for (std::size_t i = 0; i < p.size(); ++i)
    if (s[i] != p[i]) return false;
  return true;
}

// Mexico, 2019 plan: every number is 10 digits and none begins with 0 or 1.
//   +52 1 871 391 5055 -> 8713915055   (the mobile 1, dropped in 2019)
//   52 871 391 5055    -> 8713915055
//   044871-3915055     -> 8713915055   (044/045: mobile from a landline, local/long distance)
//   01871-6886702      -> 8716886702   (01: national long distance)
// Returns "" when no rule yields a well-formed national number.
std::string_view national_mx(std::string_view s, bool plus) {
  if (plus) {
    if (!starts(s, "52")) return {};
    s.remove_prefix(2);
    if (s.size() == 11 && s[0] == '1') s.remove_prefix(1);
  } else if (s.size() == 12 && starts(s, "52")) {
    s.remove_prefix(2);
  } else if (s.size() == 13 && starts(s, "521")) {
    s.remove_prefix(3);
  } else if (s.size() == 13 && (starts(s, "044") || starts(s, "045"))) {
    s.remove_prefix(3);
  } else if (s.size() == 12 && starts(s, "01")) {
    s.remove_prefix(2);
  }
  if (s.size() != 10 || s[0] == '0' || s[0] == '1') return {};
  return s;
}

// The Mexican numbering plan's geographic area codes (claves LADA, 2- and 3-digit, written
// here by their first three digits) and the non-geographic 300, 500, 800, 888 and 900 ranges:
// a number starting anywhere else was never assigned.
constexpr std::string_view mx_assigned_ranges =
    "200-201 220-229 231-233 235-238 241 243-249 271-276 278-279 281-285 287-288 294 296-297 300 311-317 "
    "319 321-339 341-349 351-359 371-378 381-389 391-395 411-415 417-419 421-429 431-438 440-459 461-469 "
    "471-479 481-483 485-489 492-496 498-500 550-569 588 591-597 599 612-616 618 621-629 631-639 641-649 "
    "651-653 656-665 667-669 671-677 686-687 694-698 711-729 731-739 741-749 751 753-759 761-779 781-786 "
    "789 791 797 800 810-819 821 823-826 828-829 831-836 841-842 844-846 861-862 864 866-873 877-878 888 "
    "891-892 894 897 899-900 913-914 916-919 921-924 932-934 936-938 951 953-954 958 960-969 971-972 "
    "981-988 990-999";
// Colombia's mobile blocks in service (300-305 and so on); its landlines are 601, 602, 604-608.
constexpr std::string_view co_mobile_ranges = "300-305 310-324 333 350-351 370";

struct prefix_set {
  std::array<bool, 1000> in{};
};
constexpr prefix_set make_prefixes(std::string_view ranges) {
  prefix_set p;
  std::size_t i = 0;
  while (i < ranges.size()) {
    auto number = [&] {
      int v = 0;
      while (i < ranges.size() && ranges[i] >= '0' && ranges[i] <= '9') v = v * 10 + (ranges[i++] - '0');
      return v;
    };
    const int from = number();
    int to = from;
    if (i < ranges.size() && ranges[i] == '-') ++i, to = number();
    for (int k = from; k <= to; ++k) p.in[static_cast<std::size_t>(k)] = true;
    ++i;  // the space
  }
  return p;
}
constexpr prefix_set mx_assigned = make_prefixes(mx_assigned_ranges);
constexpr prefix_set co_mobile = make_prefixes(co_mobile_ranges);

int first3(std::string_view national) {
  return (national[0] - '0') * 100 + (national[1] - '0') * 10 + (national[2] - '0');
}

// One-digit area codes of the pre-2021 Colombian plan (3 was never a landline area).
bool co_area(char c) { return c == '1' || c == '2' || (c >= '4' && c <= '8'); }

// Colombia, 2021 plan: mobiles 3xx + 7 digits, landlines 60 + area + 7 digits. Writes the
// 10 national digits into out and returns false when no rule applies.
//   300 123 4567     -> 3001234567   (mobile)
//   601 234 5678     -> 6012345678   (already the 2021 plan)
//   (1) 234 5678     -> 6012345678   (old landline: area 1 = Bogota, plus 7 digits)
//   03 300 123 4567  -> 3001234567   (03: a mobile dialled from a landline)
//   09 4 123 4567    -> 6041234567   (0 + carrier 5, 7 or 9 + area: old long distance)
//   +57 1 234 5678   -> 6012345678
//   234 5678         -> invalid      (7 digits: the area is unknown)
bool national_co(std::string_view s, bool plus, char area, std::array<char, 10>& out) {
  auto put = [&out](std::string_view prefix, std::string_view rest) {
    std::size_t k = 0;
    for (char c : prefix) out[k++] = c;
    for (char c : rest) out[k++] = c;
  };
  if (plus) {
    if (!starts(s, "57")) return false;
    s.remove_prefix(2);
  } else if ((s.size() == 12 || (s.size() == 10 && co_area(s[2]))) && starts(s, "57")) {
    // A national number never starts with 5, so a leading 57 is the country code.
    s.remove_prefix(2);
  } else if (s.size() == 12 && starts(s, "033")) {
    s.remove_prefix(2);
  } else if (s.size() == 10 && s[0] == '0' && (s[1] == '5' || s[1] == '7' || s[1] == '9') && co_area(s[2])) {
    put("60", s.substr(2));
    return true;
  }
  if (s.size() == 10 && (s[0] == '3' || (starts(s, "60") && co_area(s[2])))) {
    put("", s);
    return true;
  }
  if (s.size() == 8 && co_area(s[0])) {
    put("60", s);
    return true;
  }
  // A 7-digit landline, placed by the row's city or the schema's area.
  if (s.size() == 7 && area != 0 && s[0] >= '2') {
    const char prefix[] = {'6', '0', area};
    put(std::string_view(prefix, 3), s);
    return true;
  }
  return false;
}

void invalid(std::string_view raw, result& r) {
  r.problem = "invalid";
  r.detail.append(raw);
}

void placeholder(result& r) { r.problem = "placeholder"; }

// "+52" or "+57" and the 10 national digits, written into the value itself (from a buffer on
// the stack, they were read back in wide loads that narrow stores cannot forward to).
void e164(char cc2, std::string_view national, result& r) {
  r.value.resize(13);
  char* out = r.value.data();
  out[0] = '+', out[1] = '5', out[2] = cc2;
  for (std::size_t i = 0; i < 10; ++i) out[3 + i] = national[i];
}

}  // namespace

char colombian_area(std::string_view city) {
  if (city.empty()) return 0;
  // The departments' capitals and the big towns around them, by the 2021 plan's areas.
  struct entry {
    std::string_view city;
    char area;
  };
  static constexpr entry cities[] = {
      {"BOGOTA", '1'},       {"SANTAFE DE BOGOTA", '1'}, {"SOACHA", '1'},      {"CHIA", '1'},
      {"ZIPAQUIRA", '1'},    {"FACATATIVA", '1'},  {"FUSAGASUGA", '1'},   {"GIRARDOT", '1'},
      {"CALI", '2'},         {"SANTIAGO DE CALI", '2'}, {"PALMIRA", '2'},  {"BUENAVENTURA", '2'},
      {"TULUA", '2'},        {"BUGA", '2'},        {"CARTAGO", '2'},      {"JAMUNDI", '2'},
      {"POPAYAN", '2'},      {"PASTO", '2'},       {"IPIALES", '2'},      {"TUMACO", '2'},
      {"MEDELLIN", '4'},     {"BELLO", '4'},       {"ENVIGADO", '4'},     {"ITAGUI", '4'},
      {"RIONEGRO", '4'},     {"SABANETA", '4'},    {"APARTADO", '4'},     {"MONTERIA", '4'},
      {"QUIBDO", '4'},       {"BARRANQUILLA", '5'}, {"SOLEDAD", '5'},     {"CARTAGENA", '5'},
      {"SANTA MARTA", '5'},  {"VALLEDUPAR", '5'},  {"SINCELEJO", '5'},    {"RIOHACHA", '5'},
      {"SAN ANDRES", '5'},   {"MAICAO", '5'},      {"PEREIRA", '6'},      {"DOSQUEBRADAS", '6'},
      {"MANIZALES", '6'},    {"ARMENIA", '6'},     {"BUCARAMANGA", '7'},  {"FLORIDABLANCA", '7'},
      {"GIRON", '7'},        {"PIEDECUESTA", '7'}, {"BARRANCABERMEJA", '7'}, {"CUCUTA", '7'},
      {"ARAUCA", '7'},       {"VILLAVICENCIO", '8'}, {"TUNJA", '8'},      {"DUITAMA", '8'},
      {"SOGAMOSO", '8'},     {"IBAGUE", '8'},      {"NEIVA", '8'},        {"FLORENCIA", '8'},
      {"YOPAL", '8'},        {"LETICIA", '8'},     {"MOCOA", '8'},        {"SAN JOSE DEL GUAVIARE", '8'}};
  // Accents, case and spacing ignored; "Bogotá D.C." and "Medellín, Antioquia" start with the city.
  const std::string key = name_key(city);
  for (const auto& e : cities)
    if (key.starts_with(e.city) && (key.size() == e.city.size() || key[e.city.size()] == ' ')) return e.area;
  return 0;
}

bool phone_assigned(std::string_view e164_value) {
  if (e164_value.size() != 13 || e164_value[0] != '+' || e164_value[1] != '5') return true;
  const std::string_view national = e164_value.substr(3);
  for (char ch : national)
    if (ch < '0' || ch > '9') return true;
  if (e164_value[2] == '2') return mx_assigned.in[static_cast<std::size_t>(first3(national))];
  if (e164_value[2] == '7') return national[0] != '3' || co_mobile.in[static_cast<std::size_t>(first3(national))];
  return true;
}

void normalize_phone(std::string_view raw, country c, result& r, std::string_view city, char default_area) {
  r.clear();
  std::string_view t = trim(raw);
  if (t.empty()) return;
  digits d = collect(t);
  // No digit at all ("NP", "SIN NUMERO", "N/A", "-") or one digit repeated: nobody's number.
  if (d.n == 0 || (d.n <= max_digits && all_same(d.view()))) return placeholder(r);
  if (d.n > max_digits) return invalid(t, r);
  // The extension's digits: a few, else the text after the x was no extension ("x 871...").
  std::array<char, 6> ext;
  std::size_t ext_n = 0;
  for (char ch : d.ext)
    if (ch >= '0' && ch <= '9') {
      if (ext_n == ext.size()) return invalid(t, r);
      ext[ext_n++] = ch;
    }

  // Whatever the row's country, a written country code wins ("+57", "(+57)", "0057"), and
  // 52 or 57 before a number too long to be national of the row's country.
  const std::string_view v = d.view();
  if (d.plus && starts(v, "52")) c = country::mx;
  else if (d.plus && starts(v, "57")) c = country::co;
  else if (!d.plus && c == country::mx && v.size() == 12 && starts(v, "57")) c = country::co;
  else if (!d.plus && c == country::co && (v.size() == 12 || (v.size() == 13 && v[2] == '1')) && starts(v, "52"))
    c = country::mx;

  std::array<char, 10> buf;
  std::string_view national;
  if (c == country::mx) {
    national = national_mx(v, d.plus);
    if (national.empty()) return invalid(t, r);
  } else {
    const char area = v.size() == 7 ? (colombian_area(city) ? colombian_area(city) : default_area) : 0;
    if (!national_co(v, d.plus, area, buf)) return invalid(t, r);
    national = std::string_view(buf.data(), buf.size());
  }
  // "871 000 0000": a real area code with a filler subscriber number.
  if (all_same(national.substr(3))) return placeholder(r);
  e164(c == country::mx ? '2' : '7', national, r);
  const auto prefix = static_cast<std::size_t>(first3(national));
  if (c == country::mx ? !mx_assigned.in[prefix] : national[0] == '3' && !co_mobile.in[prefix]) {
    r.problem = "unassigned";
  } else if (ext_n > 0) {
    r.problem = "extension";
    r.detail.append(ext.data(), ext_n);
  }
}

}  // namespace retorno::normalize
