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
OPTS=(--option substituters '' --option sandbox true --option extra-sandbox-paths '/bin /usr /lib /lib64')

# clean FILE [ARGS]: delete every output in the closure of FILE's derivations.
# --ignore-liveness: the compat test's result links may hold the same outputs.
clean() {
	local file=$1 drvs outs=()
	shift
	drvs=$(nix-instantiate "$file" "$@" 2>/dev/null) || return 0
	for d in $(nix-store -qR $drvs | grep '\.drv$'); do
		for o in $(nix-store -q --outputs "$d"); do
			[ -e "$o" ] && outs+=("$o")
		done
	done
	[ ${#outs[@]} -gt 0 ] && nix-store --delete --ignore-liveness "${outs[@]}" >/dev/null 2>&1
	return 0
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

# libnix CASE FIXTURE [EDIT]: the libnix pipeline on a fresh copy of FIXTURE (after EDIT,
# run in the copy), recording nix-build's log as libnix-build runs it (no -v).
libnix() {
	local w=/work/record-$2 sp
	rm -rf "$w"
	cp -a "/libnix/src/testdata/fixtures/$2" "$w"
	(cd "$w" && eval "${3:-:}" && crate-plan >plan.json && nix-emit --out target/debug/nix <plan.json) ||
		{ echo "$1: planning failed" >&2; return 1; }
	sp=$(cd "$w" && nix-instantiate --eval --strict -E '(import ./target/debug/nix {}).sandboxPaths' | tr -d '[]"')
	clean "$w/target/debug/nix" -A all
	echo "(in a copy of testdata/fixtures/$2${3:+ after: $3}, after crate-plan >plan.json && nix-emit --out target/debug/nix <plan.json)" >>commands.txt
	run nix-build.internal-json nix-build "$w/target/debug/nix" -A all --no-out-link --max-jobs 2 --cores 2 \
		--option substituters '' --option sandbox true --option extra-sandbox-paths "$sp" --log-format internal-json
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
case_31() { libnix 31 workspace; }
# A type error in the app's library: rustc fails on one unit, the others build.
case_32() { libnix 32 workspace "printf '%s\n' 'pub fn broken() -> u32 { \"not a number\" }' >>app/src/lib.rs"; }

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
