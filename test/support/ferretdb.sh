#!/usr/bin/env bash
# Builds FerretDB 1.24.2 once (from the Go module proxy) and starts or stops it on a free loopback port,
# with the SQLite backend, a temporary data folder, telemetry off and no debug listener.
#   test/support/ferretdb.sh start   -> prints MONGODB_URI=... (also kept in $STATE/uri)
#   test/support/ferretdb.sh stop
set -euo pipefail
VERSION=v1.24.2
CACHE=${FERRETDB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/lro-assist/ferretdb-$VERSION}
BIN=$CACHE/ferretdb
# One state folder per checkout, so two clones on one machine do not stop each other's server.
STATE=${FERRETDB_STATE:-${TMPDIR:-/tmp}/lro-assist-ferretdb-$(cd "$(dirname "$0")/../.." && pwd | cksum | cut -d' ' -f1)}

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

start() {
  build
  stop >/dev/null 2>&1 || true
  mkdir -p "$STATE"
  local data port
  data=$(mktemp -d)
  port=$(free_port)
  "$BIN" --handler=sqlite --sqlite-url="file:$data/" --listen-addr="127.0.0.1:$port" \
    --telemetry=disable --debug-addr=- --log-level=warn >"$STATE/ferretdb.log" 2>&1 &
  echo $! >"$STATE/pid"
  echo "$data" >"$STATE/data"
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
  [ -f "$STATE/pid" ] || return 0
  kill "$(cat "$STATE/pid")" 2>/dev/null || true
  rm -rf "$(cat "$STATE/data" 2>/dev/null)" "$STATE"
}

case "${1:-}" in
  build) build ;;
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 build|start|stop" >&2; exit 2 ;;
esac
