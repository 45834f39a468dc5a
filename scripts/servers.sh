# scripts/servers.sh - private PostgreSQL and Mosquitto servers in temporary
# directories on free ports, for the tests, the demo and the benchmark. Source
# it. As root, PostgreSQL runs as the "postgres" user (initdb refuses root).
# BASE_TMP chooses where the temporary directories go (default /tmp).

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# Runs a command as the unprivileged owner of the test servers when we are root
# (initdb and postgres refuse to run as root).
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bindir() {
    for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && { echo "$d"; return; }; done
    dirname "$(command -v initdb)"
}

# start_pg: a private cluster; sets PGDIR, PGPORT, PGHOST (socket dir) and DB
# (a conninfo for database "converza"). Stopped by stop_all. PG_OPTS: server
# options (default "-c fsync=off -c full_page_writes=off", fast for tests;
# PG_OPTS= runs PostgreSQL at its defaults, as the benchmark does).
start_pg() {
    PGBIN=$(pg_bindir)
    PGDIR=$(mktemp -d "${BASE_TMP:-/tmp}/cz-pg.XXXXXX")
    chmod 755 "$PGDIR"
    [ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
    PGPORT=$(free_port)
    as_pg "$PGBIN/initdb" -D "$PGDIR/data" -U postgres -A trust --no-sync -E UTF8 >"$PGDIR/initdb.log" 2>&1 ||
        { cat "$PGDIR/initdb.log"; return 1; }
    as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w -t 60 \
        -o "-k $PGDIR -p $PGPORT -c listen_addresses='' ${PG_OPTS-"-c fsync=off -c full_page_writes=off"}" start >/dev/null ||
        { cat "$PGDIR/log"; return 1; }
    PGHOST=$PGDIR
    export PGHOST PGPORT
    export PGUSER=postgres
    psql -X -q -d postgres -c "CREATE DATABASE converza" >/dev/null || return 1
    DB="host=$PGDIR port=$PGPORT user=postgres dbname=converza"
}

stop_pg() {
    [ -n "${PGDIR:-}" ] || return 0
    as_pg "$(pg_bindir)/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$PGDIR"
    PGDIR=
}

# restart_pg: stop and start the same cluster (for outage tests).
pg_stop_only() { as_pg "$(pg_bindir)/pg_ctl" -D "$PGDIR/data" -m fast stop >/dev/null 2>&1; }
pg_start_only() {
    as_pg "$(pg_bindir)/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w -t 60 \
        -o "-k $PGDIR -p $PGPORT -c listen_addresses='' -c fsync=off" start >/dev/null
}

# sql QUERY: prints the unaligned, tuples-only result.
sql() { psql -X -q -A -t -d converza -c "$1"; }

# start_mqtt [extra config lines]: a private broker; sets MQTT_PORT, MQTT_DIR.
start_mqtt() {
    MQTT_DIR=$(mktemp -d "${BASE_TMP:-/tmp}/cz-mqtt.XXXXXX")
    MQTT_PORT=$(free_port)
    {
        echo "listener $MQTT_PORT 127.0.0.1"
        echo "allow_anonymous true"
        echo "persistence false"
        echo "user $(id -un)"
        [ -n "${1:-}" ] && printf '%s\n' "$1"
    } >"$MQTT_DIR/mosquitto.conf"
    mqtt_start_only
}

mqtt_start_only() {
    /usr/sbin/mosquitto -c "$MQTT_DIR/mosquitto.conf" >"$MQTT_DIR/log" 2>&1 &
    MQTT_PID=$!
    i=0
    while [ $i -lt 50 ]; do
        # Exit 27 means "timed out waiting for a message": the broker answered.
        mosquitto_sub -h 127.0.0.1 -p "$MQTT_PORT" -t converza/ready-probe -W 1 -C 1 >/dev/null 2>&1
        [ $? -eq 27 ] && return 0
        kill -0 "$MQTT_PID" 2>/dev/null || { cat "$MQTT_DIR/log" >&2; return 1; }
        i=$((i + 1)); sleep 0.1
    done
    return 1
}

mqtt_stop_only() {
    [ -n "${MQTT_PID:-}" ] && kill "$MQTT_PID" 2>/dev/null && wait "$MQTT_PID" 2>/dev/null
    MQTT_PID=
}

stop_mqtt() {
    mqtt_stop_only
    [ -n "${MQTT_DIR:-}" ] && rm -rf "$MQTT_DIR"
    MQTT_DIR=
}


# start_s3 [BUCKET...]: a private S3-compatible server (s3rver, installed
# into tests/s3/node_modules by scripts/deps.sh) on a free loopback port,
# with the buckets made; sets S3_DIR, S3_PORT, S3_ENDPOINT and exports the
# AWS_* variables the worker and s3cmd below use (s3rver's fixed key pair).
# Needs TOP (the checkout). Stopped by stop_s3.
start_s3() {
    S3_DIR=$(mktemp -d "${BASE_TMP:-/tmp}/cz-s3.XXXXXX")
    S3_PORT=$(free_port)
    S3_ENDPOINT="http://127.0.0.1:$S3_PORT"
    S3_BUCKETS=$*
    export AWS_ENDPOINT_URL="$S3_ENDPOINT" AWS_REGION=us-east-1
    export AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER
    s3_start_only
}

s3_start_only() {
    s3rver=$TOP/tests/s3/node_modules/.bin/s3rver
    [ -x "$s3rver" ] || { echo "s3rver missing: run sh scripts/deps.sh" >&2; return 1; }
    set --
    for b in $S3_BUCKETS; do set -- "$@" --configure-bucket "$b"; done
    # s3rver makes continuation tokens with DES, which OpenSSL 3 keeps in its
    # legacy provider.
    NODE_OPTIONS="${NODE_OPTIONS:-} --openssl-legacy-provider" "$s3rver" -d "$S3_DIR/data" -a 127.0.0.1 -p "$S3_PORT" --no-vhost-buckets "$@" \
        >>"$S3_DIR/log" 2>&1 &
    S3_PID=$!
    i=0
    while [ $i -lt 100 ]; do
        curl -s -o /dev/null "$S3_ENDPOINT/" 2>/dev/null && return 0
        kill -0 "$S3_PID" 2>/dev/null || { cat "$S3_DIR/log" >&2; return 1; }
        i=$((i + 1)); sleep 0.1
    done
    return 1
}

s3_stop_only() {
    [ -n "${S3_PID:-}" ] && kill "$S3_PID" 2>/dev/null && wait "$S3_PID" 2>/dev/null
    S3_PID=
}

stop_s3() {
    s3_stop_only
    [ -n "${S3_DIR:-}" ] && rm -rf "$S3_DIR"
    S3_DIR=
}

# s3cmd METHOD BUCKET/KEY [FILE] [curl options]: one signed request to the
# private server with curl's own SigV4 (PUT uploads FILE); prints the body.
s3cmd() {
    m=$1; k=$2; shift 2
    if [ "$m" = PUT ]; then f=$1; shift; set -- -T "$f" "$@"; else set -- -X "$m" "$@"; fi
    curl -sf --aws-sigv4 "aws:amz:us-east-1:s3" --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" \
        -H "x-amz-content-sha256: UNSIGNED-PAYLOAD" "$@" "$S3_ENDPOINT/$k"
}

# s3put_dir DIR BUCKET/PREFIX/: uploads the files directly in DIR (not its
# subdirectories) under the prefix, in one curl process. The file list goes
# to curl as a config file on its standard input, not as arguments: 20,000
# names in one "-T {a,b,...}" exceed the kernel's limit for one argument.
# The first failed upload stops it (non-zero status).
s3put_dir() {
    (cd "$1" && [ -n "$(ls -p | grep -v /)" ] &&
        ls -p | grep -v / | awk -v url="$S3_ENDPOINT/$2" '{
            gsub(/[\\"]/, "\\\\&"); printf "upload-file = \"%s\"\nurl = \"%s\"\n", $0, url }' |
        curl -sf --fail-early --aws-sigv4 "aws:amz:us-east-1:s3" \
            --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" \
            -H "x-amz-content-sha256: UNSIGNED-PAYLOAD" -K - >/dev/null)
}

# s3count BUCKET [PREFIX]: how many objects are under the prefix (one page).
s3count() {
    s3cmd GET "$1?list-type=2&prefix=${2:-}" | grep -o '<Key>' | wc -l
}
