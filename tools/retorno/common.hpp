// What every command front end shares: the common flags and the command table entry.
#pragma once
#include <functional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace retorno::tool {

// Flags every command takes (DESIGN.md "Commands").
struct common_options {
  std::string as_of;
  bool quiet = false;
  std::string lang = "es";
  bool excel = false;
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
// install prefix.
std::vector<std::string> schema_dirs();

// `retorno <cmd>: <text>` on stderr.
void note(const std::string& cmd, const std::string& text);

// --as-of YYYY-MM-DD[THH:MM] (default: the local clock) as a day and minutes since the epoch.
struct as_of {
  long long day_number;  // days since 1970-01-01
  long long minutes;     // minutes since 1970-01-01T00:00 local
};
as_of parse_as_of(const std::string& text);

command setup_ingest(CLI::App& parent, bool english);
command setup_segment(CLI::App& parent, bool english);
command setup_schedule(CLI::App& parent, bool english);
command setup_dedupe(CLI::App& parent, bool english);
command setup_report(CLI::App& parent, bool english);

}  // namespace retorno::tool
