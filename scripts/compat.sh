#!/usr/bin/env bash
# The compatibility run: the lifecycle, drift and account e2e tests on the oldest supported runtime (Node.js,
# @pulumi/pulumi and Pulumi CLI of scripts/versions.sh), in a copy of this checkout with its own install, so
# the main node_modules is never touched.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/versions.sh"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/livechat-compat.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"
# The checkout as it is: tracked files and new ones that are not ignored.
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' file; do
  [ -f "$file" ] && mkdir -p "$WORK/$(dirname "$file")" && cp -p "$file" "$WORK/$file"
done
cd "$WORK"
NODE_BIN="$(bash scripts/ensure-node.sh "$NODE_COMPAT_VERSION")"
PATH="$NODE_BIN:$PATH" npm ci --no-audit --no-fund --loglevel=error
PATH="$NODE_BIN:$PATH" npm install --no-save --no-audit --no-fund --loglevel=error "@pulumi/pulumi@$SDK_COMPAT_VERSION"
export NODE_VERSION="$NODE_COMPAT_VERSION" PULUMI_VERSION="$PULUMI_COMPAT_VERSION"
bash scripts/with-pulumi.sh npm run build
bash scripts/with-pulumi.sh jest test/e2e/lifecycle test/e2e/tools-drift test/e2e/account --selectProjects e2e
