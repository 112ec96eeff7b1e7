// Tests of the attempt rules: every outcome at every cadence step, gaps in business days and hours, slots, fallbacks.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "calendar/calendar.hpp"
#include "core/dates.hpp"
#include "rules/attempts.hpp"
#include "rules/cadence.hpp"

using namespace retorno;
using namespace retorno::rules;

namespace {

long long at(const char* iso) { return parse_minutes(iso).value(); }
std::string when(const std::optional<long long>& m) { return m ? format_minutes(*m) : std::string("none"); }

const cadence& builtin(std::string_view name) {
  static const std::vector<cadence> all = builtin_cadences();
  for (const auto& c : all)
    if (c.name == name) return c;
  FAIL("no built-in cadence ", name);
  return all.front();
}

attempt call(const char* iso, std::optional<outcome> o) { return {at(iso), channel::phone, o, std::nullopt}; }

const calendar::business_calendar mx(country::mx);
const calendar::business_calendar co(country::co);

// A customer with a mobile and an e-mail, no preference, no sheet slot.
customer_channels reachable() { return {"", true, true, std::nullopt}; }

}  // namespace

// 2026-11-27 is a Friday; 2026-11-16 (third Monday of November) is a holiday in both countries;
// 2026-12-08 (Inmaculada Concepción, a Tuesday) only in Colombia.

TEST_CASE("no history: the first call is due at the first contact minute") {
  auto d = decide({}, builtin("mrs"), mx, at("2026-11-27T07:00"), reachable());
  CHECK(d.st == status::due);
  CHECK(d.attempts == 0);
  CHECK(when(d.next_at) == "2026-11-27T09:00");  // MX opens at 09:00
  CHECK(d.next_channel == "phone");
  CHECK(d.next_slot == slot::morning);
  CHECK_FALSE(d.last_at.has_value());
  CHECK(d.last_outcome == "");
  CHECK(when(decide({}, builtin("mrs"), co, at("2026-11-27T07:00"), reachable()).next_at) == "2026-11-27T07:00");
  CHECK(when(decide({}, builtin("week5"), mx, at("2026-11-27T10:42"), reachable()).next_at) == "2026-11-27T10:42");
  // Friday evening, after hours: Saturday's opening, tomorrow, so scheduled.
  auto late = decide({}, builtin("mrs"), mx, at("2026-11-27T19:30"), reachable());
  CHECK(when(late.next_at) == "2026-11-28T09:00");
  CHECK(late.st == status::scheduled);
  CHECK(when(decide({}, builtin("mrs"), co, at("2026-11-27T19:30"), reachable()).next_at) == "2026-11-28T08:00");
  // A Sunday and a holiday Monday are skipped.
  CHECK(when(decide({}, builtin("mrs"), mx, at("2026-11-29T10:00"), reachable()).next_at) == "2026-11-30T09:00");
  auto holiday = decide({}, builtin("call3-whatsapp"), mx, at("2026-11-16T10:00"), reachable());
  CHECK(when(holiday.next_at) == "2026-11-17T09:00");
  CHECK(holiday.st == status::scheduled);
  CHECK(when(decide({}, builtin("week5"), co, at("2026-12-08T10:00"), reachable()).next_at) == "2026-12-09T07:00");
  CHECK(when(decide({}, builtin("week5"), mx, at("2026-12-08T10:00"), reachable()).next_at) == "2026-12-08T10:00");
}

TEST_CASE("no history: the sheet's slot is kept while it is still open that day (business-days cadences only)") {
  auto in = [](std::optional<slot> s) { return customer_channels{"", true, true, s}; };
  CHECK(when(decide({}, builtin("mrs"), mx, at("2026-11-27T07:00"), in(slot::midday)).next_at) == "2026-11-27T12:00");
  CHECK(when(decide({}, builtin("week5"), mx, at("2026-11-27T07:00"), in(slot::afternoon)).next_at) ==
        "2026-11-27T15:00");
  CHECK(when(decide({}, builtin("call3-whatsapp"), co, at("2026-11-27T06:00"), in(slot::morning)).next_at) ==
        "2026-11-27T07:00");
  // The morning has gone by at 13:00: the first contact minute, not tomorrow morning.
  auto gone = decide({}, builtin("mrs"), mx, at("2026-11-27T13:00"), in(slot::morning));
  CHECK(when(gone.next_at) == "2026-11-27T13:00");
  CHECK(gone.next_slot == slot::midday);
  CHECK(gone.st == status::due);
  // Saturday has no afternoon (MX closes at 14:00, CO at 15:00): the opening.
  CHECK(when(decide({}, builtin("mrs"), mx, at("2026-11-28T07:00"), in(slot::afternoon)).next_at) == "2026-11-28T09:00");
  CHECK(when(decide({}, builtin("mrs"), co, at("2026-11-28T07:00"), in(slot::afternoon)).next_at) == "2026-11-28T08:00");
  CHECK(when(decide({}, builtin("mrs"), co, at("2026-11-28T07:00"), in(slot::midday)).next_at) == "2026-11-28T12:00");
  // From a Sunday, on the next business day.
  auto monday = decide({}, builtin("mrs"), mx, at("2026-11-29T10:00"), in(slot::midday));
  CHECK(when(monday.next_at) == "2026-11-30T12:00");
  CHECK(monday.st == status::scheduled);
  // A lead (business hours) is called at once, whatever the sheet says.
  auto lead = decide({}, builtin("lead48h"), mx, at("2026-11-27T10:00"), in(slot::afternoon));
  CHECK(when(lead.next_at) == "2026-11-27T10:00");
  CHECK(lead.note == "si no contesta, dejar mensaje de voz");
}

