// Spanish name match keys (see name.hpp for the rules and their examples).
#include "match/name.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "normalize/name.hpp"

namespace retorno::match {
namespace {

constexpr std::array<std::string_view, 14> dropped = {"DE", "DEL", "LA", "LAS", "LOS", "Y", "VDA", "VIUDA",
                                                      "SA", "CV", "SAS", "LTDA", "RL", "SC"};

struct expansion {
  std::string_view from, to;
};
// How DMS clerks shorten the commonest given names (the return and recovery guide's "J de J García").
constexpr std::array<expansion, 8> expansions = {{{"MA", "MARIA"},
                                                  {"MRA", "MARIA"},
                                                  {"GPE", "GUADALUPE"},
                                                  {"FCO", "FRANCISCO"},
                                                  {"FCA", "FRANCISCA"},
                                                  {"JV", "JAVIER"},
                                                  {"ANT", "ANTONIO"},
                                                  {"MGDA", "MAGDALENA"}}};

std::size_t char_count(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace

std::string name_match_key(std::string_view display_name) {
  std::string_view trimmed = display_name;
  while (!trimmed.empty() && trimmed.front() == ' ') trimmed.remove_prefix(1);
  while (!trimmed.empty() && trimmed.back() == ' ') trimmed.remove_suffix(1);
  const std::size_t width = char_count(trimmed);
  const bool cut = width == 24 || width == 25;
  const std::string folded = normalize::name_key(display_name);
  std::vector<std::string> tokens;
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    if (end > start) tokens.emplace_back(folded.substr(start, end - start));
    start = end + 1;
  }
  // The cut word is the last one as written, before particles are dropped (a name cut
  // inside "DE" leaves "D": still a prefix of something).
  if (cut && !tokens.empty() && !folded.empty() && folded.back() != ' ') tokens.back().push_back('*');
  // "S.A. DE C.V." folds to "S A DE C V": letters spelled out one by one are a suffix.
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (tokens[i].size() != 1 || tokens[i + 1].size() != 1) continue;
    std::string joined = tokens[i] + tokens[i + 1];
    if (joined == "SA" || joined == "CV" || joined == "SC") {
      tokens[i] = joined;
      tokens.erase(tokens.begin() + static_cast<long>(i) + 1);
    }
  }
  std::vector<std::string> kept;
  kept.reserve(tokens.size());
  for (auto& t : tokens) {
    if (std::find(dropped.begin(), dropped.end(), t) != dropped.end()) continue;
    for (const auto& e : expansions)
      if (t == e.from) t = e.to;
    kept.push_back(std::move(t));
  }
  std::sort(kept.begin(), kept.end());
  std::string key;
  for (const auto& t : kept) {
    if (!key.empty()) key.push_back(' ');
    key += t;
  }
  return key;
}

}  // namespace retorno::match
