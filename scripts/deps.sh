#!/bin/sh
# deps.sh - installs the Debian packages Converza needs to build, test and run
# its demo. As root it runs apt-get; otherwise it prints the exact command.
set -eu
cd "$(dirname "$0")/.."
# The S3 tests, demo and bench start s3rver from npm, pinned by
# tests/s3/package-lock.json, installed into tests/s3/node_modules.
s3rver() {
    [ -x tests/s3/node_modules/.bin/s3rver ] && return 0
    command -v npm >/dev/null || return 0
    echo "deps: installing s3rver (npm ci in tests/s3)"
    (cd tests/s3 && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
}
PKGS="build-essential pkg-config libpq-dev libcjson-dev libmosquitto-dev libunistring-dev libpcre2-dev
libncurses-dev postgresql postgresql-client mosquitto mosquitto-clients tmux python3 man-db
clang libclang-rt-14-dev valgrind time debhelper lintian libcurl4-openssl-dev libexpat1-dev curl"
# npm (for s3rver) from Debian unless a Node.js with its npm is installed already.
command -v npm >/dev/null || PKGS="$PKGS npm"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
        missing="$missing $p"
done
if [ -z "$missing" ]; then
    echo "deps: all packages present"
    s3rver
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
s3rver