TEST_CASE("mrs: failed calls wait 5 business days, in another slot") {
  const auto& mrs = builtin("mrs");
  // Fri 10:00 + 5 business days (Sat, Mon, Tue, Wed, Thu) = Thu 3 Dec 10:00, morning again -> midday.
  std::vector<attempt> h{call("2026-11-27T10:00", outcome::no_answer)};
  auto d = decide(h, mrs, mx, at("2026-11-27T10:05"), reachable());
  CHECK(d.st == status::scheduled);
  CHECK(d.attempts == 1);
  CHECK(when(d.last_at) == "2026-11-27T10:00");
  CHECK(d.last_outcome == "no_answer");
  CHECK(when(d.next_at) == "2026-12-03T12:00");
  CHECK(d.next_slot == slot::midday);
  CHECK(d.next_channel == "phone");
  // Second call at midday, busy: Fri, Sat, Mon, Tue, Wed -> Wed 9 Dec, afternoon. In Colombia
  // 8 Dec is a holiday: one day later.
  h.push_back(call("2026-12-03T12:00", outcome::busy));
  CHECK(when(decide(h, mrs, mx, at("2026-12-03T12:05"), reachable()).next_at) == "2026-12-09T15:00");
  CHECK(when(decide(h, mrs, co, at("2026-12-03T12:05"), reachable()).next_at) == "2026-12-10T15:00");
  // Monday 16:00 + 5 business days = Saturday 28 at 16:00, after Saturday's hours: Monday's opening.
  std::vector<attempt> pm{call("2026-11-23T16:00", outcome::voicemail)};
  CHECK(when(decide(pm, mrs, mx, at("2026-11-23T16:05"), reachable()).next_at) == "2026-11-30T09:00");
  // Tuesday 16:00 + 5 = Monday 30 at 16:00, the afternoon again: Tuesday's opening.
  std::vector<attempt> tue{call("2026-11-24T16:00", outcome::voicemail)};
  CHECK(when(decide(tue, mrs, mx, at("2026-11-24T16:05"), reachable()).next_at) == "2026-12-01T09:00");
  CHECK(when(decide(tue, mrs, co, at("2026-11-24T16:05"), reachable()).next_at) == "2026-12-01T07:00");
}

TEST_CASE("a gap already over when the schedule runs: due today, still not in the failed slot") {
  std::vector<attempt> h{call("2026-11-23T10:00", outcome::no_answer)};
  auto d = decide(h, builtin("mrs"), mx, at("2026-12-07T08:00"), reachable());
  CHECK(when(d.next_at) == "2026-12-07T12:00");  // 09:00 is the morning of the failed call
  CHECK(d.st == status::due);
}

