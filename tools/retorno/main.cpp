// retorno: the one binary. Parses the command line, runs one command, maps every error to its exit code.
#include <fcntl.h>
#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "common.hpp"
#include "core/error.hpp"
#include "core/progress.hpp"
#include "core/text.hpp"

namespace {

// Standard streams the caller closed (`>&-`, `2>&-`) are opened on /dev/null before anything
// else opens a file: else the next open() takes descriptor 1 or 2, and what is meant for that
// stream lands in the file (the list in the exclusions file). Standard input is opened
// write-only and the others read-only, so that using one still fails as on a closed stream:
// a list sent to a closed standard output is an output error (exit 4), not discarded unseen.
// False when /dev/null cannot be opened.
bool open_closed_streams() {
  for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; ++fd) {
    if (::fcntl(fd, F_GETFD) >= 0 || errno != EBADF) continue;
    // The lowest free descriptor: `fd` itself, those below it being open by now.
    const int got = ::open("/dev/null", fd == STDIN_FILENO ? O_WRONLY : O_RDONLY);
    if (got != fd) return false;
  }
  return true;
}

// A line on stderr, or nothing when stderr is closed, full or a pipe nobody reads: a message
// that cannot be shown never ends the run nor changes its exit code.
void say(const std::string& line) {
  retorno::progress::stop();
  (void)!std::fwrite(line.data(), 1, line.size(), stderr);
}

void print_error(const std::string& cmd, const retorno::error& e) {
  std::string where;
  if (!e.file().empty()) where = e.line() > 0 ? fmt::format("{}:{}: ", e.file(), e.line()) : e.file() + ": ";
  // The message and hint may quote data (a bad value, a title line): no full phone or e-mail.
  std::string hint = e.hint().empty() ? "" : fmt::format(" ({})", retorno::mask_personal(e.hint()));
  say(fmt::format("retorno {}: error: {}{}{}\n", cmd, where, retorno::mask_personal(e.what()), hint));
}

// One line for a command line CLI11 refused, with a "did you mean" where a typo is likely.
std::string parse_error_line(CLI::App& app, int argc, char** argv, const CLI::ParseError& e) {
  std::vector<std::string> names;
  CLI::App* sub = nullptr;
  for (auto* s : app.get_subcommands({})) names.push_back(s->get_name());
  for (int i = 1; i < argc && !sub; ++i)
    for (auto* s : app.get_subcommands({}))
      if (s->get_name() == argv[i]) sub = s;
  if (!sub) {
    if (argc > 1 && argv[1][0] != '-') {
      auto guess = retorno::closest(argv[1], names);
      return fmt::format("retorno: error: unknown command '{}' ({})\n", argv[1],
                         guess ? fmt::format("did you mean retorno {}?", *guess)
                               : fmt::format("commands: {}", fmt::join(names, ", ")));
    }
    return fmt::format("retorno: error: {} (see retorno --help)\n", e.what());
  }
  const std::string cmd = sub->get_name();
  std::vector<std::string> options;
  for (const auto* o : sub->get_options())
    for (const auto& n : o->get_lnames()) options.push_back("--" + n);
  for (int i = 1; i < argc; ++i) {
    std::string_view arg(argv[i]);
    if (!arg.starts_with("--")) continue;
    std::string flag(arg.substr(0, arg.find('=')));
    if (std::find(options.begin(), options.end(), flag) != options.end()) continue;
    auto guess = retorno::closest(flag, options);
    return fmt::format("retorno {}: error: unknown option {} ({})\n", cmd, flag,
                       guess ? fmt::format("did you mean {}?", *guess)
                             : fmt::format("see retorno {} --help", cmd));
  }
  return fmt::format("retorno {}: error: {} (see retorno {} --help)\n", cmd, e.what(), cmd);
}

}  // namespace

int main(int argc, char** argv) {
  if (!open_closed_streams()) {
    say(fmt::format("retorno: error: /dev/null: cannot open: {}\n", std::strerror(errno)));
    return static_cast<int>(retorno::exit_code::output);
  }
  // A closed pipe is seen as EPIPE: output to it is dropped (csv::output) and messages are lost
  // (say), while the run completes its other outputs.
  std::signal(SIGPIPE, SIG_IGN);
  // Blocks of 512 KiB and more get their own mapping, always: glibc would otherwise raise this
  // threshold after the first large free, and then a growing table is copied on realloc
  // instead of remapped, and freed blocks stay in the heap, counted in the peak memory.
  mallopt(M_MMAP_THRESHOLD, 512 * 1024);
  using namespace retorno;
  const bool en = tool::english(argc, argv);
  CLI::App app{en ? "retorno: call lists, follow-up schedules and KPIs from dealership DMS exports"
                  : "retorno: listas de llamadas, seguimientos y KPIs a partir de exportaciones del DMS"};
  app.set_version_flag("--version", std::string("retorno ") + RETORNO_VERSION);
  app.require_subcommand(1, 1);
  std::vector<tool::command> commands{tool::setup_ingest(app, en), tool::setup_segment(app, en),
                                       tool::setup_schedule(app, en), tool::setup_dedupe(app, en),
                                       tool::setup_report(app, en)};

  std::string cmd = "";
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    say(mask_personal(parse_error_line(app, argc, argv, e)));
    return static_cast<int>(exit_code::usage);
  }
  for (auto& c : commands) {
    if (!c.app->parsed()) continue;
    cmd = c.app->get_name();
    try {
      return c.run();
    } catch (const retorno::error& e) {
      print_error(cmd, e);
      return static_cast<int>(e.code());
    } catch (const std::bad_alloc&) {
      say(fmt::format("retorno {}: error: out of memory\n", cmd));
      return static_cast<int>(exit_code::input);
    } catch (const std::exception& e) {
      say(fmt::format("retorno {}: error: {}\n", cmd, mask_personal(e.what())));
      return static_cast<int>(exit_code::input);
    }
  }
  return static_cast<int>(exit_code::usage);
}
