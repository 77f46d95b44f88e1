#!/usr/bin/env bash
# Measures the time from launching Rathausbot to a healthy bot that answers a question.
# Usage: src/test/scripts/measure-startup.sh [runs] [java options and jar, default: -jar target/rathausbot.jar]
# Example (extracted layout, C1 JIT):
#   java -Djarmode=tools -jar target/rathausbot.jar extract --destination target/extracted
#   src/test/scripts/measure-startup.sh 3 -XX:TieredStopAtLevel=1 -jar target/extracted/rathausbot.jar
# Other content: give its locations after the jar, and QUESTION and EXPECT (a text the answer contains):
#   QUESTION='Was kostet ein Angelschein?' EXPECT=Fischereischein src/test/scripts/measure-startup.sh 3 \
#     -jar target/rathausbot.jar --rathausbot.knowledge.location=file:stadt/knowledge/ \
#     --rathausbot.intents.location=file:stadt/intents/
set -euo pipefail
question=${QUESTION:-Was kostet ein Reisepass?}
expect=${EXPECT:-70,00}
runs=${1:-3}
shift || true
launch=("$@")
[ ${#launch[@]} -gt 0 ] || launch=(-jar target/rathausbot.jar)
port=18080
for run in $(seq "$runs"); do
  start=$(date +%s%N)
  java "${launch[@]}" --server.port=$port --spring.datasource.url=jdbc:h2:mem:startup >/tmp/rathausbot-startup.log 2>&1 &
  pid=$!
  until curl -sf "localhost:$port/actuator/health" | grep -q '"status":"UP"'; do
    kill -0 $pid 2>/dev/null || { echo "run $run: the bot exited, see /tmp/rathausbot-startup.log"; exit 1; }
    sleep 0.05
  done
  healthy=$(date +%s%N)
  curl -sf "localhost:$port/api/chat" -H 'Content-Type: application/json' -d "{\"text\":\"$question\"}" | grep -q "$expect"
  answered=$(date +%s%N)
  printf 'run %d: healthy after %.2f s, first answer after %.2f s\n' "$run" \
    "$(echo "($healthy - $start) / 1000000000" | bc -l)" "$(echo "($answered - $start) / 1000000000" | bc -l)"
  kill $pid; wait $pid 2>/dev/null || true
done
