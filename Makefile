# Converza build. `make` builds the programs into build/; `make check` rebuilds them
# with AddressSanitizer and UndefinedBehaviorSanitizer into build/san/ and runs every test.
include config.mk

SAN      ?= 0
ifeq ($(SAN),1)
BUILD    ?= build/san
SANFLAGS  = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
else
BUILD    ?= build
SANFLAGS  =
# Link-time optimisation for the programs that ship: the KPI engine is many
# small files whose queries (kpi_text.c, kpi_match.c, kpi_amount.c) are called
# across them thousands of times per call; inlined, `converza-etl analyze`
# runs 2.7 % fewer instructions per call. `make LTOFLAGS=` builds without.
LTOFLAGS ?= -flto=auto
endif

ALL_CPPFLAGS = $(CZ_CPPFLAGS) $(CPPFLAGS)
ALL_CFLAGS   = $(CZ_WARN) $(CZ_CFLAGS) $(CFLAGS) $(SANFLAGS) $(LTOFLAGS)
ALL_LDFLAGS  = $(LDFLAGS) $(SANFLAGS)
link = $(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $^ $(call pkg_libs,$(1)) $(2) $(CZ_LDLIBS) $(LDLIBS)

CORE_SRC   = $(wildcard src/core/*.c src/core/*/*.c)
COMMON_SRC = $(wildcard src/common/*.c)
ETL_SRC    = $(wildcard src/etl/*.c)
GEN_SRC    = $(wildcard src/gen/*.c)
TUI_SRC    = $(wildcard src/tui/*.c)
UNIT_SRC   = $(wildcard tests/unit/test_*.c)

obj = $(patsubst %.c,$(BUILD)/obj/%.o,$(1))
LIBCORE   = $(BUILD)/libconverza.a
PROGRAMS  = $(BUILD)/converza-etl $(BUILD)/converza-gen $(BUILD)/converza-tui
UNITS     = $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(UNIT_SRC))
MAN1      = $(wildcard man/*.1)
MAN5      = $(wildcard man/*.5)
MAN7      = $(wildcard man/*.7)

.PHONY: FORCE all check unit tests deps deb demo bench eval eval-holdout eval-hvb fuzz valgrind install uninstall clean
all: $(PROGRAMS)

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

$(LIBCORE): $(call obj,$(CORE_SRC) $(COMMON_SRC))
	@mkdir -p $(dir $@)
	$(AR) rcs $@ $^

# The schema migrations are compiled into the worker from sql/. The list of
# their names is a prerequisite too, rewritten only when it changes, so that a
# migration gone (another branch checked out) rebuilds the worker as well.
MIGRATIONS    = $(sort $(wildcard sql/*.sql))
MIGRATIONS_C  = $(BUILD)/gen/migrations.c
MIGRATIONS_LS = $(BUILD)/gen/migrations.list
$(MIGRATIONS_LS): FORCE
	@mkdir -p $(dir $@)
	@echo "$(MIGRATIONS)" | cmp -s - $@ || echo "$(MIGRATIONS)" > $@
$(MIGRATIONS_C): $(MIGRATIONS) $(MIGRATIONS_LS) scripts/embed-sql.sh
	@mkdir -p $(dir $@)
	sh scripts/embed-sql.sh $(MIGRATIONS) > $@
$(BUILD)/obj/migrations.o: $(MIGRATIONS_C)
	$(CC) $(ALL_CPPFLAGS) -Isrc/etl $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/converza-etl: $(call obj,$(ETL_SRC)) $(BUILD)/obj/migrations.o $(LIBCORE)
	$(call link,$(ETL_PKGS),$(ETL_LIBS))
$(BUILD)/converza-gen: $(call obj,$(GEN_SRC)) $(LIBCORE)
	$(call link,$(GEN_PKGS),$(GEN_LIBS))
$(BUILD)/converza-tui: $(call obj,$(TUI_SRC)) $(LIBCORE)
	$(call link,$(TUI_PKGS),$(TUI_LIBS))

# A unit test links the core library; one of a program's modules also links
# that module's objects, listed in test_NAME_SRC, and the libraries they need
# (test_NAME_PKGS for pkg-config, test_NAME_LIBS).
TUI_MODULES          = $(filter-out src/tui/main.c,$(TUI_SRC))
test_pipe_SRC        = src/etl/pipe.c src/etl/batch.c src/etl/pg.c
test_known_merge_SRC = src/etl/known_merge.c
test_copytext_SRC    = src/etl/pg.c src/etl/pg_agg.c src/etl/batch.c
test_s3_SRC          = src/etl/s3_list.c src/etl/s3_auth.c src/etl/input.c src/etl/s3.c src/etl/scan.c \
                       src/etl/afterload.c src/etl/pg.c
test_s3_PKGS         = libcurl expat
test_watch_SRC       = src/etl/watch.c src/etl/scan.c
test_metrics_SRC     = src/etl/metrics.c
test_numfmt_SRC      = src/tui/numfmt.c
test_view_SRC        = src/tui/view.c
test_drill_SRC       = src/tui/drill.c
test_coach_SRC       = src/tui/view.c
test_layout_SRC      = $(TUI_MODULES)
test_layout_PKGS     = $(TUI_PKGS)
test_layout_LIBS     = $(TUI_LIBS)
test_bigfont_SRC     = $(TUI_MODULES)
test_bigfont_PKGS    = $(TUI_PKGS)
test_bigfont_LIBS    = $(TUI_LIBS)
test_spark_SRC       = $(TUI_MODULES)
test_spark_PKGS      = $(TUI_PKGS)
test_spark_LIBS      = $(TUI_LIBS)

# Unit tests include the headers of the program modules they test.
$(BUILD)/obj/tests/unit/%.o: ALL_CPPFLAGS += -Isrc/etl -Isrc/tui

.SECONDEXPANSION:
$(BUILD)/tests/%: $(BUILD)/obj/tests/unit/%.o $$(call obj,$$($$*_SRC)) $(LIBCORE)
	@mkdir -p $(dir $@)
	$(call link,$(UNIT_PKGS) $($*_PKGS),$(UNIT_LIBS) $($*_LIBS))

tests: $(PROGRAMS) $(UNITS)

# The test command: sanitizer build, unit tests, then integration and terminal tests
# against servers the tests start themselves. Ends with "N passed, N failed".
check: deps
	$(MAKE) SAN=1 WERROR=1 tests
	BIN=$(CURDIR)/build/san sh tests/run.sh

unit:
	$(MAKE) SAN=1 WERROR=1 tests
	BIN=$(CURDIR)/build/san ONLY=unit sh tests/run.sh

deps:
	sh scripts/deps.sh

demo: deps
	$(MAKE) all
	S3=$(S3) sh scripts/demo.sh

bench: all
	sh bench/bench.sh

# KPI accuracy on every labelled set: ../shared's (CONVERZA_SHARED) and tests/data's.
eval: all
	sh scripts/eval.sh

# The KPI engine's own held-out set (tests/data/kpi-holdout/README.md).
eval-holdout: all
	sh scripts/eval.sh tests/data/kpi-holdout

eval-hvb: all
	sh scripts/eval-hvb.sh

fuzz:
	sh scripts/fuzz.sh

valgrind: all
	sh scripts/valgrind.sh

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 \
	    $(DESTDIR)$(MANDIR)/man7 $(DESTDIR)$(DATADIR) $(DESTDIR)$(SYSCONFDIR)/converza
	install -m 755 $(PROGRAMS) $(DESTDIR)$(BINDIR)
	install -m 644 $(MAN1) $(DESTDIR)$(MANDIR)/man1
	install -m 644 $(MAN5) $(DESTDIR)$(MANDIR)/man5
	install -m 644 $(MAN7) $(DESTDIR)$(MANDIR)/man7
	install -m 644 rules/* $(DESTDIR)$(DATADIR)
	install -d $(DESTDIR)$(DATADIR)/sql && install -m 644 sql/*.sql $(DESTDIR)$(DATADIR)/sql
	install -d $(DESTDIR)$(UNITDIR) && sed 's|/usr/local/bin/|$(BINDIR)/|' etc/converza-etl.service \
	    > $(DESTDIR)$(UNITDIR)/converza-etl.service && chmod 644 $(DESTDIR)$(UNITDIR)/converza-etl.service
	test -e $(DESTDIR)$(SYSCONFDIR)/converza/converza.conf || \
	    install -m 640 etc/converza.conf.example $(DESTDIR)$(SYSCONFDIR)/converza/converza.conf

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/converza-etl $(DESTDIR)$(BINDIR)/converza-gen $(DESTDIR)$(BINDIR)/converza-tui
	rm -f $(addprefix $(DESTDIR)$(MANDIR)/man1/,$(notdir $(MAN1)))
	rm -f $(addprefix $(DESTDIR)$(MANDIR)/man5/,$(notdir $(MAN5)))
	rm -f $(addprefix $(DESTDIR)$(MANDIR)/man7/,$(notdir $(MAN7)))
	rm -rf $(DESTDIR)$(DATADIR)
	rm -f $(DESTDIR)$(UNITDIR)/converza-etl.service

# Debian packages (debian/, debhelper) built from a copy of the tree in
# build/deb, so that neither the tree nor the other builds under build/ are
# touched; the .deb files land in build/deb.
DEB_SRC = build/deb/converza-$(VERSION)
deb:
	rm -rf build/deb && mkdir -p $(DEB_SRC)
	tar --exclude=./build --exclude=./.git --exclude=./.demo -cf - . | tar -C $(DEB_SRC) -xf -
	cd $(DEB_SRC) && dpkg-buildpackage -us -uc -b

clean:
	rm -rf build

# Header dependencies of exactly the objects this build makes.
-include $(patsubst %.o,%.d,$(call obj,$(CORE_SRC) $(COMMON_SRC) $(ETL_SRC) $(GEN_SRC) $(TUI_SRC) $(UNIT_SRC)))
