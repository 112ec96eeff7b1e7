// Tests of the exclusion rules: contact log, workshop and appointments in order, then consent, opt-outs, channels.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include <fmt/format.h>

#include "rules/exclusions.hpp"

using namespace retorno::rules;
using retorno::day;
using retorno::parse_day;

namespace {

// The detail in a language, as the exclusions file and --explain write it: a code among the
// arguments in words.
std::string detail(const verdict& v, bool english) {
  return fmt::format(fmt::runtime(retorno::text(v.detail, english ? retorno::lang::en : retorno::lang::es)),
                     detail_word(v.arg1_is, v.arg1, english), v.arg2);
}
// "reason: detail" in English, or "listed".
std::string said(const std::optional<verdict>& v) {
  if (!v) return "listed";
  return fmt::format("{}: {}", exclusion_name(v->reason), detail(*v, true));
}
std::string said_es(const std::optional<verdict>& v) { return v ? detail(*v, false) : std::string("listed"); }

// Everything at once: each check is then taken away in turn, to see the next one speak.
item_facts everything(segment s) {
  item_facts f;
  f.seg = s;
  f.vehicle_closed = outcome::vehicle_sold;
  f.vehicle_closed_when = "2026-11-20T10:15 ana";
  f.last_outcome = outcome::already_serviced;
  f.last_when = "2026-11-26T12:40 luis";
  f.open_ro = "RO-55";
  f.booked_for = "2026-12-01T10:00";
  f.appointment_id = "A9";
  f.appointment_at = "2026-12-02T09:00";
  return f;
}

// A person with a mobile, a home number and an e-mail, who said nothing about channels.
reach_facts person() {
  reach_facts f;
  f.consent = "yes";
  f.role = "owner";
  f.phones = {"+528711111111", "+528712222222", ""};
  f.email = "ana@example.com";
  f.address = "Calle 5, Torreón";
  return f;
}

std::string refused(const reach_result& r) { return r.refused ? said(r.refused) : std::string("reached"); }

}  // namespace

TEST_CASE("the order: vehicle closed, already serviced, closed item, in the workshop, an appointment") {
  auto f = everything(segment::next_service);
  CHECK(said(log_and_workshop(f)) == "closed: Vehicle sold (2026-11-20T10:15 ana)");  // beats everything
  f.vehicle_closed = outcome::do_not_contact;
  CHECK(said(log_and_workshop(f)) == "closed: Do not contact (2026-11-20T10:15 ana)");
  f.vehicle_closed.reset();
  auto serviced = log_and_workshop(f);
  CHECK(said(serviced) == "already_serviced: per the contact log");
  CHECK(said_es(serviced) == "según la bitácora");
  f.last_outcome = outcome::declined;
  CHECK(said(log_and_workshop(f)) == "closed: Declined (2026-11-26T12:40 luis)");
  f.last_outcome = outcome::reached;
  CHECK(said(log_and_workshop(f)) == "closed: Reached (2026-11-26T12:40 luis)");
  f.last_outcome = outcome::no_answer;  // a failed call closes nothing
  auto workshop = log_and_workshop(f);
  CHECK(said(workshop) == "in_workshop: RO RO-55 open");
  CHECK(said_es(workshop) == "OR RO-55 abierta");
  f.open_ro = "";
  auto booked = log_and_workshop(f);  // the log's booking before the appointment book
  CHECK(said(booked) == "has_appointment: booked for 2026-12-01T10:00");
  CHECK(said_es(booked) == "cita agendada para el 2026-12-01T10:00");
  f.booked_for = "";
  CHECK(said(log_and_workshop(f)) == "has_appointment: appointment A9 on 2026-12-02T09:00");
  f.appointment_id = "";
  CHECK(said(log_and_workshop(f)) == "listed");
  f.last_outcome = outcome::appointment_booked;  // the item itself was booked
  CHECK(said(log_and_workshop(f)) == "has_appointment: appointment booked in the contact log");
  f.last_outcome.reset();
  CHECK_FALSE(log_and_workshop(f).has_value());
}

