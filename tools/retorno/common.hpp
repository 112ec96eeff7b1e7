// What every command front end shares: the common flags and the command table entry.
#pragma once
#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "core/country.hpp"
#include "core/dates.hpp"
#include "rules/cadence.hpp"

namespace CLI {
class App;
}

namespace retorno::tool {

// Flags every command takes (doc/design.md#shared-flags).
struct common_options {
  std::string as_of;
  bool quiet = false;
  std::string lang = "es";
  bool excel = false;
  std::string branch;  // --branch: one branch of a dealer group ("" = every branch)
};

// One subcommand: registered on the parser, run after a successful parse. `run` returns the
// exit code and throws retorno::error for everything else.
struct command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

void add_common_flags(CLI::App& app, common_options& opts);

// True when the user asked for English (--lang en anywhere on the line, or RETORNO_LANG=en):
// decided before parsing, so that --help already speaks the right language.
bool english(int argc, char** argv);

// Folders searched for schemas by name: $RETORNO_SCHEMAS (':'-separated), then next to the
// binary (installed: ../share/retorno/schemas; in a build folder: ../schemas), then the
// install prefix, then the schemas/ of the source tree it was built from (a build folder
// anywhere, not installed).
std::vector<std::string> schema_dirs();

// A progress bar on stderr while the inputs are read, when stderr is a terminal, --quiet is off
// and the inputs are large (core/progress); `inputs` are the command's files, the first one
// required ("" or "-": standard input), the others skipped when "".
void show_progress(const std::string& cmd, const std::vector<std::string>& inputs, const common_options& opts);

// `retorno <cmd>: <text>` on stderr (the progress bar erased first).
void note(const std::string& cmd, const std::string& text);

// --as-of YYYY-MM-DD[THH:MM] (default: the local clock) as a day and minutes since the epoch.
struct as_of {
  long long day_number;  // days since 1970-01-01
  long long minutes;     // minutes since 1970-01-01T00:00 local
};
as_of parse_as_of(const std::string& text);

// --calendar MX|CO and --closed-days FILE: the business days a command counts in.
struct calendar_flags {
  std::string calendar = "MX";
  std::string closed_days;
};
void add_calendar_flags(CLI::App& app, calendar_flags& flags, const std::string& calendar_help);
struct business_days {
  retorno::country country = retorno::country::mx;
  std::vector<day> closed;
};
// Throws a usage error for a calendar that is not MX or CO, an input error for a bad closed day.
business_days validate_calendar(const calendar_flags& flags);

// --cadence SPEC and --cadence-file FILE: which cadence each segment follows (segment and
// schedule-attempts decide the day's step with the same plan).
struct cadence_flags {
  std::string cadence, cadence_file;
};
void add_cadence_flags(CLI::App& app, cadence_flags& flags);
rules::cadence_plan validate_cadences(const cadence_flags& flags);

// `--flag` as a country (MX, CO): a usage error naming the flag otherwise.
retorno::country parse_country_flag(const std::string& flag, const std::string& value);

// Runs `work` and gives its result and the seconds it took (the summary line's last figure).
template <typename F>
auto timed(F&& work, double& seconds) {
  const auto start = std::chrono::steady_clock::now();
  auto result = work();
  seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

// A file a command reads or writes, as its flag names it.
struct named_path {
  std::string flag;  // "--vehicles", "-o", "input"
  std::string path;  // "" or "-": standard input or output, never compared
};
// Refuses (usage error, exit 2, before anything is read) an output that is one of the inputs
// (the same file, by device and inode, or the same path once resolved) and two outputs on one
// path, naming both flags: no run replaces its own input or writes two outputs into one file.
// Character devices (/dev/null) may be named more than once.
void check_paths(const std::vector<named_path>& inputs, const std::vector<named_path>& outputs);

// A whole-number flag that must lie in [low, high]: a usage error naming the flag otherwise.
void check_range(const std::string& flag, long long value, long long low, long long high);

command setup_ingest(CLI::App& parent, bool english);
command setup_segment(CLI::App& parent, bool english);
command setup_schedule(CLI::App& parent, bool english);
command setup_dedupe(CLI::App& parent, bool english);
command setup_report(CLI::App& parent, bool english);

}  // namespace retorno::tool
