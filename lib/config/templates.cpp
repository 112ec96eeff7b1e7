// Loading the dealership's message templates: every key and placeholder checked as it is read.
#include "core/catalog.hpp"
#include "config/templates.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <string_view>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/text.hpp"
#include "model/table.hpp"

namespace retorno::config {

namespace {

// The text with CRLF and lone CR line ends made LF, and without outer white space.
std::string clean_text(std::string_view raw) {
  std::string out;
  const std::string_view t = trim(raw);
  out.reserve(t.size());
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] != '\r') out.push_back(t[i]);
    else if (i + 1 == t.size() || t[i + 1] != '\n') out.push_back('\n');
  }
  return out;
}

}  // namespace

rules::template_set load_templates(const std::string& path, rules::template_set base) {
  constexpr std::array<std::string_view, 5> cols = {"segment", "lang", "channel", "subject", "text"};
  constexpr std::array<std::string_view, 4> required = {"segment", "lang", "channel", "text"};
  std::vector<std::string> segments(rules::template_segments().begin(), rules::template_segments().end());
  std::vector<std::string> channels(rules::channel_names().begin(), rules::channel_names().end());
  std::vector<std::string> placeholders;
  for (auto name : rules::placeholder_names()) placeholders.push_back(fmt::format("{{{}}}", name));
  std::map<std::tuple<std::string, bool, rules::channel>, std::uint64_t> seen;  // key -> its line
  try {
    model::for_each_row(path, cols, required, [&](const model::row_view& r) {
      auto fail = [&](std::string what, std::string hint = {}) {
        return error(exit_code::usage, path, r.line, std::move(what), std::move(hint));
      };
      auto guess = [](std::string_view typed, const std::vector<std::string>& names) {
        auto g = closest(typed, names);
        return g ? tr(msg::err_did_you_mean, *g) : tr(msg::err_one_of, fmt::format("{}", fmt::join(names, ", ")));
      };
      const std::string segment(trim(r[0]));
      if (!rules::is_template_segment(segment))
        throw fail(tr(msg::err_template_segment, segment), guess(segment, segments));
      const std::string_view lang = trim(r[1]);
      if (lang != "es" && lang != "en") throw fail(tr(msg::err_template_lang, lang));
      const std::string_view channel_text = trim(r[2]);
      const auto channel = rules::parse_channel(channel_text);
      if (!channel)
        throw fail(tr(msg::err_template_channel, channel_text), guess(channel_text, channels));
      rules::message_template t{clean_text(r[3]), clean_text(r[4])};
      if (t.text.empty()) throw fail(tr(msg::err_template_empty, lang, channel_text, segment));
      auto check = [&](std::string_view what, const std::string& text) {
        const auto unknown = rules::unknown_placeholders(text);
        if (unknown.empty()) return;
        const auto g = closest(unknown.front(), placeholders);
        throw fail(tr(msg::err_template_placeholder, fmt::format("{}", fmt::join(unknown, ", ")), what, segment,
                               lang, channel_text),
                   g ? tr(msg::err_did_you_mean, *g) : tr(msg::err_template_placeholders, fmt::format("{}", fmt::join(placeholders, " "))));
      };
      check("subject", t.subject);
      check("text", t.text);
      const bool english = lang == "en";
      const auto [at, fresh] = seen.try_emplace(std::tuple(segment, english, *channel), r.line);
      if (!fresh)
        throw fail(tr(msg::err_template_twice, segment, lang, channel_text, at->second,
                               r.line));
      base.put(segment, english, *channel, std::move(t));
    });
  } catch (const error& e) {
    // A file that cannot be read or parsed is a configuration error too: exit 2, not 3.
    if (e.code() == exit_code::usage) throw;
    throw error(exit_code::usage, e.file(), e.line(), e.what(), e.hint());
  }
  return base;
}

}  // namespace retorno::config
