#!/bin/sh
# test_deb.sh - `make deb` builds the Debian packages (from a copy of the tree
# in build/deb: the tree and build/'s other builds untouched), lintian finds
# no errors, `apt-get install ./...deb` installs them (as root), the installed
# programs run, every man page and the unit are where man and systemd look,
# the installed worker loads calls into the test database with the rules the
# package ships, and purging leaves nothing behind.
set -u
. "$(dirname "$0")/../lib.sh"
if ! command -v dpkg-buildpackage >/dev/null 2>&1 || ! command -v dh >/dev/null 2>&1; then
    echo "SKIP deb: dpkg-buildpackage or debhelper not installed (make deps installs them)"
    exit 0
fi
WORK=$(mktemp -d /tmp/cz-deb.XXXXXX)
PKGS="converza-etl converza-tui converza-gen"
installed=0
cleanup() {
    [ "$installed" = 1 ] && apt-get purge -y -qq $PKGS >/dev/null 2>&1
    stop_all
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM
cd "$TOP" || exit 1
OUT=$TOP/build/deb
stamp_before=$(ls -l --time-style=+%s.%N build/san/converza-etl 2>/dev/null)
make -s deb >"$WORK/build.log" 2>&1
rc=$?
expect_eq "make deb exits 0" "$rc" 0
[ "$rc" = 0 ] || { tail -30 "$WORK/build.log"; t_end; }
for p in $PKGS; do
    check "package $p built" test -s "$(ls "$OUT/${p}_"*.deb 2>/dev/null | head -1)"
done
expect_eq "the package build leaves build/san alone" \
    "$(ls -l --time-style=+%s.%N build/san/converza-etl 2>/dev/null)" "$stamp_before"
expect_eq "the package build leaves the tree clean (no debian/build, debian/tmp)" \
    "$(ls -d debian/build debian/tmp debian/converza-etl 2>/dev/null | wc -l | tr -d ' ')" 0
ETL_DEB=$(ls "$OUT"/converza-etl_*.deb)
deps=$(dpkg-deb -f "$ETL_DEB" Depends)
for lib in libpq5 libcjson1 libmosquitto1; do
    case "$deps" in *"$lib"*) pass "converza-etl depends on $lib (shlibs)" ;;
                   *) fail "converza-etl depends on $lib (shlibs)" "$deps" ;; esac
done
case "$deps" in *postgresql\ *|*postgresql,*|*mosquitto\ *|*mosquitto,*)
    fail "converza-etl does not depend on the servers" "$deps" ;;
    *) pass "converza-etl does not depend on the servers" ;; esac
expect_eq "converza-etl recommends the servers" "$(dpkg-deb -f "$ETL_DEB" Recommends)" "postgresql, mosquitto"
case "$(dpkg-deb -f "$(ls "$OUT"/converza-tui_*.deb)" Depends)" in
    *libpq*) fail "the dashboard's package does not depend on libpq" ;;
    *) pass "the dashboard's package does not depend on libpq" ;; esac

if command -v lintian >/dev/null 2>&1; then
    lintian "$OUT"/converza_*.changes >"$WORK/lintian.log" 2>&1
    expect_eq "lintian reports no errors" "$(grep -c '^E:' "$WORK/lintian.log")" 0
    grep '^E:' "$WORK/lintian.log" | head -10
else
    echo "SKIP lintian: lintian not installed (make deps installs it)"
fi

if [ "$(id -u)" != 0 ]; then
    echo "SKIP deb install: installing packages needs root"
    t_end
fi
for p in $PKGS; do
    if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
        fail "$p is not installed before the test" "it is; the test would remove it"
        t_end
    fi
done
installed=1
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "$OUT"/converza-etl_*.deb "$OUT"/converza-tui_*.deb "$OUT"/converza-gen_*.deb >"$WORK/apt.log" 2>&1
expect_eq "apt-get install ./converza-*.deb exits 0" "$?" 0
FILES=$(dpkg -L $PKGS 2>/dev/null | sort -u)
case "$FILES" in *"/usr/bin/converza-etl"*) pass "dpkg lists the installed files" ;;
    *) fail "dpkg lists the installed files" "$FILES" ;; esac
for p in etl tui gen; do
    expect_eq "installed converza-$p --version" "$(/usr/bin/converza-$p --version 2>&1)" "converza-$p 0.1.0"
done
for m in man/*.[157]; do
    name=$(basename "$m"); sec=${name##*.}; page=${name%.*}
    check "man -w $sec $page finds the installed page" sh -c "man -w $sec $page | grep -q '^/usr/share/man/man$sec/$page'"
done
UNIT=/lib/systemd/system/converza-etl.service
check "systemd unit installed" test -s "$UNIT"
check "the unit starts the installed worker" grep -q '^ExecStart=/usr/bin/converza-etl ' "$UNIT"
check "roles.sql ships" test -s /usr/share/converza/sql/roles.sql
check "default rules ship" test -s /usr/share/converza/converza.rules
check "example configuration ships" test -s /usr/share/doc/converza-etl/examples/converza.conf.example
check "configuration installed, readable by the converza group only" \
    sh -c "[ \"\$(stat -c '%a %G' /etc/converza/converza.conf)\" = '640 converza' ]"
check "system user converza made" getent passwd converza

start_pg || { fail "start postgres"; t_end; }
mkdir -p "$WORK/in"
/usr/bin/converza-gen --calls 300 --seed 31 --agents 5 --out "$WORK/in" >/dev/null 2>&1
expect_eq "installed generator writes calls" "$(find "$WORK/in" -type f | wc -l | tr -d ' ')" 300
/usr/bin/converza-etl --once --no-mqtt --input "$WORK/in" --db "$DB" --log-level warn 2>"$WORK/etl.log"
expect_eq "installed worker loads into the test database" "$?" 0
expect_eq "installed worker: every call in gold" "$(sql 'SELECT count(*) FROM gold_performance_metrics')" 300
expect_eq "installed worker: aggregates equal GROUP BY over gold" "$(sql "$AGG_EQ")" 0
expect_eq "installed worker uses the packaged rules" \
    "$(sql 'SELECT DISTINCT rules_version FROM etl_runs')" \
    "$(sed -n 's/^version *= *//p' /usr/share/converza/converza.rules | head -1)"

DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq $PKGS >"$WORK/purge.log" 2>&1
expect_eq "apt-get purge exits 0" "$?" 0
installed=0
left=
for f in $FILES; do
    [ "$f" = /. ] && continue
    case "$f" in /etc|/lib|/usr|/var|/usr/*/|/lib/systemd|/lib/systemd/system|/usr/bin|/usr/share|/usr/share/doc|/usr/share/man|/usr/share/man/man?|/var/spool) continue ;; esac
    [ -e "$f" ] && left="$left $f"
done
expect_eq "purge leaves none of the packages' files" "$left" ""
expect_eq "purge leaves no package state" \
    "$(dpkg-query -W -f='${Status}\n' $PKGS 2>/dev/null | grep -vc 'not-installed')" 0
check "purge removes the system user" sh -c "! getent passwd converza"
check "purge removes /etc/converza" test ! -e /etc/converza
t_end
