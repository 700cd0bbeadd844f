#!/usr/bin/env bash
# test-share.sh: a unit built once is used elsewhere, through a Nix binary cache.
# See docs/sharing.md.
#
#   scripts/test-share.sh [test|auto]
#
# Builds the demo fixture in release mode with libnix-build in this machine's Nix store,
# pushes it (--push) to a file:// cache, then builds a fresh copy of the fixture, planned
# and emitted anew, in a second, separate Nix store (a chroot store in a temporary
# directory) whose only substituter is that cache. It prints "units compiled on the second
# store: N", which must be 0, and checks that the second store's binary prints what the
# first's does.
#
#   test  the default
#   auto  test, but when the machine cannot run it (no nix, no cargo), say why and exit 0
#
# Needs: nix (nix-build, nix-store, nix copy), cargo, and libnix's bin/ on PATH.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
mode=${1:-test}
say() { printf 'test-share: %s\n' "$*" >&2; }
die() { say "FAIL: $*"; exit 1; }

for tool in nix nix-build nix-store cargo libnix-build crate-plan nix-emit; do
	if ! command -v "$tool" >/dev/null; then
		[ "$mode" = auto ] && { say "skipped: $tool not found"; exit 0; }
		die "$tool not found"
	fi
done

work=$(mktemp -d /tmp/libnix-share.XXXXXX)
trap 'rm -rf "$work"' EXIT
cache="file://$work/cache?compression=none"
store=$work/store2

say "first store: libnix-build --release --push of the demo"
cp -r "$here/testdata/fixtures/demo" "$work/first"
(cd "$work/first" && libnix-build --release --color never --push "$cache") >"$work/first.log" 2>&1 ||
	{ cat "$work/first.log" >&2; die "the first build failed"; }
grep -q '  Uploaded ' "$work/first.log" || { cat "$work/first.log" >&2; die "--push said nothing of an upload"; }
want=$("$work/first/target/release/demo" 2>&1) || die "the first store's binary failed"

say "second store ($store): a fresh copy, planned and emitted anew, the cache its only substituter"
cp -r "$here/testdata/fixtures/demo" "$work/second"
cd "$work/second"
crate-plan --release >"$work/plan.json"
nix-emit --out target/release/nix <"$work/plan.json"
opts=(--store "$store" --option substituters "$cache" --option require-sigs false)
# The units the second store would compile: nix-build --dry-run lists the derivations it
# would build (a line each, below "will be built:") and the paths it would fetch.
dry=$(target/release/nix/build -A build --no-out-link "${opts[@]}" --dry-run 2>&1) ||
	{ printf '%s\n' "$dry" >&2; die "nix-build --dry-run failed"; }
compiled=$(printf '%s\n' "$dry" | awk '/will be built/ { on = 1; next } /will be fetched/ { on = 0 } on && /\.drv$/ { n++ } END { print n + 0 }')
echo "units compiled on the second store: $compiled"
[ "$compiled" = 0 ] || { printf '%s\n' "$dry" >&2; die "the second store would compile $compiled units"; }
out=$(target/release/nix/build -A bins.demo --no-out-link "${opts[@]}" 2>"$work/second.log") ||
	{ cat "$work/second.log" >&2; die "the second store's build failed"; }
grep -q "building '" "$work/second.log" && { cat "$work/second.log" >&2; die "the second store built something"; }
got=$("$store$out/bin/demo" 2>&1) || die "the second store's binary failed"
[ "$got" = "$want" ] || die "the second store's binary prints
$got
the first's
$want"
printf '%s\n' "$got"
say "ok: every unit came from the cache, and the binary prints what the first store's does"
