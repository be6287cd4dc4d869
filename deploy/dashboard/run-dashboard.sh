#!/usr/bin/env bash
# Starts the standalone Aspire dashboard on loopback: UI on :18888, OTLP on :18889 (gRPC) and
# :18890 (HTTP). Point the services at it with OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:18889.
# Runs in the foreground; Ctrl+C stops it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dotnet restore "$here/AspireDashboard.proj" >/dev/null
packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
dashboard="$packages/aspire.dashboard.sdk.linux-x64/13.6.5/tools/Aspire.Dashboard"
export ASPNETCORE_URLS=${ASPNETCORE_URLS:-http://127.0.0.1:18888}
export ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=${ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL:-http://127.0.0.1:18889}
export ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL=${ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL:-http://127.0.0.1:18890}
export ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS=true
echo "Aspire dashboard: $ASPNETCORE_URLS (OTLP gRPC $ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL)"
exec "$dashboard"
