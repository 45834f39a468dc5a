#!/bin/sh
# deps.sh - installs the Debian packages Converza needs to build, test and run
# its demo. As root it runs apt-get; otherwise it prints the exact command.
set -eu
PKGS="build-essential pkg-config libpq-dev libcjson-dev libmosquitto-dev libunistring-dev libpcre2-dev
libncurses-dev postgresql postgresql-client mosquitto mosquitto-clients tmux python3 man-db
clang libclang-rt-14-dev valgrind time debhelper lintian"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
        missing="$missing $p"
done
if [ -z "$missing" ]; then
    echo "deps: all packages present"
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "deps: missing packages:$missing" >&2
    echo "deps: run as root:  apt-get update && apt-get install -y$missing" >&2
    exit 1
fi
echo "deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# Debian starts services it installs; Converza runs its own private servers.
apt-get install -y -qq --no-install-recommends $missing >/dev/null
