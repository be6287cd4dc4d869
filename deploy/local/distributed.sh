#!/usr/bin/env bash
# The distributed deployment on one machine, without containers: a RabbitMQ node on loopback and
# each service as its own process (several copies where asked), sharing one store.
#
#   deploy/local/distributed.sh start   # build, start broker and services; prints where they are
#   deploy/local/distributed.sh status  # the processes and their health
#   deploy/local/distributed.sh stop    # stops exactly what start started
#
# Settings (environment): COPIES_INGEST, COPIES_CLEAN, COPIES_ENRICH, COPIES_PUBLISH (default 1),
# RABBITMQ_PORT (5672), PIPELINE_STORE / PIPELINE_MONGODB_URI (default: SQLite in .pipeline/),
# OTEL_EXPORTER_OTLP_ENDPOINT (e.g. http://127.0.0.1:18889 with deploy/dashboard/run-dashboard.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
state="$root/.pipeline/distributed"
port=${RABBITMQ_PORT:-5672}
node=pipeline-local

start() {
  mkdir -p "$state/logs"
  [ -s "$state/pids" ] && { echo "already started (see $state/pids); stop first" >&2; exit 1; }
  uri=$("$root/deploy/rabbitmq/private-node.sh" start "$state/rabbitmq" "$port" "$node")
  echo "RabbitMQ: $uri"
  dotnet build "$root/Pipeline.sln" -c Release -v quiet -nologo >/dev/null
  export PIPELINE_TRANSPORT=rabbitmq PIPELINE_RABBITMQ_URI="$uri"
  export PIPELINE_STORE=${PIPELINE_STORE:-sqlite} PIPELINE_SQLITE_PATH=${PIPELINE_SQLITE_PATH:-$state/pipeline.db}
  http=5100
  for service in Ingest Clean Enrich Publish; do
    upper=$(echo "$service" | tr a-z A-Z)
    copies_var="COPIES_$upper"
    for copy in $(seq 1 "${!copies_var:-1}"); do
      http=$((http + 1))
      dll="$root/services/Pipeline.$service/bin/Release/net10.0/Pipeline.$service.dll"
      ASPNETCORE_URLS="http://127.0.0.1:$http" nohup dotnet "$dll" > "$state/logs/$service-$copy.log" 2>&1 &
      echo "$! $service $copy $http" >> "$state/pids"
      echo "pipeline-$(echo "$service" | tr A-Z a-z) #$copy: pid $!, health http://127.0.0.1:$http/health"
    done
  done
  echo "Store: $PIPELINE_STORE ${PIPELINE_MONGODB_URI:-$PIPELINE_SQLITE_PATH}"
  echo "Drop files: dotnet run --project services/Pipeline.Cli -- drop seeds --rabbitmq $uri"
}

status() {
  [ -s "$state/pids" ] || { echo "not started"; return; }
  while read -r pid service copy http; do
    health=$(curl -s -m 2 "http://127.0.0.1:$http/health" || echo "no answer")
    if kill -0 "$pid" 2>/dev/null; then echo "$service #$copy pid $pid: $health"; else echo "$service #$copy pid $pid: exited"; fi
  done < "$state/pids"
}

stop() {
  if [ -s "$state/pids" ]; then
    while read -r pid _; do kill "$pid" 2>/dev/null || true; done < "$state/pids"
    while read -r pid _; do while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done; done < "$state/pids"
    rm -f "$state/pids"
  fi
  "$root/deploy/rabbitmq/private-node.sh" stop "$state/rabbitmq" "$node"
  echo "stopped"
}

case "${1:-}" in
  start) start ;;
  status) status ;;
  stop) stop ;;
  *) echo "usage: $0 start|status|stop" >&2; exit 2 ;;
esac
