#!/usr/bin/env bash
# Runs a command with the pinned Pulumi CLI (and its plugins) first on PATH, building it if needed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="$(bash "$ROOT/scripts/ensure-pulumi.sh")"
export PATH="$BIN:$ROOT/node_modules/.bin:$PATH"
export PULUMI_CLI="$BIN/pulumi"
export PULUMI_SKIP_UPDATE_CHECK=true
export PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true
exec "$@"
