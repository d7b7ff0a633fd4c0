#!/usr/bin/env bash
# End-to-end tests in a copy of this checkout with its own install, on a given Node.js, @pulumi/pulumi and Pulumi
# CLI, so the main node_modules is never touched: the compatibility run (the oldest supported) and the newest
# SDK's run (scripts/newest-sdk.sh). Usage: subset-run.sh <node> <sdk> <cli> <jest paths...>
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE="$1" SDK="$2" CLI="$3"
shift 3
WORK="$(mktemp -d "${TMPDIR:-/tmp}/livechat-subset.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"
# The checkout as it is: tracked files and new ones that are not ignored.
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' file; do
  [ -f "$file" ] && mkdir -p "$WORK/$(dirname "$file")" && cp -p "$file" "$WORK/$file"
done
cd "$WORK"
NODE_BIN="$(bash scripts/ensure-node.sh "$NODE")"
PATH="$NODE_BIN:$PATH" npm ci --no-audit --no-fund --loglevel=error
PATH="$NODE_BIN:$PATH" npm install --no-save --no-audit --no-fund --loglevel=error "@pulumi/pulumi@$SDK"
export NODE_VERSION="$NODE" PULUMI_VERSION="$CLI"
bash scripts/with-pulumi.sh npm run build
bash scripts/with-pulumi.sh jest "$@" --selectProjects e2e
