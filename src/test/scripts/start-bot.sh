# Sourced by the load scripts: start_bot PORT NAME [java arguments…] starts the bot on PORT with an
# in-memory database of its own (log in /tmp/rathausbot-NAME.log), stops it when the script ends, and
# returns once /actuator/health says UP. Its generated first password goes to /tmp, not to ./data.
start_bot() {
  local port=$1 name=$2
  shift 2
  java "$@" --server.port="$port" --spring.datasource.url="jdbc:h2:mem:$name" \
    --rathausbot.admin.initial-password-file="/tmp/rathausbot-$name-admin-password" \
    >"/tmp/rathausbot-$name.log" 2>&1 &
  bot_pid=$!
  trap 'kill $bot_pid 2>/dev/null || true' EXIT
  until curl -sf "localhost:$port/actuator/health" | grep -q '"status":"UP"'; do
    kill -0 $bot_pid 2>/dev/null || { echo "the bot exited, see /tmp/rathausbot-$name.log"; exit 1; }
    sleep 0.1
  done
}
