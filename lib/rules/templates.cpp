// Message templates: placeholders, filling, and the lookup with its fallbacks (doc/design.md#rules).
#include "rules/templates.hpp"

#include <algorithm>
#include <optional>

#include "core/text.hpp"
#include "rules/template_texts.hpp"

namespace retorno::rules {

namespace {

using sv = std::string_view;

constexpr std::array<sv, placeholder_count> names = {
    "nombre", "modelo", "anio", "vin", "placas", "campana", "cotizacion",
    "monto", "fecha_cita", "agencia", "telefono_agencia", "whatsapp_agencia", "direccion_agencia", "promociones"};

constexpr std::array<std::string message_values::*, placeholder_count> members = {
    &message_values::name,         &message_values::model,           &message_values::year,
    &message_values::vin,          &message_values::plates,          &message_values::campaign,
    &message_values::quote,        &message_values::amount,          &message_values::appointment_at,
    &message_values::dealer,       &message_values::dealer_phone,    &message_values::dealer_whatsapp,
    &message_values::dealer_address, &message_values::promotions};

// A `{name}` at s[i] (which is '{'): the name and the index past the closing brace. A brace with
// white space or another brace before its closing one opens nothing, nor do "{}" and a brace
// that does not close within 64 bytes.
struct token {
  sv name;
  std::size_t end;
};
std::optional<token> token_at(sv s, std::size_t i) {
  for (std::size_t j = i + 1; j < s.size() && j - i <= 64; ++j) {
    const char c = s[j];
    if (c == '}') {
      if (j == i + 1) return std::nullopt;
      return token{s.substr(i + 1, j - i - 1), j + 1};
    }
    if (c == '{' || is_ascii_space(c)) return std::nullopt;
  }
  return std::nullopt;
}

// The value of a known placeholder, nullptr for an unknown one.
const std::string* value_of(const message_values& v, sv name) {
  const auto at = std::find(names.begin(), names.end(), name);
  return at == names.end() ? nullptr : &(v.*members[static_cast<std::size_t>(at - names.begin())]);
}

bool closes_phrase(char c) { return c == ' ' || c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')'; }

// Whether the parenthesised part s[open+1, close) holds a placeholder and every one is empty.
bool group_empty(sv group, const message_values& v) {
  bool any = false;
  for (std::size_t i = 0; i < group.size(); ++i) {
    if (group[i] != '{') continue;
    const auto t = token_at(group, i);
    if (!t) continue;
    const std::string* value = value_of(v, t->name);
    if (!value) continue;
    if (!value->empty()) return false;
    any = true;
    i = t->end - 1;
  }
  return any;
}

// One line filled; `had` tells whether it held a known placeholder.
std::string fill_line(sv line, const message_values& v, bool& had) {
  std::string out;
  std::size_t i = 0;
  while (i < line.size()) {
    const char c = line[i];
    if (c == '(') {
      const auto close = line.find_first_of("()", i + 1);
      if (close != sv::npos && line[close] == ')' && group_empty(line.substr(i + 1, close - i - 1), v)) {
        if (!out.empty() && out.back() == ' ') out.pop_back();
        had = true;
        i = close + 1;
        continue;
      }
    }
    if (c == '{') {
      const auto t = token_at(line, i);
      if (const std::string* value = t ? value_of(v, t->name) : nullptr) {
        had = true;
        i = t->end;
        if (!value->empty()) {
          out += *value;
        } else if (i == line.size() || closes_phrase(line[i])) {
          if (!out.empty() && out.back() == ' ') out.pop_back();
          else if (out.empty() && i < line.size() && line[i] == ' ') ++i;
        }
        continue;
      }
    }
    out.push_back(c);
    ++i;
  }
  return out;
}

// The search order from a channel: itself, its sibling (whatsapp and sms, e-mail and letter),
// then the other written channels, the voicemail text last.
std::array<channel, channel_count> search_order(channel ch) {
  constexpr std::array<channel, channel_count> written = {channel::whatsapp, channel::sms, channel::email,
                                                          channel::letter, channel::phone};
  std::array<channel, channel_count> order{};
  std::size_t n = 0;
  auto add = [&](channel c) {
    if (std::find(order.begin(), order.begin() + static_cast<long>(n), c) == order.begin() + static_cast<long>(n))
      order[n++] = c;
  };
  add(ch);
  if (ch == channel::whatsapp) add(channel::sms);
  if (ch == channel::sms) add(channel::whatsapp);
  if (ch == channel::email) add(channel::letter);
  if (ch == channel::letter) add(channel::email);
  for (channel c : written) add(c);
  return order;
}

// The built-in template of one text set for one channel.
message_template builtin_for(const builtin_text& t, channel ch, bool english) {
  switch (ch) {
    case channel::phone: return {{}, std::string(t.voicemail)};
    case channel::whatsapp:
    case channel::sms: return {{}, std::string(t.short_text)};
    case channel::email:
      return {std::string(t.subject), std::string(t.body) + "\n\n" + builtin_signature(english)};

    case channel::letter: return {std::string(t.subject), std::string(t.body)};
  }
  return {};
}

}  // namespace

const std::array<std::string_view, placeholder_count>& placeholder_names() { return names; }

std::vector<std::string> unknown_placeholders(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '{') continue;
    const auto t = token_at(text, i);
    if (!t) continue;
    if (std::find(names.begin(), names.end(), t->name) == names.end()) {
      const std::string written(text.substr(i, t->end - i));
      if (std::find(out.begin(), out.end(), written) == out.end()) out.push_back(written);
    }
    i = t->end - 1;
  }
  return out;
}

