// Branch names as the exports spell them, and the rows --branch keeps.
#include <doctest/doctest.h>

#include "model/branch.hpp"

using retorno::model::branch_filter;
using retorno::model::same_branch;

TEST_CASE("a branch is the same whatever the case and the spaces around it") {
  CHECK(same_branch("Norte", "NORTE"));
  CHECK(same_branch(" Sucursal Sur ", "sucursal sur"));
  CHECK_FALSE(same_branch("Norte", "Nte"));
  CHECK_FALSE(same_branch("Querétaro", "Queretaro"));  // accents are part of the name
}

TEST_CASE("--branch keeps its own rows and the rows of no branch") {
  const branch_filter norte{"Norte"};
  CHECK(norte.active());
  CHECK(norte.keeps("NORTE"));
  CHECK(norte.keeps(""));   // an opt-out, a vehicle without a branch: every branch's
  CHECK(norte.keeps("  "));
  CHECK_FALSE(norte.keeps("Sur"));
  const branch_filter every{};
  CHECK_FALSE(every.active());
  CHECK(every.keeps("Sur"));
}
