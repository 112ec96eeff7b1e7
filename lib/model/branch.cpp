// Branch names compared as the exports spell them.
#include "model/branch.hpp"

#include "core/text.hpp"

namespace retorno::model {

namespace {

char lower(char ch) { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; }

}  // namespace

bool same_branch(std::string_view a, std::string_view b) {
  a = trim(a);
  b = trim(b);
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

void fold_branch(std::string_view branch, std::string& out) {
  for (char ch : trim(branch)) out += lower(ch);
}

bool branch_filter::keeps(std::string_view row_branch) const {
  return name.empty() || trim(row_branch).empty() || same_branch(row_branch, name);
}

}  // namespace retorno::model