std::string fill(std::string_view text, const message_values& v) {
  std::vector<std::string> lines;
  bool dropped = false;  // the line before was left out
  std::size_t pos = 0;
  for (;;) {
    const auto nl = text.find('\n', pos);
    const sv line = text.substr(pos, nl == sv::npos ? sv::npos : nl - pos);
    bool had = false;
    std::string filled = fill_line(line, v, had);
    const bool blank = trim(filled).empty();
    if (blank && had) {
      dropped = true;
    } else if (blank && dropped && (lines.empty() || trim(lines.back()).empty())) {
      dropped = false;  // the blank line around a paragraph that was left out
    } else {
      lines.push_back(std::move(filled));
      dropped = false;
    }
    if (nl == sv::npos) break;
    pos = nl + 1;
  }
  if (dropped && !lines.empty() && trim(lines.back()).empty()) lines.pop_back();
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i) out.push_back('\n');
    out += lines[i];
  }
  return out;
}

const std::vector<std::string_view>& template_segments() {
  static const std::vector<std::string_view> segments = [] {
    std::vector<std::string_view> out;
    for (const auto& t : builtin_texts(false)) out.push_back(t.segment);
    return out;
  }();
  return segments;
}

bool is_template_segment(std::string_view name) {
  const auto& all = template_segments();
  return std::find(all.begin(), all.end(), name) != all.end();
}

std::string_view template_segment(segment s) {
  return s == segment::campaign_safety ? "campaign_safety" : segment_name(s);
}

void template_set::put(std::string_view segment, bool english, channel ch, message_template t) {
  templates_.insert_or_assign(std::tuple(std::string(segment), english, ch), std::move(t));
}

const message_template* template_set::exact(std::string_view segment, bool english, channel ch) const {
  const auto it = templates_.find(std::tuple(std::string(segment), english, ch));
  return it == templates_.end() ? nullptr : &it->second;
}

message_template template_set::find(std::string_view segment, bool english, channel ch) const {
  std::optional<message_template> found;
  // Visits one segment's channels in search order; true once a text and a subject are found.
  auto visit = [&](sv seg) {
    for (channel c : search_order(ch)) {
      const message_template* t = exact(seg, english, c);
      if (!t) continue;
      if (!found) found = *t;
      else if (found->subject.empty()) found->subject = t->subject;
      if (!found->subject.empty()) return true;
    }
    return false;
  };
  if (visit(segment) || visit("default")) return *found;
  const auto texts = builtin_texts(english);
  const builtin_text& generic = texts.back();
  if (!found) found = builtin_for(generic, ch, english);
  if (found->subject.empty()) found->subject = std::string(generic.subject);
  return *found;
}

template_set builtin_templates() {
  template_set set;
  for (bool english : {false, true})
    for (const auto& t : builtin_texts(english))
      for (channel ch : {channel::phone, channel::whatsapp, channel::email, channel::letter})
        set.put(t.segment, english, ch, builtin_for(t, ch, english));
  return set;
}

}  // namespace retorno::rules
