// What the agent says for each segment: the procedures' "speech" names, in Spanish or English.
#pragma once
#include <string_view>

#include "rules/segments.hpp"

namespace retorno::rules {

// One line for the call sheet, e.g. "Speech de siguiente mantenimiento; revisar adicionales pendientes y campañas".
std::string_view segment_script(segment s, bool english);
// The segment as a coordinator reads it ("Siguiente mantenimiento").
std::string_view segment_title(segment s, bool english);

}  // namespace retorno::rules
