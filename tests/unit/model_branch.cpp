// Branch names as the exports spell them, and the rows --branch keeps.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <utility>

#include "model/branch.hpp"

using retorno::model::branch_filter;
using retorno::model::fold_branch;
using retorno::model::same_branch;

TEST_CASE("a branch is the same whatever the case and the spaces around it") {
  CHECK(same_branch("Norte", "NORTE"));
  CHECK(same_branch(" Sucursal Sur ", "sucursal sur"));
  CHECK_FALSE(same_branch("Norte", "Nte"));
  CHECK_FALSE(same_branch("Querétaro", "Queretaro"));  // accents are part of the name
}

TEST_CASE("fold_branch: two spellings of one branch fold alike, as same_branch tells them") {
  auto fold = [](std::string_view b) {
    std::string out = "x:";  // appended to what is there
    fold_branch(b, out);
    return out;
  };
  CHECK(fold(" Sucursal SUR ") == "x:sucursal sur");
  CHECK(fold("Querétaro") == "x:querétaro");
  for (auto [a, b] : {std::pair{"Norte", "NORTE"}, {"Norte", "Nte"}, {" Sur", "sur "}, {"Querétaro", "QUERÉTARO"}})
    CHECK((fold(a) == fold(b)) == same_branch(a, b));
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
