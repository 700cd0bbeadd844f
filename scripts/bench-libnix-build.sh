#!/usr/bin/env bash
# Benchmarks libnix-build against cargo, both measured in this run on this
# machine, on four projects:
#
#   demo   a copy of the demo fixture (74 units: serde, clap, regex,
#          flate2 + zlib, openssl)
#   ws30   a generated workspace of 30 members (scripts/gen-workspace.sh)
#   bs     a generated workspace whose libraries have build scripts, one
#          printing cargo::rerun-if-changed=proto/schema.txt, one printing
#          nothing (scripts/gen-buildscript-workspace.sh)
#   large  a generated package whose library takes rustc seconds
#          (scripts/gen-large-package.sh)
#
# For each it prints, as ratios libnix-build/cargo:
#
#   cold        nothing built: cargo with an empty target directory;
#               libnix-build with an empty target/ (so it plans again) and
#               none of the project's unit outputs in the Nix store
#   no-op       a second build with nothing changed
#   edits       a one-line edit of one file, then a build: of a crate's
#               source (edit-root, edit-leaf, *-lib), of the file a build
#               script names in rerun-if-changed (gen-schema), and of files
#               no unit reads (*-readme: README.md, *-test: tests/x.rs,
#               which a build does not compile)
#   revert      an edit and a build (not measured), then the edit undone
#               and a build (measured): cargo goes by mtimes and compiles
#               again, libnix-build finds the earlier outputs in the store
#
# and, for each edit and the revert, how many units each tool compiled:
# cargo's from `cargo build -v` (a "Running `rustc" line per crate compiled,
# a "Running `.../build-script-build`" line per build-script run),
# libnix-build's from its "Compiling" lines at -v (one per derivation
# built, a build-script run included: "Compiling gen v0.1.0
# (build-script-run)"; without -v, as cargo, one per package).
# Next to each figure it prints its goal, MET or NOT MET.
#
# Before the edits each project gets one warm-up edit-and-build (every file
# the edits touch, one build), not measured: the first rebuild after a cold
# build may rebuild more units once, when libnix-build adopts the sources
# filtered to each unit's dep-info and each build script's
# rerun-if-changed paths; later edits show the steady state.
#
# How the Nix store is made cold: every run of the script builds with its
# own salt (default.nix's `salt` argument, which enters every unit's
# derivation), so no unit output of an earlier build is reused. The project
# is planned once before (which copies the registry crates into the store,
# as cargo's registry sources are unpacked already).
#
# Usage: scripts/bench-libnix-build.sh [-j N]   (tools from bin/, else PATH)
# Environment: BENCH_PROJECTS (default "demo ws bs large ws200": which to run;
# ws200 is a 200-member workspace, for the no-op at scale),
# BENCH_WS_MEMBERS (default 30), BENCH_LARGE_MODULES (default 200, about
# 6 s of rustc on 2 CPUs; small values for a quick look), BENCH_LOGS (a
# directory to keep every measured build's output in, numbered in order).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
export PATH="$here/bin:$HOME/.cargo/bin:$PATH"
jobs=$(nproc)
if [ "${1-}" = -j ] && [ -n "${2-}" ]; then jobs=$2; fi
projects=${BENCH_PROJECTS:-demo ws bs large ws200}
members=${BENCH_WS_MEMBERS:-30}
modules=${BENCH_LARGE_MODULES:-200}
for tool in libnix-build crate-plan nix-emit cargo nix-build nix-instantiate; do
	command -v "$tool" >/dev/null || { echo "bench: $tool not found (run make build)" >&2; exit 1; }
done