TEST_CASE("outcomes that keep the item open: callbacks, failed calls, messages") {
  for (auto o : {outcome::no_answer, outcome::busy, outcome::voicemail, outcome::wrong_number, outcome::invalid_number,
                 outcome::callback_requested, outcome::message_sent}) {
    CAPTURE(outcome_name(o));
    item_facts f;
    f.seg = segment::inactive;
    f.last_outcome = o;
    CHECK_FALSE(log_and_workshop(f).has_value());
  }
}

TEST_CASE("a lead is called even with the vehicle in the workshop") {
  auto f = everything(segment::lead);
  f.vehicle_closed.reset();
  f.last_outcome.reset();
  CHECK(said(log_and_workshop(f)) == "listed");  // nor does an appointment stop a lead
  f.last_outcome = outcome::appointment_booked;
  CHECK(said(log_and_workshop(f)) == "has_appointment: appointment booked in the contact log");
  f.last_outcome = outcome::already_serviced;
  CHECK(said(log_and_workshop(f)) == "already_serviced: per the contact log");
  f.last_outcome.reset();
  f.vehicle_closed = outcome::do_not_contact;
  CHECK(said(log_and_workshop(f)) == "closed: Do not contact (2026-11-20T10:15 ana)");
}

TEST_CASE("an appointment stops only the segments that ask for a workshop visit") {
  for (auto s : {segment::post_service, segment::web_confirmation}) {
    CAPTURE(segment_name(s));
    item_facts f;
    f.seg = s;
    f.booked_for = "2026-12-01T10:00";
    f.appointment_id = "A9";
    CHECK(said(log_and_workshop(f)) == "listed");
    f.open_ro = "RO-1";  // the workshop still does
    CHECK(said(log_and_workshop(f)) == "in_workshop: RO RO-1 open");
  }
  for (auto s : {segment::no_show, segment::campaign_safety, segment::pending_quote, segment::first_service,
                 segment::campaign, segment::warranty_expiring, segment::inactive, segment::anniversary,
                 segment::test_drive}) {
    CAPTURE(segment_name(s));
    item_facts f;
    f.seg = s;
    f.appointment_id = "A9";
    f.appointment_at = "2026-12-02T09:00";
    CHECK(said(log_and_workshop(f)) == "has_appointment: appointment A9 on 2026-12-02T09:00");
  }
}

TEST_CASE("reach: consent, unknown vehicle, and the channel of a person who said nothing") {
  auto r = reach(person());
  CHECK(refused(r) == "reached");
  CHECK(r.channel == "phone");
  CHECK(r.phone == "+528711111111");
  CHECK(r.phone_alt == "+528712222222");
  CHECK(r.email == "ana@example.com");
  auto no = person();
  no.consent = "no";
  no.role = "maintainer";
  // Whose consent is missing, in words: never the role's code.
  CHECK(refused(reach(no)) == "no_consent: person in charge of maintenance");
  CHECK(said_es(reach(no).refused) == "responsable del mantenimiento");
  no.consent = "unknown";  // only an explicit no stops the call
  CHECK(refused(reach(no)) == "reached");
  auto unknown = person();
  unknown.unknown_vehicle = true;
  unknown.consent = "no";  // checked first
  CHECK(refused(reach(unknown)) == "no_channel: vehicle not in the vehicles table");
}

TEST_CASE("reach: no phone and no e-mail is no_channel, unless opt-outs took them") {
  auto f = person();
  f.phones = {"", "", ""};
  f.email = "";
  CHECK(refused(reach(f)) == "no_channel: no valid phone or e-mail");
  f.phones = {"+528711111111", "", ""};
  f.optouts = off_phone;
  CHECK(refused(reach(f)) == "opted_out: every channel opted out");
  f.optouts = 0;
  f.phone_optouts = {off_phone, 0, 0};
  CHECK(refused(reach(f)) == "opted_out: every channel opted out");
  // A letter alone does not make a channel.
  f = person();
  f.phones = {"", "", ""};
  f.email = "";
  f.preferred_channel = "letter";
  CHECK(refused(reach(f)) == "no_channel: no valid phone or e-mail");
}

