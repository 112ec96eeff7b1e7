// Dirt for phones, e-mails, dates, km, VINs and addresses; names are in dirt_names.cpp.
#include "dirt.hpp"

#include <fmt/format.h>

#include "text.hpp"
#include "vin.hpp"

namespace gen {
namespace {

void expect(expectations& ex, std::string_view field, std::string_view action, std::string_view problem,
            std::string_view raw) {
  ex.push_back({field, action, problem, std::string(raw)});
}

std::string placeholder_phone(phone_kind kind, rng& r) {
  constexpr std::string_view fillers[] = {"NP", "NP", "NP", "SIN", "0000000", "SIN TELEFONO", "N/A", "-"};
  if (kind == phone_kind::mobile && r.chance(0.7)) return {};
  if (kind == phone_kind::home && r.chance(0.5)) return {};
  if (kind == phone_kind::work && r.chance(0.9)) return {};
  return std::string(r.pick(std::span<const std::string_view>(fillers)));
}

// Mexico before 2019: 01 + area for long distance to a landline, 044 (same area) or 045
// (another area) for mobiles; and every other way people write ten digits.
std::string mx_form(std::string_view n, phone_kind kind, rng& r, bool& bad) {
  const std::size_t a = (n.starts_with("55") || n.starts_with("33") || n.starts_with("81")) ? 2 : 3;
  std::string_view area = n.substr(0, a);
  std::string_view local = n.substr(a);
  std::string_view l1 = local.substr(0, local.size() - 4);
  std::string_view l2 = local.substr(local.size() - 4);
  if (kind == phone_kind::mobile) {
    constexpr std::uint32_t wts[] = {35, 20, 12, 6, 5, 3, 4, 3};
    switch (r.weighted(wts)) {
      case 0: return fmt::format("{}{}-{}", area == "871" ? "044" : "045", area, local);
      case 1: return std::string(n);
      case 2: return fmt::format("{} {} {}", area, l1, l2);
      case 3: return fmt::format("({}) {}-{}", area, l1, l2);
      case 4: return fmt::format("+52 1 {} {} {}", area, l1, l2);
      case 5: return fmt::format("521{}", n);
      case 6: return fmt::format("+52 {} {} {}", area, l1, l2);
      default: bad = true; return fmt::format("044{}-{}", area, local.substr(0, local.size() - 1));
    }
  }
  constexpr std::uint32_t wts[] = {45, 7, 15, 8, 8, 2};
  switch (r.weighted(wts)) {
    case 0: return fmt::format("01{}-{}", area, local);
    case 1: bad = true; return fmt::format("{}-{}", l1, l2);  // local number only: area unknown
    case 2: return std::string(n);
    case 3: return fmt::format("({}) {} {}", area, l1, l2);
    case 4: return fmt::format("{}-{}-{}-{}", area, l1, l2.substr(0, 2), l2.substr(2));
    default: bad = true; return fmt::format("01{}-{}{}", area, local, r.below(10));
  }
}

// Colombia: mobiles 3xx; landlines in the pre-2021 form "(4) 444 5566", the 2021 form
// "604 444 5566", or without the area at all.
std::string co_form(std::string_view n, phone_kind kind, rng& r, bool& bad) {
  if (kind == phone_kind::mobile) {
    constexpr std::uint32_t wts[] = {35, 25, 10, 5, 5, 3, 3};
    switch (r.weighted(wts)) {
      case 0: return std::string(n);
      case 1: return fmt::format("{} {} {}", n.substr(0, 3), n.substr(3, 3), n.substr(6));
      case 2: return fmt::format("+57 {} {}", n.substr(0, 3), n.substr(3));
      case 3: return fmt::format("57{}", n);
      case 4: return fmt::format("({}) {}-{}", n.substr(0, 3), n.substr(3, 3), n.substr(6));
      case 5: return fmt::format("03 {} {} {}", n.substr(0, 3), n.substr(3, 3), n.substr(6));
      default: bad = true; return std::string(n.substr(0, 9));
    }
  }
  std::string_view area = n.substr(2, 1);
  std::string_view sub = n.substr(3);
  constexpr std::uint32_t wts[] = {30, 8, 20, 5, 4, 2};
  switch (r.weighted(wts)) {
    case 0: return fmt::format("({}) {} {}", area, sub.substr(0, 3), sub.substr(3));
    case 1: bad = true; return fmt::format("{} {}", sub.substr(0, 3), sub.substr(3));
    case 2: return fmt::format("{} {} {}", n.substr(0, 3), sub.substr(0, 3), sub.substr(3));
    case 3: return fmt::format("+57 {} {}", n.substr(0, 3), sub);
    case 4: return fmt::format("09{} {}", area, sub);
    default: bad = true; return fmt::format("{}{}", area, sub.substr(1));
  }
}

}  // namespace

std::string show_phone(const world_shape& w, std::string_view national, phone_kind kind, rng& r,
                       std::string_view field, expectations& ex) {
  std::string s;
  if (national.empty() || r.chance(0.02)) {
    s = placeholder_phone(kind, r);
    if (!s.empty()) expect(ex, field, "flag", "placeholder", s);
    return s;
  }
  bool bad = false;
  s = w.where == country::mx ? mx_form(national, kind, r, bad) : co_form(national, kind, r, bad);
  if (!bad && kind == phone_kind::work && r.chance(0.12)) {
    s += fmt::format(" EXT {}", r.between(10, 999));
    bad = true;
  }
  if (bad) expect(ex, field, "flag", "invalid", s);
  return s;
}

std::string show_phone_clean(const world_shape& w, std::string_view n, rng& r) {
  if (n.empty()) return {};
  double u = r.unit();
  if (w.where == country::mx) {
    if (u < 0.5) return std::string(n);
    if (u < 0.8) return fmt::format("{} {} {}", n.substr(0, 3), n.substr(3, 3), n.substr(6));
    return fmt::format("+52 {}", n);
  }
  if (u < 0.6) return std::string(n);
  if (u < 0.9) return fmt::format("{} {} {}", n.substr(0, 3), n.substr(3, 3), n.substr(6));
  return fmt::format("+57 {}", n);
}

std::string show_email(std::string_view email, rng& r, std::string_view field, expectations& ex) {
  if (email.empty()) {
    if (!r.chance(rate::email_placeholder)) return {};
    constexpr std::string_view fillers[] = {"notiene@notiene.com", "SIN CORREO", "no tiene", "NA", "-",
                                            "sincorreo@gmail.com"};
    std::string s(r.pick(std::span<const std::string_view>(fillers)));
    expect(ex, field, "flag", "placeholder", s);
    return s;
  }
  std::string s(email);
  auto at = s.find('@');
  std::string_view domain = std::string_view(s).substr(at + 1);
  double u = r.unit();
  if (u < rate::email_domain_typo) {
    constexpr std::string_view gmail[] = {"gmial.com", "gamil.com", "gmail.con", "gmai.com"};
    constexpr std::string_view hotmail[] = {"hotmial.com", "hotmal.com", "hotmail.con", "hotmai.com"};
    constexpr std::string_view yahoo[] = {"yahoo.con.mx", "yaho.com.mx"};
    constexpr std::string_view outlook[] = {"outlok.com", "outlook.con"};
    std::string_view typo;
    if (domain == "gmail.com") typo = r.pick(std::span<const std::string_view>(gmail));
    else if (domain == "hotmail.com") typo = r.pick(std::span<const std::string_view>(hotmail));
    else if (domain == "yahoo.com.mx") typo = r.pick(std::span<const std::string_view>(yahoo));
    else if (domain == "outlook.com") typo = r.pick(std::span<const std::string_view>(outlook));
    if (!typo.empty()) {
      s = s.substr(0, at + 1) + std::string(typo);
      expect(ex, field, "flag", "domain_typo", s);
    }
    return s;
  }
  u -= rate::email_domain_typo;
  if (u < rate::email_invalid) {
    switch (r.below(4)) {
      case 0: s[at] = '.'; break;                     // jose.garcia.gmail.com
      case 1: s.insert(at, 1, '@'); break;            // jose@@gmail.com
      case 2: s.insert(at > 2 ? 2 : 0, 1, ' '); break;  // jo segarcia@gmail.com
      default: s.resize(s.find('.', at)); break;      // jose@gmail
    }
    expect(ex, field, "flag", "invalid", s);
    return s;
  }
  u -= rate::email_invalid;
  if (u < rate::email_upper) to_upper(s);
  else if (u < rate::email_upper + 0.02) s = " " + s + " ";
  return s;
}

void show_date(std::string& out, day d, rng& r, std::string_view field, expectations& ex, double scale) {
  out.clear();
  if (d == no_day) {
    double u = r.unit();
    if (u < 0.55) out = "//";
    else if (u < 0.8) out.clear();
    else out = "00/00/0000";
    return;
  }
  double u = r.unit();
  if (u < rate::date_lost * scale) {
    out = "//";
  } else if (u < (rate::date_lost + rate::date_zero) * scale) {
    out = "00/00/0000";
  } else if (u < (rate::date_lost + rate::date_zero + rate::date_impossible) * scale) {
    out = r.chance(0.5) ? std::string("11") : fmt::format("30/02/{}", to_ymd(d).y);
    expect(ex, field, "flag", "invalid", out);
  } else {
    put_dmy(out, d);
  }
}

void show_km(std::string& out, int km, rng& r, std::string_view field, expectations& ex) {
  out.clear();
  if (r.chance(rate::km_invalid)) {
    out = "S/D";
    expect(ex, field, "flag", "invalid", out);
    return;
  }
  if (km < 1000) {
    out = std::to_string(km);
    return;
  }
  double u = r.unit();
  if (u < 0.1) {
    out = std::to_string(km);
    return;
  }
  char sep = u < 0.8 ? ',' : '.';
  std::string digits = std::to_string(km);
  std::size_t lead = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  out.append(digits, 0, lead);
  for (std::size_t i = lead; i < digits.size(); i += 3) {
    out.push_back(sep);
    out.append(digits, i, 3);
  }
}

std::string show_vin(const std::string& vin, rng& r, expectations& ex) {
  double u = r.unit();
  std::string s = vin;
  if (u < rate::vin_s_for_5) {
    if (s[0] != '5') return s;
    s[0] = 'S';  // STDKKRFH6GS159858 in the return and recovery guide
    expect(ex, "vin", "flag", "check_digit", s);
    return s;
  }
  u -= rate::vin_s_for_5;
  if (u < rate::vin_o_for_0) {
    auto pos = s.find('0', 3);
    if (pos == std::string::npos) return s;
    s[pos] = 'O';
    expect(ex, "vin", "reject", "characters", s);
    return s;
  }
  u -= rate::vin_o_for_0;
  if (u < rate::vin_inner_swap) {
    if (!vin_check_mandatory(s)) return s;
    for (std::size_t i = 11; i < 17; ++i) {
      char to = s[i] == '5' ? 'S' : s[i] == '8' ? 'B' : s[i] == '2' ? 'Z' : s[i] == '6' ? 'G' : 0;
      if (to == 0) continue;
      s[i] = to;
      expect(ex, "vin", "reject", "check_digit", s);
      return s;
    }
    return s;
  }
  u -= rate::vin_inner_swap;
  if (u < rate::vin_short) {
    s.erase(3 + r.below(14), 1);
    expect(ex, "vin", "reject", "length", s);
    return s;
  }
  u -= rate::vin_short;
  if (u < rate::vin_loose) {
    switch (r.below(3)) {
      case 0: to_lower(s); break;
      case 1: s.insert(11, 1, ' '); break;
      default: s.insert(3, 1, '-'); break;
    }
  }
  return s;
}

std::string show_address(const person& p, country c, bool upper, char delimiter, rng& r, cell_mode& mode) {
  mode = cell_mode::plain;
  std::string street = p.street;
  std::string rest = c == country::mx ? p.colonia : std::string();
  if (upper) {
    fold_accents(street, true);
    fold_accents(rest, true);
  }
  double u = r.unit();
  std::string joint = rest.empty() ? "" : " ";
  if (u < rate::address_newline && !rest.empty()) {
    joint = "\n";
  } else if (u < rate::address_newline + rate::address_stray_quote && c == country::mx) {
    // Only the street name is quoted, as clerks type it; never at the start of the cell.
    auto sp = street.find(' ');
    auto num = street.rfind(' ');
    if (sp != std::string::npos && num != sp)
      street = street.substr(0, sp + 1) + "\"" + street.substr(sp + 1, num - sp - 1) + "\"" + street.substr(num);
    mode = cell_mode::raw;
  } else if (u < rate::address_newline + rate::address_stray_quote + rate::address_delimiter) {
    street += fmt::format("{} INT {}", delimiter == '\t' ? ',' : delimiter, r.between(1, 12));
  }
  return rest.empty() ? street : street + joint + rest;
}

std::string show_postal(const person& p, rng& r) {
  if (p.postal.starts_with('0') && r.chance(rate::cp_leading_zero_lost)) return p.postal.substr(1);
  return p.postal;
}

}  // namespace gen
