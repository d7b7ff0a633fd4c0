#!/usr/bin/env bash
# Runs a command on the tested runtime: the Node.js release and the Pulumi CLI (with its plugins) of
# scripts/versions.sh first on PATH, each installed or built if needed. NODE_VERSION and PULUMI_VERSION
# choose others (the compatibility run does). Says on stderr which runtime ran the command.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/versions.sh"
NODE_BIN="$(bash "$ROOT/scripts/ensure-node.sh" "$NODE_VERSION")"
BIN="$(bash "$ROOT/scripts/ensure-pulumi.sh")"
export PATH="$NODE_BIN:$BIN:$ROOT/node_modules/.bin:$PATH"
export PULUMI_CLI="$BIN/pulumi"
export PULUMI_SKIP_UPDATE_CHECK=true
export PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true
host="Go"
if [ -f "$BIN/.langhost-unavailable" ]; then
  host="stand-in (scripts/bin/pulumi-language-nodejs)"
  # The cache's wrapper runs this checkout's stand-in, whichever checkout wrote the wrapper last.
  export PULUMI_LIVECHAT_STAND_IN="$ROOT/scripts/bin/pulumi-language-nodejs"
fi
sdk="$(node -p 'require("@pulumi/pulumi/package.json").version' 2>/dev/null || echo none)"
echo "runtime: Node $(node --version), @pulumi/pulumi $sdk, Pulumi CLI $("$PULUMI_CLI" version), language host: $host" >&2
exec "$@"
