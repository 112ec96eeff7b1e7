// The one table from a problem code to its message: read only when a person is to see the code.
#include "normalize/problem.hpp"

#include <array>

namespace retorno::normalize {

namespace {

struct code_words {
  std::string_view code;
  msg::id words;
};

// The codes the normalisers (lib/normalize) and convert_field (lib/schema/convert) write.
constexpr std::array<code_words, 19> table = {{
    {"invalid", msg::prob_invalid},
    {"unknown", msg::prob_unknown},
    {"placeholder", msg::prob_placeholder},
    {"length", msg::prob_length},
    {"characters", msg::prob_characters},
    {"check_digit", msg::prob_check_digit},
    {"model_year", msg::prob_model_year},
    {"domain_typo", msg::prob_domain_typo},
    {"encoding", msg::prob_encoding},
    {"rounded", msg::prob_rounded},
    {"unassigned", msg::prob_unassigned},
    {"extension", msg::prob_extension},
    {"incomplete", msg::prob_incomplete},
    {"generic", msg::prob_generic},
    {"bidi_control", msg::prob_bidi_control},
    {"absurd", msg::prob_absurd},
    {"backwards", msg::prob_backwards},
    {"jump", msg::prob_jump},
    {"not_after_last", msg::prob_not_after_last},
}};

constexpr std::array<std::string_view, table.size()> codes = [] {
  std::array<std::string_view, table.size()> out{};
  for (std::size_t i = 0; i < table.size(); ++i) out[i] = table[i].code;
  return out;
}();

}  // namespace

std::string_view problem_words(std::string_view code, lang l) {
  for (const auto& [known, words] : table)
    if (known == code) return text(words, l);
  return code;
}

std::span<const std::string_view> problem_codes() noexcept { return codes; }

}  // namespace retorno::normalize
