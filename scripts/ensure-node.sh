#!/usr/bin/env bash
# Finds or installs a Node.js release and prints the folder holding its `node` binary (for PATH).
# Node comes from the npm registry as the package node-<platform>-<arch>, which ships the official binary:
# nothing is downloaded from anywhere else and no install script runs. Usage: ensure-node.sh [VERSION]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/versions.sh"
VERSION="${1:-$NODE_VERSION}"
CACHE="${PULUMI_LIVECHAT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-livechat}"
say() { echo "ensure-node: $*" >&2; }

if [ "$(node --version 2>/dev/null)" = "v$VERSION" ]; then
  dirname "$(readlink -f "$(command -v node)")"
  exit 0
fi
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) PLATFORM=linux-x64 ;;
  Linux-aarch64) PLATFORM=linux-arm64 ;;
  Darwin-arm64) PLATFORM=darwin-arm64 ;;
  Darwin-x86_64) PLATFORM=darwin-x64 ;;
  *) say "no Node.js package for $(uname -s) $(uname -m); install Node $VERSION and put it first on PATH"; exit 1 ;;
esac
DIR="$CACHE/node-v$VERSION"
BIN="$DIR/node_modules/node-$PLATFORM/bin"
if [ "$("$BIN/node" --version 2>/dev/null)" != "v$VERSION" ]; then
  say "installing Node.js $VERSION (node-$PLATFORM from the npm registry) into $DIR"
  rm -rf "$DIR" && mkdir -p "$DIR"
  npm install --prefix "$DIR" --no-save --no-audit --no-fund --ignore-scripts --loglevel=error \
    "node-$PLATFORM@$VERSION" >&2
  chmod +x "$BIN/node"
fi
echo "$BIN"