TEST_CASE("week5: one business day apart, over Saturday hours, a Sunday and a holiday") {
  const auto& week5 = builtin("week5");
  // Friday afternoon -> Saturday afternoon, after Saturday's hours -> Monday's opening.
  std::vector<attempt> fri_pm{call("2026-11-27T16:00", outcome::no_answer)};
  CHECK(when(decide(fri_pm, week5, mx, at("2026-11-27T16:05"), reachable()).next_at) == "2026-11-30T09:00");
  CHECK(when(decide(fri_pm, week5, co, at("2026-11-27T16:05"), reachable()).next_at) == "2026-11-30T07:00");
  // Friday morning -> Saturday midday, open in both countries.
  std::vector<attempt> fri_am{call("2026-11-27T10:00", outcome::busy)};
  auto sat = decide(fri_am, week5, co, at("2026-11-27T10:05"), reachable());
  CHECK(when(sat.next_at) == "2026-11-28T12:00");
  CHECK(sat.st == status::scheduled);
  // Friday midday -> Saturday midday is refused (same slot); Saturday's afternoon is closed.
  std::vector<attempt> fri_noon{call("2026-11-27T13:00", outcome::no_answer)};
  CHECK(when(decide(fri_noon, week5, mx, at("2026-11-27T13:05"), reachable()).next_at) == "2026-11-30T09:00");
  // Saturday 14 Nov -> Sunday skipped, Monday 16 a holiday -> Tuesday 17.
  std::vector<attempt> before_holiday{call("2026-11-14T10:00", outcome::voicemail)};
  CHECK(when(decide(before_holiday, week5, mx, at("2026-11-14T10:05"), reachable()).next_at) == "2026-11-17T12:00");
  CHECK(when(decide(before_holiday, week5, co, at("2026-11-14T10:05"), reachable()).next_at) == "2026-11-17T12:00");
  // Colombia only: Monday 7 Dec -> Tuesday 8 a holiday -> Wednesday 9.
  std::vector<attempt> co_holiday{call("2026-12-07T10:00", outcome::no_answer)};
  CHECK(when(decide(co_holiday, week5, co, at("2026-12-07T10:05"), reachable()).next_at) == "2026-12-09T12:00");
  CHECK(when(decide(co_holiday, week5, mx, at("2026-12-07T10:05"), reachable()).next_at) == "2026-12-08T12:00");
}

TEST_CASE("lead48h: 4 business hours apart, counted inside contact hours") {
  const auto& lead = builtin("lead48h");
  // Friday 17:00: two hours left on Friday, two more from Saturday's opening.
  std::vector<attempt> h{call("2026-11-27T17:00", outcome::voicemail)};
  auto d = decide(h, lead, mx, at("2026-11-27T17:01"), reachable());
  CHECK(when(d.next_at) == "2026-11-28T11:00");
  CHECK(d.st == status::scheduled);
  CHECK(d.note == "");
  CHECK(when(decide(h, lead, co, at("2026-11-27T17:01"), reachable()).next_at) == "2026-11-28T10:00");
  // Saturday 13:00: MX one hour left (to 14:00), then Monday 09:00 + 3 h = 12:00, the slot of
  // the failed call -> 15:00. CO two hours left (to 15:00), Monday 07:00 + 2 h = 09:00.
  std::vector<attempt> sat{call("2026-11-27T09:30", outcome::no_answer), call("2026-11-28T13:00", outcome::busy)};
  CHECK(when(decide(sat, lead, mx, at("2026-11-28T13:01"), reachable()).next_at) == "2026-11-30T15:00");
  CHECK(when(decide(sat, lead, co, at("2026-11-28T13:01"), reachable()).next_at) == "2026-11-30T09:00");
  // Within the day: Monday 09:00 + 4 h = 13:00, due today.
  std::vector<attempt> mon{call("2026-11-23T09:00", outcome::no_answer)};
  auto today = decide(mon, lead, mx, at("2026-11-23T09:01"), reachable());
  CHECK(when(today.next_at) == "2026-11-23T13:00");
  CHECK(today.st == status::due);
}

TEST_CASE("add_business_minutes counts contact time only") {
  CHECK(format_minutes(add_business_minutes(mx, at("2026-11-27T10:00"), 60)) == "2026-11-27T11:00");
  CHECK(format_minutes(add_business_minutes(mx, at("2026-11-27T18:00"), 120)) == "2026-11-28T10:00");
  // Ending on the closing minute stays there (the next contact minute is the caller's).
  CHECK(format_minutes(add_business_minutes(mx, at("2026-11-27T17:00"), 120)) == "2026-11-27T19:00");
  // Saturday: MX closes at 14:00, CO at 15:00.
  CHECK(format_minutes(add_business_minutes(mx, at("2026-11-28T13:00"), 120)) == "2026-11-30T10:00");
  CHECK(format_minutes(add_business_minutes(co, at("2026-11-28T13:00"), 120)) == "2026-11-28T15:00");
  // From a Sunday, and over the holiday of Monday 16 November.
  CHECK(format_minutes(add_business_minutes(mx, at("2026-11-29T10:00"), 30)) == "2026-11-30T09:30");
  CHECK(format_minutes(add_business_minutes(co, at("2026-11-29T10:00"), 30)) == "2026-11-30T07:30");
  CHECK(format_minutes(add_business_minutes(mx, at("2026-11-14T13:30"), 60)) == "2026-11-17T09:30");
  // Nothing to add: the next contact minute.
  CHECK(format_minutes(add_business_minutes(mx, at("2026-11-27T20:00"), 0)) == "2026-11-28T09:00");
  // 48 business hours from Monday's opening: MX 10 h a weekday, CO 12 h.
  CHECK(format_minutes(add_business_minutes(mx, at("2026-11-23T09:00"), 48 * 60)) == "2026-11-27T17:00");
  CHECK(format_minutes(add_business_minutes(co, at("2026-11-23T07:00"), 48 * 60)) == "2026-11-26T19:00");
}

