// Tests of the progress bar, drawn into a string at chosen times: what it shows for given bytes and
// seconds, the quarter second before the first draw, at most ten draws a second, unknown sizes,
// small inputs and a standard error that is not a terminal (nothing at all), clear and stop.
#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <vector>

#include "core/progress.hpp"

using namespace retorno;
using namespace std::chrono_literals;

namespace {

constexpr std::uint64_t MiB = 1 << 20;

// What the bar wrote, one entry per write, and the time the test says it is.
std::vector<std::string> written;
std::chrono::steady_clock::time_point fake_now;

// Replaces standard error and the clock for one test case; puts them back after it.
struct fake_terminal {
  decltype(progress::detail::write) real_write = progress::detail::write;
  decltype(progress::detail::now) real_now = progress::detail::now;
  fake_terminal() {
    written.clear();
    fake_now = std::chrono::steady_clock::time_point{};
    progress::detail::write = [](std::string_view s) { written.emplace_back(s); };
    progress::detail::now = [] { return fake_now; };
  }
  ~fake_terminal() {
    progress::stop();
    progress::detail::write = real_write;
    progress::detail::now = real_now;
  }
  // `bytes` read at `t` after the start.
  void read(std::uint64_t bytes, std::chrono::milliseconds t) {
    fake_now = std::chrono::steady_clock::time_point{} + t;
    progress::advance(bytes);
  }
};

}  // namespace

TEST_CASE("progress: the share, the bytes, the rate and the time left, redrawn in place") {
  fake_terminal term;
  progress::start("ingest", 32 * MiB, true, false);
  term.read(8 * MiB, 2000ms);
  // 8 of 32 MB in 2 s: 25%, 4 MB/s, 24 MB left = 6 s; 6 of 24 marks.
  REQUIRE(written.size() == 1);
  CHECK(written[0] == "\rretorno ingest: [######..................]  25% 8.0/32.0 MB, 4.0 MB/s, faltan 6 s\x1b[K");
  term.read(16 * MiB, 4000ms);
  // 24 of 32 MB in 4 s: 75%, 6 MB/s, 8 MB left = 1.33 s, written 1 s.
  REQUIRE(written.size() == 2);
  CHECK(written[1] == "\rretorno ingest: [##################......]  75% 24.0/32.0 MB, 6.0 MB/s, faltan 1 s\x1b[K");
  term.read(8 * MiB, 4500ms);
  // All read: the time left gives way to the work after reading.
  REQUIRE(written.size() == 3);
  CHECK(written[2] ==
        "\rretorno ingest: [########################] 100% 32.0/32.0 MB, 7.1 MB/s, procesando\x1b[K");
}

TEST_CASE("progress: in English, and minutes past a minute") {
  fake_terminal term;
  progress::start("segment", 1024 * MiB, true, true);
  term.read(16 * MiB, 2000ms);
  // 16 of 1024 MB at 8 MB/s: 1008 MB left = 126 s = 2:06 min; 1.6% is written 2%, no mark yet.
  REQUIRE(written.size() == 1);
  CHECK(written[0] ==
        "\rretorno segment: [........................]   2% 16.0/1024.0 MB, 8.0 MB/s, 2:06 min left\x1b[K");
  term.read(1008 * MiB, 3000ms);
  CHECK(written.back().ends_with("1024.0/1024.0 MB, 341.3 MB/s, processing\x1b[K"));
}

TEST_CASE("progress: nothing in the first quarter second, then at most ten draws a second") {
  fake_terminal term;
  progress::start("ingest", 64 * MiB, true, false);
  term.read(MiB, 100ms);
  term.read(MiB, 249ms);
  CHECK(written.empty());
  term.read(MiB, 250ms);
  CHECK(written.size() == 1);
  term.read(MiB, 300ms);
  term.read(MiB, 349ms);
  CHECK(written.size() == 1);  // 99 ms after the last draw
  term.read(MiB, 350ms);
  REQUIRE(written.size() == 2);  // 100 ms after it
  // The bytes read in between were counted all the same: 6 MB.
  CHECK(written[1].find(" 6.0/64.0 MB") != std::string::npos);
}

TEST_CASE("progress: standard input (size unknown) shows the bytes and the rate once past the minimum") {
  fake_terminal term;
  progress::start("ingest", 0, true, false);  // at least 16 MB by default
  term.read(8 * MiB, 1000ms);
  CHECK(written.empty());
  term.read(8 * MiB - 1, 1500ms);
  CHECK(written.empty());
  term.read(1, 2000ms);
  REQUIRE(written.size() == 1);
  CHECK(written[0] == "\rretorno ingest: 16.0 MB leídos, 8.0 MB/s\x1b[K");
  progress::start("ingest", 0, true, true, MiB);
  term.read(MiB, 4000ms);  // the clock started again at 2 s
  REQUIRE(written.size() == 2);
  CHECK(written[1] == "\rretorno ingest: 1.0 MB read, 0.5 MB/s\x1b[K");
}

TEST_CASE("progress: silent for small inputs and when standard error is not a terminal") {
  fake_terminal term;
  progress::start("ingest", 16 * MiB - 1, true, false);
  CHECK_FALSE(progress::detail::shown);
  term.read(16 * MiB, 5000ms);
  progress::clear();
  progress::stop();
  CHECK(written.empty());
  // The caller passes enabled = false when standard error is not a terminal or --quiet is on.
  for (std::uint64_t total : {std::uint64_t{0}, 1024 * MiB}) {
    progress::start("ingest", total, false, false);
    CHECK_FALSE(progress::detail::shown);
    term.read(512 * MiB, 10000ms);
    progress::clear();
    progress::stop();
  }
  CHECK(written.empty());
  // Exactly the minimum is large enough.
  progress::start("ingest", 16 * MiB, true, false);
  CHECK(progress::detail::shown);
}

TEST_CASE("progress: clear erases the line once, and the next read draws it again at once") {
  fake_terminal term;
  progress::start("report", 32 * MiB, true, false);
  progress::clear();
  CHECK(written.empty());  // nothing drawn yet: nothing to erase
  term.read(16 * MiB, 1000ms);
  REQUIRE(written.size() == 1);
  progress::clear();
  progress::clear();
  REQUIRE(written.size() == 2);
  CHECK(written[1] == "\r\x1b[K");
  term.read(MiB, 1010ms);  // 10 ms later, but the line was erased
  REQUIRE(written.size() == 3);
  CHECK(written[2].starts_with("\rretorno report: ["));
}

TEST_CASE("progress: stop erases the bar for good") {
  fake_terminal term;
  progress::start("dedupe", 32 * MiB, true, false);
  term.read(16 * MiB, 1000ms);
  progress::stop();
  REQUIRE(written.size() == 2);
  CHECK(written[1] == "\r\x1b[K");
  CHECK_FALSE(progress::detail::shown);
  term.read(16 * MiB, 5000ms);
  progress::clear();
  progress::stop();
  CHECK(written.size() == 2);
}
