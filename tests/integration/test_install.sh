#!/bin/sh
# test_install.sh - make install / uninstall honour PREFIX and DESTDIR and
# install binaries, man pages, the rules and a default config, and uninstall
# removes them (the config file, once edited, is the administrator's and stays).
set -u
. "$(dirname "$0")/../lib.sh"
D=$(mktemp -d /tmp/cz-install.XXXXXX)
trap 'rm -rf "$D"' EXIT INT TERM
cd "$TOP" || exit 1
make -s SAN=1 install DESTDIR="$D" PREFIX=/opt/cz SYSCONFDIR=/opt/cz/etc >"$D/log" 2>&1
expect_eq "make install exits 0" "$?" 0
for f in bin/converza-etl bin/converza-gen bin/converza-tui share/man/man1/converza-etl.1 \
    share/man/man1/converza-gen.1 share/man/man1/converza-tui.1 share/man/man5/converza.conf.5 \
    share/man/man5/converza-rules.5 share/man/man7/converza-mqtt.7 share/man/man7/converza-kpi.7 \
    share/converza/converza.rules \
    share/converza/lexicon.tsv etc/converza/converza.conf lib/systemd/system/converza-etl.service; do
    check "installed /opt/cz/$f" test -s "$D/opt/cz/$f"
done
for m in "$D"/opt/cz/share/man/man*/*; do
    check "man page $(basename "$m") renders" sh -c "man -l '$m' >/dev/null 2>&1"
done
make -s SAN=1 uninstall DESTDIR="$D" PREFIX=/opt/cz SYSCONFDIR=/opt/cz/etc >>"$D/log" 2>&1
expect_eq "make uninstall exits 0" "$?" 0
expect_eq "uninstall removes binaries, pages and rules" \
    "$(find "$D/opt/cz" -type f ! -path '*/etc/*' | wc -l | tr -d ' ')" 0

# A packager's own flags are appended to the project's, never replace them: this
# build keeps -Iinclude, _GNU_SOURCE and the version, and -Werror stays off.
B="$D/build-user"
make -s BUILD="$B" CPPFLAGS=-DCZ_PACKAGER_FLAG CFLAGS=-O1 LDFLAGS=-Wl,-O1 all >"$D/user.log" 2>&1
expect_eq "make CPPFLAGS=-DX CFLAGS=-O1 LDFLAGS=-Wl,-O1 builds" "$?" 0
check "the user-flag build's worker runs" sh -c "'$B/converza-etl' --version | grep -q '[0-9]'"
line=$(make -n -B BUILD="$B" CPPFLAGS=-DCZ_PACKAGER_FLAG CFLAGS=-O1 "$B/obj/src/core/util.o" | grep -- ' -c ')
for w in -DCZ_PACKAGER_FLAG -Iinclude -D_GNU_SOURCE -DCZ_VERSION= -O1; do
    case "$line" in *" $w"*) pass "user-flag compile line has $w" ;; *) fail "user-flag compile line has $w" "$line" ;; esac
done
case "$line" in *-Werror*) fail "a user's make has no -Werror" "$line" ;; *) pass "a user's make has no -Werror" ;; esac
expect_eq "the dashboard does not link libpq" \
    "$(ldd "$B/converza-tui" | grep -c libpq)" 0
t_end