TEST_CASE("after the last phone step: the fallback, with its channel resolved") {
  const auto& mrs = builtin("mrs");
  const std::vector<attempt> three{call("2026-11-13T10:00", outcome::no_answer),
                                   call("2026-11-21T12:00", outcome::busy),
                                   call("2026-11-27T15:30", outcome::voicemail)};
  auto fb = [&](const cadence& c, customer_channels who) { return decide(three, c, mx, at("2026-11-27T15:35"), who); };
  auto d = fb(mrs, {"email", true, true, std::nullopt});
  CHECK(d.st == status::fallback_due);
  CHECK(d.attempts == 3);
  CHECK(d.next_channel == "email");
  CHECK(when(d.next_at) == "2026-11-27T15:35");
  CHECK(d.note == "medio preferido del cliente");
  // mrs: the preferred channel; phone (or none) means WhatsApp with a mobile, else e-mail, else a letter.
  CHECK(fb(mrs, {"", true, true, std::nullopt}).next_channel == "whatsapp");
  CHECK(fb(mrs, {"phone", true, false, std::nullopt}).next_channel == "whatsapp");
  CHECK(fb(mrs, {"sms", true, true, std::nullopt}).next_channel == "sms");
  CHECK(fb(mrs, {"letter", true, true, std::nullopt}).next_channel == "letter");
  CHECK(fb(mrs, {"", false, true, std::nullopt}).next_channel == "email");
  CHECK(fb(mrs, {"phone", false, false, std::nullopt}).next_channel == "letter");
  // week5: a letter, or an e-mail when there is an address.
  const std::vector<attempt> five{call("2026-11-23T10:00", outcome::no_answer), call("2026-11-24T12:00", outcome::no_answer),
                                  call("2026-11-25T15:00", outcome::no_answer), call("2026-11-26T10:00", outcome::busy),
                                  call("2026-11-27T12:30", outcome::voicemail)};
  auto w5 = decide(five, builtin("week5"), mx, at("2026-11-27T12:35"), {"", true, true, std::nullopt});
  CHECK(w5.st == status::fallback_due);
  CHECK(w5.next_channel == "email");
  CHECK(w5.note == "carta o correo con promociones y teléfonos de citas");
  CHECK(decide(five, builtin("week5"), mx, at("2026-11-27T12:35"), {"email", true, false, std::nullopt}).next_channel ==
        "letter");
  // call3-whatsapp: WhatsApp needs a mobile; else e-mail, else a letter.
  const auto& c3 = builtin("call3-whatsapp");
  CHECK(fb(c3, {"", true, false, std::nullopt}).next_channel == "whatsapp");
  CHECK(fb(c3, {"", false, true, std::nullopt}).next_channel == "email");
  CHECK(fb(c3, {"", false, false, std::nullopt}).next_channel == "letter");
  // lead48h: e-mail.
  auto lead = fb(builtin("lead48h"), reachable());
  CHECK(lead.next_channel == "email");
  CHECK(lead.note == "correo: su solicitud está en estudio");
  // After hours the fallback waits for the next contact minute, and stays in its own queue.
  auto late = decide(three, mrs, mx, at("2026-11-27T19:30"), reachable());
  CHECK(when(late.next_at) == "2026-11-28T09:00");
  CHECK(late.st == status::fallback_due);
}

