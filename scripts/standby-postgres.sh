#!/usr/bin/env bash
# A streaming standby of the local PostgreSQL (127.0.0.1:5432) on 127.0.0.1:5433, for the
# read-replica tests (DATABASE_READ_URL; docs/decisions/0006-several-instances.md).
#   scripts/standby-postgres.sh [start]   idempotent: ensures it runs and streams
#   scripts/standby-postgres.sh stop
# What it changes on the primary: one `host replication all 127.0.0.1/32 trust` line in its
# pg_hba.conf (then a reload) when no replication rule for 127.0.0.1 exists. Nothing else:
# no restart, no replication slot (a slot left behind would make the primary keep WAL
# forever). The standby's data lives in STANDBY_DIR (default $TMPDIR/tracer-standby-5433).
# Runs as root (the PostgreSQL commands then run as the postgres user) or as postgres.
set -euo pipefail

PRIMARY_PORT=5432
STANDBY_PORT=5433
STANDBY_DIR=${STANDBY_DIR:-${TMPDIR:-/tmp}/tracer-standby-$STANDBY_PORT}
LOG=$STANDBY_DIR.log
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
[ -x "$BIN/pg_ctl" ] || { echo "standby: PostgreSQL's server binaries were not found" >&2; exit 1; }

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}
sql() { psql -h 127.0.0.1 -p "$1" -U postgres -Atqc "$2" postgres; }
running() { pg_isready -q -h 127.0.0.1 -p "$STANDBY_PORT"; }

stop_standby() {
  if [ -f "$STANDBY_DIR/postmaster.pid" ]; then
    as_postgres "$BIN/pg_ctl" -D "$STANDBY_DIR" -m fast -w stop >/dev/null 2>&1 || true
  fi
}

if [ "${1:-start}" = stop ]; then
  stop_standby
  echo "standby: stopped"
  exit 0
fi

streaming() {
  # Up to 30 s for the WAL receiver to reach the primary.
  for _ in $(seq 1 60); do
    [ "$(sql "$STANDBY_PORT" "SELECT status FROM pg_stat_wal_receiver" 2>/dev/null)" = streaming ] && return 0
    sleep 0.5
  done
  return 1
}

if running; then
  if [ "$(sql "$STANDBY_PORT" "SELECT pg_is_in_recovery()")" != t ]; then
    echo "standby: port $STANDBY_PORT is taken by a server that is not a standby; not touching it" >&2
    exit 1
  fi
  if streaming; then echo "standby: already streaming on 127.0.0.1:$STANDBY_PORT"; exit 0; fi
  echo "standby: running but not streaming; rebuilding it"
  stop_standby
fi

# --- the primary accepts replication connections from 127.0.0.1 --------------------------
if [ "$(sql "$PRIMARY_PORT" "SELECT count(*) FROM pg_hba_file_rules WHERE 'replication' = ANY(database) AND type = 'host' AND (address IN ('127.0.0.1', 'samehost', 'all') OR (address = '0.0.0.0' AND netmask = '0.0.0.0'))")" = 0 ]; then
  hba=$(sql "$PRIMARY_PORT" "SHOW hba_file")
  echo "standby: allowing replication from 127.0.0.1 in $hba"
  printf '\n# Added by tracer scripts/standby-postgres.sh: a local streaming standby for tests.\nhost replication all 127.0.0.1/32 trust\n' >>"$hba"
  sql "$PRIMARY_PORT" "SELECT pg_reload_conf()" >/dev/null
  sleep 1
fi

start_standby() {
  as_postgres "$BIN/pg_ctl" -D "$STANDBY_DIR" -l "$LOG" -w -t 60 start >/dev/null
}

# --- an existing standby folder is restarted; a missing or broken one is copied anew -----
if [ -f "$STANDBY_DIR/standby.signal" ] && start_standby 2>/dev/null && streaming; then
  echo "standby: restarted, streaming on 127.0.0.1:$STANDBY_PORT"
  exit 0
fi
stop_standby
rm -rf "$STANDBY_DIR"
mkdir -p "$STANDBY_DIR"
chown postgres:postgres "$STANDBY_DIR" 2>/dev/null || true
chmod 700 "$STANDBY_DIR"
touch "$LOG" && chown postgres:postgres "$LOG" 2>/dev/null || true

echo "standby: copying the primary (pg_basebackup -R -X stream)"
as_postgres pg_basebackup -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$STANDBY_DIR" -R -X stream -c fast

# Debian keeps the configuration outside the data folder, so the copy has none: a minimal
# one, with the settings a hot standby must not have lower than its primary.
{
  echo "port = $STANDBY_PORT"
  echo "listen_addresses = '127.0.0.1'"
  echo "unix_socket_directories = '$STANDBY_DIR'"
  echo "hot_standby = on"
  echo "hba_file = '$STANDBY_DIR/pg_hba.conf'"
  echo "ident_file = '$STANDBY_DIR/pg_ident.conf'"
  for setting in max_connections max_worker_processes max_wal_senders max_prepared_transactions max_locks_per_transaction; do
    echo "$setting = $(sql "$PRIMARY_PORT" "SHOW $setting")"
  done
} | as_postgres tee "$STANDBY_DIR/postgresql.conf" >/dev/null
printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' | as_postgres tee "$STANDBY_DIR/pg_hba.conf" >/dev/null
as_postgres touch "$STANDBY_DIR/pg_ident.conf"

start_standby
if ! streaming; then
  echo "standby: started but not streaming; its log:" >&2
  tail -n 30 "$LOG" >&2
  exit 1
fi
echo "standby: streaming on 127.0.0.1:$STANDBY_PORT (data in $STANDBY_DIR)"
