# Sourcelight — the commands the README documents.
#   make run      build and open Sourcelight on its default library
#   make test     build and run the whole test suite (offscreen), ending with ctest's summary
#   make bench    release build of the benchmarks, then every one of them (JSON lines)
#   make bench-build  the release build of the benchmarks only, without running them (what CI does)
#   make lint     clang-format check + clang-tidy;  make format  rewrites the sources
#   make clean    removes build/
# On hosts without Qt ≥ 6.8 and KF6 SyntaxHighlighting (Debian 12) every target runs inside the Debian 13
# build root made by scripts/buildroot; on hosts that have them, natively. scripts/hostcheck decides.

PRESET ?= dev
BUILD_DIR := build/$(PRESET)
MODE := $(shell scripts/hostcheck)
TARGETS := all build configure run test bench bench-build lint format test-asan fuzz install package screenshots translations

.PHONY: $(TARGETS) clean test-deb
.DEFAULT_GOAL := build

ifeq ($(MODE),buildroot)

$(TARGETS):
	@scripts/buildroot run make --no-print-directory $@ PRESET=$(PRESET) $(if $(ARGS),ARGS="$(ARGS)") $(if $(DESTDIR),DESTDIR=$(DESTDIR)) $(if $(FUZZ_SECONDS),FUZZ_SECONDS=$(FUZZ_SECONDS)) $(if $(SCREENSHOT_LANGS),SCREENSHOT_LANGS="$(SCREENSHOT_LANGS)")

else

SOURCES = $(shell git ls-files '*.cpp' '*.h' 2>/dev/null || find app widgets models ingest store import analysis reports tools tests bench -name '*.cpp' -o -name '*.h')

all: build

configure:
	@test -f $(BUILD_DIR)/CMakeCache.txt || cmake --preset $(PRESET)

build: configure
	@cmake --build --preset $(PRESET)
	@mkdir -p build && if [ "$(SOURCELIGHT_IN_BUILDROOT)" = 1 ]; then echo buildroot; else echo native; fi > build/.environment

run: build
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY$$QT_QPA_PLATFORM" ]; then \
		echo "make run: no display (set DISPLAY, e.g. run under Xvfb, or QT_QPA_PLATFORM=offscreen)" >&2; exit 1; fi
	$(BUILD_DIR)/bin/sourcelight $(ARGS)

test: build
	@ctest --preset $(PRESET)

test-asan:
	@$(MAKE) --no-print-directory test PRESET=asan

# Builds the libFuzzer targets (tests/fuzz) and runs each for FUZZ_SECONDS (default 20) on its seed corpus (the HTML
# extractor also on the test pages in tests/data/html);
# new inputs go to build/fuzz/corpus/<target>, findings (crash-*, leak-*) to build/fuzz/findings/.
FUZZ_SECONDS ?= 20
fuzz:
	@test -f build/fuzz/CMakeCache.txt || cmake --preset fuzz
	@cmake --build --preset fuzz --target fuzzers
	@set -e; mkdir -p build/fuzz/findings; for f in build/fuzz/fuzz/*_fuzz; do n=$$(basename $$f _fuzz); \
		mkdir -p build/fuzz/corpus/$$n; echo "fuzz: $$n ($(FUZZ_SECONDS) s)"; \
		seeds=tests/fuzz/corpus/$$n; case $$n in htmltextextractor) seeds="$$seeds tests/data/html";; esac; \
		$$f -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 -artifact_prefix=build/fuzz/findings/$$n- \
			build/fuzz/corpus/$$n $$seeds 2>build/fuzz/$$n.log || { tail -n 40 build/fuzz/$$n.log; exit 1; }; \
		grep -E '^stat::number_of_executed_units' build/fuzz/$$n.log; done

bench-build:
	@test -f build/release/CMakeCache.txt || cmake --preset release
	@cmake --build --preset release --target benchmarks

# Only the bench programs run: build/release/bench also holds CMake's own folders, which are "executable" too.
# A *_server_bench needs a PostgreSQL server: it runs under pg_virtualenv (a throwaway cluster), or says it was skipped.
bench: bench-build
	@set -e; for b in build/release/bench/*_bench; do if [ -f "$$b" ] && [ -x "$$b" ]; then \
		case "$$b" in \
		*_server_bench) if command -v pg_virtualenv >/dev/null; then pg_virtualenv -t "$$b"; \
			else echo "{\"bench\":\"$$(basename $$b)\",\"skipped\":\"pg_virtualenv is missing\"}"; fi;; \
		*) "$$b";; \
		esac; fi; done

lint: configure
	@clang-format --dry-run --Werror $(SOURCES)
	@echo "clang-format: ok"
	@run-clang-tidy -quiet -p $(BUILD_DIR) -j 2 '^$(CURDIR)/(app|widgets|models|ingest|store|import|analysis|reports|tools)/.*\.cpp$$' >build/clang-tidy.log 2>&1 \
		|| { grep -E 'warning:|error:' build/clang-tidy.log | sort -u; exit 1; }
	@echo "clang-tidy: ok"

format:
	@clang-format -i $(SOURCES)

screenshots: build
	@scripts/screenshots $(SCREENSHOT_LANGS)

translations: configure
	@cmake --build --preset $(PRESET) --target update_translations

install: build
	@cmake --install $(BUILD_DIR) --prefix $(or $(PREFIX),/usr/local)

package:
	@$(MAKE) --no-print-directory build PRESET=release
	@cd build/release && cpack -G DEB >/dev/null && ls -1 $(CURDIR)/build/release/*.deb

endif

# Installs the .deb into a clean, minimal Debian 13 root (made with mmdebstrap, thrown away afterwards) and runs
# `sourcelight --version` from it. Runs on the host: it makes its own root.
test-deb: package
	@scripts/test-deb build/release/sourcelight_*.deb

clean:
	rm -rf build
