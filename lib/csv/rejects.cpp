// The rejects file: opened eagerly or at the first reject, written atomically; its reasons' words.
#include "csv/rejects.hpp"

#include <charconv>

#include "core/catalog.hpp"
#include "normalize/problem.hpp"

namespace retorno::csv {

rejects_file::rejects_file(std::string path, bool eager, bool excel) : path_(std::move(path)), excel_(excel) {
  if (eager) open();
}

void rejects_file::open() {
  out_.emplace(path_);
  writer_.emplace(*out_, excel_);
  writer_->row({"file", "line", "field", "value", "reason"});
}

void rejects_file::add(std::string_view file, std::uint64_t line, std::string_view field, std::string_view value,
                       std::string_view reason) {
  if (!writer_) open();
  char digits[24];
  const std::string_view line_text(digits, static_cast<std::size_t>(std::to_chars(digits, digits + sizeof digits, line).ptr - digits));
  writer_->row({file, line_text, field, value, reason});
}

void rejects_file::finish() {
  if (out_) out_->finish();
}

void rejects_file::publish() {
  if (out_) out_->publish();
}

std::string ragged_reason(std::size_t fields, std::size_t header) {
  return fields == 1 ? tr(msg::rej_ragged_one, header) : tr(msg::rej_ragged, fields, header);
}

std::string value_reason(std::string_view problem, std::string_view suggestion) {
  const std::string_view words = problem.empty() ? text(msg::rej_required_missing) : normalize::problem_words(problem);
  return suggestion.empty() ? std::string(words) : tr(msg::rej_did_you_mean, words, suggestion);
}

}  // namespace retorno::csv
