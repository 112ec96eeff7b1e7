// Unit tests of lib/normalize/email.cpp: syntax, placeholders and the domain typos clerks make.
#include <doctest/doctest.h>

#include "normalize/email.hpp"

using namespace retorno::normalize;

TEST_CASE("email: trimmed and lower-cased") {
  auto r = normalize_email("  Juan.Perez@Hotmail.COM ");
  CHECK(r.value == "juan.perez@hotmail.com");
  CHECK(r.ok());
  CHECK(normalize_email("maria_23+taller@live.com.mx").value == "maria_23+taller@live.com.mx");
}

TEST_CASE("email: real regional domains are not typos") {
  CHECK(normalize_email("ana@hotmail.es").ok());
  CHECK(normalize_email("ana@hotmail.com.mx").ok());
  CHECK(normalize_email("ana@yahoo.com.mx").ok());
  CHECK(normalize_email("ana@une.net.co").ok());
}

TEST_CASE("email: a known domain typo keeps the value and suggests the address") {
  auto r = normalize_email("juan@hotmial.com");
  CHECK(r.value == "juan@hotmial.com");
  CHECK(r.problem == "domain_typo");
  CHECK(r.detail == "juan@hotmail.com");
  struct pair {
    const char* typed;
    const char* meant;
  };
  for (auto [typed, meant] :
       {pair{"a@hotmal.com", "a@hotmail.com"}, pair{"a@hotmai.com", "a@hotmail.com"},
        pair{"a@hotmail.con", "a@hotmail.com"}, pair{"a@gmial.com", "a@gmail.com"}, pair{"a@gmal.com", "a@gmail.com"},
        pair{"a@gamil.com", "a@gmail.com"}, pair{"a@gmail.con", "a@gmail.com"}, pair{"a@gmail.co", "a@gmail.com"},
        pair{"a@yahooo.com", "a@yahoo.com"}, pair{"a@yaho.com", "a@yahoo.com"}, pair{"a@yahoo.con", "a@yahoo.com"},
        pair{"a@outlok.com", "a@outlook.com"}, pair{"a@outllok.com", "a@outlook.com"},
        pair{"a@toyotalaguna.com.con", "a@toyotalaguna.com.com"}}) {
    CAPTURE(typed);
    auto t = normalize_email(typed);
    CHECK(t.value == typed);
    CHECK(t.problem == "domain_typo");
    CHECK(t.detail == meant);
  }
}

TEST_CASE("email: bad syntax is invalid with the raw value") {
  auto r = normalize_email("jose_23@yanoo");
  CHECK(r.value.empty());
  CHECK(r.problem == "invalid");
  CHECK(r.detail == "jose_23@yanoo");
  for (const char* bad : {"juan.gmail.com", "juan@@gmail.com", "juan@gmail@com", "@gmail.com", "juan@",
                          "juan perez@gmail.com", "juan@gmail..com", ".juan@gmail.com", "juan.@gmail.com",
                          "juan@-gmail.com", "juan@gmail.c0m", "juan@gmail.c", "muñoz@gmail.com"}) {
    CAPTURE(bad);
    CHECK(normalize_email(bad).problem == "invalid");
  }
}

TEST_CASE("email: placeholders give no value") {
  for (const char* p : {"NO TIENE", "sin correo", "-", "N/A", "no proporciono", "...", "notiene@notiene.com",
                        "sincorreo@gmail.com", "no@no.com"}) {
    CAPTURE(p);
    auto r = normalize_email(p);
    CHECK(r.value.empty());
    CHECK(r.problem == "placeholder");
  }
}

TEST_CASE("email: an empty cell is no value and no problem") {
  CHECK(normalize_email("").ok());
  CHECK(normalize_email("   ").value.empty());
}

TEST_CASE("email: a domain one edit from a common provider is a typo") {
  struct pair {
    const char* typed;
    const char* meant;
  };
  for (auto [typed, meant] :
       {pair{"a@gmaill.com", "a@gmail.com"}, pair{"a@hotmaill.com", "a@hotmail.com"},
        pair{"a@hotmial.es", "a@hotmail.es"}, pair{"a@yaho.com.mx", "a@yahoo.com.mx"},
        pair{"a@prodigy.net.mxx", "a@prodigy.net.mx"}, pair{"a@icluod.com", "a@icloud.com"},
        pair{"a@outlookk.com", "a@outlook.com"}, pair{"a@live.com.mz", "a@live.com.mx"},
        pair{"a@gmali.com", "a@gmail.com"}}) {
    CAPTURE(typed);
    auto t = normalize_email(typed);
    CHECK(t.value == typed);
    CHECK(t.problem == "domain_typo");
    CHECK(t.detail == meant);
  }
}

TEST_CASE("email: real domains one edit from a provider are left alone") {
  for (const char* ok : {"a@mail.com", "a@ymail.com", "a@live.com", "a@outlook.es", "a@yahoo.es", "a@hotmail.fr",
                         "a@gmx.com", "a@une.net.co"}) {
    CAPTURE(ok);
    CHECK(normalize_email(ok).ok());
  }
}

TEST_CASE("email: Unicode spaces around the address are trimmed") {
  auto r = normalize_email("\xC2\xA0juan@gmail.com\xE2\x80\x89");  // NBSP before, thin space after
  CHECK(r.value == "juan@gmail.com");
  CHECK(r.ok());
  CHECK(normalize_email("\xE3\x80\x80juan@gmail.com\xEF\xBB\xBF").value == "juan@gmail.com");  // ideographic, BOM
}
