#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the PostgreSQL tests and benchmarks: its own data directory
# under .build-pg/ (or $PG_CLUSTER_DIR), loopback only, trust authentication, its own port.
#
#   tools/pg-cluster.sh start   initdb (once) and start; prints the export line for LEDGER_TEST_PG
#   tools/pg-cluster.sh stop    stop it (the data directory stays; `clean` removes it)
#   tools/pg-cluster.sh clean   stop and remove the data directory
#   tools/pg-cluster.sh url     print the URL
#
# Installs PostgreSQL from Debian's packages when initdb is not on PATH (CI's fresh machine). As root,
# the server runs as the `postgres` user (PostgreSQL refuses to run as root).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PG_CLUSTER_PORT:-55432}
dir=${PG_CLUSTER_DIR:-$(pwd)/.build-pg}
data="$dir/data"
url="postgres://postgres@127.0.0.1:$port/postgres"

find_bin() {
    if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

bin=$(find_bin || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    if [ "${1:-}" = start ]; then
        echo "pg-cluster: installing PostgreSQL from Debian's packages" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq postgresql >/dev/null
        bin=$(find_bin)
    else
        echo "pg-cluster: PostgreSQL is not installed" >&2; exit 0
    fi
fi

# As root the server runs as `postgres`, which must reach the data directory: a checkout under a
# private home (CI's clone) gets a directory under /tmp instead.
if [ "$(id -u)" = 0 ] && [ -z "${PG_CLUSTER_DIR:-}" ] && id postgres >/dev/null 2>&1 \
    && ! runuser -u postgres -- test -x "$(pwd)" 2>/dev/null; then
    dir=${TMPDIR:-/tmp}/casualty-ledger-pg-$port
    data="$dir/data"
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

case "${1:-}" in
start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    if [ ! -f "$data/PG_VERSION" ]; then
        as_owner "$bin/initdb" -D "$data" -A trust -U postgres -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    if ! as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
        as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
            -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir -c max_connections=50 -c fsync=on" start >/dev/null \
            || { tail -n 20 "$dir/server.log" >&2; exit 1; }
    fi
    echo "export LEDGER_TEST_PG=$url"
    ;;
stop)
    if [ -f "$data/PG_VERSION" ] && as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
        as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
    fi
    ;;
clean)
    "$0" stop
    rm -rf "$data"
    ;;
url)
    echo "$url"
    ;;
*)
    echo "usage: tools/pg-cluster.sh start|stop|clean|url" >&2; exit 2
    ;;
esac