TEST_CASE("opt-outs by VIN, customer or e-mail: scope all ends the item, a channel scope removes it") {
  auto f = person();
  f.optouts = off_all;
  CHECK(refused(reach(f)) == "opted_out: all channels");
  f.optouts = off_sms | off_all;  // several rows add up, in any order
  CHECK(refused(reach(f)) == "opted_out: all channels");
  // phone: the numbers go (no WhatsApp or SMS to them either); the e-mail stays.
  f = person();
  f.preferred_channel = "whatsapp";
  f.optouts = off_phone;
  auto r = reach(f);
  CHECK(refused(r) == "reached");
  CHECK(r.channel == "email");
  CHECK(r.phone == "");
  CHECK(r.phone_alt == "");
  // email: the address goes, the phone stays.
  f = person();
  f.preferred_channel = "email";
  f.optouts = off_email;
  r = reach(f);
  CHECK(r.channel == "phone");
  CHECK(r.email == "");
  // whatsapp and sms: the messages go.
  f = person();
  f.preferred_channel = "whatsapp";
  f.optouts = off_whatsapp;
  CHECK(reach(f).channel == "phone");
  f.preferred_channel = "sms";
  CHECK(reach(f).channel == "sms");
  f.optouts = off_whatsapp | off_sms;
  CHECK(reach(f).channel == "phone");
  // letter: no letters, even with an address.
  f = person();
  f.preferred_channel = "letter";
  CHECK(reach(f).channel == "letter");
  f.optouts = off_letter;
  CHECK(reach(f).channel == "phone");
  // phone and email together: nothing left.
  f = person();
  f.optouts = off_phone | off_email;
  CHECK(refused(reach(f)) == "opted_out: every channel opted out");
}

TEST_CASE("opt-outs by number: scope all ends the item, phone removes that number only") {
  auto f = person();
  f.phone_optouts = {0, off_all, 0};
  CHECK(refused(reach(f)) == "opted_out: phone on the do-not-call list");
  f.phone_optouts = {off_phone, 0, 0};
  auto r = reach(f);
  CHECK(r.phone == "+528712222222");
  CHECK(r.phone_alt == "");
  // What a person asked with a number (no e-mail, no letters) holds for every channel.
  f.phone_optouts = {off_email, 0, 0};
  r = reach(f);
  CHECK(r.email == "");
  CHECK(r.phone == "+528711111111");
  f.preferred_channel = "letter";
  f.phone_optouts = {0, off_letter, 0};
  CHECK(reach(f).channel == "phone");
  // A number opted out of WhatsApp: the message goes to the next number that accepts it.
  f = person();
  f.preferred_channel = "whatsapp";
  f.phone_optouts = {off_whatsapp, 0, 0};
  r = reach(f);
  CHECK(r.channel == "whatsapp");
  CHECK(r.phone == "+528712222222");
  CHECK(r.phone_alt == "+528711111111");
  f.phone_optouts = {off_whatsapp, off_whatsapp, 0};
  r = reach(f);
  CHECK(r.channel == "phone");
  CHECK(r.phone == "+528711111111");
  // The same number twice is one number.
  f = person();
  f.phones = {"+528711111111", "+528711111111", "+528713333333"};
  r = reach(f);
  CHECK(r.phone == "+528711111111");
  CHECK(r.phone_alt == "+528713333333");
}

TEST_CASE("the preferred channel when usable, else the phone, else e-mail") {
  auto f = person();
  for (const char* ch : {"phone", "whatsapp", "sms", "email", "letter"}) {
    f.preferred_channel = ch;
    CHECK(reach(f).channel == ch);
  }
  f.preferred_channel = "letter";
  f.address = "";  // a letter needs an address
  CHECK(reach(f).channel == "phone");
  f.preferred_channel = "email";
  f.email = "";
  CHECK(reach(f).channel == "phone");
  f = person();
  f.phones = {"", "", ""};
  f.preferred_channel = "whatsapp";  // no number to send it to
  CHECK(reach(f).channel == "email");
  f.preferred_channel = "fax";
  CHECK(reach(f).channel == "email");
}

TEST_CASE("exclusion and scope names") {
  CHECK(exclusion_name(exclusion_reason::expired) == "expired");
  CHECK(exclusion_name(exclusion_reason::has_appointment) == "has_appointment");
  CHECK(exclusion_name(exclusion_reason::merged) == "merged");
  CHECK(optout_bit("all") == off_all);
  CHECK(optout_bit("whatsapp") == off_whatsapp);
  CHECK(optout_bit("letter") == off_letter);
  CHECK(optout_bit("ALL") == 0u);
  CHECK(optout_bit("") == 0u);
}