work=$(mktemp -d /tmp/libnix-bench.XXXXXX)
salt=$(date +%s%N)
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
# Names of the kept logs (BENCH_LOGS): a number, the project and scenario.
logs=0
log_name=
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
	if [ -n "${BENCH_LOGS-}" ]; then
		logs=$((logs + 1))
		cp "$work/log" "$BENCH_LOGS/$(printf '%03d' "$logs")-$log_name-$1.log"
	fi
	printf -v "$var" '%s' "$(echo "$start $end" | awk '{ printf "%.3f", $2 - $1 }')"
}
# Units compiled by the last timed build: cargo -v prints the command of
# each rustc and build-script run; libnix-build -v one Compiling line a unit.
cargo_units() { grep -cE '^ *Running `([^ `]*/)?(rustc |build-script-build`)' "$work/log" || true; }
nix_units() { grep -c '^ *Compiling ' "$work/log" || true; }

# settle waits out the file system's mtime granularity: cargo compares
# mtimes, and an edit in the same tick as the last build could go unseen.
settle() { sleep 1; }
# edit FILE appends a line that changes what FILE says: a schema entry to
# a schema (a comment there would change nothing generated), else a comment.
edit() {
	local id
	settle
	id=$(date +%s%N)
	case $1 in
	*/schema.txt) echo "field_$id 1" >>"$1" ;;
	*.rs) echo "// edited $id" >>"$1" ;;
	*) echo "edited $id" >>"$1" ;;
	esac
}

# meets LIMIT UNIT X: "<=LIMIT UNIT MET" or "... NOT MET" for a figure X.
meets() { awk -v l="$1" -v u="$2" -v x="$3" 'BEGIN { printf "<=%s%s %s", l, u, (x <= l ? "MET" : "NOT MET") }'; }
ratio() { awk -v c="$1" -v n="$2" 'BEGIN { printf "%.3f", (c > 0 ? n / c : 0) }'; }
# units_goal CARGO NIX: the same units compiled as cargo.
units_goal() {
	local d=$(($2 - $1))
	if [ "$d" -eq 0 ]; then echo "units MET"
	elif [ "$d" -gt 0 ]; then echo "units NOT MET (nix +$d)"
	else echo "units NOT MET (nix $d)"; fi
}

rows=()
# row PROJECT SCENARIO CARGO NIX CARGO# NIX# GOALS...
row() {
	local line
	line=$(echo "$1 $2 $3 $4 $5 $6" | awk '{ printf "%-8s %-13s %8.2fs %12.2fs %7.2f %7s %6s", $1, $2, $3, $4, ($3 > 0 ? $4 / $3 : 0), $5, $6 }')
	shift 6
	rows+=("$line   $*")
}