TEST_CASE("invalid or wrong number: the fallback at once, never WhatsApp or SMS to that number") {
  for (auto bad : {outcome::wrong_number, outcome::invalid_number}) {
    CAPTURE(outcome_name(bad));
    std::vector<attempt> h{call("2026-11-27T10:00", bad)};
    for (const auto& c : builtin_cadences()) {
      CAPTURE(c.name);
      for (const char* pref : {"", "phone", "whatsapp", "sms"}) {
        CAPTURE(pref);
        auto d = decide(h, c, mx, at("2026-11-27T10:02"), {pref, true, true, std::nullopt});
        CHECK(d.st == status::fallback_due);
        CHECK(when(d.next_at) == "2026-11-27T10:02");
        CHECK(d.next_channel == "email");
        // Without an e-mail, a letter (lead48h's step is e-mail itself: left to its own case); a
        // reminder's quick message has nothing left (a letter would come after the appointment).
        const auto no_email = decide(h, c, mx, at("2026-11-27T10:02"), {pref, true, false, std::nullopt});
        if (c.name == "reminder")
          CHECK(no_email.st == status::exhausted);
        else if (c.name != "lead48h")
          CHECK(no_email.next_channel == "letter");
      }
    }
    // A letter asked for stays a letter.
    CHECK(decide(h, builtin("mrs"), mx, at("2026-11-27T10:02"), {"letter", true, true, std::nullopt}).next_channel ==
          "letter");
  }
  // The second call of a lead finds the number invalid: e-mail now, not after the third call.
  std::vector<attempt> lead{call("2026-11-27T09:00", outcome::no_answer),
                            call("2026-11-27T13:00", outcome::invalid_number)};
  auto d = decide(lead, builtin("lead48h"), co, at("2026-11-27T13:01"), reachable());
  CHECK(d.st == status::fallback_due);
  CHECK(d.next_channel == "email");
}

TEST_CASE("callback_requested: the time asked, at once when missed, else the next business day in another slot") {
  const auto& mrs = builtin("mrs");
  attempt cb{at("2026-11-27T10:00"), channel::phone, outcome::callback_requested, at("2026-11-27T18:30")};
  auto d = decide({cb}, mrs, mx, at("2026-11-27T10:05"), reachable());
  CHECK(d.st == status::callback);
  CHECK(when(d.next_at) == "2026-11-27T18:30");
  CHECK(d.next_channel == "phone");
  CHECK(d.next_slot == slot::afternoon);
  CHECK(d.last_outcome == "callback_requested");
  // The customer chose a Sunday at 11:00: honoured.
  cb.callback_at = at("2026-11-29T11:00");
  CHECK(when(decide({cb}, mrs, mx, at("2026-11-27T10:05"), reachable()).next_at) == "2026-11-29T11:00");
  // Asked for right now: honoured now.
  cb.callback_at = at("2026-11-27T10:05");
  CHECK(when(decide({cb}, mrs, mx, at("2026-11-27T10:05"), reachable()).next_at) == "2026-11-27T10:05");
  // Missed (18:00, now 19:30): as soon as possible, Saturday's opening.
  cb.callback_at = at("2026-11-27T18:00");
  auto missed = decide({cb}, mrs, mx, at("2026-11-27T19:30"), reachable());
  CHECK(when(missed.next_at) == "2026-11-28T09:00");
  CHECK(missed.st == status::callback);
  CHECK(when(decide({cb}, mrs, co, at("2026-11-27T19:30"), reachable()).next_at) == "2026-11-28T08:00");
  // No time: the next business day, not in the morning of the call.
  cb.callback_at.reset();
  CHECK(when(decide({cb}, mrs, mx, at("2026-11-27T10:05"), reachable()).next_at) == "2026-11-28T12:00");
  CHECK(when(decide({cb}, mrs, co, at("2026-11-27T10:05"), reachable()).next_at) == "2026-11-28T12:00");
  attempt sat{at("2026-11-28T10:00"), channel::phone, outcome::callback_requested, std::nullopt};
  CHECK(when(decide({sat}, mrs, mx, at("2026-11-28T10:05"), reachable()).next_at) == "2026-11-30T12:00");
  attempt pm{at("2026-11-27T16:00"), channel::phone, outcome::callback_requested, std::nullopt};
  CHECK(when(decide({pm}, mrs, mx, at("2026-11-27T16:05"), reachable()).next_at) == "2026-11-28T09:00");
  // Every call counts toward the cadence, the callback too: after it, the third call of call3-whatsapp
  // fails and the fallback follows.
  std::vector<attempt> h{call("2026-11-25T10:00", outcome::no_answer),
                         {at("2026-11-26T12:00"), channel::phone, outcome::callback_requested, std::nullopt},
                         call("2026-11-27T15:00", outcome::no_answer)};
  CHECK(decide(h, builtin("call3-whatsapp"), mx, at("2026-11-27T15:05"), reachable()).st == status::fallback_due);
}

