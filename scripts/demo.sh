#!/usr/bin/env bash
# make demo: build a real cargo project (serde, clap, regex, flate2 with zlib, openssl)
# through Nix, one derivation per cargo unit, and run its binary.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export PATH="$root/bin:$HOME/.cargo/bin:$PATH"
work=${LIBNIX_DEMO_DIR:-$(mktemp -d /tmp/libnix-demo.XXXXXX)}
mkdir -p "$work"
cp -rT "$root/testdata/fixtures/demo" "$work/demo"
cd "$work/demo"
echo "demo: building $PWD through Nix" >&2
libnix-build
echo "demo: running target/debug/demo" >&2
./target/debug/demo
