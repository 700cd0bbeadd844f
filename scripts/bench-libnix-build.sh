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
# How the Nix store is made cold: after a warm-up build, the output paths of
# every unit of the emitted build system (`units` of target/debug/nix) and of
# its `all` link farm are deleted with `nix-store --delete`, after removing
# libnix-build's own GC root. Sources (crates copied into the store) stay,
# as cargo's registry sources stay unpacked. A unit output another GC root
# still holds cannot be deleted; the script says so, and that part of the
# cold figure is warm.
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

# forget_outputs DIR: removes the project's unit outputs from the Nix store.
forget_outputs() {
	local dir=$1 p i left=0
	local -a outs present=()
	mapfile -t outs < <(nix-instantiate --eval --strict --json --read-write-mode \
		-E "let s = import $dir/target/debug/nix { }; in [ s.all.outPath ] ++ builtins.attrValues (builtins.mapAttrs (n: u: u.outPath) s.units)" |
		tr -d '[]"' | tr ',' '\n')
	rm -rf "$dir/target"
	for p in "${outs[@]}"; do [ -e "$p" ] && present+=("$p"); done
	if [ "${#present[@]}" -gt 0 ] && ! nix-store --delete "${present[@]}" >"$work/log" 2>&1; then
		for ((i = ${#present[@]} - 1; i >= 0; i--)); do nix-store --delete "${present[$i]}" >/dev/null 2>&1 || true; done
		for p in "${present[@]}"; do [ -e "$p" ] && left=$((left + 1)); done
		echo "bench: warning: $left of ${#outs[@]} unit outputs are held by other GC roots; they stay built" >&2
	fi
}

rows=()
row() { rows+=("$(echo "$@" | awk '{ printf "%-10s %-10s %9.2fs %13.2fs %7.2f %8s %8s\n", $1, $2, $3, $4, ($3 > 0 ? $4 / $3 : 0), $5, $6 }')"); }

# bench NAME DIR ROOT_FILE [LEAF_FILE]
bench() {
	local name=$1 dir=$2 root=$3 leaf=${4-}
	local ct=$work/$name-cargo-target
	cd "$dir"
	cargo_build() { cargo build -j "$jobs" --target-dir "$ct"; }
	nix_build() { libnix-build -j "$jobs"; }
	echo "bench: $name: warm-up build to find the project's units" >&2
	nix_build >/dev/null 2>&1 || { echo "bench: libnix-build failed" >&2; nix_build; exit 1; }
	forget_outputs "$dir"

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
