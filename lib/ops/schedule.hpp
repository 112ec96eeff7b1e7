// `retorno schedule-attempts`: what happens next to every item of the call list, and when.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "calendar/calendar.hpp"
#include "model/branch.hpp"
#include "render/call_sheet.hpp"
#include "rules/attempts.hpp"
#include "rules/cadence.hpp"
#include "rules/templates.hpp"

namespace retorno::ops {

// The validated configuration of one run (tools/retorno/cmd_schedule.cpp builds it).
struct schedule_config {
  std::string list;  // the call list written by segment
  std::string log;   // the contact log (may be empty: nothing attempted yet)
  std::string vehicles;  // optional: postal addresses for letters
  std::string output = "-";
  std::string fallback;  // optional: today's WhatsApp / e-mail / letter queue
  long long now = 0;     // minutes since the epoch (--as-of with its time)
  calendar::country country = calendar::country::mx;
  std::vector<day> closed_days;
  rules::cadence_plan cadences;
  std::map<std::string, std::string> dealer;      // contact lines for the fallback messages
  // The messages themselves: the texts (built in, or a dealership's --templates), the
  // promotions line, and the folder for the e-mails (correos/*.eml) and letters (cartas.html).
  rules::template_set templates = rules::builtin_templates();
  std::string promotions;
  std::string messages_dir;
  int utc_offset_minutes = -360;  // the e-mails' Date: Mexico City by default, Bogota -300
  // The day's other duties, each written only when its output is named: the advisors' agenda of
  // the next business day (CSV, printable HTML) and the welcome board, the sales prospects (test
  // drives accepted), the leads' status (CSV, printable HTML). Read with the log and --vehicles.
  std::string appointments, campaigns, quotes, leads;
  std::string agenda, agenda_html, welcome, prospects, leads_status, leads_status_html;
  int leads_days = 30;  // leads received within this many days are followed in the status
  bool html = false;  // the day's call sheets, the document segment --format html prints
  bool xlsx = false;  // the schedule as a workbook (the fallback queue: when its name ends in .xlsx)
  render::paper paper = render::paper::letter;
  bool english = false;
  bool excel = false;
  // --branch: only this branch's rows of the list, appointments and leads (and those of none).
  model::branch_filter branch;
};

struct schedule_summary {
  std::uint64_t items = 0;
  std::uint64_t log_rows = 0;
  std::uint64_t log_rows_unmatched = 0;  // attempts of items not on this list
  std::map<rules::status, std::uint64_t> by_status;  // in status order (rules::status_label says them)
  std::uint64_t fallback_rows = 0;
  std::uint64_t emails_written = 0, letters_written = 0;
  std::uint64_t emails_without_sender = 0;  // e-mails due while the dealer file has no e-mail
  // Log rows of listed items that cannot count as an attempt: an unreadable attempted_at (the
  // row is left out) or an unknown outcome or channel (counted as a failed call). The first
  // one is named so that it can be mended.
  std::uint64_t log_rows_unreadable = 0;
  std::string first_unreadable;  // "file:line: what"
  // Items listed more than once (scheduled once, from their first row).
  std::uint64_t repeated_items = 0;
  std::string first_repeated;  // "file:line: item_id"
  // The day's other duties (when asked).
  std::string agenda_day;  // the next business day ("" when no duty was asked)
  bool agenda_asked = false, prospects_asked = false, leads_asked = false;
  std::uint64_t agenda_rows = 0, advisors = 0, prospects = 0, open_leads = 0, overdue_leads = 0;
};

schedule_summary run_schedule(const schedule_config& config);


}  // namespace retorno::ops
