# Build settings. Override any of these on the command line: make CC=clang PREFIX=/opt/cz
VERSION   = 0.1.0
PREFIX   ?= /usr/local
BINDIR    = $(PREFIX)/bin
MANDIR    = $(PREFIX)/share/man
DATADIR   = $(PREFIX)/share/converza
SYSCONFDIR ?= /etc

PKGS      = libpq libcjson libmosquitto ncursesw
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)

CC       ?= cc
CFLAGS   ?= -O2 -g
WARN      = -std=c11 -Wall -Wextra -Werror -Wshadow -Wvla -Wformat=2 -Wno-format-nonliteral
CPPFLAGS += -D_GNU_SOURCE -Iinclude -DCZ_VERSION='"$(VERSION)"' \
            -DCZ_DATADIR='"$(DATADIR)"' -DCZ_SYSCONFDIR='"$(SYSCONFDIR)"'
LDFLAGS  ?=
LDLIBS   += -lm -lpthread
