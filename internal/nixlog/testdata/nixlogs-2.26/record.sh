#!/usr/bin/env bash
# Re-records the Nix 2.26 logs in this folder. Run it through
#
#   scripts/nix-compat.sh record [NN ...]
#
# which runs it inside the Debian trixie root (nix-bin 2.26) in a copy of this folder
# and copies the results back. It needs the libnix binaries and the fixtures at
# /libnix/bin and /libnix/src/testdata/fixtures (cases 31 and 32), as that root has.
#
# For each case folder it writes, next to default.nix:
#   nix-build.internal-json.stderr   nix-build ... --log-format internal-json -v  (stderr)
#   nix-build.plain.stderr           nix-build ...  (Nix's own rendering, for reference)
#   nix3-build.internal-json.stderr  nix build -f default.nix ... --log-format internal-json -v
#   *.show-trace.stderr              the same with --show-trace (cases 07 and 08)
#   *.stdout                         stdout of the same run, when it was not empty
#   commands.txt                     every command that was run, and its exit code
# Outputs are deleted from the store before each run, so every run really builds.
set -u
cd "$(dirname "$0")"
NIX3=(nix --extra-experimental-features nix-command)
# The builders are /bin/sh scripts: the sandbox needs the system's shell and tools.
# sandbox-paths, not extra-sandbox-paths: see docs/nix-versions.md.
SANDBOX=(--option sandbox true --option sandbox-fallback false --option sandbox-paths)
OPTS=(--option substituters '' "${SANDBOX[@]}" '/bin /usr /lib /lib64')

# forget_outputs DRV... (from nix-compat.sh) deletes the outputs of DRVs and their referrers.
command -v forget_outputs >/dev/null || { echo "record.sh: run it through scripts/nix-compat.sh record" >&2; exit 2; }

# clean FILE [ARGS]: forget every output of the closure of FILE's derivations.
clean() {
	local drvs
	drvs=$(nix-instantiate "$@" 2>/dev/null) || return 0
	forget_outputs $(nix-store -qR $drvs | grep '\.drv$')
}

# run VARIANT CMD...: stderr and stdout to VARIANT.stderr/.stdout.
run() {
	local variant=$1
	shift
	"$@" >"$variant.stdout" 2>"$variant.stderr"
	local rc=$?
	printf '%s: %s\n    exit code %d\n' "$variant" "$(printf '%q ' "$@")" "$rc" >>commands.txt
	[ -s "$variant.stdout" ] || rm -f "$variant.stdout"
}

# standard NB N3: the three variants, with extra words for nix-build (NB) and nix build (N3).
standard() {
	local nb=($1) n3=($2)
	clean default.nix "${nb[@]}"
	run nix-build.internal-json nix-build default.nix --no-out-link "${OPTS[@]}" "${nb[@]}" --log-format internal-json -v
	clean default.nix "${nb[@]}"
	run nix-build.plain nix-build default.nix --no-out-link "${OPTS[@]}" "${nb[@]}"
	clean default.nix "${nb[@]}"
	run nix3-build.internal-json "${NIX3[@]}" build -f default.nix --no-link "${OPTS[@]}" "${n3[@]}" --log-format internal-json -v
}

show_trace() {
	run nix-build.internal-json.show-trace nix-build default.nix --no-out-link "${OPTS[@]}" --show-trace --log-format internal-json -v
	run nix-build.plain.show-trace nix-build default.nix --no-out-link "${OPTS[@]}" --show-trace
}

# libnix FIXTURE [EDIT]: the libnix pipeline on a fresh copy of FIXTURE (after the function
# EDIT, run in the copy), recording nix-build's log as libnix-build runs it (no -v).
libnix() {
	local w=/work/record-$1 sp
	rm -rf "$w"
	cp -a "/libnix/src/testdata/fixtures/$1" "$w"
	(cd "$w" && ${2:-:} && crate-plan >plan.json && nix-emit --out target/debug/nix <plan.json) ||
		{ echo "$1: planning failed" >&2; return 1; }
	sp=$(cd "$w" && nix-instantiate --eval --strict -E '(import ./target/debug/nix {}).sandboxPaths' | tr -d '[]"')
	clean "$w/target/debug/nix" -A all
	echo "(in a copy of testdata/fixtures/$1${2:+ after $2 (record.sh)}, after crate-plan >plan.json && nix-emit --out target/debug/nix <plan.json)" >>commands.txt
	run nix-build.internal-json nix-build "$w/target/debug/nix" -A all --no-out-link --max-jobs 2 --cores 2 \
		--option substituters '' "${SANDBOX[@]}" "$sp" --log-format internal-json
	rm -rf "$w"
}

case_01() { standard "" ""; }
case_03() { standard "" ""; }
case_05() { standard "--max-jobs 4 --keep-going -A fail -A slow1 -A slow2" "--max-jobs 4 --keep-going fail slow1 slow2"; }
case_07() { standard "" "" && show_trace; }
case_08() { standard "" "" && show_trace; }
case_12() { standard "" ""; }
case_19() { standard "--max-jobs 4" "--max-jobs 4"; }
case_29() { standard "" ""; }
case_30() { standard "--max-jobs 4 --keep-going -A fail-a -A fail-b -A slow" "--max-jobs 4 --keep-going fail-a fail-b slow"; }
case_31() { libnix workspace; }
# A type error in the app's library: rustc fails on that unit, the others build.
break_app() { printf '%s\n' 'pub fn broken() -> u32 { "not a number" }' >>app/src/lib.rs; }
case_32() { libnix workspace break_app; }
# extra-sandbox-paths with /bin, as the 2.8-era options had it: Debian's Nix 2.26 cannot
# set up the sandbox (docs/nix-versions.md).
case_33() {
	local old=(--option substituters '' --option sandbox true --option extra-sandbox-paths '/bin /usr /lib /lib64')
	clean default.nix
	run nix-build.internal-json nix-build default.nix --no-out-link "${old[@]}" --log-format internal-json -v
	run nix-build.plain nix-build default.nix --no-out-link "${old[@]}"
}

wanted=("$@")
for dir in [0-9][0-9]-*/; do
	dir=${dir%/}
	num=${dir%%-*}
	if [ ${#wanted[@]} -gt 0 ]; then
		hit=0
		for w in "${wanted[@]}"; do [ "$w" = "$num" ] && hit=1; done
		[ $hit = 1 ] || continue
	fi
	echo "recording $dir" >&2
	(
		cd "$dir" || exit 1
		rm -f ./*.stderr ./*.stdout commands.txt
		printf '# recorded with %s on %s\n' "$(nix --version)" "$(date -u +%Y-%m-%d)" >commands.txt
		"case_$num"
	)
done
