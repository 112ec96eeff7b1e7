// Shared front-end pieces: common flags, language choice, schema folders, notes.
#include "common.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <cstring>
#include <filesystem>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "config/config.hpp"
#include "core/dates.hpp"
#include "core/error.hpp"
#include "core/progress.hpp"

namespace retorno::tool {

void add_common_flags(CLI::App& app, common_options& opts) {
  app.add_option("--as-of", opts.as_of, "Fix \"now\" as YYYY-MM-DD[THH:MM] (default: the local clock)");
  app.add_flag("--quiet,-q", opts.quiet, "No notes and no summary on stderr");
  app.add_option("--lang", opts.lang, "Language of what a person reads: es or en")
      ->check(CLI::IsMember({"es", "en"}));
  app.add_flag("--excel", opts.excel,
               "Write for Excel: UTF-8 BOM, CRLF, and formulas neutralised with a leading '");
  app.add_option("--branch", opts.branch,
                 "Only this branch's rows (sucursal); rows without a branch belong to every branch. "
                 "ingest: the branch of the rows that name none");
}

bool english(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--lang=en") == 0) return true;
    if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc && std::strcmp(argv[i + 1], "en") == 0) return true;
  }
  const char* env = std::getenv("RETORNO_LANG");
  return env && std::strcmp(env, "en") == 0;
}

std::vector<std::string> schema_dirs() {
  std::vector<std::string> dirs;
  if (const char* env = std::getenv("RETORNO_SCHEMAS")) {
    std::string_view list(env);
    while (!list.empty()) {
      auto colon = list.find(':');
      if (colon != 0) dirs.emplace_back(list.substr(0, colon));
      if (colon == std::string_view::npos) break;
      list.remove_prefix(colon + 1);
    }
  }
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    auto bin = exe.parent_path();
    dirs.push_back((bin.parent_path() / "share" / "retorno" / "schemas").string());
    dirs.push_back((bin.parent_path() / "schemas").string());
  }
  dirs.emplace_back(RETORNO_SCHEMA_DIR);
#ifdef RETORNO_SOURCE_SCHEMA_DIR
  dirs.emplace_back(RETORNO_SOURCE_SCHEMA_DIR);
#endif
  return dirs;
}

as_of parse_as_of(const std::string& text) {
  if (text.empty()) {
    std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    auto text_now = fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}", local.tm_year + 1900, local.tm_mon + 1, local.tm_mday,
                                local.tm_hour, local.tm_min);
    return parse_as_of(text_now);
  }
  auto day = retorno::parse_day(text);
  auto minutes = retorno::parse_minutes(text);
  const bool shape_ok = text.size() == 10 || (text.size() == 16 && (text[10] == 'T' || text[10] == ' '));
  if (!day || !minutes || !shape_ok)
    throw retorno::usage_error(fmt::format("--as-of '{}' is not YYYY-MM-DD or YYYY-MM-DDTHH:MM", text));
  return {day->time_since_epoch().count(), *minutes};
}

void add_calendar_flags(CLI::App& app, calendar_flags& flags, const std::string& calendar_help) {
  app.add_option("--calendar", flags.calendar, calendar_help);
  app.add_option("--closed-days", flags.closed_days, "The dealership's closed days (CSV with a date column)");
}

void add_cadence_flags(CLI::App& app, cadence_flags& flags) {
  app.add_option("--cadence", flags.cadence, "NAME, or segment=NAME,... (default lead=lead48h,appointment_reminder=reminder,*=mrs)");
  app.add_option("--cadence-file", flags.cadence_file, "Custom cadences (CSV)");
}

rules::cadence_plan validate_cadences(const cadence_flags& flags) {
  rules::cadence_plan plan;
  plan.cadences = rules::builtin_cadences();
  if (!flags.cadence_file.empty())
    for (auto& k : config::load_cadences(flags.cadence_file)) plan.cadences.push_back(std::move(k));
  plan.cadence_of = rules::parse_cadence_spec(flags.cadence, plan.cadences);
  return plan;
}

retorno::country parse_country_flag(const std::string& flag, const std::string& value) {
  if (auto c = retorno::parse_country(value)) return *c;
  throw retorno::usage_error(fmt::format("{} '{}' is not MX or CO", flag, value));
}

business_days validate_calendar(const calendar_flags& flags) {
  business_days b;
  b.country = parse_country_flag("--calendar", flags.calendar);
  if (!flags.closed_days.empty()) b.closed = config::load_closed_days(flags.closed_days);
  return b;
}

namespace {

// What identifies a file: its device and inode when it exists, else its resolved path.
struct file_id {
  bool exists = false, device = false;
  dev_t dev = 0;
  ino_t ino = 0;
  std::string path;
  bool operator==(const file_id& o) const {
    return exists && o.exists ? dev == o.dev && ino == o.ino : path == o.path;
  }
};

file_id identify(const std::string& path) {
  file_id id;
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) {
    id.exists = true;
    id.device = S_ISCHR(st.st_mode);
    id.dev = st.st_dev;
    id.ino = st.st_ino;
  }
  std::error_code ec;
  auto resolved = std::filesystem::weakly_canonical(path, ec);
  id.path = ec ? path : resolved.string();
  return id;
}

bool is_stream(const std::string& path) { return path.empty() || path == "-"; }

}  // namespace

void check_paths(const std::vector<named_path>& inputs, const std::vector<named_path>& outputs) {
  std::vector<std::pair<const named_path*, file_id>> seen_outputs;
  for (const auto& out : outputs) {
    if (is_stream(out.path)) continue;
    const file_id id = identify(out.path);
    if (id.device) continue;
    for (const auto& in : inputs)
      if (!is_stream(in.path) && identify(in.path) == id)
        throw retorno::usage_error(fmt::format("{} {} is also the input{}{} {}: an output never replaces an input",
                                               out.flag, out.path, in.flag == "input" ? "" : " ",
                                               in.flag == "input" ? "" : in.flag, in.path),
                                   "write the output to another file");
    for (const auto& [other, other_id] : seen_outputs)
      if (other_id == id)
        throw retorno::usage_error(fmt::format("{} and {} are both {}: each output needs its own file", other->flag,
                                               out.flag, out.path));
    seen_outputs.emplace_back(&out, id);
  }
}

void show_progress(const std::string& cmd, const std::vector<std::string>& inputs, const common_options& opts) {
  std::uint64_t total = 0;
  for (const auto& path : inputs) {
    if (path.empty() && &path != &inputs.front()) continue;  // an optional input not given
    struct stat st {};
    if (path.empty() || path == "-" || ::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
      total = 0;  // standard input or a pipe: the size is not known
      break;
    }
    total += static_cast<std::uint64_t>(st.st_size);
  }
  progress::start(cmd, total, !opts.quiet && ::isatty(STDERR_FILENO) == 1, opts.lang == "en");
}

void check_range(const std::string& flag, long long value, long long low, long long high) {
  if (value < low || value > high)
    throw retorno::usage_error(fmt::format("{} {} is out of range: from {} to {}", flag, value, low, high));
}

// Never fails: a note that cannot be written (stderr closed, full, or a pipe nobody reads) is
// lost, and the run goes on.
void note(const std::string& cmd, const std::string& text) {
  progress::clear();
  const std::string line = fmt::format("retorno {}: {}\n", cmd, text);
  (void)!std::fwrite(line.data(), 1, line.size(), stderr);
}

}  // namespace retorno::tool
