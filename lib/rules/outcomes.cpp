// The contact log's outcome and channel names, and their words for a person.
#include "rules/outcomes.hpp"

#include <algorithm>

#include "core/catalog.hpp"

namespace retorno::rules {

namespace {

constexpr std::array<std::string_view, outcome_count> names = {
    "no_answer", "busy", "voicemail", "wrong_number", "invalid_number", "reached", "callback_requested",
    "appointment_booked", "declined", "already_serviced", "vehicle_sold", "do_not_contact", "test_drive_accepted",
    "message_sent"};

struct label {
  std::string_view es, en;
};
constexpr std::array<label, outcome_count> labels = {{
    {"No contesta", "No answer"},
    {"Ocupado", "Busy"},
    {"Buzón", "Voicemail"},
    {"Número equivocado", "Wrong number"},
    {"Número inválido", "Invalid number"},
    {"Contactado", "Reached"},
    {"Pidió que le llamen", "Asked for a callback"},
    {"Cita agendada", "Appointment booked"},
    {"No desea", "Declined"},
    {"Ya hizo el servicio", "Already serviced"},
    {"Vendió el vehículo", "Vehicle sold"},
    {"No contactar", "Do not contact"},
    {"Acepta prueba de manejo", "Accepted a test drive"},
    {"Mensaje enviado", "Message sent"},
}};

constexpr std::array<std::string_view, channel_count> channels = {"phone", "whatsapp", "sms", "email", "letter"};

template <std::size_t N>
std::optional<std::size_t> index_of(const std::array<std::string_view, N>& list, std::string_view name) {
  auto at = std::find(list.begin(), list.end(), name);
  if (at == list.end()) return std::nullopt;
  return static_cast<std::size_t>(at - list.begin());
}

}  // namespace

const std::array<std::string_view, outcome_count>& outcome_names() { return names; }
std::string_view outcome_name(outcome o) { return names[static_cast<std::size_t>(o)]; }

std::optional<outcome> parse_outcome(std::string_view name) {
  auto i = index_of(names, name);
  if (!i) return std::nullopt;
  return static_cast<outcome>(*i);
}

std::string_view canonical_outcome(std::string_view name) {
  auto o = parse_outcome(name);
  return o ? outcome_name(*o) : std::string_view();
}

std::string_view outcome_label(outcome o, bool english) {
  const auto& l = labels[static_cast<std::size_t>(o)];
  return english ? l.en : l.es;
}

std::string_view outcome_label(std::string_view name, bool english) {
  auto o = parse_outcome(name);
  return o ? outcome_label(*o, english) : name;
}

const std::array<std::string_view, channel_count>& channel_names() { return channels; }
std::string_view channel_name(channel c) { return channels[static_cast<std::size_t>(c)]; }

std::optional<channel> parse_channel(std::string_view name) {
  auto i = index_of(channels, name);
  if (!i) return std::nullopt;
  return static_cast<channel>(*i);
}

std::string_view channel_label(channel c, bool english) {
  const lang l = english ? lang::en : lang::es;
  switch (c) {
    case channel::phone: return text(msg::channel_phone, l);
    case channel::whatsapp: return "WhatsApp";  // a name: the same in every language
    case channel::sms: return "SMS";
    case channel::email: return text(msg::channel_email, l);
    case channel::letter: return text(msg::channel_letter, l);
  }
  return channel_name(c);
}

std::string_view canonical_channel(std::string_view name) {
  auto c = parse_channel(name);
  return c ? channel_name(*c) : std::string_view();
}

}  // namespace retorno::rules
