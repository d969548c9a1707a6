# kansli: the two commands are `make demo` and `make test` (see README.md).
# Both install missing Debian packages, configure and build with CMake first.

BUILD ?= build
ASAN_BUILD ?= build-asan
JOBS ?= 2
KANSLI = $(BUILD)/src/kansli

.PHONY: all deps build demo test docs fuzz bench clean

all: build

deps:
	@scripts/install-deps.sh

$(BUILD)/build.ninja: CMakeLists.txt
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

# Renders every sample document in data/ into output/<organisation>/.
demo: build
	@scripts/render-samples.sh $(KANSLI) output

# The whole suite twice: as built for use, then under AddressSanitizer and
# UndefinedBehaviorSanitizer (the end-to-end tests then run the sanitized binary).
test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DKANSLI_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug > /dev/null
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --output-on-failure -j $(JOBS)

# Runs every fuzz target for FUZZ_SECONDS (default 60) with clang's libFuzzer.
fuzz: deps
	@scripts/install-deps.sh --fuzz
	@scripts/fuzz.sh

# Benchmarks kansli against Chromium and WeasyPrint (bench/README.md); never part of test.
bench: build
	@scripts/install-deps.sh --bench
	@bench/run.sh

# Regenerates the field reference in docs/data-format.md from data/schemas, and the names a
# template can read in docs/template-language.md from the model prepare makes of them.
docs: build
	@scripts/update-data-reference.sh $(KANSLI) docs/data-format.md
	@scripts/update-data-reference.sh $(KANSLI) docs/template-language.md --template-names

clean:
	rm -rf $(BUILD) build-asan build-fuzz output
