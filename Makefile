# muwazi - build, test, benchmark and install.
# `make demo` and `make check` are all a new Debian 12 machine needs.

SHELL = /bin/bash
.DEFAULT_GOAL = all

HDR := lib/include/muwazi.h
MAJOR := $(shell sed -n 's/^\#define MWZ_VERSION_MAJOR *//p' $(HDR))
MINOR := $(shell sed -n 's/^\#define MWZ_VERSION_MINOR *//p' $(HDR))
MICRO := $(shell sed -n 's/^\#define MWZ_VERSION_MICRO *//p' $(HDR))
VERSION := $(MAJOR).$(MINOR).$(MICRO)

PREFIX ?= /usr/local
LIBDIR ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
DESTDIR ?=

# Where things are built. `make asan` reuses the rules with other folders.
OBJ ?= build
OUT_LIB ?= lib
OUT_CLI ?= cli
SAN ?=

ifeq ($(origin CC),default)
CC = cc
endif
OPT ?= -O2
PKGS := icu-uc icu-i18n libutf8proc harfbuzz zlib
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS := $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lstemmer -lm -pthread
WARN := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wno-unused-parameter
CFLAGS ?= $(OPT) -g
ALL_CFLAGS := -std=c11 -pthread -D_POSIX_C_SOURCE=200809L $(WARN) $(CFLAGS) $(SAN) \
	-fPIC -fvisibility=hidden -DMWZ_BUILDING -Ilib/include -Ilib $(PKG_CFLAGS)
LDFLAGS ?=