TEST_CASE("booked, closed and exhausted end the schedule") {
  for (const auto& c : builtin_cadences()) {
    CAPTURE(c.name);
    auto last = [&](outcome o) {
      return decide({call("2026-11-26T10:00", outcome::no_answer), call("2026-11-27T12:00", o)}, c, mx,
                    at("2026-11-27T12:05"), reachable());
    };
    auto booked = last(outcome::appointment_booked);
    CHECK(booked.st == status::booked);
    CHECK_FALSE(booked.next_at.has_value());
    CHECK(booked.next_channel == "");
    CHECK(booked.attempts == 2);
    CHECK(booked.last_outcome == "appointment_booked");
    for (auto o : {outcome::reached, outcome::declined, outcome::already_serviced, outcome::vehicle_sold,
                   outcome::do_not_contact}) {
      CAPTURE(outcome_name(o));
      auto d = last(o);
      CHECK(d.st == status::closed);
      CHECK_FALSE(d.next_at.has_value());
      CHECK(d.last_outcome == outcome_name(o));
    }
    attempt message{at("2026-11-27T12:00"), channel::whatsapp, outcome::message_sent, std::nullopt};
    auto sent = decide({call("2026-11-26T10:00", outcome::no_answer), message}, c, mx, at("2026-11-27T12:05"), reachable());
    CHECK(sent.st == status::exhausted);
    CHECK_FALSE(sent.next_at.has_value());
  }
}

TEST_CASE("an unknown outcome counts as a failed call, an unknown channel as no call") {
  const auto& mrs = builtin("mrs");
  std::vector<attempt> h{call("2026-11-27T10:00", std::nullopt)};
  auto d = decide(h, mrs, mx, at("2026-11-27T10:05"), reachable());
  CHECK(d.st == status::scheduled);
  CHECK(d.last_outcome == "");
  CHECK(when(d.next_at) == "2026-12-03T12:00");  // as for no_answer
  // Three calls, one with an unknown channel: two calls made, the third phone step comes next.
  std::vector<attempt> odd{call("2026-11-13T10:00", outcome::no_answer), call("2026-11-20T12:00", outcome::busy),
                           {at("2026-11-27T15:00"), std::nullopt, outcome::no_answer, std::nullopt}};
  auto third = decide(odd, mrs, mx, at("2026-11-27T15:05"), reachable());
  CHECK(third.st == status::scheduled);
  CHECK(third.next_channel == "phone");
  CHECK(third.attempts == 3);
  // 5 business days after the last attempt (Sat, Mon, Tue, Wed, Thu), not in the afternoon.
  CHECK(when(third.next_at) == "2026-12-04T09:00");
}

TEST_CASE("every outcome at every step of every built-in cadence") {
  const long long now = at("2026-11-27T12:05");
  for (const auto& c : builtin_cadences()) {
    const std::size_t phones = c.phone_steps();
    for (std::size_t k = 0; k < phones; ++k) {  // k failed calls before the last one
      for (std::size_t oi = 0; oi <= outcome_count; ++oi) {
        const std::optional<outcome> o =
            oi < outcome_count ? std::optional<outcome>(static_cast<outcome>(oi)) : std::nullopt;
        CAPTURE(c.name);
        CAPTURE(k);
        CAPTURE(o ? outcome_name(*o) : std::string_view("(unknown)"));
        std::vector<attempt> h;
        static const char* earlier[] = {"2026-11-17T10:00", "2026-11-18T16:00", "2026-11-19T10:00",
                                        "2026-11-20T16:00", "2026-11-23T10:00"};
        for (std::size_t i = 0; i < k; ++i) h.push_back(call(earlier[i], outcome::no_answer));
        h.push_back(call("2026-11-27T12:00", o));
        for (const auto& who : {customer_channels{"whatsapp", true, true, std::nullopt},
                                customer_channels{"", false, false, std::nullopt}}) {
          auto d = decide(h, c, mx, now, who);
          CHECK(d.attempts == static_cast<int>(k + 1));
          const outcome eff = o.value_or(outcome::no_answer);
          if (eff == outcome::appointment_booked) {
            CHECK(d.st == status::booked);
          } else if (closes_item(eff)) {
            CHECK(d.st == status::closed);
          } else if (eff == outcome::message_sent) {
            CHECK(d.st == status::exhausted);
          } else if (eff == outcome::callback_requested) {
            CHECK(d.st == status::callback);
            CHECK(d.next_channel == "phone");
          } else if (c.name == "reminder" && (is_bad_number(eff) || k + 1 == phones) && !who.has_email &&
                     (is_bad_number(eff) || !who.has_mobile)) {
            CHECK(d.st == status::exhausted);  // no quick message the customer takes
          } else if (is_bad_number(eff) || k + 1 == phones) {
            CHECK(d.st == status::fallback_due);
            CHECK(d.next_channel != "phone");
            if (is_bad_number(eff) || !who.has_mobile) {
              CHECK(d.next_channel != "whatsapp");
              CHECK(d.next_channel != "sms");
            }
          } else {
            REQUIRE(d.next_at.has_value());
            CHECK((d.st == status::due || d.st == status::scheduled));
            CHECK(d.st == (*d.next_at < at("2026-11-28") ? status::due : status::scheduled));
            CHECK(d.next_channel == "phone");
            CHECK(d.note == c.steps[k + 1].note);
            CHECK(*d.next_at > h.back().at);
            CHECK(d.next_slot != slot::midday);  // the failed call was at midday
            CHECK(mx.next_contact_minute(*d.next_at) == *d.next_at);
          }
          if (d.st == status::booked || d.st == status::closed || d.st == status::exhausted)
            CHECK_FALSE(d.next_at.has_value());
        }
      }
    }
  }
}

