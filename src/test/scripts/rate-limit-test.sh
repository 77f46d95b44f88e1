#!/usr/bin/env bash
# One client hammers POST /api/chat while a second client asks a question every second: the first
# gets 429s, the second keeps getting answers. The second client is a second loopback address
# (127.0.0.2), which Linux routes to the same machine.
# Usage: src/test/scripts/rate-limit-test.sh [seconds, default 15] [java options and jar]
set -euo pipefail
seconds=${1:-15}
shift || true
launch=("$@")
[ ${#launch[@]} -gt 0 ] || launch=(-jar target/rathausbot.jar)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
port=18082
source "$(dirname "$0")/start-bot.sh"
start_bot $port ratelimit "${launch[@]}"
script=$(mktemp --suffix=.lua)
cat > "$script" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"text": "Was kostet ein Reisepass?"}'
local codes = {}
response = function(status) codes[status] = (codes[status] or 0) + 1 end
done = function() for s, n in pairs(codes) do io.write(string.format("client 1 (127.0.0.1): HTTP %d x %d\n", s, n)) end end
LUA
echo "== client 1 hammers /api/chat (wrk, 4 connections, ${seconds} s); client 2 asks once a second"
wrk -t1 -c4 -d"${seconds}s" -s "$script" "http://127.0.0.1:$port/api/chat" | grep -v "^Running\|threads and" &
wrk_pid=$!
ok=0; other=0
for i in $(seq "$seconds"); do
  code=$(curl -s -o /dev/null -w '%{http_code}' --interface 127.0.0.2 -H 'Content-Type: application/json' \
    -d '{"text": "Wann hat das Rathaus offen?"}' "http://127.0.0.1:$port/api/chat")
  if [ "$code" = 200 ]; then ok=$((ok + 1)); else other=$((other + 1)); fi
  sleep 1
done
wait $wrk_pid
echo "client 2 (127.0.0.2): HTTP 200 x $ok, other x $other"
