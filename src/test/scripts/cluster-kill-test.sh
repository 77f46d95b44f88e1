#!/usr/bin/env bash
# Two instances on one PostgreSQL, one killed under load (README, "Running several instances"): starts a
# throw-away PostgreSQL (Debian postgresql: apt-get install -y postgresql), two instances with the postgres
# profile, wrk against each; kills the first with SIGKILL half-way; then checks that every message
# answered with 200 is stored and that the survivor kept answering.
# Usage: src/test/scripts/cluster-kill-test.sh [seconds, default 20]   (needs a built jar and wrk)
set -euo pipefail
seconds=${1:-20}
jar=target/rathausbot.jar
source "$(dirname "$0")/throwaway-postgres.sh"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
[ -f "$jar" ] || { echo "build first: ./mvnw package -DskipTests"; exit 1; }
work=$(mktemp -d)
port=55432
start_postgres $port "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  stop_postgres
  rm -rf "$work"
}
trap cleanup EXIT
psql() { "$pgbin/psql" -h localhost -p $port -U postgres -d postgres -tA -c "$1"; }

start_instance() { # port name
  RATHAUSBOT_DB_URL="jdbc:postgresql://localhost:$port/postgres" RATHAUSBOT_DB_USER=postgres RATHAUSBOT_DB_PASSWORD= \
    java -XX:TieredStopAtLevel=1 -jar "$jar" --spring.profiles.active=postgres --server.port="$1" \
    --rathausbot.web.rate-limit.requests-per-minute=0 --rathausbot.admin.initial-password-file="$work/$2-password" \
    >"$work/$2.log" 2>&1 &
  pids+=($!)
  until curl -sf "localhost:$1/actuator/health" | grep -q '"status":"UP"'; do
    kill -0 "${pids[-1]}" 2>/dev/null || { echo "instance $2 exited:"; tail -20 "$work/$2.log"; exit 1; }
    sleep 0.2
  done
}
start_instance 18111 a
pid_a=${pids[-1]}
start_instance 18112 b
echo "two instances up on one PostgreSQL"

script="$work/chat.lua"
cat >"$script" <<'LUA'
local questions = { "Was kostet ein Reisepass?", "Wann hat das Rathaus geöffnet?", "perso verlängern",
  "Wo ist die Zulassungsstelle?", "Wie wird das Wetter morgen?", "Führungszeugnis beantragen" }
local i = 0
request = function()
  i = i + 1
  return wrk.format("POST", "/api/chat", {["Content-Type"] = "application/json"},
    '{"text":"' .. questions[(i % #questions) + 1] .. '"}')
end
LUA
before=$(psql "SELECT COUNT(*) FROM conversation_message")
wrk -t1 -c8 -d"${seconds}s" -s "$script" http://localhost:18111 >"$work/wrk-a.txt" 2>&1 &
wrk_a=$!
wrk -t1 -c8 -d"${seconds}s" -s "$script" http://localhost:18112 >"$work/wrk-b.txt" 2>&1 &
wrk_b=$!
sleep $((seconds / 2))
kill -9 "$pid_a"
echo "killed instance a (SIGKILL) after $((seconds / 2)) s"
wait $wrk_a || true
wait $wrk_b || true
answered() { # wrk output: requests completed minus non-2xx
  local total=$(awk '/requests in/ {print $1}' "$1")
  local other=$(awk '/Non-2xx/ {print $NF}' "$1")
  echo $((total - ${other:-0}))
}
a_ok=$(answered "$work/wrk-a.txt")
b_ok=$(answered "$work/wrk-b.txt")
stored=$(( $(psql "SELECT COUNT(*) FROM conversation_message") - before ))
echo "== instance a (killed):"; grep -E "requests in|Socket errors|Non-2xx" "$work/wrk-a.txt" | sed 's/^/   /'
echo "== instance b (survivor):"; grep -E "requests in|Socket errors|Non-2xx|Requests/sec" "$work/wrk-b.txt" | sed 's/^/   /'
echo "answered with 200: a $a_ok + b $b_ok = $((a_ok + b_ok)); stored messages: $stored"
after=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
  -d '{"text":"Was kostet ein Reisepass?"}' localhost:18112/api/chat)
echo "the survivor answers after the kill: HTTP $after"
if [ "$stored" -ge $((a_ok + b_ok)) ] && [ "$after" = 200 ]; then
  echo "OK: every answered message is stored (in-flight ones of the killed instance may be stored unanswered)"
else
  echo "FAILED"; exit 1
fi
