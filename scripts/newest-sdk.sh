#!/usr/bin/env bash
# The newest SDK's run: the newest @pulumi/pulumi on the registry when the tests run (users' projects update to it
# the week Pulumi releases it, and the peer range lets them), with the newest Node.js and CLI, through the
# lifecycle, drift, account and state-contract e2e tests. Nothing to run when it is the SDK the main run pinned.
# SDK_NEWEST=<version> tries another.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/versions.sh"
cd "$ROOT"
pinned="$(node -p 'require("./package.json").devDependencies["@pulumi/pulumi"]')"
if ! latest="${SDK_NEWEST:-$(npm view @pulumi/pulumi@latest version 2>/dev/null)}" || [ -z "$latest" ]; then
  echo "newest-sdk run: could not ask the npm registry for the newest @pulumi/pulumi; the run needs it" >&2
  exit 1
fi
echo "newest-sdk run: @pulumi/pulumi $latest is the newest on the registry (the main run's is $pinned)"
if [ "$latest" = "$pinned" ]; then
  echo "newest-sdk run: the main run tested $latest: nothing more to run"
  exit 0
fi
if ! bash scripts/subset-run.sh "$NODE_VERSION" "$latest" "$PULUMI_VERSION" \
  test/e2e/lifecycle test/e2e/tools-drift test/e2e/account test/e2e/state-contract; then
  echo "pulumi-livechat: a new SDK broke something: @pulumi/pulumi $latest fails the tests above, which pass on" \
    "the pinned $pinned. Fix it, then move the devDependency to $latest." >&2
  exit 1
fi
echo "newest-sdk run: @pulumi/pulumi $latest passed"
