// Shared front-end pieces: common flags, language choice, schema folders, notes.
#include "common.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <cstring>
#include <optional>
#include <filesystem>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "config/config.hpp"
#include "core/dates.hpp"
#include "core/error.hpp"
#include "core/progress.hpp"

namespace retorno::tool {

void add_common_flags(CLI::App& app, common_options& opts) {
  opts.lang = english() ? "en" : "es";
  app.add_option("--as-of", opts.as_of, tr(msg::flag_as_of));
  app.add_flag("--quiet,-q", opts.quiet, tr(msg::flag_quiet));
  app.add_option("--lang", opts.lang, tr(msg::flag_lang))->envname("RETORNO_LANG")->check(CLI::IsMember({"es", "en"}));
  app.add_flag("--excel", opts.excel, tr(msg::flag_excel));
  app.add_option("--branch", opts.branch, tr(msg::flag_branch));
}

lang choose_language(int argc, char** argv) {
  std::optional<lang> chosen;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg(argv[i]);
    if (arg == "--") break;
    if (arg.starts_with("--lang=")) chosen = parse_lang(arg.substr(7));
    else if (arg == "--lang" && i + 1 < argc) chosen = parse_lang(argv[++i]);
  }
  if (!chosen)
    if (const char* env = std::getenv("RETORNO_LANG")) chosen = parse_lang(env);
  return chosen.value_or(lang::es);
}

namespace {

// CLI11's layout with its fixed words in the run's language: the labels it looks up, and the
// type names of options with a validator ("TEXT:{es,en}"), which it shows whole.
class localized_formatter : public CLI::Formatter {
public:
  localized_formatter() {
    label("Usage", tr(msg::cli_usage));
    label("OPTIONS", tr(msg::cli_options_badge));
    label("SUBCOMMAND", tr(msg::cli_command_badge));
    label("SUBCOMMANDS", tr(msg::cli_command_badge));
    label("Positionals", tr(msg::cli_positionals));
    label("REQUIRED", tr(msg::cli_required));
    label("TEXT", tr(msg::cli_type_text));
    label("INT", tr(msg::cli_type_int));
    label("UINT", tr(msg::cli_type_int));
    label("FLOAT", tr(msg::cli_type_float));
    label("Options", tr(msg::cli_options));
  }

  std::string make_group(std::string group, bool is_positional, std::vector<const CLI::Option*> opts) const override {
    return CLI::Formatter::make_group(get_label(group), is_positional, std::move(opts));
  }

  // CLI11 pads the name column by bytes: "NÚMERO" would push the description one column right.
  std::string make_option(const CLI::Option* opt, bool is_positional) const override {
    const std::string left = "  " + make_option_name(opt, is_positional) + make_option_opts(opt);
    const std::string desc = make_option_desc(opt);
    std::size_t width = 0;
    for (unsigned char c : left) width += (c & 0xC0) != 0x80;  // code points, not bytes
    const std::size_t column = get_column_width();
    std::string out = left;
    if (!desc.empty()) {
      if (width >= column) out += "\n" + std::string(column, ' ');
      else out += std::string(column - width, ' ');
      for (char c : desc) {
        out += c;
        if (c == '\n') out += std::string(column, ' ');
      }
    }
    return out + "\n";
  }

  std::string make_option_opts(const CLI::Option* opt) const override {
    std::string out;
    if (!opt->get_option_text().empty()) return " " + opt->get_option_text();
    if (opt->get_type_size() != 0) {
      std::string type = opt->get_type_name();
      if (!type.empty()) {
        const auto colon = type.find(':');
        out += " " + get_label(type.substr(0, colon)) + (colon == std::string::npos ? "" : type.substr(colon));
      }
      if (!opt->get_default_str().empty()) out += "=" + opt->get_default_str();
      if (opt->get_expected_max() == CLI::detail::expected_max_vector_size) out += " ...";
      if (opt->get_required()) out += " " + get_label("REQUIRED");
    }
    if (!opt->get_envname().empty()) out += fmt::format(" ({} {})", tr(msg::cli_env), opt->get_envname());
    return out;
  }
};

}  // namespace

void localize(CLI::App& app) {
  app.formatter(std::make_shared<localized_formatter>());
  app.set_help_flag("-h,--help", tr(msg::cli_help_flag));
  app.group(tr(msg::cli_subcommands));
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
    throw retorno::usage_error(tr(msg::usage_as_of, text));
  return {day->time_since_epoch().count(), *minutes};
}

void add_calendar_flags(CLI::App& app, calendar_flags& flags, msg::id calendar_help) {
  app.add_option("--calendar", flags.calendar, tr(calendar_help));
  app.add_option("--closed-days", flags.closed_days, tr(msg::flag_closed_days));
}

void add_cadence_flags(CLI::App& app, cadence_flags& flags) {
  app.add_option("--cadence", flags.cadence, tr(msg::flag_cadence));
  app.add_option("--cadence-file", flags.cadence_file, tr(msg::flag_cadence_file));
}

rules::cadence_plan validate_cadences(const cadence_flags& flags) {
  rules::cadence_plan plan;
  plan.cadences = rules::builtin_cadences(english());
  if (!flags.cadence_file.empty())
    for (auto& k : config::load_cadences(flags.cadence_file)) plan.cadences.push_back(std::move(k));
  plan.cadence_of = rules::parse_cadence_spec(flags.cadence, plan.cadences);
  return plan;
}

retorno::country parse_country_flag(const std::string& flag, const std::string& value) {
  if (auto c = retorno::parse_country(value)) return *c;
  throw retorno::usage_error(tr(msg::usage_not_country, flag, value));
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
        throw retorno::usage_error(tr(msg::usage_out_is_input, out.flag, out.path, in.flag == "input" ? "" : " ",
                                      in.flag == "input" ? "" : in.flag, in.path),
                                   tr(msg::usage_out_is_input_hint));
    for (const auto& [other, other_id] : seen_outputs)
      if (other_id == id)
        throw retorno::usage_error(tr(msg::usage_two_outputs, other->flag, out.flag, out.path));
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
    throw retorno::usage_error(tr(msg::usage_out_of_range, flag, value, low, high));
}

// Never fails: a note that cannot be written (stderr closed, full, or a pipe nobody reads) is
// lost, and the run goes on.
void note(const std::string& cmd, const std::string& text) {
  progress::clear();
  const std::string line = fmt::format("retorno {}: {}\n", cmd, text);
  (void)!std::fwrite(line.data(), 1, line.size(), stderr);
}

}  // namespace retorno::tool
