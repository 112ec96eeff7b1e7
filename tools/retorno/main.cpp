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
#include "core/catalog.hpp"
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

// CLI11's message for a refused command line in the run's language. CLI11 keeps no fields in its
// exceptions: each type's English text is taken apart by the shape CLI11 gives it.
std::string parse_error_text(const CLI::ParseError& e, CLI::App* sub) {
  using namespace retorno;
  const std::string what = e.what();
  auto after = [&](std::string_view prefix) { return what.substr(what.find(prefix) + prefix.size()); };
  auto before = [&](char c) { return what.substr(0, what.find(c)); };
  auto type_words = [](std::string_view type) {
    if (type.starts_with("INT") || type.starts_with("UINT")) return tr(msg::cli_type_int_lower);
    if (type.starts_with("FLOAT")) return tr(msg::cli_type_float_lower);
    return tr(msg::cli_type_text_lower);
  };
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
    if (what.find("arguments were not expected: ") != std::string::npos)
      return tr(msg::cli_err_unexpected_many, after("arguments were not expected: "));
    if (what.find("argument was not expected: ") != std::string::npos)
      return tr(msg::cli_err_unexpected_one, after("argument was not expected: "));
  } else if (dynamic_cast<const CLI::RequiredError*>(&e)) {
    if (what.ends_with(" is required")) return tr(msg::cli_err_required, what.substr(0, what.size() - 12));
  } else if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) {
    if (what.find(" required ") != std::string::npos && what.ends_with(" missing")) return tr(msg::cli_err_needs_value, before(':'));
    if (what.find(": At Most ") != std::string::npos) return tr(msg::cli_err_too_many_values, before(':'));
    if (what.find(": At least ") != std::string::npos) return tr(msg::cli_err_needs_value, before(':'));
    if (what.ends_with(" was given a disallowed flag override")) return tr(msg::cli_err_flag_value, before(' '));
  } else if (dynamic_cast<const CLI::ConversionError*>(&e)) {
    // "Could not convert: --capacity = abc"; the type is the option's.
    if (what.starts_with("Could not convert: ")) {
      const std::string rest = after("Could not convert: ");
      const auto eq = rest.find(" = ");
      if (eq != std::string::npos) {
        const std::string name = rest.substr(0, eq);
        const CLI::Option* opt = sub ? sub->get_option_no_throw(name) : nullptr;
        if (opt && opt->get_type_size() == 0) return tr(msg::cli_err_flag_value, name);
        return tr(msg::cli_err_not_a_value, name, rest.substr(eq + 3), type_words(opt ? opt->get_type_name() : ""));
      }
    }
    if (what.ends_with(": too many inputs for a flag") || what.ends_with(": Should be true/false or a number"))
      return tr(msg::cli_err_flag_value, before(':'));
  } else if (dynamic_cast<const CLI::ValidationError*>(&e)) {
    // "--format: pdf not in {csv,html,xlsx}"
    const auto colon = what.find(": ");
    const auto not_in = what.find(" not in ");
    if (colon != std::string::npos && not_in != std::string::npos && not_in > colon)
      return tr(msg::cli_err_not_member, what.substr(0, colon), what.substr(colon + 2, not_in - colon - 2),
                what.substr(not_in + 8));
  }
  return tr(msg::cli_err_other, what);
}

// One line for a command line CLI11 refused, with a "did you mean" where a typo is likely.
std::string parse_error_line(CLI::App& app, int argc, char** argv, const CLI::ParseError& e) {
  using namespace retorno;
  std::vector<std::string> names;
  CLI::App* sub = nullptr;
  for (auto* s : app.get_subcommands({})) names.push_back(s->get_name());
  for (int i = 1; i < argc && !sub; ++i)
    for (auto* s : app.get_subcommands({}))
      if (s->get_name() == argv[i]) sub = s;
  if (!sub) {
    if (argc > 1 && argv[1][0] != '-') {
      auto guess = retorno::closest(argv[1], names);
      return fmt::format("retorno: error: {}\n",
                         tr(msg::cli_err_unknown_command, argv[1],
                            guess ? tr(msg::cli_err_did_you_mean_command, *guess)
                                  : tr(msg::cli_err_commands, fmt::format("{}", fmt::join(names, ", ")))));
    }
    if (dynamic_cast<const CLI::RequiredError*>(&e))
      return fmt::format("retorno: error: {}\n",
                         tr(msg::cli_err_root_line, tr(msg::cli_err_need_command, fmt::format("{}", fmt::join(names, ", ")))));
    return fmt::format("retorno: error: {}\n", tr(msg::cli_err_root_line, parse_error_text(e, nullptr)));
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
    return fmt::format("retorno {}: error: {}\n", cmd,
                       tr(msg::cli_err_unknown_option, flag,
                          guess ? tr(msg::cli_err_did_you_mean, *guess) : tr(msg::cli_err_see_help, cmd)));
  }
  return fmt::format("retorno {}: error: {}\n", cmd, tr(msg::cli_err_line, parse_error_text(e, sub), cmd));
}

}  // namespace

int main(int argc, char** argv) {
  if (!open_closed_streams()) {
    say(fmt::format("retorno: error: {}\n", retorno::tr(retorno::msg::err_devnull, retorno::os_error(errno))));
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
  set_language(tool::choose_language(argc, argv));
  CLI::App app{tr(msg::cli_about)};
  tool::localize(app);
  app.set_version_flag("--version", std::string("retorno ") + RETORNO_VERSION, tr(msg::cli_version_flag));
  app.require_subcommand(1, 1);
  std::vector<tool::command> commands{tool::setup_ingest(app), tool::setup_segment(app), tool::setup_schedule(app),
                                       tool::setup_dedupe(app), tool::setup_report(app)};

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
      say(fmt::format("retorno {}: error: {}\n", cmd, tr(msg::err_out_of_memory)));
      return static_cast<int>(exit_code::input);
    } catch (const std::exception& e) {
      say(fmt::format("retorno {}: error: {}\n", cmd, mask_personal(e.what())));
      return static_cast<int>(exit_code::input);
    }
  }
  return static_cast<int>(exit_code::usage);
}