TEST_CASE("a preferred channel the customer cannot be reached on gives way: e-mail, else a letter") {
  // The fallback of mrs once resolved `preferred` to the preference itself, without asking for
  // a mobile as a whatsapp or sms step does.
  const std::vector<attempt> three{call("2026-11-13T10:00", outcome::no_answer),
                                   call("2026-11-21T12:00", outcome::busy),
                                   call("2026-11-27T15:30", outcome::voicemail)};
  CHECK(decide(three, builtin("mrs"), mx, at("2026-11-27T15:35"), {"whatsapp", false, true, std::nullopt}).next_channel ==
        "email");
  CHECK(decide(three, builtin("mrs"), mx, at("2026-11-27T15:35"), {"sms", false, false, std::nullopt}).next_channel ==
        "letter");
  CHECK(decide(three, builtin("mrs"), mx, at("2026-11-27T15:35"), {"email", true, false, std::nullopt}).next_channel ==
        "whatsapp");
  CHECK(decide(three, builtin("mrs"), mx, at("2026-11-27T15:35"), {"whatsapp", true, true, std::nullopt}).next_channel ==
        "whatsapp");
  CHECK(decide(three, builtin("mrs"), mx, at("2026-11-27T15:35"), {"letter", true, true, std::nullopt}).next_channel ==
        "letter");
}

TEST_CASE("the day's work: a call due before the day ends, a message, a later step, booked, closed, exhausted") {
  const calendar::business_calendar mx(country::mx);
  const auto& mrs = builtin("mrs");
  const long long now = at("2026-11-27T07:00");
  const customer_channels who{"phone", true, true, std::nullopt};
  CHECK(work_today(decide({}, mrs, mx, now, who), now) == today::call);
  // The second call comes 5 business days after the first: later, then due.
  std::vector<attempt> h = {call("2026-11-24T10:00", outcome::no_answer)};
  CHECK(work_today(decide(h, mrs, mx, now, who), now) == today::later);
  h = {call("2026-11-19T10:00", outcome::no_answer)};
  CHECK(work_today(decide(h, mrs, mx, now, who), now) == today::call);
  // A callback asked for today, and one asked for tomorrow.
  h = {{at("2026-11-26T10:00"), channel::phone, outcome::callback_requested, at("2026-11-27T16:30")}};
  CHECK(work_today(decide(h, mrs, mx, now, who), now) == today::call);
  h = {{at("2026-11-26T10:00"), channel::phone, outcome::callback_requested, at("2026-11-28T10:00")}};
  CHECK(work_today(decide(h, mrs, mx, now, who), now) == today::later);
  h = {call("2026-11-26T10:00", outcome::appointment_booked)};
  CHECK(work_today(decide(h, mrs, mx, now, who), now) == today::booked);
  h = {call("2026-11-26T10:00", outcome::declined)};
  CHECK(work_today(decide(h, mrs, mx, now, who), now) == today::closed);
  // Three failed calls: the fallback message is today's work; once sent, nothing is left.
  h = {call("2026-10-01T10:00", outcome::no_answer), call("2026-10-08T12:30", outcome::no_answer),
       call("2026-10-15T16:00", outcome::no_answer)};
  CHECK(work_today(decide(h, mrs, mx, now, who), now) == today::message);
  h.push_back({at("2026-10-16T10:00"), channel::email, outcome::message_sent, std::nullopt});
  CHECK(work_today(decide(h, mrs, mx, now, who), now) == today::exhausted);
  // On a Sunday nothing is a call today: the first call waits for Monday.
  const long long sunday = at("2026-11-29T07:00");
  CHECK(work_today(decide({}, mrs, mx, sunday, who), sunday) == today::later);
}

