// schedule-attempts: read the list, attach each item's attempts from the log, decide, write.
#include "core/catalog.hpp"
#include "ops/schedule.hpp"

#include <algorithm>
#include <cctype>
#include <memory>
#include <filesystem>
#include <array>
#include <charconv>
#include <unordered_map>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/text.hpp"
#include "csv/writer.hpp"
#include "ops/table_out.hpp"
#include "model/table.hpp"
#include "ops/duties.hpp"
#include "core/string_pool.hpp"
#include "render/messages.hpp"
#include "render/readable.hpp"
#include "rules/attempts.hpp"

namespace retorno::ops {

namespace {

using sv = std::string_view;

// The call list's columns (segment writes them in this order), the ones read by name first.
enum list_col {
  l_item, l_vin, l_segment, l_agent, l_name, l_phone, l_phone_alt, l_email, l_channel, l_priority, l_slot,
  l_call_at, l_attempt, l_planned, l_previous, l_callback, l_list_date, l_due_on, l_person_id, l_make, l_model,
  l_model_year, l_last_date, l_last_km, l_estimated_km, l_points, l_script, l_today, l_about, l_messages,
  l_points_text, l_branch, l_count
};
constexpr std::array<sv, l_count> list_columns = {
    "item_id", "vin", "segment", "agent", "customer_name", "phone", "phone_alt", "email", "preferred_channel",
    "priority", "slot", "call_at", "attempt", "attempts_planned", "previous_attempts", "callback_at",
    "list_date", "due_on", "person_id", "make", "model", "model_year", "last_service_date", "last_service_km",
    "estimated_km", "talking_points", "script", "channel", "about", "message_channels", "talking_points_text",
    "branch"};
static_assert(l_count == 32 && l_messages == 29, "list_col follows list_columns");


// The word of the list's message_channels that is `kind` or starts with `kind:`, or nullopt.
std::optional<sv> message_word(const model::table& list, std::uint32_t i, sv kind) {
  sv all = list.get(i, l_messages);
  while (!all.empty()) {
    const std::size_t end = std::min(all.find(' '), all.size());
    const sv word = all.substr(0, end);
    all.remove_prefix(std::min(end + 1, all.size()));
    if (word == kind || (word.starts_with(kind) && word.size() > kind.size() && word[kind.size()] == ':'))
      return word;
  }
  return std::nullopt;
}

// The number that takes a WhatsApp or an SMS ("whatsapp:+52..."), or "".
sv message_number(const model::table& list, std::uint32_t i, sv kind) {
  const auto word = message_word(list, i, kind);
  return word && word->size() > kind.size() ? word->substr(kind.size() + 1) : sv();
}

// The messages a listed person accepts: the list's message_channels ("whatsapp:+52... sms:+52...
// email letter", or "none"); a list without the column (an older segment) reads its phones
// and e-mail as every segment did before.
rules::customer_channels channels_of(const model::table& list, std::uint32_t i, std::optional<rules::slot> first) {
  if (list.get(i, l_messages).empty())
    return {std::string(list.get(i, l_channel)), !list.get(i, l_phone).empty() || !list.get(i, l_phone_alt).empty(),
            !list.get(i, l_email).empty(), first, std::nullopt};
  return {std::string(list.get(i, l_channel)), !message_number(list, i, "whatsapp").empty(),
          message_word(list, i, "email").has_value(), first, !message_number(list, i, "sms").empty(),
          message_word(list, i, "letter").has_value()};
}

}  // namespace

schedule_summary run_schedule(const schedule_config& c) {
  schedule_summary summary;
  if (c.list.empty()) {  // only the day's other duties were asked
    std::vector<std::unique_ptr<csv::output>> files;
    write_duties(c, summary, files);
    for (auto& f : files) f->finish();
    for (auto& f : files) f->publish();
    return summary;
  }
  // The list's rows of --branch (all of them without it): the one place other branches' are left out.
  model::table list(list_columns.size(), c.list);
  model::for_each_row(c.list, list_columns, std::array<sv, 2>{"item_id", "segment"}, [&](const model::row_view& r) {
    if (c.branch.keeps(r[l_branch])) list.append(r.cells, r.line);
  });
  // An item listed twice is scheduled once: the first row counts, the others are reported.
  std::vector<bool> repeated(list.rows(), false);
  std::unordered_map<sv, std::uint32_t> index;
  index.reserve(list.rows());
  for (std::uint32_t i = 0; i < list.rows(); ++i)
    if (!index.emplace(list.get(i, l_item), i).second) {
      repeated[i] = true;
      if (summary.repeated_items++ == 0)
        summary.first_repeated = fmt::format("{}:{}: {}", c.list == "-" ? "stdin" : c.list, list.line(i),
                                             list.get(i, l_item));
    }
  summary.items = list.rows() - summary.repeated_items;

  // Attempts per item, from the log; rows after --as-of have not happened yet.
  std::vector<std::vector<rules::attempt>> attempts(list.rows());
  string_pool agents;  // the attempts' agents
  if (!c.log.empty()) {
    constexpr std::array<sv, 6> cols = {"item_id", "attempted_at", "channel", "outcome", "callback_at", "agent"};
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
      if (!at) return unreadable(tr(msg::err_log_bad_time, r[1]));
      if (*at > c.now) return;  // after --as-of: has not happened yet
      rules::attempt a{*at, rules::parse_channel(r[2]), rules::parse_outcome(r[3]), parse_minutes(r[4]),
                       agents.keep(r[5])};
      if (!a.result) unreadable(tr(msg::err_log_unknown_outcome, r[3]));
      else if (!a.via) unreadable(tr(msg::err_unknown_channel, r[2]));
      attempts[it->second].push_back(a);
    });
  }

  // Postal addresses, for letters: "street, city, state, postal code" in the queue, and as the
  // envelope's lines (the street, then "city, state postal code").
  std::unordered_map<std::string, std::string> address, envelope;
  if (!c.vehicles.empty() && !c.fallback.empty()) {
    constexpr std::array<sv, 5> cols = {"vin", "address", "city", "state", "postal_code"};
    constexpr std::array<sv, 1> req = {"vin"};
    model::for_each_row(c.vehicles, cols, req, [&](const model::row_view& r) {
      std::string a;
      for (std::size_t i = 1; i < 5; ++i)
        if (!r[i].empty()) a += (a.empty() ? "" : ", ") + std::string(r[i]);
      std::string town;
      for (std::size_t i = 2; i < 4; ++i)
        if (!r[i].empty()) town += (town.empty() ? "" : ", ") + std::string(r[i]);
      if (!r[4].empty()) town += (town.empty() ? "" : " ") + std::string(r[4]);
      std::string lines(r[1]);
      if (!town.empty()) lines += (lines.empty() ? "" : "\n") + town;
      if (!lines.empty()) envelope.emplace(std::string(r[0]), std::move(lines));
      if (!a.empty()) address.emplace(std::string(r[0]), std::move(a));
    });
  }

  // The slot of each item's first call: the one segment gave it on the sheet (its `slot`
  // column), else its place in the agent's list (morning, midday, afternoon in turn).
  std::vector<rules::slot> first_slot(list.rows());
  {
    std::unordered_map<sv, std::uint32_t> next;
    for (std::uint32_t i = 0; i < list.rows(); ++i)
      if (!repeated[i])
        first_slot[i] = rules::parse_slot(list.get(i, l_slot)).value_or(rules::slot_for(next[list.get(i, l_agent)]++));
  }

  const calendar::business_calendar cal(c.country, c.closed_days);
  std::vector<rules::decision> decisions(list.rows());
  for (std::uint32_t i = 0; i < list.rows(); ++i) {
    if (repeated[i]) continue;
    auto& h = attempts[i];
    rules::order_attempts(h);
    rules::customer_channels who = channels_of(list, i, first_slot[i]);
    decisions[i] = rules::decide(h, c.cadences.of(list.get(i, l_segment)), cal, c.now, who);
    ++summary.by_status[decisions[i].st];
  }

  csv::output out(c.output);
  std::optional<csv::output> fallback_out;
  if (!c.fallback.empty()) fallback_out.emplace(c.fallback);
  const table_style style{c.xlsx, c.excel, c.english, c.paper, day_of_minute(c.now)};
  auto opt_time = [](const std::optional<long long>& m) { return m ? format_minutes(*m) : std::string(); };
  if (c.html) {
    // The calls of today by the same decision segment took, printed on the same sheet: the
    // list's cells, with the step, the time and the previous attempts as this log has them.
    std::vector<std::vector<std::string>> rows;
    for (std::uint32_t i = 0; i < list.rows(); ++i) {
      if (repeated[i]) continue;
      const auto& d = decisions[i];
      if (rules::work_today(d, c.now) != rules::today::call) continue;
      std::vector<std::string> row(l_count);
      for (std::size_t k = 0; k < l_count; ++k) row[k] = list.get(i, k);
      auto step = rules::describe_step(d, attempts[i], c.cadences.of(list.get(i, l_segment)), true);
      row[l_slot] = std::move(step.slot);
      row[l_call_at] = std::move(step.call_at);
      row[l_attempt] = std::move(step.attempt);
      row[l_planned] = std::move(step.planned);
      row[l_previous] = std::move(step.previous);
      row[l_callback] = std::move(step.callback_at);
      row[l_today] = "phone";
      rows.push_back(std::move(row));
    }
    out.write(render::call_sheets(list_columns, rows, format_day(day_of_minute(c.now)), c.english, c.paper));
  } else {
    constexpr sv columns[] = {"item_id", "vin",          "segment", "agent",        "status",   "attempts",
                              "last_attempt_at", "last_outcome", "next_at", "next_channel", "next_slot"};
    table_out w(out, columns, style);
    for (std::uint32_t i = 0; i < list.rows(); ++i) {
      if (repeated[i]) continue;
      const auto& d = decisions[i];
      w.row(std::vector<std::string>{
          std::string(list.get(i, l_item)), std::string(list.get(i, l_vin)), std::string(list.get(i, l_segment)),
          std::string(list.get(i, l_agent)), std::string(rules::status_name(d.st)), fmt::format("{}", d.attempts),
          opt_time(d.last_at), d.last_outcome, opt_time(d.next_at), d.next_channel,
          d.next_slot ? std::string(rules::slot_name(*d.next_slot)) : std::string()});
    }
    w.finish(std::string(text(msg::schedule_sheet, c.english)));
  }
  // Today's messages: the fallback steps and message steps due, each with its text filled from
  // the templates; a WhatsApp click-to-chat link, an SMS's segment count, an e-mail file, a letter.
  std::vector<render::letter> letters;
  std::vector<render::day_message> day_messages;  // the page of the day's messages
  std::vector<std::pair<std::string, std::string>> emails;  // file name, message
  if (fallback_out) {
    auto dealer = [&](const char* key) {
      auto it = c.dealer.find(key);
      return it == c.dealer.end() ? std::string() : it->second;
    };
    const std::string dealer_whatsapp = !dealer("whatsapp").empty() ? dealer("whatsapp") : dealer("phone");
    constexpr sv columns[] = {"item_id",      "vin",          "segment",         "channel",      "customer_name",
                              "phone",        "email",        "address",         "note",         "dealer_name",
                              "dealer_phone", "dealer_whatsapp", "dealer_email", "subject",      "text",
                              "whatsapp_link", "sms_segments", "file"};
    // A workbook when its name says so, whatever the schedule's --format.
    table_style fallback_style = style;
    fallback_style.xlsx = c.fallback.ends_with(".xlsx");
    table_out w(*fallback_out, columns, fallback_style);
    const std::string today = format_day(day_of_minute(c.now));
    for (std::uint32_t i = 0; i < list.rows(); ++i) {
      if (repeated[i]) continue;
      const auto& d = decisions[i];
      if (rules::work_today(d, c.now) != rules::today::message) continue;
      const sv segment_name = list.get(i, l_segment), vin = list.get(i, l_vin), item_id = list.get(i, l_item);
      auto a = address.find(std::string(vin));
      const std::string postal = a == address.end() ? std::string() : a->second;
      // What opened the item (the id's last part): a campaign's code, a quote's number.
      const std::size_t event_at = std::min(item_id.size(), segment_name.size() + 1 + vin.size() + 1);
      const sv event = item_id.substr(event_at);
      int priority = 0;
      const sv p = list.get(i, l_priority);
      std::from_chars(p.data(), p.data() + p.size(), priority);
      const auto seg = rules::segment_from_name(segment_name, priority);
      const auto via = rules::parse_channel(d.next_channel).value_or(rules::channel::letter);
      rules::message_values v;
      v.name = list.get(i, l_name);
      v.model = list.get(i, l_model);
      v.year = list.get(i, l_model_year);
      v.vin = vin;
      if (seg && (*seg == rules::segment::campaign || *seg == rules::segment::campaign_safety)) v.campaign = event;
      if (seg && *seg == rules::segment::pending_quote) v.quote = event;
      // A reminder's event is the appointment and its time: "A12@2026-11-27T10:00".
      if (const std::size_t at = event.find('@'); seg && *seg == rules::segment::appointment_reminder && at != sv::npos) {
        const sv when = event.substr(at + 1);
        v.appointment_at = render::readable_date(when.substr(0, 10), c.english);
        if (const std::string time = render::clock_time(when); !time.empty())
          v.appointment_at = tr_in(c.english, msg::messages_appointment_at, v.appointment_at, time);
      }
      v.dealer = dealer("name");
      v.dealer_phone = dealer("phone");
      v.dealer_whatsapp = dealer_whatsapp;
      v.dealer_address = dealer("address");
      v.promotions = c.promotions;
      const auto t = c.templates.find(seg ? rules::template_segment(*seg) : sv("default"), c.english, via);
      const std::string subject = rules::fill(t.subject, v), text = rules::fill(t.text, v);
      std::string link, segments, file;
      // A message goes to the number that takes it, which may not be the one called.
      std::string phone(list.get(i, l_phone));
      if (via == rules::channel::whatsapp || via == rules::channel::sms)
        if (const sv n = message_number(list, i, via == rules::channel::whatsapp ? "whatsapp" : "sms"); !n.empty())
          phone = n;
      if (via == rules::channel::whatsapp && !phone.empty()) link = render::whatsapp_link(phone, text);
      if (via == rules::channel::sms) segments = fmt::format("{}", render::sms_segments(text).segments);
      if (via == rules::channel::email && !list.get(i, l_email).empty()) {
        if (dealer("email").empty()) {
          ++summary.emails_without_sender;
        } else if (!c.messages_dir.empty()) {
          std::string name;
          for (char ch : item_id) name.push_back(std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' ? ch : '_');
          file = "correos/" + name + ".eml";
          emails.emplace_back(file, render::email_message(dealer("name"), dealer("email"), v.name, list.get(i, l_email),
                                                          subject, text, {c.now, c.utc_offset_minutes},
                                                          fmt::format("{}.{}@retorno", name, today)));
        }
      }
      if (via == rules::channel::letter && !c.messages_dir.empty()) {
        auto e = envelope.find(std::string(vin));
        letters.push_back({std::string(v.name), e == envelope.end() ? std::string() : e->second, today, subject, text});
        file = "cartas.html";
      }
      if (!c.messages_dir.empty())
        day_messages.push_back({d.next_channel, v.name, phone, std::string(list.get(i, l_email)), subject, text, link,
                                file, via == rules::channel::sms ? render::sms_segments(text).segments : 0});
      w.row(std::vector<std::string>{std::string(item_id), std::string(vin), std::string(segment_name), d.next_channel,
                                     v.name, phone, std::string(list.get(i, l_email)), postal, d.note, dealer("name"),
                                     dealer("phone"), dealer_whatsapp, dealer("email"), subject, text, link, segments,
                                     file});
      ++summary.fallback_rows;
    }
    w.finish(std::string(text(msg::schedule_messages_sheet, c.english)));

  }
  // The e-mails and the letters land beside the fallback queue, all finished before any is
  // published, like every output of one run.
  std::vector<std::unique_ptr<csv::output>> message_files;
  // The day's messages on one page, what the coordinator opens to send them.
  if (!c.messages_dir.empty()) {
    std::filesystem::create_directories(c.messages_dir);
    message_files.push_back(
        std::make_unique<csv::output>((std::filesystem::path(c.messages_dir) / "mensajes.html").string()));
    message_files.back()->write(render::messages_html(day_messages, c.dealer.count("name") ? c.dealer.at("name") : "",
                                                      format_day(day_of_minute(c.now)), c.english));
  }
  if (!c.messages_dir.empty() && (!emails.empty() || !letters.empty())) {
    std::filesystem::create_directories(std::filesystem::path(c.messages_dir) / "correos");
    for (const auto& [name, message] : emails) {
      message_files.push_back(std::make_unique<csv::output>((std::filesystem::path(c.messages_dir) / name).string()));
      message_files.back()->write(message);
    }
    if (!letters.empty()) {
      render::dealer_info who{c.dealer.count("name") ? c.dealer.at("name") : "",
                              c.dealer.count("address") ? c.dealer.at("address") : "",
                              c.dealer.count("phone") ? c.dealer.at("phone") : "",
                              c.dealer.count("whatsapp") ? c.dealer.at("whatsapp") : "",
                              c.dealer.count("email") ? c.dealer.at("email") : ""};
      message_files.push_back(
          std::make_unique<csv::output>((std::filesystem::path(c.messages_dir) / "cartas.html").string()));
      message_files.back()->write(render::letters_html(letters, who, c.paper, c.english));
    }
  }
  // The advisors' agenda, the sales prospects and the leads' status, when asked.
  write_duties(c, summary, message_files);
  summary.emails_written = emails.size();
  summary.letters_written = letters.size();
  out.finish();
  if (fallback_out) fallback_out->finish();
  for (auto& f : message_files) f->finish();
  out.publish();
  if (fallback_out) fallback_out->publish();
  for (auto& f : message_files) f->publish();
  return summary;
}

}  // namespace retorno::ops
