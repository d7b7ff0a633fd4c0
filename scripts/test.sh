#!/usr/bin/env bash
# The README's test command: the whole suite on the newest supported runtime (scripts/versions.sh), then the
# compatibility run on the oldest, then the newest @pulumi/pulumi on the registry (scripts/newest-sdk.sh).
# Arguments go to the main run's jest (a path or -t pattern narrows it).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
started=$SECONDS
bash scripts/with-pulumi.sh npm run build
bash scripts/with-pulumi.sh npm run lint
bash scripts/with-pulumi.sh jest "$@"
main=$((SECONDS - started))
if [ $# -gt 0 ]; then exit 0; fi # a narrowed run is the developer's loop: no compatibility run
bash scripts/compat.sh
compat=$((SECONDS - started - main))
bash scripts/newest-sdk.sh
echo "main run: ${main}s; compatibility run: ${compat}s; newest SDK run: $((SECONDS - started - main - compat))s"
