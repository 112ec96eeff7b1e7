// Names as exports show them: case, lost accents, cut at 25, swapped order, abbreviations, typos.
#include <fmt/format.h>

#include <vector>

#include "dirt.hpp"
#include "text.hpp"

namespace gen {
namespace {

bool particle(std::string_view w) { return w == "DE" || w == "DEL" || w == "LA" || w == "LOS" || w == "LAS" || w == "Y"; }

void add_tag(std::string& tags, std::string_view t) {
  if (!tags.empty()) tags.push_back('|');
  tags.append(t);
}

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  for (std::size_t i = 0;; ++i) {
    std::string_view w = word(s, i);
    if (w.empty()) break;
    out.emplace_back(w);
  }
  return out;
}

std::string join(const std::vector<std::string>& words) {
  std::string s;
  for (const auto& w : words) {
    if (w.empty()) continue;
    if (!s.empty()) s.push_back(' ');
    s.append(w);
  }
  return s;
}

// MA., GPE., FCO., J.: how DMS clerks shorten the commonest given names.
bool abbreviate(std::vector<std::string>& given, rng& r) {
  for (auto& w : given) {
    if (w == "MARÍA") w = r.chance(0.7) ? "MA." : "MA";
    else if (w == "GUADALUPE") w = "GPE.";
    else if (w == "FRANCISCO") w = "FCO.";
    else if ((w == "JOSÉ" || w == "JESÚS") && given.size() > 1) w = "J.";
    else continue;
    return true;
  }
  return false;
}

// "JOSÉ LUIS" -> "LUIS" (the everyday name), "MARÍA DEL CARMEN" -> "CARMEN", "JUAN CARLOS" -> "JUAN".
bool drop_given(std::vector<std::string>& given, rng& r) {
  std::size_t real = 0;
  for (const auto& w : given) real += !particle(w);
  if (real < 2) return false;
  bool first_is_generic = given[0] == "JOSÉ" || given[0] == "MARÍA" || given[0] == "JUAN";
  if (first_is_generic ? r.chance(0.75) : r.chance(0.3)) {
    std::string last = given.back();
    given.assign(1, last);
  } else {
    std::string first = given.front();
    given.assign(1, first);
  }
  return true;
}

void company_variant(std::string& s, std::string& tags, rng& r) {
  auto replace = [&s](std::string_view from, std::string_view to) {
    auto p = s.find(from);
    if (p == std::string::npos) return false;
    s.replace(p, from.size(), to);
    return true;
  };
  double u = r.unit();
  if (u < 0.4) {
    if (replace("SA DE CV", "S.A. DE C.V.") || replace("SAS", "S.A.S.") || replace("LTDA", "LTDA.")) add_tag(tags, "abbrev");
  } else if (u < 0.6) {
    if (replace(" SA DE CV", "") || replace(" SAS", "") || replace(" S DE RL DE CV", "")) add_tag(tags, "drop_suffix");
  } else if (u < 0.85) {
    typo(s, r);
    add_tag(tags, "typo");
  }
}

}  // namespace

void show_name(std::string& out, std::string& tags, const person& p, name_style style, bool duplicate, rng& r) {
  tags.clear();
  if (p.company) {
    out = p.company_name;
    if (duplicate) company_variant(out, tags, r);
  } else {
    std::vector<std::string> given = split_words(p.given);
    std::string s1 = p.surname1;
    std::string s2 = p.surname2;
    if (duplicate && r.chance(0.35) && abbreviate(given, r)) add_tag(tags, "abbrev");
    if (duplicate && r.chance(0.12) && drop_given(given, r)) add_tag(tags, "drop_given");
    if (duplicate && !s2.empty() && r.chance(0.12)) {
      s2.clear();
      add_tag(tags, "drop_surname2");
    }
    std::string g = join(given);
    if ((duplicate && r.chance(0.3)) || r.chance(rate::base_name_noise / 2)) {
      switch (r.below(3)) {
        case 0: typo(s1, r); break;
        case 1: if (!s2.empty()) { typo(s2, r); break; } [[fallthrough]];
        default: typo(g, r); break;
      }
      add_tag(tags, "typo");
    }
    bool swap = (duplicate && r.chance(0.2)) || r.chance(rate::base_name_noise / 2);
    if (swap) add_tag(tags, "swap");
    out = swap ? fmt::format("{} {}{}{}", s1, s2, s2.empty() ? "" : " ", g) : fmt::format("{} {}{}{}", g, s1, s2.empty() ? "" : " ", s2);
    if (out.back() == ' ') out.pop_back();
  }

  switch (style) {
    case name_style::dms25:
    case name_style::dms:
      to_upper(out);
      if (duplicate && r.chance(0.15)) {
        add_tag(tags, "accents");  // typed in a system that keeps them
      } else {
        bool keep_enye = !(r.chance(duplicate ? 0.2 : 0.04));
        if (!keep_enye && out.find("Ñ") != std::string::npos) add_tag(tags, "enye_lost");
        fold_accents(out, keep_enye);
      }
      break;
    case name_style::crm:
      to_title(out);
      if (duplicate && r.chance(0.2)) {
        fold_accents(out, true);
        add_tag(tags, "accent_loss");
      }
      break;
    case name_style::web: {
      if (!p.company && r.chance(0.4)) {
        out = fmt::format("{} {}", word(p.given, 0), p.surname1);
        add_tag(tags, "short");
      }
      double u = r.unit();
      if (u < 0.5) to_title(out);
      else if (u < 0.8) to_lower(out);
      if (r.chance(0.5)) {
        fold_accents(out, r.chance(0.5));
        add_tag(tags, "accent_loss");
      }
      break;
    }
  }
  if (duplicate && r.chance(0.05)) {
    auto sp = out.find(' ');
    if (sp != std::string::npos) {
      out.insert(sp, " ");
      add_tag(tags, "spaces");
    }
  }
  if (style == name_style::dms25 && char_count(out) > 25) {
    truncate_chars(out, 25);
    add_tag(tags, "trunc25");
  }
}

}  // namespace gen
