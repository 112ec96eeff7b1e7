// schedule-attempts: read the list, attach each item's attempts from the log, decide, write.
#include "ops/schedule.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <unordered_map>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/text.hpp"
#include "csv/writer.hpp"
#include "model/table.hpp"
#include "render/queue.hpp"
#include "render/readable.hpp"
#include "rules/attempts.hpp"

namespace retorno::ops {

namespace {

using sv = std::string_view;

enum list_col { l_item, l_vin, l_segment, l_agent, l_name, l_phone, l_phone_alt, l_email, l_channel, l_priority, l_count };
constexpr std::array<sv, l_count> list_columns = {"item_id", "vin",   "segment",   "agent",  "customer_name",
                                                  "phone",   "phone_alt", "email", "preferred_channel", "priority"};

int parse_int(sv text) {
  int v = 0;
  std::from_chars(text.data(), text.data() + text.size(), v);
  return v;
}

const rules::cadence& cadence_for(const schedule_config& c, sv segment) {
  auto it = c.cadence_of.find(std::string(segment));
  const std::string& name = it != c.cadence_of.end() ? it->second : c.cadence_of.at("*");
  return *std::find_if(c.cadences.begin(), c.cadences.end(), [&](const rules::cadence& k) { return k.name == name; });
}

}  // namespace

std::map<std::string, std::string> parse_cadence_spec(const std::string& spec, const std::vector<rules::cadence>& known) {
  std::map<std::string, std::string> out{{"lead", "lead48h"}, {"*", "mrs"}};
  std::vector<std::string> names;
  for (const auto& k : known) names.push_back(k.name);
  std::size_t start = 0;
  while (start < spec.size()) {
    auto comma = spec.find(',', start);
    std::string part = spec.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    start = comma == std::string::npos ? spec.size() : comma + 1;
    if (part.empty()) continue;
    auto eq = part.find('=');
    std::string segment = eq == std::string::npos ? "*" : part.substr(0, eq);
    std::string name = eq == std::string::npos ? part : part.substr(eq + 1);
    if (std::find(names.begin(), names.end(), name) == names.end()) {
      auto guess = closest(name, names);
      throw usage_error(fmt::format("--cadence: unknown cadence '{}'", name),
                        guess ? fmt::format("did you mean {}?", *guess) : fmt::format("known: {}", fmt::join(names, ", ")));
    }
    if (eq == std::string::npos) out.clear();  // one name for every segment
    out[segment] = name;
  }
  if (!out.count("*")) out["*"] = "mrs";
  return out;
}

schedule_summary run_schedule(const schedule_config& c) {
  schedule_summary summary;
  const model::table list(c.list, list_columns, std::array<sv, 2>{"item_id", "segment"});
  summary.items = list.rows();
  std::unordered_map<sv, std::uint32_t> index;
  index.reserve(list.rows());
  for (std::uint32_t i = 0; i < list.rows(); ++i) index.emplace(list.get(i, l_item), i);

  // Attempts per item, from the log; rows after --as-of have not happened yet.
  std::vector<std::vector<rules::attempt>> attempts(list.rows());
  if (!c.log.empty()) {
    constexpr std::array<sv, 5> cols = {"item_id", "attempted_at", "channel", "outcome", "callback_at"};
    constexpr std::array<sv, 4> required = {"item_id", "attempted_at", "channel", "outcome"};
    summary.log_rows = model::for_each_row(c.log, cols, required, [&](const model::row_view& r) {
      auto it = index.find(r[0]);
      auto at = parse_minutes(r[1]);
      if (it == index.end()) {
        ++summary.log_rows_unmatched;
        return;
      }
      auto unreadable = [&](std::string what) {
        if (summary.log_rows_unreadable++ == 0)
          summary.first_unreadable = fmt::format("{}:{}: {}", c.log == "-" ? "stdin" : c.log, r.line, what);
      };
      if (!at) return unreadable(fmt::format("attempted_at '{}' is not YYYY-MM-DDTHH:MM", r[1]));
      if (*at > c.now) return;  // after --as-of: has not happened yet
      rules::attempt a{*at, rules::parse_channel(r[2]), rules::parse_outcome(r[3]), parse_minutes(r[4])};
      if (!a.result) unreadable(fmt::format("unknown outcome '{}', counted as a failed call", r[3]));
      else if (!a.via) unreadable(fmt::format("unknown channel '{}'", r[2]));
      attempts[it->second].push_back(a);
    });
  }

  // Postal addresses, for letters.
  std::unordered_map<std::string, std::string> address;
  if (!c.vehicles.empty() && !c.fallback.empty()) {
    constexpr std::array<sv, 5> cols = {"vin", "address", "city", "state", "postal_code"};
    constexpr std::array<sv, 1> req = {"vin"};
    model::for_each_row(c.vehicles, cols, req, [&](const model::row_view& r) {
      std::string a;
      for (std::size_t i = 1; i < 5; ++i)
        if (!r[i].empty()) a += (a.empty() ? "" : ", ") + std::string(r[i]);
      if (!a.empty()) address.emplace(std::string(r[0]), std::move(a));
    });
  }

  // Each item's place in its agent's list, as the printed call sheet numbers it: the first
  // call keeps the sheet's slot (rules::slot_for: morning, midday, afternoon in turn).
  std::vector<std::uint32_t> position(list.rows());
  {
    std::unordered_map<sv, std::uint32_t> next;
    for (std::uint32_t i = 0; i < list.rows(); ++i) position[i] = next[list.get(i, l_agent)]++;
  }

  const calendar::business_calendar cal(c.country, c.closed_days);
  std::vector<rules::decision> decisions(list.rows());
  for (std::uint32_t i = 0; i < list.rows(); ++i) {
    auto& h = attempts[i];
    // Attempt order is the log's truth whatever its row order: time, then outcome and channel
    // by name (an unknown one first).
    std::sort(h.begin(), h.end(), [](const rules::attempt& a, const rules::attempt& b) {
      auto key = [](const rules::attempt& x) {
        return std::tuple(x.at, x.result ? rules::outcome_name(*x.result) : sv(), x.via ? rules::channel_name(*x.via) : sv());
      };
      return key(a) < key(b);
    });
    rules::customer_channels who{std::string(list.get(i, l_channel)),
                                 !list.get(i, l_phone).empty() || !list.get(i, l_phone_alt).empty(),
                                 !list.get(i, l_email).empty(),
                                 rules::slot_for(position[i])};
    decisions[i] = rules::decide(h, cadence_for(c, list.get(i, l_segment)), cal, c.now, who);
    ++summary.by_status[std::string(rules::status_name(decisions[i].st))];
  }

  csv::output out(c.output);
  std::optional<csv::output> fallback_out;
  if (!c.fallback.empty()) fallback_out.emplace(c.fallback);
  auto opt_time = [](const std::optional<long long>& m) { return m ? format_minutes(*m) : std::string(); };
  if (c.html) {
    std::vector<render::queue_entry> today;
    const long long end_of_today = start_of_day(c.now) + minutes_per_day;
    for (std::uint32_t i = 0; i < list.rows(); ++i) {
      const auto& d = decisions[i];
      if (!d.next_at || *d.next_at >= end_of_today || d.next_channel != "phone") continue;
      today.push_back({std::string(list.get(i, l_agent)), format_minutes(*d.next_at).substr(11),
                       *d.next_slot, std::string(list.get(i, l_name)),
                       std::string(list.get(i, l_phone)), std::string(list.get(i, l_phone_alt)),
                       std::string(list.get(i, l_segment)), std::string(list.get(i, l_vin)), d.attempts,
                       d.last_outcome, d.note, *d.next_at, i, parse_int(list.get(i, l_priority))});
    }
    out.write(render::queue_html(today, format_day(day_of_minute(c.now)), c.english));
  } else {
    csv::csv_writer w(out, c.excel);
    w.row({"item_id", "vin", "segment", "agent", "status", "attempts", "last_attempt_at", "last_outcome", "next_at",
           "next_channel", "next_slot"});
    for (std::uint32_t i = 0; i < list.rows(); ++i) {
      const auto& d = decisions[i];
      w.row(std::vector<std::string>{
          std::string(list.get(i, l_item)), std::string(list.get(i, l_vin)), std::string(list.get(i, l_segment)),
          std::string(list.get(i, l_agent)), std::string(rules::status_name(d.st)), fmt::format("{}", d.attempts),
          opt_time(d.last_at), d.last_outcome, opt_time(d.next_at), d.next_channel,
          d.next_slot ? std::string(rules::slot_name(*d.next_slot)) : std::string()});
    }
  }
  if (fallback_out) {
    csv::csv_writer w(*fallback_out, c.excel);
    auto dealer = [&](const char* key) {
      auto it = c.dealer.find(key);
      return it == c.dealer.end() ? std::string() : it->second;
    };
    w.row({"item_id", "vin", "segment", "channel", "customer_name", "phone", "email", "address", "note", "dealer_name",
           "dealer_phone", "dealer_whatsapp", "dealer_email"});
    for (std::uint32_t i = 0; i < list.rows(); ++i) {
      const auto& d = decisions[i];
      if (d.st != rules::status::fallback_due) continue;
      auto a = address.find(std::string(list.get(i, l_vin)));
      w.row(std::vector<std::string>{std::string(list.get(i, l_item)), std::string(list.get(i, l_vin)),
                                     std::string(list.get(i, l_segment)), d.next_channel,
                                     std::string(list.get(i, l_name)), std::string(list.get(i, l_phone)),
                                     std::string(list.get(i, l_email)), a == address.end() ? std::string() : a->second,
                                     d.note, dealer("name"), dealer("phone"), dealer("whatsapp"), dealer("email")});
      ++summary.fallback_rows;
    }
  }
  out.finish();
  if (fallback_out) fallback_out->finish();
  out.publish();
  if (fallback_out) fallback_out->publish();
  return summary;
}

}  // namespace retorno::ops
