#!/usr/bin/env bash
# The compatibility run: the lifecycle, drift and account e2e tests on the oldest supported runtime (Node.js,
# @pulumi/pulumi and Pulumi CLI of scripts/versions.sh), in a copy of this checkout with its own install.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/versions.sh"
exec bash "$ROOT/scripts/subset-run.sh" "$NODE_COMPAT_VERSION" "$SDK_COMPAT_VERSION" "$PULUMI_COMPAT_VERSION" \
  test/e2e/lifecycle test/e2e/tools-drift test/e2e/account
