#!/usr/bin/env bash
# Benchmarks libnix-build against cargo on a copy of the demo fixture, both
# measured in this run on this machine, and prints a table of ratios:
#
#   cold      nothing built: cargo with an empty target directory; libnix-build
#             with an empty target/ (so it plans again) and none of the
#             project's unit outputs in the Nix store
#   no-op     a second build with nothing changed
#   edit      after a one-line edit of the root crate's src/main.rs
#
# How the Nix store is made cold: after a warm-up build, the output paths of
# every unit of the emitted build system (`units` of target/debug/nix) and of
# its `all` link farm are deleted with `nix-store --delete`, after removing
# libnix-build's own GC root. Sources (crates copied into the store) stay,
# as cargo's registry sources stay unpacked. A unit output another GC root
# still holds (another checkout's target/debug/nix/gc/result) cannot be
# deleted; the script says so, and that part of the cold figure is warm.
#
# Usage: scripts/bench-libnix-build.sh [-j N]   (tools from bin/, else PATH)
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
export PATH="$here/bin:$HOME/.cargo/bin:$PATH"
jobs=$(nproc)
if [ "${1-}" = -j ] && [ -n "${2-}" ]; then jobs=$2; fi
for tool in libnix-build cargo nix-build nix-store nix-instantiate; do
	command -v "$tool" >/dev/null || { echo "bench: $tool not found (run make build)" >&2; exit 1; }
done

work=$(mktemp -d /tmp/libnix-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp -r "$here/testdata/fixtures/demo" "$work/demo"
cd "$work/demo"
cargo_target=$work/cargo-target

now() { date +%s.%N; }
# timed VAR CMD...: runs CMD quietly, sets VAR to its wall time in seconds.
timed() {
	local var=$1 start end
	shift
	start=$(now)
	if ! "$@" >"$work/log" 2>&1; then
		echo "bench: $* failed:" >&2
		tail -n 30 "$work/log" >&2
		exit 1
	fi
	end=$(now)
	printf -v "$var" '%s' "$(echo "$start $end" | awk '{ printf "%.3f", $2 - $1 }')"
}

cargo_build() { cargo build -j "$jobs" --target-dir "$cargo_target"; }
nix_build() { libnix-build -j "$jobs"; }

echo "bench: warm-up build to find the project's units" >&2
nix_build >/dev/null 2>&1 || { echo "bench: libnix-build failed" >&2; nix_build; exit 1; }
mapfile -t outs < <(nix-instantiate --eval --strict --json --read-write-mode \
	-E "let s = import $work/demo/target/debug/nix { }; in [ s.all.outPath ] ++ builtins.attrValues (builtins.mapAttrs (n: u: u.outPath) s.units)" |
	tr -d '[]"' | tr ',' '\n')
rm -rf target
present=()
for p in "${outs[@]}"; do [ -e "$p" ] && present+=("$p"); done
if [ "${#present[@]}" -gt 0 ] && ! nix-store --delete "${present[@]}" >"$work/log" 2>&1; then
	# Delete what can be deleted, one path at a time, dependents first.
	for ((i = ${#present[@]} - 1; i >= 0; i--)); do nix-store --delete "${present[$i]}" >/dev/null 2>&1 || true; done
	left=0
	for p in "${present[@]}"; do [ -e "$p" ] && left=$((left + 1)); done
	echo "bench: warning: $left of ${#outs[@]} unit outputs are held by other GC roots; they stay built" >&2
fi

echo "bench: cold builds" >&2
rm -rf "$cargo_target"
timed cargo_cold cargo_build
timed nix_cold nix_build
echo "bench: no-op builds" >&2
timed cargo_noop cargo_build
timed nix_noop nix_build
echo "bench: one-line edit of src/main.rs" >&2
echo "// edited $(date +%s%N)" >>src/main.rs
timed cargo_edit cargo_build
timed nix_edit nix_build

printf '\n%-10s %10s %14s %8s\n' scenario cargo libnix-build ratio
row() { echo "$1 $2 $3" | awk '{ printf "%-10s %9.2fs %13.2fs %8.2f\n", $1, $2, $3, ($2 > 0 ? $3 / $2 : 0) }'; }
row cold "$cargo_cold" "$nix_cold"
row no-op "$cargo_noop" "$nix_noop"
row edit "$cargo_edit" "$nix_edit"
echo "(demo fixture, -j $jobs, $(nproc) CPUs; ratio = libnix-build / cargo)"
