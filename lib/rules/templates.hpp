// The messages a customer reads when a call fails or is not the channel: WhatsApp, SMS, e-mail,
// letter, and what an agent leaves on voicemail. Templates with {placeholders}, kept per segment,
// language and channel; the built-in texts follow the dealership procedures' wording.
#pragma once
#include <array>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "rules/outcomes.hpp"
#include "rules/segments.hpp"

namespace retorno::rules {

// What fills a template. Each field is one placeholder, named in Spanish in the texts:
// {nombre} {modelo} {anio} {vin} {placas} {campana} {cotizacion} {monto} {fecha_cita} {agencia}
// {telefono_agencia} {whatsapp_agencia} {direccion_agencia} {promociones}. Values arrive as the
// customer should read them (a readable date, a formatted amount): filling does not format.
struct message_values {
  std::string name;             // {nombre}
  std::string model;            // {modelo}
  std::string year;             // {anio}
  std::string vin;              // {vin}
  std::string plates;           // {placas}
  std::string campaign;         // {campana}
  std::string quote;            // {cotizacion}
  std::string amount;           // {monto}
  std::string appointment_at;   // {fecha_cita}
  std::string dealer;           // {agencia}
  std::string dealer_phone;     // {telefono_agencia}
  std::string dealer_whatsapp;  // {whatsapp_agencia}
  std::string dealer_address;   // {direccion_agencia}
  std::string promotions;       // {promociones}
};

inline constexpr std::size_t placeholder_count = 14;
// The placeholder names, without braces, in the order of message_values.
const std::array<std::string_view, placeholder_count>& placeholder_names();

// Every `{...}` of `text` that is no placeholder, as written and each once, in order of
// appearance: unknown_placeholders("Hola {nombr}, {anio} {año}") == {"{nombr}", "{año}"}.
// A brace with white space or another brace before its closing one is plain text ("{ }").
std::vector<std::string> unknown_placeholders(std::string_view text);

// The template with every placeholder replaced by its value; an unknown one stays as written.
// Values are never read for placeholders themselves. An empty value is left out, and so is:
// - the space before it, when punctuation, a space or the line's end follows
//   ("Estimado(a) {nombre}:" -> "Estimado(a):");
// - a parenthesised part whose placeholders all came out empty, with the space before it
//   ("la cotización {cotizacion} ({monto})." -> "la cotización Q-77.");
// - a line that came out blank, with a blank line after it when one comes before it
//   (a paragraph that is only "{promociones}").
std::string fill(std::string_view text, const message_values& v);

// The segments a template is kept for: the call list's segments, "campaign_safety" for the
// safety campaigns (the list writes both kinds "campaign"), "appointment_reminder", and
// "default", the generic text of anything else.
const std::vector<std::string_view>& template_segments();
bool is_template_segment(std::string_view name);
// The template segment of a call-list segment: segment_name(s), "campaign_safety" for the safety campaign.
std::string_view template_segment(segment s);

struct message_template {
  std::string subject;  // e-mail and letter; empty for the other channels
  std::string text;
};

// Templates by (segment, language, channel).
class template_set {
public:
  // Sets, or replaces, the template of one key.
  void put(std::string_view segment, bool english, channel ch, message_template t);
  // The template of exactly that key, or nullptr.
  const message_template* exact(std::string_view segment, bool english, channel ch) const;
  // The template to send: the key's own; else another channel of the segment, the nearest kind
  // first (whatsapp and sms stand in for each other, e-mail and letter too, then the rest in
  // channel order); else the "default" segment's in the same order; else the built-in generic
  // text. A template without a subject takes the subject the same search finds first.
  message_template find(std::string_view segment, bool english, channel ch) const;
  std::size_t size() const { return templates_.size(); }

private:
  std::map<std::tuple<std::string, bool, channel>, message_template, std::less<>> templates_;
};

// The built-in texts, Spanish and English, of every template segment: phone (what the agent
// leaves on voicemail), whatsapp (sms takes it), email (with a signature) and letter (the same
// text without one: the printed letter signs itself).
template_set builtin_templates();

}  // namespace retorno::rules
