// retorno: the one binary. Parses the command line, runs one command, maps every error to its exit code.
#include <csignal>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "common.hpp"
#include "core/error.hpp"
#include "csv/writer.hpp"

namespace {

void print_error(const std::string& cmd, const retorno::error& e) {
  std::string where;
  if (!e.file().empty()) where = e.line() > 0 ? fmt::format("{}:{}: ", e.file(), e.line()) : e.file() + ": ";
  std::string hint = e.hint().empty() ? "" : fmt::format(" ({})", e.hint());
  fmt::print(stderr, "retorno {}: error: {}{}{}\n", cmd, where, e.what(), hint);
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe is seen as EPIPE and ends the run quietly
  using namespace retorno;
  const bool en = tool::english(argc, argv);
  CLI::App app{en ? "retorno: call lists, follow-up schedules and KPIs from dealership DMS exports"
                  : "retorno: listas de llamadas, seguimientos y KPIs a partir de exportaciones del DMS"};
  app.set_version_flag("--version", std::string("retorno ") + RETORNO_VERSION);
  app.require_subcommand(1, 1);
  std::vector<tool::command> commands{tool::setup_ingest(app, en)};

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
    auto subs = app.get_subcommands();
    std::string name = subs.empty() ? std::string() : subs.front()->get_name() + ":";
    fmt::print(stderr, "retorno{}{} error: {} (see retorno {}--help)\n", name.empty() ? "" : " ", name, e.what(),
               subs.empty() ? "" : subs.front()->get_name() + " ");
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
    } catch (const csv::closed_pipe&) {
      return 0;
    } catch (const std::bad_alloc&) {
      fmt::print(stderr, "retorno {}: error: out of memory\n", cmd);
      return static_cast<int>(exit_code::input);
    } catch (const std::exception& e) {
      fmt::print(stderr, "retorno {}: error: {}\n", cmd, e.what());
      return static_cast<int>(exit_code::input);
    }
  }
  return static_cast<int>(exit_code::usage);
}
