# retorno: the two commands anyone types are `make demo` and `make test`; both install what is missing first.
BUILD     ?= build
ASAN_BUILD ?= build-asan
PREFIX    ?= /usr/local
JOBS      ?= 2
CMAKE_FLAGS ?=

# Debian packages the build, the tests and the demo need.
DEB_PACKAGES := g++ cmake make pkg-config python3 dpkg-dev \
  libcli11-dev libfccp-dev libfmt-dev libhowardhinnant-date-dev doctest-dev libutf8proc-dev libxlsxwriter-dev \
  node-csv-spectrum chromium time python3-openpyxl
# chromium: the tests render the printable HTML and check it is not blank; time: peak memory;
# python3-openpyxl: the tests open the .xlsx workbooks with a real reader.
# What `make fuzz` needs besides: clang and its libFuzzer runtime (libclang-rt-14-dev).
FUZZ_PACKAGES := clang-14 libclang-rt-14-dev
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
# Peers that `make bench` measures beside retorno.
BENCH_PACKAGES := miller sqlite3 python3-pandas hyperfine time valgrind

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps deps-bench deps-fuzz build test test-asan fuzz demo screenshots bench install package format clean

all: build

deps:
	@missing=$$(for p in $(DEB_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "make deps: installing $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

deps-bench: deps
	@missing=$$(for p in $(BENCH_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "make deps-bench: installing $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

deps-fuzz: deps
	@missing=$$(for p in $(FUZZ_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "make deps-fuzz: installing $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=$(PREFIX) $(CMAKE_FLAGS)

build: $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

test: deps build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

test-asan: deps
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DRETORNO_SANITIZE=ON
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j $(JOBS)

# libFuzzer targets (fuzz/), each run for FUZZ_SECONDS on seeds from the tests; crashes land in
# $(FUZZ_BUILD)/crashes/<target>/ and fail the run. FUZZ_TARGETS="csv_reader normalize" picks some.
fuzz: deps-fuzz
	CXX=clang++-14 cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRETORNO_FUZZ=ON
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzz_csv_reader fuzz_csv_tokenizer fuzz_schema_loader fuzz_normalize
	FUZZ_SECONDS=$(FUZZ_SECONDS) fuzz/run.sh $(FUZZ_BUILD) .

demo: deps build
	RETORNO=$(abspath $(BUILD))/retorno RETORNO_MAX_REJECT_RATE=$${RETORNO_MAX_REJECT_RATE:-0.25} samples/nightly.sh

# The user guide's pictures (doc/img/), taken by headless Chromium from the demo's pages.
screenshots: demo
	RETORNO=$(abspath $(BUILD))/retorno doc/screenshots.sh

# Figures are of a Release build: a build folder configured otherwise (cmake's default is
# RelWithDebInfo, -O2) is reconfigured first, as benches here once measured -O2 unawares.
bench: deps-bench build
	@grep -q '^CMAKE_BUILD_TYPE:STRING=Release$$' $(BUILD)/CMakeCache.txt || { \
	  echo "make bench: $(BUILD) is not a Release build: reconfiguring it"; \
	  cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null && cmake --build $(BUILD) -j $(JOBS); }
	cmake --build $(BUILD) -j $(JOBS) --target retorno-gen
	RETORNO=$(abspath $(BUILD))/retorno GEN=$(abspath $(BUILD))/retorno-gen bench/run.sh

install: build
	cmake --install $(BUILD)

# A .deb for Debian 12 in $(BUILD)/ (tests/scripts/deb_package.sh installs one with dpkg -x).
package: build
	cd $(BUILD) && cpack -G DEB

format:
	clang-format -i $$(git ls-files '*.cpp' '*.hpp')

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
