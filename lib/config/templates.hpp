// The dealership's own message texts: a CSV of templates that replace the built-in ones.
#pragma once
#include <string>

#include "rules/templates.hpp"

namespace retorno::config {

// Reads a templates file, CSV with columns segment,lang,channel,subject,text (subject optional;
// a row without one takes the first subject the lookup finds, the built-in one as a rule), each
// row replacing one template of `base`: segment one of rules::template_segments(), lang es or en,
// channel phone, whatsapp, sms, email or letter. A text may span lines inside quotes; its line
// ends become LF and its outer white space is dropped. Throws retorno::error (usage, exit 2)
// naming the file and line for an unknown segment, language or channel (with the closest name as
// a hint), an empty text, an unknown placeholder in the text or subject ({nombr}: did you mean
// {nombre}?), or a key given twice; an unreadable or malformed file is exit 2 too.
rules::template_set load_templates(const std::string& path, rules::template_set base = rules::builtin_templates());

}  // namespace retorno::config
