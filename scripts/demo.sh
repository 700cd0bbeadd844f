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
if [ -x "$root/bin/libnix-build" ]; then
	libnix-build
	bin=target/debug/demo
else
	crate-plan >target-plan.json
	nix-emit --out target/debug/nix <target-plan.json
	paths=$(nix-instantiate --eval --strict -E '(import ./target/debug/nix {}).sandboxPaths' | tr -d '[]"')
	nix-build target/debug/nix -A all -o target/debug/nix/gc/result \
		--option substituters '' --option sandbox true --option sandbox-fallback false --option sandbox-paths "$paths" \
		--max-jobs "$(nproc)" --cores "$(nproc)" --log-format internal-json 2>&1 | logone
	bin=target/debug/nix/gc/result/bin/demo
fi
echo "demo: running $bin" >&2
"./$bin"
