# Sourced by the PostgreSQL scripts: start_postgres PORT DIR initialises and starts a throw-away
# PostgreSQL (Debian: apt-get install -y postgresql) with its data in DIR/pg, listening on localhost:PORT,
# user postgres without password; stop_postgres stops it. Sets pgbin (the server's bin folder).
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$pgbin" ] || { echo "PostgreSQL is missing: apt-get install -y postgresql"; exit 1; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
start_postgres() {
  pgdata="$2/pg"
  chmod 755 "$2"
  mkdir -p "$pgdata"
  [ "$(id -u)" = 0 ] && chown postgres "$pgdata"
  as_postgres "$pgbin/initdb" -D "$pgdata" -U postgres -A trust >/dev/null
  as_postgres "$pgbin/pg_ctl" -D "$pgdata" -o "-p $1 -k $pgdata -c listen_addresses=localhost" -l "$pgdata/log" \
    -w start >/dev/null
}
stop_postgres() { as_postgres "$pgbin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1 || true; }
