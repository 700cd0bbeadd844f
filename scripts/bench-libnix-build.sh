#!/usr/bin/env bash
# Benchmarks libnix-build against cargo, both measured in this run on this
# machine, on two projects: a copy of the demo fixture (74 units: serde, clap,
# regex, flate2 + zlib, openssl) and a generated workspace of 30 members
# (scripts/gen-workspace.sh). For each it prints, as ratios libnix-build/cargo:
#
#   cold        nothing built: cargo with an empty target directory;
#               libnix-build with an empty target/ (so it plans again) and
#               none of the project's unit outputs in the Nix store
#   no-op       a second build with nothing changed
#   edit-root   after a one-line edit of the root crate (the binary)
#   edit-leaf   after a one-line edit of a library only the root depends on
#               (workspace only)
#
# and, for each edit, how many units each tool compiled (cargo's and
# libnix-build's "Compiling" lines; libnix-build prints one per derivation).
#
# How the Nix store is made cold: every run of the script builds with its
# own salt (default.nix's `salt` argument, which enters every unit's
# derivation), so no unit output of an earlier build is reused. The project
# is planned once before (which copies the registry crates into the store,
# as cargo's registry sources are unpacked already).
#
# Usage: scripts/bench-libnix-build.sh [-j N]   (tools from bin/, else PATH)
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
export PATH="$here/bin:$HOME/.cargo/bin:$PATH"
jobs=$(nproc)
if [ "${1-}" = -j ] && [ -n "${2-}" ]; then jobs=$2; fi
for tool in libnix-build crate-plan nix-emit cargo nix-build nix-instantiate; do
	command -v "$tool" >/dev/null || { echo "bench: $tool not found (run make build)" >&2; exit 1; }
done

work=$(mktemp -d /tmp/libnix-bench.XXXXXX)
salt=$(date +%s%N)
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
# timed VAR CMD...: runs CMD with its output in $work/log, sets VAR to its
# wall time in seconds.
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
compiled() { grep -c '^ *Compiling ' "$work/log" || true; }

rows=()
row() { rows+=("$(echo "$@" | awk '{ printf "%-10s %-10s %9.2fs %13.2fs %7.2f %8s %8s\n", $1, $2, $3, $4, ($3 > 0 ? $4 / $3 : 0), $5, $6 }')"); }

# bench NAME DIR ROOT_FILE [LEAF_FILE]
bench() {
	local name=$1 dir=$2 root=$3 leaf=${4-}
	local ct=$work/$name-cargo-target
	cd "$dir"
	cargo_build() { cargo build -j "$jobs" --target-dir "$ct"; }
	# Every run of this script builds its own derivations (a salt in their
	# toolchain identity), so "cold" is cold whatever the store holds.
	nix_build() { libnix-build -j "$jobs" --nix-arg --argstr --nix-arg salt --nix-arg "bench-$salt"; }
	echo "bench: $name: copying its sources into the store" >&2
	crate-plan | nix-emit --out "$dir/target/debug/nix"
	nix-instantiate "$dir/target/debug/nix" -A all >/dev/null
	rm -rf "$dir/target"

	echo "bench: $name: cold builds" >&2
	timed c cargo_build
	timed n nix_build
	row "$name" cold "$c" "$n" - -
	echo "bench: $name: no-op builds" >&2
	timed c cargo_build
	timed n nix_build
	row "$name" no-op "$c" "$n" - -
	local what file cu nu
	for what in edit-root edit-leaf; do
		file=$root
		[ "$what" = edit-leaf ] && file=$leaf
		[ -n "$file" ] || continue
		echo "bench: $name: one-line edit of $file" >&2
		echo "// edited $(date +%s%N)" >>"$file"
		timed c cargo_build
		cu=$(compiled)
		timed n nix_build
		nu=$(compiled)
		row "$name" "$what" "$c" "$n" "$cu" "$nu"
	done
}

cp -r "$here/testdata/fixtures/demo" "$work/demo"
bench demo "$work/demo" src/main.rs
bash "$here/scripts/gen-workspace.sh" 30 "$work/ws30"
# m30 is a top-layer library: only the binary m01 depends on it.
bench ws30 "$work/ws30" m01/src/main.rs m30/src/lib.rs

printf '\n%-10s %-10s %10s %14s %7s %8s %8s\n' project scenario cargo libnix-build ratio "cargo#" "nix#"
printf '%s\n' "${rows[@]}"
echo "(-j $jobs, $(nproc) CPUs; ratio = libnix-build / cargo; #: units compiled by the edit)"