# bench NAME DIR EDIT_GOAL SCENARIO:FILE...: cold, no-op, a warm-up edit of
# every FILE, each edit, and a revert of the first FILE. EDIT_GOAL is the
# time ratio an edit should stay within, or - for none.
bench() {
	local name=$1 dir=$2 edit_goal=$3
	shift 3
	local ct=$work/$name-cargo-target
	cd "$dir"
	cargo_build() { cargo build -v -j "$jobs" --target-dir "$ct"; }
	# Every run of this script builds its own derivations (a salt in their
	# toolchain identity), so "cold" is cold whatever the store holds.
	nix_build() { libnix-build -v -j "$jobs" --nix-arg --argstr --nix-arg salt --nix-arg "bench-$salt"; }
	echo "bench: $name: copying its sources into the store" >&2
	crate-plan | nix-emit --out "$dir/target/debug/nix"
	nix-instantiate "$dir/target/debug/nix" -A all >/dev/null
	rm -rf "$dir/target"

	local c n cu nu
	echo "bench: $name: cold builds" >&2
	log_name=$name-cold
	timed c cargo_build
	timed n nix_build
	row "$name" cold "$c" "$n" - - "$(meets 1.1 x "$(ratio "$c" "$n")")"
	echo "bench: $name: no-op builds" >&2
	log_name=$name-no-op
	timed c cargo_build
	timed n nix_build
	row "$name" no-op "$c" "$n" - - "libnix $(meets 0.05 " s" "$n")"

	# The warm-up edits every file the scenarios edit, then builds once: a
	# unit adopts its filtered source when it is next built, so a package
	# left out here would rebuild more at its first measured edit.
	local first=${1#*:} what
	echo "bench: $name: warm-up edit of every file below, one build (not measured)" >&2
	log_name=$name-warm-up
	for what in "$@"; do edit "${what#*:}"; done
	timed c cargo_build
	timed n nix_build

	local file goals
	for what in "$@"; do
		file=${what#*:}
		what=${what%%:*}
		echo "bench: $name: one-line edit of $file" >&2
		log_name=$name-$what
		edit "$file"
		timed c cargo_build
		cu=$(cargo_units)
		timed n nix_build
		nu=$(nix_units)
		goals=$(units_goal "$cu" "$nu")
		[ "$edit_goal" = - ] || goals+=", $(meets "$edit_goal" x "$(ratio "$c" "$n")")"
		row "$name" "$what" "$c" "$n" "$cu" "$nu" "$goals"
	done

	echo "bench: $name: edit of $first, build, undo, build" >&2
	log_name=$name-revert-edit
	cp "$first" "$work/undo"
	edit "$first"
	timed c cargo_build
	timed n nix_build
	settle
	# A copy back, as an editor's undo: the old content with a new mtime.
	cp "$work/undo" "$first"
	log_name=$name-revert
	timed c cargo_build
	cu=$(cargo_units)
	timed n nix_build
	nu=$(nix_units)
	row "$name" revert "$c" "$n" "$cu" "$nu" "$(meets 0.05 x "$(ratio "$c" "$n")")"
}

for p in $projects; do
	case $p in
	demo)
		cp -r "$here/testdata/fixtures/demo" "$work/demo"
		bench demo "$work/demo" - edit-root:src/main.rs
		;;
	ws)
		bash "$here/scripts/gen-workspace.sh" "$members" "$work/ws$members"
		# The last member is a top-layer library: only the binary m01 depends on it.
		bench "ws$members" "$work/ws$members" 1.3 edit-root:m01/src/main.rs "edit-leaf:$(printf 'm%02d' "$members")/src/lib.rs"
		;;
	bs)
		bash "$here/scripts/gen-buildscript-workspace.sh" "$work/bs"
		bench bs "$work/bs" - gen-lib:gen/src/lib.rs gen-schema:gen/proto/schema.txt gen-readme:gen/README.md \
			gen-test:gen/tests/x.rs plain-lib:plain/src/lib.rs plain-readme:plain/README.md plain-test:plain/tests/x.rs
		;;
	large)
		bash "$here/scripts/gen-large-package.sh" "$modules" "$work/large"
		bench large "$work/large" 1.05 edit-lib:src/lib.rs edit-readme:README.md edit-test:tests/x.rs
		;;
	ws200)
		# Issue 17's no-op at scale: 0.05 s on a 200-unit workspace.
		bash "$here/scripts/gen-workspace.sh" 200 "$work/ws200"
		bench ws200 "$work/ws200" - edit-root:m01/src/main.rs
		;;
	*) echo "bench: unknown project $p (BENCH_PROJECTS: demo ws bs large ws200)" >&2; exit 2 ;;
	esac
done

printf '\n%-8s %-13s %9s %13s %7s %7s %6s   %s\n' project scenario cargo libnix-build ratio "cargo#" "nix#" goals
printf '%s\n' "${rows[@]}"
echo "(-j $jobs, $(nproc) CPUs; ratio = libnix-build / cargo; #: units compiled by the edit or revert,"
echo " cargo's from cargo build -v (rustc and build-script runs), libnix-build's Compiling lines;"
echo " each project had one warm-up edit-and-build (of every file its edits touch) before its edits,"
echo " not measured: the first rebuild after a cold build may rebuild more units once, when libnix"
echo " adopts its filtered sources;"
echo " large has $modules modules; goals: the same units as cargo for every edit, edit <= 1.05x on large"
echo " and <= 1.3x on ws$members, revert <= 0.05x, no-op <= 0.05 s, cold <= 1.1x)"
