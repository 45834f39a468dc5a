# Build settings. Override any of these on the command line: make CC=clang PREFIX=/opt/cz
# The user's CPPFLAGS, CFLAGS, LDFLAGS and LDLIBS are appended to the project's own
# (CZ_*), never replace them, so a packager's flags cannot drop -Iinclude or a library.
VERSION   = 0.1.0
PREFIX   ?= /usr/local
BINDIR    = $(PREFIX)/bin
MANDIR    = $(PREFIX)/share/man
DATADIR   = $(PREFIX)/share/converza
SYSCONFDIR ?= /etc
UNITDIR   ?= $(PREFIX)/lib/systemd/system

PKG_CONFIG ?= pkg-config
pkg_cflags = $(shell $(PKG_CONFIG) --cflags $(1) 2>/dev/null)
pkg_libs   = $(shell $(PKG_CONFIG) --libs $(1) 2>/dev/null)

CC       ?= cc
CFLAGS   ?= -O2 -g
# WERROR=1 (set by `make check` and CI) turns warnings into errors; a user's `make` does not.
WERROR   ?= 0
CZ_WARN   = -std=c11 -Wall -Wextra -Wshadow -Wvla -Wformat=2 -Wno-format-nonliteral \
            $(if $(filter 1,$(WERROR)),-Werror)
CZ_CPPFLAGS = -D_GNU_SOURCE -Iinclude -DCZ_VERSION='"$(VERSION)"' \
            -DCZ_DATADIR='"$(DATADIR)"' -DCZ_SYSCONFDIR='"$(SYSCONFDIR)"'

# Each program links the libraries it uses, and only those.
ETL_PKGS  = libpq libcjson libmosquitto libpcre2-8 libcurl expat
TUI_PKGS  = libcjson libmosquitto ncursesw
GEN_PKGS  = libcjson
UNIT_PKGS = libpq libcjson libmosquitto libpcre2-8
# Libraries without a pkg-config file (Debian's libunistring-dev has none):
# libunistring normalises agent names (src/core/name.c).
ETL_LIBS  = -lunistring
GEN_LIBS  =
TUI_LIBS  =
UNIT_LIBS = -lunistring
CZ_CFLAGS = $(call pkg_cflags,libpq libcjson libmosquitto ncursesw libpcre2-8 libcurl expat)
CZ_LDLIBS = -lm -lpthread
