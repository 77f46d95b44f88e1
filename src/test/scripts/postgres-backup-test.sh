#!/usr/bin/env bash
# Backup and restore on PostgreSQL with the commands of the README ("Operations"): starts a throw-away
# PostgreSQL (Debian postgresql: apt-get install -y postgresql) and the bot with the postgres profile;
# a citizen chats, an administrator takes the content export; then pg_dump while the bot serves, the
# database is dropped, created empty and restored with pg_restore, and the bot started on it again must
# know the conversation, the staff account and the content; the export zip is imported into a fresh
# embedded (H2) bot without content, which must answer from it.
# Usage: src/test/scripts/postgres-backup-test.sh   (needs a built jar: ./mvnw package -DskipTests)
set -euo pipefail
jar=target/rathausbot.jar
source "$(dirname "$0")/throwaway-postgres.sh"
[ -f "$jar" ] || { echo "build first: ./mvnw package -DskipTests"; exit 1; }
work=$(mktemp -d)
port=55433
start_postgres $port "$work"
bot=
cleanup() {
  [ -n "$bot" ] && kill "$bot" 2>/dev/null || true
  stop_postgres
  rm -rf "$work"
}
trap cleanup EXIT
pg() { "$pgbin/$1" -h localhost -p $port -U postgres "${@:2}"; }
sql() { pg psql -d rathausbot -tA -c "$1"; }
fail() { echo "FAILED: $*"; exit 1; }
pg createdb rathausbot
# the first administrator's password (RATHAUSBOT_ADMIN_PASSWORD), so the script can use the staff API
password=backup-test-$RANDOM$RANDOM

start_bot() { # name, then arguments
  local name=$1
  shift
  java -XX:TieredStopAtLevel=1 -jar "$jar" --server.port=18121 --rathausbot.admin.password="$password" "$@" >"$work/$name.log" 2>&1 &
  bot=$!
  until curl -sf localhost:18121/actuator/health | grep -q '"status":"UP"'; do
    kill -0 "$bot" 2>/dev/null || { tail -20 "$work/$name.log"; fail "the bot ($name) exited"; }
    sleep 0.2
  done
}
stop_bot() { kill "$bot"; wait "$bot" 2>/dev/null || true; bot=; }
on_postgres=(--spring.profiles.active=postgres --spring.datasource.url="jdbc:postgresql://localhost:$port/rathausbot"
  --spring.datasource.username=postgres --spring.datasource.password=)
chat() { # text [conversation id]
  curl -sf localhost:18121/api/chat -H 'Content-Type: application/json' \
    -d "{\"text\":\"$1\"${2:+,\"conversationId\":\"$2\"}}"
}
field() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }

start_bot first "${on_postgres[@]}"
conversation=$(chat "Was kostet ein Reisepass?" | field conversationId)
curl -sf -u "admin:$password" localhost:18121/api/admin/export -o "$work/content.zip"
messages=$(sql "SELECT COUNT(*) FROM conversation_message")
content=$(sql "SELECT COUNT(*) FROM content_item")
echo "serving on PostgreSQL: conversation $conversation, $messages message(s), $content content items, export $(stat -c %s "$work/content.zip") bytes"

echo "== backup while the bot serves: pg_dump -Fc -d rathausbot -f rathausbot.dump"
pg pg_dump -Fc -d rathausbot -f "$work/rathausbot.dump"
stop_bot
pg dropdb rathausbot
pg createdb rathausbot
echo "== restore into an empty database: pg_restore -d rathausbot --no-owner rathausbot.dump"
pg pg_restore -d rathausbot --no-owner "$work/rathausbot.dump"
[ "$(sql "SELECT COUNT(*) FROM conversation_message")" = "$messages" ] || fail "messages not restored"
[ "$(sql "SELECT COUNT(*) FROM content_item")" = "$content" ] || fail "content not restored"

start_bot restored "${on_postgres[@]}"
continued=$(chat "Und ein Personalausweis?" "$conversation" | field conversationId)
[ "$continued" = "$conversation" ] || fail "the restored bot does not know conversation $conversation"
curl -sf -o /dev/null -u "admin:$password" localhost:18121/api/admin/users || fail "the staff account is not restored"
echo "restored: the conversation continues, the administrator signs in, $(sql "SELECT COUNT(*) FROM conversation_message") messages"
stop_bot

echo "== the content export into a fresh embedded bot: POST /api/admin/import"
mkdir -p "$work/empty"
start_bot fresh --spring.datasource.url="jdbc:h2:mem:fresh" --rathausbot.knowledge.location="file:$work/empty/" \
  --rathausbot.intents.location="file:$work/empty/"
chat "Was kostet ein Reisepass?" | grep -q "70,00" && fail "the fresh bot knew the content before the import"
curl -sf -u "admin:$password" -H 'Content-Type: application/zip' --data-binary "@$work/content.zip" \
  localhost:18121/api/admin/import >/dev/null || fail "import refused"
chat "Was kostet ein Reisepass?" | grep -q "70,00" || fail "the fresh bot does not answer from the imported content"
echo "imported: the fresh bot answers from the exported content"
echo "PASSED"
