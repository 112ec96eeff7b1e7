// The doctest runner: every tests/unit/*.cpp registers its cases here. The library's messages
// are checked in English, as they were written; tests/unit/core_catalog.cpp checks both
// languages and that the catalogue has every message in each.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "core/catalog.hpp"

int main(int argc, char** argv) {
  retorno::set_language(retorno::lang::en);
  return doctest::Context(argc, argv).run();
}
