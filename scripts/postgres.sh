#!/usr/bin/env bash
# A throwaway PostgreSQL for the tests, on loopback only, in a folder under /tmp.
#   scripts/postgres.sh start   starts one on a free port and prints its DATABASE_URL (exit 3: no PostgreSQL here)
#   scripts/postgres.sh stop    stops the one whose URL is in DATABASE_URL and removes its folder
# As root (CI) the server runs as the `postgres` user, since PostgreSQL refuses to run as root.
set -euo pipefail

bin_dir() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "${found}" ] && [ -x "${found}/initdb" ]; then echo "${found}"; return 0; fi
  local initdb
  initdb=$(command -v initdb || true)
  if [ -n "${initdb}" ]; then dirname "${initdb}"; return 0; fi
  return 1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    bin=$(bin_dir) || exit 3
    dir=$(mktemp -d /tmp/asn-kit-pg.XXXXXX)
    [ "$(id -u)" = 0 ] && chown postgres "${dir}"
    port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
    as_owner "${bin}/initdb" -D "${dir}/data" -U asn --auth=trust -E UTF8 --no-locale --no-sync > "${dir}/initdb.log" 2>&1 \
      || { cat "${dir}/initdb.log" >&2; exit 1; }
    # Durability settings off: the tests kill clients, never the server, and a throwaway cluster need not survive.
    as_owner "${bin}/pg_ctl" -D "${dir}/data" -l "${dir}/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
      start > /dev/null || { cat "${dir}/server.log" >&2; exit 1; }
    echo "postgres://asn@127.0.0.1:${port}/postgres?dir=${dir}"
    ;;
  stop)
    url=${DATABASE_URL:?DATABASE_URL is not set}
    dir=${url##*\?dir=}
    case "${dir}" in /tmp/asn-kit-pg.*) ;; *) echo "not a throwaway cluster: ${url}" >&2; exit 1 ;; esac
    bin=$(bin_dir)
    as_owner "${bin}/pg_ctl" -D "${dir}/data" -m immediate -w stop > /dev/null 2>&1 || true
    rm -rf "${dir}"
    ;;
  *)
    echo "usage: scripts/postgres.sh start|stop" >&2
    exit 2
    ;;
esac
