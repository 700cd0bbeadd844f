# libnix's test runner: the builder of test runs (lib.testRun, action test)
# and doc tests (lib.docTest, action doc). It is not builder.sh, so that the
# compile units' derivations do not depend on it. As there, every input
# arrives as a bash variable or array from Nix's .attrs.sh
# (__structuredAttrs) and none is evaluated as shell code; argument files
# are NUL-separated records (docs/buildrs-output.md).
#
# A run goes the way cargo test runs a test binary or rustdoc --test
# (docs/nix-emit.md): in a writable copy of the package's source, with the
# package's environment, its build script's OUT_DIR and rustc-env, and its
# libraries on LD_LIBRARY_PATH. stdout and stderr, in order, are the run's
# output; a failure puts them in the build log and fails the build, so that
# the run is not cached.
set -euo pipefail
if [ -e "$NIX_BUILD_TOP/.attrs.sh" ]; then
	source "$NIX_BUILD_TOP/.attrs.sh"
else
	source "$NIX_ATTRS_SH_FILE"
fi
out=${outputs[out]}
export PATH=${extraPath:+$extraPath:}$toolPath
export HOME=$NIX_BUILD_TOP
tmp=$NIX_BUILD_TOP

# records FILE: FILE's records appended to the array `rec`.
records() {
	local -a r=()
	[ -s "$1" ] && mapfile -d '' -t r <"$1"
	rec+=("${r[@]}")
}

# The unit's environment and the rustc-env pairs reach the run through
# env(1): cargo allows names bash cannot export (CARGO_BIN_EXE_my-bin).
rec=()
for k in "${!unitEnv[@]}"; do rec+=("$k=${unitEnv[$k]}"); done
for run in "${ownRuns[@]}"; do
	records "$run/args/env"
	# Where the compile saw it (builder.sh).
	ln -s "$run/out" "$tmp/out"
	export OUT_DIR=$tmp/out
done
env=("${rec[@]}")

# The library dependencies and their closures, in order, each once.
declare -A seen=()
closure=()
for dep in "${libDeps[@]}"; do
	found=()
	[ -s "$dep/nix-support/lib-closure" ] && mapfile -t found <"$dep/nix-support/lib-closure"
	for d in "$dep" "${found[@]}"; do
		[ -n "${seen[$d]-}" ] || closure+=("$d")
		seen[$d]=1
	done
done
# As cargo: the build scripts' search paths inside their OUT_DIR (cargo's
# "inside the target directory"), then the libraries, then the toolchain's.
rec=()
for run in "${linkRuns[@]}"; do records "$run/args/link-search-outdir"; done
ld=
for ((i = 1; i < ${#rec[@]}; i += 2)); do
	d=${rec[i]}
	case $d in native=* | crate=* | dependency=* | framework=* | all=*) d=${d#*=} ;; esac
	ld+=$d:
done
for d in "${closure[@]}"; do ld+=$d/lib:; done
export LD_LIBRARY_PATH=$ld$rustLib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
[ "$testThreads" = 0 ] || export RUST_TEST_THREADS=$testThreads

# The package at its workspace-relative place, as compile sees it.
root=$tmp/ws pkgDir=$tmp/ws crateRoot=$srcPath
case ${relDir-} in
"") root=$tmp/pkg pkgDir=$tmp/pkg ;;
.) ;;
*) pkgDir=$root/$relDir crateRoot=$relDir/$srcPath ;;
esac
mkdir -p "${pkgDir%/*}"
cp -r "$src" "$pkgDir"
chmod -R u+w "$root"
# As cargo: at run time the package root is the working directory.
env+=("CARGO_MANIFEST_DIR=$pkgDir" "CARGO_MANIFEST_PATH=$pkgDir/Cargo.toml")

status=0
case $action in
test)
	cd "$pkgDir"
	env -- "${env[@]}" "$exe" "${testArgs[@]}" </dev/null >"$tmp/output" 2>&1 || status=$?
	;;
doc)
	cd "$root"
	rec=()
	for run in "${linkRuns[@]}"; do records "$run/args/link-search-outdir"; done
	for run in "${linkRuns[@]}"; do records "$run/args/link-search-other"; done
	for a in "${testArgs[@]}"; do rec+=(--test-args "$a"); done
	rec+=("${lintArgs[@]}" "${externArgs[@]}")
	for d in "${closure[@]}"; do rec+=(-L "dependency=$d/lib"); done
	rec+=("${postArgs[@]}")
	for run in "${ownRuns[@]}"; do records "$run/args/rustc-args"; done
	argv=("${preArgs[@]}" "$crateRoot" --test-run-directory "$pkgDir" "${targetArgs[@]}" "${rec[@]}" --error-format human)
	printf '%s\0' "${argv[@]}" >"$tmp/rustdoc-args"
	env -- "${env[@]}" "$rustdoc" "${argv[@]}" </dev/null >"$tmp/output" 2>&1 || status=$?
	;;
esac
if [ "$status" != 0 ]; then
	# No $out: Nix would leave a failed build's output in the store, invalid.
	cat "$tmp/output" >&2
	exit "$status"
fi
mkdir -p "$out/nix-support"
mv "$tmp/output" "$out/output"
printf '%s\n' "$status" >"$out/status"
[ "$action" = test ] || mv "$tmp/rustdoc-args" "$out/nix-support/rustdoc-args"
