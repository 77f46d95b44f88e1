#!/usr/bin/env bash
# Several Kommunen in one JVM (README, "Several Kommunen on one installation"): a Landkreis with a
# catalogue the size of Munich's (287 services, 109 offices, imported from the team's data set) and N
# Kommunen (default 40) that each serve it inherited, with a Rathaus of their own, against one tenant
# with the same catalogue, in the same run: start-up to all tenants healthy, heap after training (after
# a full GC), and chat p50/p99 (wrk, 16 connections) asked of one tenant and of all Kommunen in turn.
# Usage: src/test/scripts/tenants-benchmark.sh [tenants, default 40] [seconds of load, default 15]
# Needs ../shared/datasets/munich-dldb (skips with a message without it), wrk and a built jar.
set -euo pipefail
tenants=${1:-40}
seconds=${2:-15}
data=../shared/datasets/munich-dldb
[ -d "$data" ] || { echo "skipped: $data is missing (the team's data sets)"; exit 0; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
jar=target/rathausbot.jar
[ -f "$jar" ] || { echo "build first: ./mvnw package -DskipTests"; exit 1; }
work=$(mktemp -d)
java -jar "$jar" import-catalogue --services "$data/services_kb_de.jsonl" --locations "$data/locations_de.tsv" \
  --to "$work/knowledge" --intents "$work/intents" --name muenchen >/dev/null
source "$(dirname "$0")/start-bot.sh"

# the tenants' configuration: the Landkreis with the catalogue, each Kommune with its own Rathaus
config="$work/tenants.yml"
{
  echo "rathausbot:"
  echo "  default-tenant: kommune-1"
  echo "  tenants:"
  echo "    - id: landkreis"
  echo "      name: Landkreis"
  echo "      authority: Landratsamt"
  echo "      intents: file:$work/intents/"
  echo "      knowledge: file:$work/knowledge/"
  for i in $(seq 1 "$tenants"); do
    mkdir -p "$work/kommune-$i/knowledge" "$work/kommune-$i/intents"
    printf 'contacts:\n  - id: rathaus-kommune-%s\n    name: Rathaus Kommune %s\n    phone: 01234 %s-0\n' \
      "$i" "$i" "$i" >"$work/kommune-$i/knowledge/contacts.yml"
    echo "    - id: kommune-$i"
    echo "      name: Kommune $i"
    echo "      parent: landkreis"
    echo "      intents: file:$work/kommune-$i/intents/"
    echo "      knowledge: file:$work/kommune-$i/knowledge/"
  done
} >"$config"

script=$(mktemp --suffix=.lua)
cat >"$script" <<LUA
local questions = {
  "Wo beantrage ich einen Reisepass?", "Was kostet ein Führungszeugnis?", "Hund anmelden",
  "Wohnsitz ummelden nach Umzug", "Wann hat das Standesamt geöffnet?", "Parkausweis für Anwohner",
  "Wie melde ich ein Gewerbe an?", "Sperrmüll abholen lassen", "Wie wird das Wetter morgen?"
}
local tenants = ${TENANTS_LUA:-0}
local i = 0
request = function()
  i = i + 1
  local tenant = ""
  if tenants > 0 then tenant = ',"tenant":"kommune-' .. ((i % tenants) + 1) .. '"' end
  local body = '{"text":"' .. questions[(i % #questions) + 1] .. '"' .. tenant .. '}'
  return wrk.format("POST", "/api/chat", {["Content-Type"] = "application/json"}, body)
end
LUA

measure() { # name port tenants-in-load [java arguments…]
  local name=$1 port=$2 load=$3
  shift 3
  local start=$(date +%s.%N)
  start_bot "$port" "$name" "$@"
  local healthy=$(echo "$(date +%s.%N) - $start" | bc)
  jcmd "$bot_pid" GC.run >/dev/null
  local heap=$(jcmd "$bot_pid" GC.heap_info | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}')
  echo "== $name: all tenants healthy after ${healthy} s; heap used after a full GC: ${heap}"
  grep -c "NLU trained" "/tmp/rathausbot-$name.log" | xargs echo "   models trained:"
  sed -i "s/^local tenants = .*/local tenants = $load/" "$script"
  wrk -t2 -c16 -d5s -s "$script" "http://localhost:$port" >/dev/null
  wrk -t2 -c16 -d"${seconds}s" --latency -s "$script" "http://localhost:$port" \
    | grep -E "Requests/sec|^ +50%|^ +99%" | sed "s/^/   /"
  kill "$bot_pid"
  wait "$bot_pid" 2>/dev/null || true
}

launch=(-XX:TieredStopAtLevel=1 -jar "$jar" --rathausbot.web.rate-limit.requests-per-minute=0)
measure one-tenant 18101 0 "${launch[@]}" --rathausbot.knowledge.location="file:$work/knowledge/" \
  --rathausbot.intents.location="file:$work/intents/"
measure "$tenants-tenants" 18102 "$tenants" "${launch[@]}" --spring.config.additional-location="file:$config"
rm -rf "$work" "$script"
