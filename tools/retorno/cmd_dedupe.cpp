// `retorno dedupe`: flags, their validation, and the summary line. The work is in lib/ops/dedupe and lib/match.
#include <cmath>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "common.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "model/tables.hpp"
#include "ops/dedupe.hpp"

namespace retorno::tool {

namespace {

struct dedupe_flags {
  common_options common;
  std::string input = "-", output = "-", clusters;
  double threshold = match::default_threshold;
};

}  // namespace

command setup_dedupe(CLI::App& parent) {
  auto flags = std::make_shared<dedupe_flags>();
  auto* app = parent.add_subcommand("dedupe", tr(msg::dedupe_about));
  app->add_option("input", flags->input, tr(msg::dedupe_input));
  app->add_option("-o,--output", flags->output, tr(msg::dedupe_output));
  app->add_option("--clusters", flags->clusters, tr(msg::dedupe_clusters));
  app->add_option("--threshold", flags->threshold, tr(msg::dedupe_threshold));
  add_common_flags(*app, flags->common);
  app->footer(tr(msg::dedupe_example));
  return {app, [flags]() {
            check_paths({{"input", flags->input}}, {{"-o", flags->output}, {"--clusters", flags->clusters}});
            if (!std::isfinite(flags->threshold))
              throw usage_error(tr(msg::dedupe_threshold_nan, flags->threshold));
            ops::dedupe_config c;
            c.input = flags->input;
            c.output = flags->output;
            c.clusters = flags->clusters;
            c.threshold = flags->threshold;
            c.excel = flags->common.excel;
            c.branch.name = std::string(trim(flags->common.branch));
            show_progress("dedupe", {c.input}, flags->common);
            double seconds = 0;
            auto s = timed([&] { return ops::run_dedupe(c); }, seconds);
            if (!flags->common.quiet)
              note("dedupe", tr(msg::dedupe_summary, s.rows_in, model::table_label(s.table, english()), s.rows_out, s.rows_merged, s.conflicts,
                                c.branch.active() ? tr(msg::dedupe_other_branches, s.rows_other_branches) : std::string(),
                                s.persons, s.persons_multi, s.comparisons, seconds));
            return 0;
          }};
}

}  // namespace retorno::tool
