#!/usr/bin/env bash
# Starts or stops a private RabbitMQ node on loopback, beside any other broker on the machine:
# its own port, data directory and node name. Used by the tests (a broker they own and may stop)
# and by .ci/run. Needs the Debian package rabbitmq-server, and root or the rabbitmq user.
#
#   private-node.sh start DIR PORT [NAME]   # prints amqp://guest:guest@127.0.0.1:PORT/ when ready
#                                            # (its distribution port is PORT + 20000, or PORT - 20000 above 45535)
#   private-node.sh stop  DIR [NAME]
set -euo pipefail

command=${1:?start or stop}
dir=${2:?data directory}
name=${4:-${3:-pipeline}}
[ "$command" = stop ] && name=${3:-pipeline}

export ERL_EPMD_ADDRESS=127.0.0.1
export RABBITMQ_NODENAME="$name@localhost"
export RABBITMQ_PID_FILE="$dir/pid"

case "$command" in
  start)
    port=${3:?port}
    mkdir -p "$dir/mnesia" "$dir/log"
    cat > "$dir/rabbitmq.conf" <<CONF
listeners.tcp.default = 127.0.0.1:$port
loopback_users.guest = true
log.console = false
log.file.level = warning
CONF
    echo '[].' > "$dir/enabled_plugins"
    chown -R rabbitmq:rabbitmq "$dir" 2>/dev/null || true
    export RABBITMQ_NODE_PORT=$port
    # The node's distribution port sits 20000 away from its AMQP port: above it when that exists, else below.
    dist_port=$((port + 20000)); [ "$dist_port" -le 65535 ] || dist_port=$((port - 20000))
    if [ "$port" -lt 1 ] || [ "$port" -gt 65535 ] || [ "$dist_port" -lt 1024 ]; then
      echo "private-node.sh: port $port gives no distribution port (PORT +/- 20000 must be 1024-65535)" >&2
      exit 2
    fi
    export RABBITMQ_DIST_PORT=$dist_port
    export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="${RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS:-} -kernel inet_dist_use_interface {127,0,0,1}"
    export RABBITMQ_MNESIA_BASE="$dir/mnesia"
    export RABBITMQ_LOG_BASE="$dir/log"
    export RABBITMQ_CONFIG_FILE="$dir/rabbitmq"
    export RABBITMQ_ENABLED_PLUGINS_FILE="$dir/enabled_plugins"
    rabbitmq-server -detached >/dev/null 2>&1
    rabbitmqctl -n "$RABBITMQ_NODENAME" wait "$RABBITMQ_PID_FILE" --timeout 90 >/dev/null
    echo "amqp://guest:guest@127.0.0.1:$port/"
    ;;
  stop)
    # rabbitmqctl stop can hang (one did for two hours on 2 Dec): give it a minute, then end the node by its pid.
    timeout 60 rabbitmqctl -n "$RABBITMQ_NODENAME" stop "$RABBITMQ_PID_FILE" >/dev/null 2>&1 || true
    if [ -s "$RABBITMQ_PID_FILE" ]; then
      pid=$(cat "$RABBITMQ_PID_FILE")
      if kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        sleep 5
        kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
      fi
    fi
    ;;
  *)
    echo "usage: $0 start DIR PORT [NAME] | stop DIR [NAME]" >&2
    exit 2
    ;;
esac
