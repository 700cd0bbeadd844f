# libnix's test runner: the builder of a test run (lib.testRun). It is not
# builder.sh, so that the compile units' derivations do not depend on it.
# As there, every input arrives as a bash variable or array from Nix's
# .attrs.sh (__structuredAttrs) and none is evaluated as shell code.
#
# It runs a test binary the way cargo test does (docs/nix-emit.md): in a
# writable copy of its package's source, with the package's environment, its
# build script's OUT_DIR and rustc-env, and its libraries on LD_LIBRARY_PATH.
# stdout and stderr, in order, are the run's output; a failure puts them in
# the build log and fails the build, so that the run is not cached.
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

for k in "${!unitEnv[@]}"; do export "$k=${unitEnv[$k]}"; done
# The build script's rustc-env pairs (NUL-separated, docs/buildrs-output.md)
# go through env(1): cargo allows names bash cannot export.
env=()
for run in "${ownRuns[@]}"; do
	[ -s "$run/args/env" ] && mapfile -d '' -t env <"$run/args/env"
	export OUT_DIR=$run/out
done
closure=()
[ -s "$testUnit/nix-support/lib-closure" ] && mapfile -t closure <"$testUnit/nix-support/lib-closure"
ld=
for d in "${closure[@]}"; do ld+=$d/lib:; done
export LD_LIBRARY_PATH=$ld$rustLib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
[ "$testThreads" = 0 ] || export RUST_TEST_THREADS=$testThreads

cp -r "$src" "$tmp/pkg"
chmod -R u+w "$tmp/pkg"
cd "$tmp/pkg"
status=0
env -- "${env[@]}" "$exe" "${testArgs[@]}" </dev/null >"$tmp/output" 2>&1 || status=$?
if [ "$status" != 0 ]; then
	# No $out: Nix would leave a failed build's output in the store, invalid.
	cat "$tmp/output" >&2
	exit "$status"
fi
mkdir "$out"
mv "$tmp/output" "$out/output"
printf '%s\n' "$status" >"$out/status"