TEST_CASE("rest days: a customer reached rests from reasons no more urgent, not from what was asked for") {
  const day today = *parse_day("2026-11-27");
  const auto reached = parse_day("2026-11-20");
  const int next_service = segment_priority(segment::next_service);
  // Reached about the next service a week ago: the inactive item and the next service rest.
  CHECK(rests(segment::inactive, false, reached, next_service, 30, today));
  CHECK(rests(segment::next_service, false, reached, next_service, 30, today));
  // A more urgent reason is called; so are safety campaigns, leads, no-shows, web bookings,
  // appointment reminders, complaint follow-ups and callbacks.
  CHECK_FALSE(rests(segment::pending_quote, false, reached, next_service, 30, today));
  for (auto s : {segment::campaign_safety, segment::lead, segment::no_show, segment::web_confirmation,
                 segment::appointment_reminder, segment::complaint_followup})
    CHECK_FALSE(rests(s, false, reached, next_service, 30, today));
  CHECK_FALSE(rests(segment::inactive, true, reached, next_service, 30, today));
  // The rest ends after the days: reached 30 days ago is callable, 29 days ago is not.
  CHECK_FALSE(rests(segment::inactive, false, parse_day("2026-10-28"), next_service, 30, today));
  CHECK(rests(segment::inactive, false, parse_day("2026-10-29"), next_service, 30, today));
  CHECK_FALSE(rests(segment::inactive, false, reached, next_service, 0, today));  // --rest-days 0: no rest
  CHECK_FALSE(rests(segment::inactive, false, std::nullopt, next_service, 30, today));  // never reached
}

TEST_CASE("reach names the numbers that take a WhatsApp and an SMS, and whether a letter may go") {
  reach_facts f;
  f.preferred_channel = "phone";
  f.phones = {"+528712000001", "+528712000002", ""};
  f.phone_optouts = {off_whatsapp, off_sms, 0};
  f.email = "ana@example.com";
  auto r = reach(f);
  REQUIRE_FALSE(r.refused);
  CHECK(r.whatsapp == "+528712000002");  // the first number does not take WhatsApp
  CHECK(r.sms == "+528712000001");
  CHECK_FALSE(r.letter);  // no address
  f.address = "Calle Morelos 120";
  CHECK(reach(f).letter);
  f.optouts = off_letter;
  CHECK_FALSE(reach(f).letter);
  f.phone_optouts = {off_whatsapp | off_sms, off_whatsapp, 0};
  r = reach(f);
  CHECK(r.whatsapp.empty());
  CHECK(r.sms == "+528712000002");
}

TEST_CASE("the codes among a detail's arguments are said in words; anything else as it is") {
  CHECK(detail_word(detail_code::outcome, "vehicle_sold", false) == "Vendió el vehículo");
  CHECK(detail_word(detail_code::outcome, "vehicle_sold", true) == "Vehicle sold");
  CHECK(detail_word(detail_code::channel, "phone", false) == "teléfono");
  CHECK(detail_word(detail_code::channel, "email", true) == "email");
  CHECK(detail_word(detail_code::channel, "whatsapp", false) == "WhatsApp");
  CHECK(detail_word(detail_code::role, "owner", false) == "propietario");
  CHECK(detail_word(detail_code::role, "user", true) == "vehicle user");
  // A value outside the vocabulary (a dealership's own role, a typo) and plain text stay.
  CHECK(detail_word(detail_code::role, "gerente", false) == "gerente");
  CHECK(detail_word(detail_code::outcome, "contestó", true) == "contestó");
  CHECK(detail_word(detail_code::none, "vehicle_sold", false) == "vehicle_sold");
  // The scheduled detail as the exclusions file writes it in each language.
  const verdict next{exclusion_reason::scheduled, retorno::msg::excl_detail_next, "phone", "2026-12-02T12:00",
                     detail_code::channel};
  CHECK(detail(next, false) == "por teléfono el 2026-12-02T12:00");
  CHECK(detail(next, true) == "by phone on 2026-12-02T12:00");
}
