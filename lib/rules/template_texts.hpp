// The built-in message texts, in Spanish and English, one set per template segment (see
// rules/templates.hpp, which makes templates of them).
#pragma once
#include <span>
#include <string>
#include <string_view>

namespace retorno::rules {

// One template segment's texts in one language.
struct builtin_text {
  std::string_view segment;    // a template segment: "lead", ..., "appointment_reminder", "default"
  std::string_view voicemail;  // phone: what the agent leaves when nobody answers
  std::string_view short_text; // whatsapp and sms
  std::string_view subject;    // e-mail and letter
  std::string_view body;       // e-mail and letter, from the salutation to the last paragraph
};

// Every template segment's texts, "default" last, in the order of template_segments().
std::span<const builtin_text> builtin_texts(bool english);
// What closes an e-mail ("Atentamente,\nDepartamento de Servicio\n{agencia}\n{direccion_agencia}"):
// the letters' closing words, then the placeholders of the dealership's name and address.
std::string builtin_signature(bool english);


}  // namespace retorno::rules
