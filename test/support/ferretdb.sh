#!/usr/bin/env bash
# Builds FerretDB 1.24.2 once (from the Go module proxy) and starts or stops it on a free loopback port,
# with a temporary data folder, telemetry off and no debug listener. The backend is SQLite, or
# PostgreSQL (Debian's `postgresql` package: a throwaway cluster on another free loopback port).
#   test/support/ferretdb.sh start [sqlite|postgresql]  -> prints MONGODB_URI=... (also kept in $STATE/uri)
#   test/support/ferretdb.sh stop [sqlite|postgresql]   (both when none is named)
# One server per backend can run at a time, so CI runs the Mongo suites on both in one test run.
set -euo pipefail
VERSION=v1.24.2
CACHE=${FERRETDB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/lro-assist/ferretdb-$VERSION}
BIN=$CACHE/ferretdb
# One state folder per checkout and backend, so two clones on one machine do not stop each other's server.
STATE_BASE=${FERRETDB_STATE:-${TMPDIR:-/tmp}/lro-assist-ferretdb-$(cd "$(dirname "$0")/../.." && pwd | cksum | cut -d' ' -f1)}
STATE=

build() {
  [ -x "$BIN" ] && return
  mkdir -p "$CACHE"
  # A plain `go install …@$VERSION` builds a binary that panics at start, because the module zip lacks
  # build/version/version.txt. So build the same module source from the proxy with that file written in.
  local src work
  src=$(go mod download -json "github.com/FerretDB/FerretDB@$VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
  work=$(mktemp -d)
  cp -r "$src/." "$work/"
  chmod -R u+w "$work"
  echo "$VERSION" > "$work/build/version/version.txt"
  (cd "$work" && GOFLAGS=-mod=mod go build -o "$BIN" ./cmd/ferretdb)
  rm -rf "$work"
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# PostgreSQL's binaries: Debian keeps them out of PATH, under /usr/lib/postgresql/<major>/bin.
pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$dir" ]; then echo "$dir"; return; fi
  command -v pg_ctl >/dev/null 2>&1 && dirname "$(command -v pg_ctl)" && return
  echo "PostgreSQL is not installed (apt-get install -y postgresql)" >&2
  exit 1
}

# PostgreSQL refuses to run as root: then run it as the `postgres` user the Debian package creates.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then setpriv --reuid=postgres --regid=postgres --init-groups "$@"; else "$@"; fi
}

# A throwaway cluster, loopback only, trust auth for one user, durability off (test data), on a free port.
start_postgres() {
  local data=$1 bin port
  bin=$(pg_bin)
  port=$(free_port)
  mkdir -p "$data/pg" "$data/sock"
  [ "$(id -u)" -eq 0 ] && chown -R postgres: "$data/pg" "$data/sock"
  as_pg "$bin/initdb" -D "$data/pg" -U ferret --auth=trust -E UTF8 --locale=C >"$STATE/postgres-init.log" 2>&1
  as_pg "$bin/pg_ctl" -D "$data/pg" -l "$data/sock/postgres.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$data/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
  echo "$bin" >"$STATE/pg_bin"
  "$bin/createdb" -h 127.0.0.1 -p "$port" -U ferret ferretdb
  echo "postgres://ferret@127.0.0.1:$port/ferretdb"
}

start() {
  local backend=${1:-sqlite}
  build
  stop "$backend" >/dev/null 2>&1 || true
  STATE=$STATE_BASE-$backend
  mkdir -p "$STATE"
  local data port handler
  data=$(mktemp -d)
  [ "$(id -u)" -eq 0 ] && chmod 755 "$data"
  echo "$data" >"$STATE/data"
  case "$backend" in
    sqlite) handler=(--handler=sqlite --sqlite-url="file:$data/") ;;
    postgresql) handler=(--handler=postgresql --postgresql-url="$(start_postgres "$data")") ;;
    *) echo "unknown backend $backend (sqlite or postgresql)" >&2; exit 2 ;;
  esac
  port=$(free_port)
  "$BIN" "${handler[@]}" --listen-addr="127.0.0.1:$port" --state-dir="$data" \
    --telemetry=disable --debug-addr=- --log-level=warn >"$STATE/ferretdb.log" 2>&1 &
  echo $! >"$STATE/pid"
  for _ in $(seq 1 50); do
    if (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "mongodb://127.0.0.1:$port/" >"$STATE/uri"
      echo "MONGODB_URI=mongodb://127.0.0.1:$port/"
      return
    fi
    sleep 0.2
  done
  echo "FerretDB did not start; see $STATE/ferretdb.log" >&2
  cat "$STATE/ferretdb.log" >&2
  exit 1
}

stop() {
  if [ -z "${1:-}" ]; then stop sqlite; stop postgresql; return; fi
  STATE=$STATE_BASE-$1
  [ -f "$STATE/pid" ] || [ -f "$STATE/data" ] || return 0
  [ -f "$STATE/pid" ] && kill "$(cat "$STATE/pid")" 2>/dev/null || true
  local data
  data=$(cat "$STATE/data" 2>/dev/null || true)
  if [ -f "$STATE/pg_bin" ] && [ -n "$data" ]; then
    as_pg "$(cat "$STATE/pg_bin")/pg_ctl" -D "$data/pg" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$data" "$STATE"
}

case "${1:-}" in
  build) build ;;
  start) start "${2:-sqlite}" ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 build|start [sqlite|postgresql]|stop [sqlite|postgresql]" >&2; exit 2 ;;
esac
