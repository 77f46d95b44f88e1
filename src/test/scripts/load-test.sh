#!/usr/bin/env bash
# Throughput and latency of POST /api/chat at concurrency 16, next to GET /actuator/health on the same
# server in the same run, measured with wrk (Debian: apt-get install -y wrk) over loopback on the
# embedded default (H2). Prints wrk's summaries and the server's resident memory under load.
# Usage: src/test/scripts/load-test.sh [seconds, default 20] [java options and jar]
# The default runs the fat jar with the C1-only JIT, as the Docker image does; on 2 cores the default
# tiered JIT serves about half as many messages (its C2 compiler competes for the cores).
set -euo pipefail
seconds=${1:-20}
shift || true
launch=("$@")
[ ${#launch[@]} -gt 0 ] || launch=(-XX:TieredStopAtLevel=1 -jar target/rathausbot.jar)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
port=18081
source "$(dirname "$0")/start-bot.sh"
start_bot $port load "${launch[@]}" --rathausbot.web.rate-limit.requests-per-minute=0
pid=$bot_pid
# questions citizens ask, in turn: known topics, typos, English, out of scope
script=$(mktemp --suffix=.lua)
cat >"$script" <<'LUA'
local questions = {
  "Was kostet ein Reisepass?", "Wann hat das Rathaus geöffnet?", "perso verlängern",
  "Wo ist die Zulassungsstelle?", "Wie wird das Wetter morgen?", "Öffnungszeiten Bürgerbüro",
  "How much is a passport?", "Ich bin umgezogen, was muss ich tun?", "Führungszeugnis beantragen",
  "Welche Veranstaltungen gibt es im Juni?", "Wann hat das Hallenbad offen?", "Telefonnummer vom Rathaus"
}
local i = 0
request = function()
  i = i + 1
  local body = '{"text":"' .. questions[(i % #questions) + 1] .. '"}'
  return wrk.format("POST", "/api/chat", {["Content-Type"] = "application/json"}, body)
end
LUA
echo "warm-up (10 s)"
wrk -t2 -c16 -d10s -s "$script" "http://localhost:$port" >/dev/null
echo "== POST /api/chat, 16 connections, ${seconds} s"
wrk -t2 -c16 -d"${seconds}s" --latency -s "$script" "http://localhost:$port" &
wrk_pid=$!
sleep $((seconds / 2))
echo "resident memory under load: $(ps -o rss= -p $pid | awk '{printf "%.0f MiB", $1/1024}')"
wait $wrk_pid
echo "== GET /actuator/health, 16 connections, ${seconds} s"
wrk -t2 -c16 -d"${seconds}s" --latency "http://localhost:$port/actuator/health"
rm -f "$script"
