// Spanish person names as match keys: folded, particles dropped, abbreviations expanded, order ignored.
#pragma once
#include <string>
#include <string_view>

namespace retorno::match {

// The comparable form of a name: its tokens, accent-folded and upper-case, sorted, joined by
// one space. Particles (DE, DEL, LA, LAS, LOS, Y, VDA) and company suffixes (SA, CV, SAS,
// LTDA, RL) are dropped; MA/MA. -> MARIA, GPE -> GUADALUPE, FCO -> FRANCISCO; a lone letter
// (J., M.) stays as an initial that matches any token starting with it. A name exactly 24 or
// 25 characters long was probably cut by a DMS field: its last word (in the original order) is
// kept with a trailing '*', meaning "a prefix of the real word".
//   name_match_key("Ma. Guadalupe de la Peña Ruíz") == "GUADALUPE MARIA PENA RUIZ"
//   name_match_key("MARIA MAGDALENA DELGADO A")     == "A* DELGADO MAGDALENA MARIA"
std::string name_match_key(std::string_view display_name);

}  // namespace retorno::match
