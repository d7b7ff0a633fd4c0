#!/usr/bin/env bash
# Finds or builds the Pulumi CLI this project is pinned to, and prints the folder that holds it.
# Order: $PULUMI_CLI, then `pulumi` on PATH, then the cache, then a build from the Go module proxy.
# Progress goes to stderr; the only line on stdout is the bin folder (for PATH).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/versions.sh"
VERSION="$PULUMI_VERSION"
# The language host module has no tags of its own: it is asked for by the release commit of its version.
case "$VERSION" in
  3.248.0) LANGHOST_COMMIT="dc7edd58bc13179f81b80983aab4eb7f74a01b41" ;;
  *) LANGHOST_COMMIT="" ;;
esac
CACHE="${PULUMI_LIVECHAT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-livechat}"
BIN="$CACHE/pulumi-v$VERSION/bin"

say() { echo "ensure-pulumi: $*" >&2; }
version_of() { "$1" version 2>/dev/null | tr -d 'v\r' || true; }

# The dynamic provider host script ships in @pulumi/pulumi; the engine looks for it beside `pulumi`.
# It is copied, not linked: it resolves @pulumi/pulumi from the program's folder, and the cache
# outlives any one clone of this repo.
place_provider_host() {
  local dir="$1" host="$ROOT/node_modules/@pulumi/pulumi/pulumi-resource-pulumi-nodejs"
  if [ ! -f "$host" ]; then
    say "$host is missing: run 'npm ci' first"
    exit 1
  fi
  cmp -s "$host" "$dir/pulumi-resource-pulumi-nodejs" 2>/dev/null || install -m 0755 "$host" "$dir/pulumi-resource-pulumi-nodejs"
}

# Where the Go language host cannot be built, a wrapper beside `pulumi` starts the Node.js stand-in (scripts/bin:
# a tool of this repo's tests, not shipped in the package): the one PULUMI_LIVECHAT_STAND_IN names, which
# with-pulumi.sh sets to its own checkout's (the engine passes its environment to plugins), so that checkouts
# sharing the cache never run each other's; else this checkout's.
place_langhost_stand_in() {
  local dir="$1" wrapper
  wrapper="#!/bin/sh
# Stand-in for the Go language host: \$PULUMI_LIVECHAT_STAND_IN, else $ROOT/scripts/bin/pulumi-language-nodejs.
exec node \"\${PULUMI_LIVECHAT_STAND_IN:-$ROOT/scripts/bin/pulumi-language-nodejs}\" \"\$@\""
  [ "$(cat "$dir/pulumi-language-nodejs" 2>/dev/null)" = "$wrapper" ] && return 0
  printf '%s\n' "$wrapper" > "$dir/pulumi-language-nodejs.tmp"
  chmod +x "$dir/pulumi-language-nodejs.tmp"
  mv "$dir/pulumi-language-nodejs.tmp" "$dir/pulumi-language-nodejs"
}

if [ -n "${PULUMI_CLI:-}" ]; then
  got="$(version_of "$PULUMI_CLI")"
  if [ "$got" != "$VERSION" ]; then
    say "PULUMI_CLI=$PULUMI_CLI reports version '${got:-none}', this project needs $VERSION."
    exit 1
  fi
  dirname "$(readlink -f "$PULUMI_CLI")"
  exit 0
fi

if command -v pulumi >/dev/null 2>&1 && [ "$(version_of pulumi)" = "$VERSION" ] \
   && command -v pulumi-language-nodejs >/dev/null 2>&1; then
  dirname "$(readlink -f "$(command -v pulumi)")"
  exit 0
fi

if [ -x "$BIN/pulumi" ] && { [ -x "$BIN/pulumi-language-nodejs" ] || [ -f "$BIN/.langhost-unavailable" ]; } \
   && [ "$(version_of "$BIN/pulumi")" = "$VERSION" ]; then
  place_provider_host "$BIN"
  [ -f "$BIN/.langhost-unavailable" ] && place_langhost_stand_in "$BIN"
  echo "$BIN"
  exit 0
fi

if ! command -v go >/dev/null 2>&1; then
  say "no Pulumi CLI $VERSION was found and Go is not installed to build one."
  say "Install Pulumi $VERSION (https://www.pulumi.com/docs/install/) and set PULUMI_CLI=/path/to/pulumi,"
  say "or install Go so this script can build it from the Go module proxy."
  exit 1
fi

say "building Pulumi CLI v$VERSION from the Go module proxy into $BIN"
say "(a cold build takes several minutes on 2 cores; later runs reuse it)"
mkdir -p "$BIN"
WORK="$(mktemp -d "$CACHE/build.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
# The checksum database may be out of reach; the proxy itself is trusted here.
export GOFLAGS=-mod=mod CGO_ENABLED=0 GOSUMDB="${GOSUMDB:-off}" GOTOOLCHAIN=local
LDFLAGS="-s -w -X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=v$VERSION"

# Copies a module out of the module cache so its go.mod can be edited.
fetch_module() {
  local mod="$1" dest="$2" dir
  say "downloading $mod"
  dir="$(go mod download -json "$mod" 2>/dev/null | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')" || true
  [ -n "$dir" ] || { say "could not download $mod"; return 1; }
  cp -r "$dir" "$dest"
  chmod -R u+w "$dest"
}

if [ ! -x "$BIN/pulumi" ] || [ "$(version_of "$BIN/pulumi")" != "$VERSION" ]; then
  fetch_module "github.com/pulumi/pulumi/pkg/v3@v$VERSION" "$WORK/pkg" || exit 1
  (
    cd "$WORK/pkg"
    go mod edit -dropreplace=github.com/pulumi/pulumi/sdk/v3 -require=github.com/pulumi/pulumi/sdk/v3@v$VERSION
    say "compiling pulumi (the long step)"
    go build -trimpath -tags osusergo,grpcnotrace -ldflags "$LDFLAGS" -o "$BIN/pulumi.tmp" ./cmd/pulumi
  )
  mv "$BIN/pulumi.tmp" "$BIN/pulumi"
fi

# The language host runs programs from a folder with Pulumi.yaml. Some module proxies do not serve it; then
# the Node.js stand-in does that job instead.
if [ -n "$LANGHOST_COMMIT" ] \
   && fetch_module "github.com/pulumi/pulumi/sdk/nodejs/cmd/pulumi-language-nodejs/v3@$LANGHOST_COMMIT" "$WORK/langhost"; then
  (
    cd "$WORK/langhost"
    go mod edit -dropreplace=github.com/pulumi/pulumi/pkg/v3 -dropreplace=github.com/pulumi/pulumi/sdk/v3 \
      -require=github.com/pulumi/pulumi/pkg/v3@v$VERSION -require=github.com/pulumi/pulumi/sdk/v3@v$VERSION
    say "compiling pulumi-language-nodejs"
    go build -trimpath -ldflags "$LDFLAGS" -o "$BIN/pulumi-language-nodejs.tmp" .
  )
  mv "$BIN/pulumi-language-nodejs.tmp" "$BIN/pulumi-language-nodejs"
else
  say "the Go module proxy does not serve pulumi-language-nodejs; using the Node.js stand-in (scripts/bin)"
  touch "$BIN/.langhost-unavailable"
  place_langhost_stand_in "$BIN"
fi

place_provider_host "$BIN"
say "done: $("$BIN/pulumi" version)"
echo "$BIN"