LIB_SRC := $(sort $(wildcard lib/*.c))
CLI_SRC := $(sort $(wildcard cli/*.c))
TEST_SRC := $(sort $(wildcard tests/test_*.c))
BENCH_SRC := $(sort $(wildcard bench/*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(OBJ)/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(OBJ)/%.o)
TEST_BIN := $(TEST_SRC:tests/%.c=$(OBJ)/tests/%)
BENCH_BIN := $(BENCH_SRC:bench/%.c=$(OBJ)/bench/%)
LIB_PRIV_H := $(wildcard lib/*.h)

STATIC := $(OUT_LIB)/libmuwazi.a
SONAME := libmuwazi.so.$(MAJOR)
SHARED := $(OUT_LIB)/libmuwazi.so
CLI := $(OUT_CLI)/muwazi

all: $(STATIC) $(SHARED) $(CLI) lib/muwazi.pc

$(OBJ)/%.o: %.c $(HDR) $(LIB_PRIV_H) $(wildcard cli/*.h)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(STATIC): $(LIB_OBJ)
	@mkdir -p $(@D)
	rm -f $@
	ar rcs $@ $^

$(SHARED): $(LIB_OBJ)
	@mkdir -p $(@D)
	$(CC) -shared $(SAN) -Wl,-soname,$(SONAME) -o $@.$(VERSION) $^ $(LDFLAGS) $(PKG_LIBS)
	ln -sf libmuwazi.so.$(VERSION) $(OUT_LIB)/$(SONAME)
	ln -sf libmuwazi.so.$(VERSION) $@

$(CLI): $(CLI_OBJ) $(STATIC)
	@mkdir -p $(@D)
	$(CC) $(SAN) -o $@ $(CLI_OBJ) $(STATIC) $(LDFLAGS) $(PKG_LIBS)

lib/muwazi.pc: lib/muwazi.pc.in $(HDR)
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(LIBDIR)|' \
	    -e 's|@INCLUDEDIR@|$(INCLUDEDIR)|' -e 's|@VERSION@|$(VERSION)|' $< > $@

$(OBJ)/tests/%: tests/%.c tests/tap.h $(STATIC)
	@mkdir -p $(@D)
	$(CC) -std=c11 -D_POSIX_C_SOURCE=200809L $(WARN) $(CFLAGS) $(SAN) -Ilib/include -Itests \
		-o $@ $< $(STATIC) $(LDFLAGS) $(PKG_LIBS)

$(OBJ)/bench/%: bench/%.c $(STATIC)
	@mkdir -p $(@D)
	$(CC) -std=c11 -D_POSIX_C_SOURCE=200809L $(WARN) -O2 -g -Ilib/include \
		-o $@ $< $(STATIC) $(LDFLAGS) $(PKG_LIBS)

# The ABI: the functions libmuwazi.so.$(MAJOR) exports, checked by tests/cli_install.sh.
# After adding a public function, `make abi-symbols` lists it in lib/libmuwazi.symbols.
abi-symbols: $(SHARED)
	{ sed -n '/^#/p' lib/libmuwazi.symbols; \
	  nm -D --defined-only $(SHARED) | awk '$$3 ~ /^mwz_/ {print $$3}' | LC_ALL=C sort; \
	} > lib/libmuwazi.symbols.new && mv lib/libmuwazi.symbols.new lib/libmuwazi.symbols

# The public header compiles alone as C89 and as C++.
headertest: $(OBJ)/headertest.stamp
$(OBJ)/headertest.stamp: $(HDR)
	@mkdir -p $(@D)
	printf '#include "muwazi.h"\nint main(void){return mwz_version()==0;}\n' > $(OBJ)/ht.c
	$(CC) -std=c89 -Wall -Wextra -pedantic -Werror -Ilib/include -c $(OBJ)/ht.c -o $(OBJ)/ht89.o
	cp $(OBJ)/ht.c $(OBJ)/ht.cpp
	c++ -std=c++11 -Wall -Wextra -pedantic -Werror -Ilib/include -c $(OBJ)/ht.cpp -o $(OBJ)/htcc.o
	touch $@

# Install what is missing of the Debian packages muwazi needs, and try the
# optional ones: FreeDict's German/French dictionaries (Text+Berg; without
# them such pairs align without a dictionary), whose failure is only a note.
DEB_PKGS := gcc g++ make libicu-dev libutf8proc-dev libharfbuzz-dev libstemmer-dev \
	zlib1g-dev pkg-config dict-freedict-ara-eng dict-freedict-eng-ara libxml2-utils
DEB_OPT_PKGS := dict-freedict-deu-fra dict-freedict-fra-deu
deps:
	@missing=""; opt=""; for p in $(DEB_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	for p in $(DEB_OPT_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || opt="$$opt $$p"; \
	done; \
	if [ -z "$$missing$$opt" ]; then exit 0; fi; \
	echo "muwazi: installing Debian packages:$$missing$$opt"; \
	if [ "$$(id -u)" = 0 ]; then SUDO=""; \
	elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; \
	elif [ -z "$$missing" ]; then \
	     echo "muwazi: not installed (optional; need root or sudo):$$opt" >&2; exit 0; \
	else echo "muwazi: need root or sudo to install:$$missing$$opt" >&2; \
	     echo "muwazi: run as root: apt-get install$$missing$$opt" >&2; exit 2; fi; \
	$$SUDO apt-get update -qq || [ -z "$$missing" ] || \
	{ echo "muwazi: apt-get update failed; could not install:$$missing" >&2; exit 2; }; \
	if [ -n "$$missing" ]; then \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing || \
	  { echo "muwazi: apt-get could not install:$$missing" >&2; exit 2; }; \
	fi; \
	if [ -n "$$opt" ]; then \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$opt || \
	  echo "muwazi: not installed (optional: German/French align without them):$$opt" >&2; \
	fi; exit 0

tests-build: $(TEST_BIN) $(CLI)

check: deps
	@$(MAKE) -s all headertest tests-build
	@MUWAZI=$(CURDIR)/$(CLI) TESTBIN=$(CURDIR)/$(OBJ)/tests SHARED_DIR=$(CURDIR)/../shared \
		bash tests/run.sh

ASAN := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
asan: deps
	@$(MAKE) -s OBJ=build/asan OUT_LIB=build/asan OUT_CLI=build/asan OPT=-O1 SAN="$(ASAN)" \
		build/asan/libmuwazi.a build/asan/muwazi tests-build
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
		MUWAZI=$(CURDIR)/build/asan/muwazi TESTBIN=$(CURDIR)/build/asan/tests \
		SHARED_DIR=$(CURDIR)/../shared bash tests/run.sh

bench: deps
	@$(MAKE) -s all $(BENCH_BIN)
	@MUWAZI=$(CURDIR)/$(CLI) BENCHBIN=$(CURDIR)/$(OBJ)/bench SHARED_DIR=$(CURDIR)/../shared \
		bash bench/run.sh

demo: deps
	@$(MAKE) -s all
	@bash corpora/demo.sh $(CURDIR)/$(CLI)

install: all
	install -d $(DESTDIR)$(LIBDIR)/pkgconfig $(DESTDIR)$(INCLUDEDIR) $(DESTDIR)$(BINDIR)
	install -m 644 $(HDR) $(DESTDIR)$(INCLUDEDIR)/muwazi.h
	install -m 644 $(STATIC) $(DESTDIR)$(LIBDIR)/libmuwazi.a
	install -m 755 $(SHARED).$(VERSION) $(DESTDIR)$(LIBDIR)/libmuwazi.so.$(VERSION)
	ln -sf libmuwazi.so.$(VERSION) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf libmuwazi.so.$(VERSION) $(DESTDIR)$(LIBDIR)/libmuwazi.so
	install -m 644 lib/muwazi.pc $(DESTDIR)$(LIBDIR)/pkgconfig/muwazi.pc
	install -m 755 $(CLI) $(DESTDIR)$(BINDIR)/muwazi
	install -d $(DESTDIR)$(MANDIR)/man1
	install -m 644 cli/muwazi.1 $(DESTDIR)$(MANDIR)/man1/muwazi.1

clean:
	rm -rf build lib/libmuwazi.a lib/libmuwazi.so* lib/muwazi.pc cli/muwazi

.PHONY: all check asan bench demo deps install clean headertest tests-build abi-symbols

# ---- normalisation tables (norm helper) ----------------------------------
# `make gen` (or `make gen-normtab`) regenerates lib/normtab.c from utf8proc
# and ICU data; the generated file is committed.
gen: gen-normtab
gen-normtab: $(OBJ)/tools/gen_normtab
	$(OBJ)/tools/gen_normtab lib/normtab.c.tmp && mv lib/normtab.c.tmp lib/normtab.c
$(OBJ)/tools/gen_normtab: tools/gen_normtab.c
	@mkdir -p $(@D)
	$(CC) -std=c11 -D_POSIX_C_SOURCE=200809L $(WARN) -O2 -g $(PKG_CFLAGS) -o $@ $< $(PKG_LIBS)
.PHONY: gen gen-normtab
# ---- end normalisation tables ----

# --- romanisation (tlit): regenerate lib/namelist.c from lib/data/namelist.tsv ---
# The generated file is committed; run `make gen` after editing the TSV.
$(OBJ)/tools/gen_namelist: tools/gen_namelist.c lib/translit_key.h
	@mkdir -p $(@D)
	$(CC) -std=c11 -D_POSIX_C_SOURCE=200809L $(WARN) -O2 -Ilib -o $@ $<
gen: $(OBJ)/tools/gen_namelist
	$(OBJ)/tools/gen_namelist lib/data/namelist.tsv lib/namelist.c
.PHONY: gen
# --- end romanisation ---

# ---- corpus: the edit generator (tests/mkedits.c), a tool for tests and bench, not a test ----
tests-build: $(OBJ)/tests/mkedits
bench: $(OBJ)/tests/mkedits

# --- fuzzing ---
# Each tests/fuzz/fuzz_X.c defines LLVMFuzzerTestOneInput. `make check` and
# `make asan` build them with tests/fuzz/replay.c (no libFuzzer needed) and
# tests/cli_fuzz_replay.sh replays the seed corpora plus mutations of them.
# A target whose "needs:" line names a function the library lacks yet is
# built as a stub that prints a skip line.
FUZZ_SRC := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_NAMES := $(FUZZ_SRC:tests/fuzz/%.c=%)
fuzz_missing = $$(for s in $$(sed -n 's/^ \* needs: //p' $(1)); do \
	nm -g --defined-only $(2) 2>/dev/null | grep -q " T $$s$$" || printf ' %s' $$s; done)
tests-build: $(FUZZ_NAMES:%=$(OBJ)/tests/fuzz/%) $(OBJ)/tests/maxrss

# A preloaded allocator failing the N-th allocation of muwazi's own code, for
# tests/cli_oom.sh; not with the sanitizers, which bring their own allocator.
$(OBJ)/tests/failalloc.so: tests/failalloc.c
	@mkdir -p $(@D)
	$(CC) -std=c11 -D_GNU_SOURCE $(WARN) -O1 -g -shared -fPIC -o $@ $<
tests-build: $(if $(SAN),,$(OBJ)/tests/failalloc.so $(OBJ)/tests/oom_api)
$(OBJ)/tests/fuzz/%: tests/fuzz/%.c tests/fuzz/replay.c $(HDR) $(STATIC)
	@mkdir -p $(@D)
	@missing="$(call fuzz_missing,$<,$(STATIC))"; \
	if [ -n "$$missing" ]; then \
	  printf '#!/bin/sh\necho "skip - $*: libmuwazi lacks%s"\n' "$$missing" >$@; chmod +x $@; \
	else \
	  $(CC) -std=c11 -D_POSIX_C_SOURCE=200809L $(WARN) $(CFLAGS) $(SAN) -Ilib/include \
	    -o $@ $< tests/fuzz/replay.c $(STATIC) $(LDFLAGS) $(PKG_LIBS); \
	fi

# `make fuzz`: real libFuzzer campaigns, FUZZ_SECONDS each (clang needed).
# New corpus entries go to build/fuzz/corpus/X, crashes to build/fuzz/crash-X-*.
# FUZZ_TARGETS="fuzz_align fuzz_names" picks some; FUZZ_JOBS runs in parallel.
FUZZ_SECONDS ?= 30
FUZZ_TARGETS ?= $(FUZZ_NAMES)
FUZZ_FLAGS ?= -max_len=65536 -timeout=20 -rss_limit_mb=4096
FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_DEB_PKGS := clang libclang-rt-14-dev
fuzz-deps:
	@missing=""; for p in $(FUZZ_DEB_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	echo "muwazi: installing Debian packages:$$missing"; \
	if [ "$$(id -u)" = 0 ]; then SUDO=""; \
	elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; \
	else echo "muwazi: need root or sudo to install:$$missing" >&2; exit 2; fi; \
	$$SUDO apt-get update -qq && \
	DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing || \
	{ echo "muwazi: apt-get could not install:$$missing" >&2; exit 2; }
build/fuzz/bin/%: tests/fuzz/%.c build/fuzz/libmuwazi.a
	@mkdir -p $(@D)
	clang -std=c11 -D_POSIX_C_SOURCE=200809L -g -O1 -fsanitize=fuzzer $(FUZZ_SAN) \
		-Ilib/include -o $@ $< build/fuzz/libmuwazi.a $(PKG_LIBS)
fuzz-build: deps fuzz-deps
	@$(MAKE) -s CC=clang OBJ=build/fuzz OUT_LIB=build/fuzz OUT_CLI=build/fuzz OPT=-O1 \
		SAN="-fsanitize=fuzzer-no-link $(FUZZ_SAN)" build/fuzz/libmuwazi.a
	@for t in $(FUZZ_TARGETS); do \
	  missing="$(call fuzz_missing,tests/fuzz/$$t.c,build/fuzz/libmuwazi.a)"; \
	  if [ -n "$$missing" ]; then echo "fuzz: $$t skipped, libmuwazi lacks$$missing"; continue; fi; \
	  $(MAKE) -s build/fuzz/bin/$$t || exit 1; \
	done
fuzz: fuzz-build
	@fail=0; for t in $(FUZZ_TARGETS); do \
	  [ -x build/fuzz/bin/$$t ] || continue; \
	  mkdir -p build/fuzz/corpus/$$t; \
	  echo "fuzz: $$t for $(FUZZ_SECONDS) s"; \
	  UBSAN_OPTIONS=print_stacktrace=1 build/fuzz/bin/$$t $(FUZZ_FLAGS) \
	    -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	    -artifact_prefix=build/fuzz/crash-$$t- \
	    build/fuzz/corpus/$$t tests/fuzz/corpus/$$t 2>build/fuzz/$$t.log; rc=$$?; \
	  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)' build/fuzz/$$t.log | sed 's/^/  /'; \
	  if [ $$rc -ne 0 ]; then fail=1; echo "fuzz: $$t FAILED, see build/fuzz/$$t.log"; \
	    grep -E 'ERROR|runtime error|Test unit written' build/fuzz/$$t.log | head -n 5 | sed 's/^/  /'; fi; \
	done; exit $$fail
.PHONY: fuzz fuzz-build fuzz-deps
# --- end fuzzing ---

# ---- python (ctypes) example: tests/cli_python.sh loads the shared library ----
# so `make asan` builds build/asan/libmuwazi.so too (lib/libmuwazi.so for check).
tests-build: $(SHARED)
# ---- end python ----
