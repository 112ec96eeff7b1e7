// Which branch (sucursal) of a dealer group a row belongs to, and the rows `--branch` keeps.
#pragma once
#include <string>
#include <string_view>

namespace retorno::model {

// Two spellings of one branch: equal ignoring surrounding spaces and the case of ASCII letters
// ("Norte" and " NORTE "); accents count ("Querétaro" is not "Queretaro").
bool same_branch(std::string_view a, std::string_view b);

// Appends the spelling two names of one branch share: trimmed, ASCII letters lower-cased, so
// that same_branch(a, b) holds exactly when a and b fold alike. For keys of maps and sorts.
//   fold_branch(" NORTE ", out) appends "norte"
void fold_branch(std::string_view branch, std::string& out);

// The rows of one branch: a row of that branch, or of none (a vehicle, a lead or an opt-out
// without a branch belongs to every branch, as an agent without one serves every branch).
// An empty name keeps every row.
//   branch_filter{"Norte"}.keeps("NORTE") == true; keeps("") == true; keeps("Sur") == false
struct branch_filter {
  std::string name;
  bool active() const { return !name.empty(); }
  bool keeps(std::string_view row_branch) const;
};

}  // namespace retorno::model
