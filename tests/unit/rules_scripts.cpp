// lib/rules/scripts: every segment has a title and a script, in Spanish and English.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "rules/scripts.hpp"

using namespace retorno::rules;

TEST_CASE("every segment speaks both languages, and no two segments share a title") {
  std::set<std::string> titles_es, titles_en;
  for (int i = 0; i < static_cast<int>(segment_count); ++i) {
    const auto s = static_cast<segment>(i);
    CAPTURE(segment_name(s));
    CHECK_FALSE(segment_title(s, false).empty());
    CHECK_FALSE(segment_title(s, true).empty());
    CHECK_FALSE(segment_script(s, false).empty());
    CHECK_FALSE(segment_script(s, true).empty());
    CHECK(segment_title(s, false) != segment_title(s, true));
    CHECK(titles_es.insert(std::string(segment_title(s, false))).second);
    CHECK(titles_en.insert(std::string(segment_title(s, true))).second);
  }
}

TEST_CASE("the two campaign kinds read differently: safety comes first and says so") {
  CHECK(segment_title(segment::campaign_safety, false) == "Campaña de seguridad");
  CHECK(segment_title(segment::campaign, false) == "Campaña");
  CHECK(segment_script(segment::lead, false).find("mensaje de voz") != std::string_view::npos);
  CHECK(segment_script(segment::test_drive, true).find("30,000 km") != std::string_view::npos);
}