TEST_CASE("attempts in the log's order whatever the rows' order, and as the call list writes them") {
  std::vector<attempt> h = {{at("2026-11-26T10:00"), channel::phone, outcome::no_answer, std::nullopt, "luis"},
                            {at("2026-11-20T09:15"), channel::phone, outcome::busy, std::nullopt, ""},
                            {at("2026-11-26T10:00"), channel::phone, outcome::callback_requested,
                             at("2026-11-27T16:30"), "ana"}};
  order_attempts(h);
  CHECK(previous_attempts(h) ==
        "2026-11-20T09:15|busy|;2026-11-26T10:00|callback_requested|ana;2026-11-26T10:00|no_answer|luis");
  CHECK(previous_attempts({}) == "");
}

TEST_CASE("a message step never goes to a channel the customer refused: the next allowed one, else nothing") {
  const calendar::business_calendar mx(country::mx);
  const long long now = at("2026-11-27T07:00");
  const std::vector<attempt> three = {call("2026-11-16T10:00", outcome::no_answer),
                                      call("2026-11-17T12:30", outcome::no_answer),
                                      call("2026-11-18T16:00", outcome::no_answer)};
  // call3-whatsapp's fallback is WhatsApp: no number takes it, an e-mail does.
  customer_channels no_whatsapp{"phone", false, true, std::nullopt, true, true};
  auto d = decide(three, builtin("call3-whatsapp"), mx, now, no_whatsapp);
  CHECK(d.st == status::fallback_due);
  CHECK(d.next_channel == "email");
  // No WhatsApp, no e-mail, no letter allowed: nothing is left to try.
  customer_channels nothing{"phone", false, false, std::nullopt, false, false};
  d = decide(three, builtin("call3-whatsapp"), mx, now, nothing);
  CHECK(d.st == status::exhausted);
  // week5's letter or e-mail: a letter refused, an e-mail allowed.
  customer_channels no_letter{"phone", true, true, std::nullopt, true, false};
  std::vector<attempt> five = three;
  five.push_back(call("2026-11-19T10:00", outcome::no_answer));
  five.push_back(call("2026-11-20T12:30", outcome::no_answer));
  CHECK(decide(five, builtin("week5"), mx, now, no_letter).next_channel == "email");
  customer_channels letter_only{"phone", false, false, std::nullopt, false, true};
  CHECK(decide(five, builtin("week5"), mx, now, letter_only).next_channel == "letter");
  // An SMS preference with SMS refused on every number: WhatsApp when a number takes it.
  customer_channels sms_refused{"sms", true, false, std::nullopt, false, true};
  CHECK(decide(three, builtin("mrs"), mx, now, sms_refused).next_channel == "whatsapp");
}

TEST_CASE("today's step as the list writes it: slot, time, call N of M, previous attempts, the callback asked") {
  const calendar::business_calendar mx(country::mx);
  const long long now = at("2026-11-27T07:00");
  const customer_channels who{"phone", true, true, std::nullopt};
  std::vector<attempt> h = {{at("2026-11-25T10:00"), channel::phone, outcome::no_answer, std::nullopt, "ana"},
                            {at("2026-11-26T12:00"), channel::whatsapp, outcome::message_sent, std::nullopt, ""},
                            {at("2026-11-26T16:00"), channel::phone, outcome::callback_requested,
                             at("2026-11-27T16:30"), "luis"}};
  CHECK(calls_made(h) == 2);  // the WhatsApp is no call
  const auto& mrs = builtin("mrs");
  const auto s = describe_step(decide(h, mrs, mx, now, who), h, mrs, true);
  CHECK(s.slot == "afternoon");
  CHECK(s.call_at == "2026-11-27T16:30");
  CHECK(s.attempt == "3");
  CHECK(s.planned == "3");
  CHECK(s.callback_at == "2026-11-27T16:30");
  CHECK(s.previous == previous_attempts(h));
  const auto message = describe_step(decide(h, mrs, mx, now, who), h, mrs, false);
  CHECK(message.attempt.empty());  // a message has no call number
  CHECK(message.planned.empty());
  const auto first = describe_step(decide({}, mrs, mx, now, who), {}, mrs, true);
  CHECK(first.attempt == "1");
  CHECK(first.previous.empty());
  CHECK(first.callback_at.empty());
}
