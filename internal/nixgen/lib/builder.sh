# libnix's builder: one script for every unit derivation, run by bash with
# __structuredAttrs, so every input arrives as a bash variable or array declared
# by Nix in .attrs.sh. No input is ever evaluated as shell code: arrays are
# expanded quoted, and argument files written by buildrs-parse are read with
# `mapfile -d ''` (NUL-separated records).
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

protocol() { printf '@cargo %s\n' "$1" >&2; }

finish() {
	protocol "{\"v\":2,\"type\":\"finish\",\"unit\":\"$unit\",\"exit\":$1}"
}

# libnix-build maps a directory of its own to $gate and puts a file `stop`
# in it when a unit failed: a unit not started by then does not start, as
# cargo starts none after a failure (unless --keep-going). Without the
# mapping (a plain nix-build, a remote builder) every unit runs. (No
# derivation sets gate; a test of this script does.)
gate=${gate:-/libnix-gate}
cancelled() {
	protocol "{\"v\":2,\"type\":\"finish\",\"unit\":\"$unit\",\"exit\":1,\"cancelled\":true}"
	exit 1
}

# jsonstr S sets REPLY to S as a JSON string.
jsonstr() {
	local s=${1//\\/\\\\} c u i
	s=${s//\"/\\\"}
	if [[ $s == *[[:cntrl:]]* ]]; then
		# As Go's encoding/json writes them (cargoproto.Line).
		s=${s//$'\n'/\\n}
		s=${s//$'\r'/\\r}
		s=${s//$'\t'/\\t}
		for i in {1..31}; do
			printf -v c '\\x%02x' "$i"
			printf -v c "$c"
			printf -v u '\\u%04x' "$i"
			s=${s//"$c"/$u}
		done
	fi
	REPLY="\"$s\""
}

# show_command NAME=VALUE... -- PROGRAM ARGS...: the command the unit runs,
# with the environment it gets beyond the builder's (unitEnv and the pairs
# given), as a protocol line: cargo shows it at -v ("Running `rustc …`"),
# with the environment at -vv.
show_command() {
	local line="{\"v\":2,\"type\":\"command\",\"unit\":\"$unit\",\"env\":[" sep= k a
	for k in "${!unitEnv[@]}"; do
		jsonstr "$k=${unitEnv[$k]}"
		line+=$sep$REPLY sep=,
	done
	while [ "$1" != -- ]; do
		jsonstr "$1"
		line+=$sep$REPLY sep=,
		shift
	done
	shift
	line+="],\"argv\":[" sep=
	for a in "$@"; do
		jsonstr "$a"
		line+=$sep$REPLY sep=,
	done
	protocol "$line]}"
}

# A narrowed unit (docs/nix-emit.md) reads only the files of its last
# dep-info or rerun-if-changed list. When it fails for want of another
# file, libnix-build builds it again from its whole package: its errors
# would only mislead, so the unit ends stale, without them.
stale() {
	protocol "{\"v\":2,\"type\":\"finish\",\"unit\":\"$unit\",\"exit\":$1,\"stale\":true}"
	exit "$1"
}

# missing FILE: rustc's messages in FILE say a file was not found.
missing() {
	local s
	s=$(<"$1")
	[[ $s == *'"code":"E0583"'* || $s == *"couldn't read"* || $s == *'No such file or directory'* || $s == *'file not found'* ]]
}

# readargs FILE: appends FILE's NUL-separated records to the array `got`.
readargs() {
	local -a recs=()
	[ -s "$1" ] && mapfile -d '' -t recs <"$1"
	got+=("${recs[@]}")
}

# rustc's JSON diagnostics become @cargo diagnostic lines, and are kept in
# nix-support/diagnostics, for libnix-build to show again when the unit
# comes from the store (as cargo shows a fresh unit's warnings); artifact
# and other notifications are dropped; anything else rustc prints is
# passed through.
diagnostics() {
	local line
	while IFS= read -r line || [ -n "$line" ]; do
		case $line in
		'{"$message_type":"diagnostic"'*)
			printf '@cargo {"v":2,"type":"diagnostic","unit":"%s","message":%s}\n' "$unit" "$line"
			printf '%s\n' "$line" >>"$out/nix-support/diagnostics"
			;;
		'{"$message_type":'*) ;;
		*) printf '%s\n' "$line" ;;
		esac
	done <"$1" >&2
}

# The workspace view: local packages sit at their workspace-relative path under
# $tmp/ws, and rustc runs there, as cargo runs it in the workspace root. The
# working directory stays the same from build to build (a package at the
# workspace root gets its entries linked in, not the changing store path),
# so rustc's incremental cache and debug info do not see a new directory.
# Every process started costs milliseconds in the sandbox, and an edit
# rebuilds a unit or two: the builders start as few as they can, so the
# directory srcroot links into is made by compile's one mkdir (wsdir).
wsdir() {
	if [ "${relDir-}" = . ]; then
		dirs+=("$tmp/ws")
	elif [ -n "${relDir-}" ]; then
		local parent=.
		[[ $relDir == */* ]] && parent=${relDir%/*}
		dirs+=("$tmp/ws/$parent")
	fi
}

srcroot() {
	if [ "${relDir-}" = . ]; then
		local -a entries
		shopt -s dotglob nullglob
		entries=("$src"/*)
		shopt -u dotglob nullglob
		[ ${#entries[@]} = 0 ] || ln -s "${entries[@]}" "$tmp/ws/"
		cd "$tmp/ws"
		crateRoot=$srcPath
	elif [ -n "${relDir-}" ]; then
		ln -s "$src" "$tmp/ws/$relDir"
		cd "$tmp/ws"
		crateRoot=$relDir/$srcPath
	else
		cd "$src"
		crateRoot=$src/$srcPath
	fi
}

compile() {
	local k
	[ ! -e "$gate/stop" ] || cancelled
	protocol "$cargoStart"
	# Names bash cannot export (CARGO_BIN_EXE_my-bin) go through env(1).
	local -a named=()
	for k in "${!unitEnv[@]}"; do
		if [[ $k =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]]; then
			export "$k=${unitEnv[$k]}"
		else
			named+=("$k=${unitEnv[$k]}")
		fi
	done
	local -a native=() got=() run
	# Build-script results (cargo's add_native_deps and add_custom_flags):
	# -L from every reachable script, own OUT_DIR paths first; then -l and
	# link args of the own package; then cdylib link args of the others;
	# then the own script's --cfg/--check-cfg and rustc-env. The argument
	# files are buildrs-parse's (docs/buildrs-output.md).
	for run in "${linkRuns[@]}"; do readargs "$run/args/link-search-outdir"; done
	for run in "${linkRuns[@]}"; do readargs "$run/args/link-search-other"; done
	for run in "${ownRuns[@]}"; do
		[ "$linkLibs" = 1 ] && readargs "$run/args/link-lib"
		[ -n "$linkArgFile" ] && readargs "$run/args/$linkArgFile"
	done
	for run in "${cdylibRuns[@]}"; do readargs "$run/args/link-arg.dependent-cdylib"; done
	for run in "${ownRuns[@]}"; do
		readargs "$run/args/rustc-args"
		# One path in every build, as cargo's target/…/out is: what
		# env!("OUT_DIR") and include! compile in does not change with the
		# run's store path (a narrowed run has a source, so a path, of its own).
		ln -s "$run/out" "$tmp/out"
		export OUT_DIR=$tmp/out
	done
	native+=("${got[@]}")
	# rustc-env pairs go through env(1): cargo allows names bash cannot export.
	got=("${named[@]}")
	for run in "${ownRuns[@]}"; do readargs "$run/args/env"; done

	# rustc finds transitive crates with -L dependency=: the direct library
	# dependencies and the closures they recorded, one directory each, in a
	# fixed order (each dependency, then its closure; first place kept).
	local -A seen=()
	local -a closure=() found dep d
	for dep in "${libDeps[@]}"; do
		found=()
		[ -s "$dep/nix-support/lib-closure" ] && mapfile -t found <"$dep/nix-support/lib-closure"
		for d in "$dep" "${found[@]}"; do
			[ -n "${seen[$d]-}" ] && continue
			seen[$d]=1
			closure+=("$d")
		done
	done
	local -a depDirs=()
	for dep in "${closure[@]}"; do depDirs+=(-L "dependency=$dep/lib"); done

	# rustc's incremental cache of a local crate lives outside the store, in
	# the directory libnix-build maps to $incrementalRoot in the sandbox.
	# Without that directory (opted out, no sandbox) the unit builds from
	# scratch; either way the result behaves the same. rustc also keys the
	# cache on the name of its output directory, so an incremental build
	# names one that is the same every build ($tmp is /build in the
	# sandbox): a symlink to $out/lib, where the files land.
	local -a inc=() dirs=("$out/lib" "$out/nix-support")
	local outDir=$out/lib
	[ -n "${exeName-}" ] && dirs+=("$out/bin")
	if [ -n "${incremental-}" ] && [ -d "$incrementalRoot" ] && [ -w "$incrementalRoot" ]; then
		inc=(-C "incremental=$incrementalRoot/$incremental")
		outDir=$tmp/target
	fi
	wsdir
	mkdir -p "${dirs[@]}"
	srcroot
	if [ ${#inc[@]} -gt 0 ]; then
		ln -s "$out/lib" "$outDir"
		umask 000 # the next build may run as another build user
		[ -d "$incrementalRoot/$incremental" ] || mkdir -p "$incrementalRoot/$incremental"
	fi
	[ ${#closure[@]} = 0 ] || printf '%s\n' "${closure[@]}" >"$out/nix-support/lib-closure"

	local -a argv=("${preArgs[@]}" "$crateRoot" "${rustcArgs[@]}" --out-dir "$outDir" "${targetArgs[@]}" "${inc[@]}" "${depDirs[@]}" "${externArgs[@]}" "${native[@]}")
	if [ -n "${docCrate-}" ]; then
		# rustdoc (lib.rustdoc): its pages in doc/, its part of the shared
		# files in parts/, for lib.docRoot.
		argv=("${preArgs[@]}" "$crateRoot" "${rustcArgs[@]}" -o "$out/doc" "${targetArgs[@]}" "${depDirs[@]}" "${externArgs[@]}" "${native[@]}"
			-Zunstable-options --merge=none --parts-out-dir "$out/parts/$docCrate")
	fi
	# The exact argument list stays with the output, to see what was built.
	printf '%s\0' "${argv[@]}" >"$out/nix-support/rustc-args"
	# cargo clippy's workspace wrapper: clippy-driver RUSTC ARGS.
	local -a cmd=("$rustc")
	[ -n "${clippyDriver-}" ] && cmd=("$clippyDriver" "$rustc")
	show_command ${OUT_DIR+"OUT_DIR=$OUT_DIR"} "${got[@]}" -- "${cmd[@]}" "${argv[@]}"
	local status=0
	run_rustc "${argv[@]}" >"$tmp/rustc.out" 2>"$tmp/rustc.err" || status=$?
	if [ "$status" != 0 ] && [ ${#inc[@]} -gt 0 ]; then
		# A damaged cache must not fail a build: start it afresh and retry
		# once; a real compile error fails again and is reported then.
		rm -rf "${incrementalRoot:?}/$incremental"
		mkdir -p "$incrementalRoot/$incremental"
		status=0
		run_rustc "${argv[@]}" >"$tmp/rustc.out" 2>"$tmp/rustc.err" || status=$?
	fi
	[ "$status" != 0 ] && [ -n "${narrowed-}" ] && missing "$tmp/rustc.err" && stale "$status"
	diagnostics "$tmp/rustc.err"
	[ -s "$tmp/rustc.out" ] && cat "$tmp/rustc.out" >&2
	finish "$status"
	[ "$status" = 0 ] || exit "$status"
	# Executables move to bin/ under their cargo name (cargo's uplifting).
	if [ -n "${exeName-}" ]; then
		mv "$out/lib/$exeFile" "$out/bin/$exeName"
	fi
}

# run_rustc runs compile's command (`cmd`) with the unit's rustc-env pairs
# (`got`) through env(1) when there are any (names bash cannot export), else
# directly.
run_rustc() {
	if [ ${#got[@]} -gt 0 ]; then
		env -- "${got[@]}" "${cmd[@]}" "$@"
	else
		"${cmd[@]}" "$@"
	fi
}

run_script() {
	local k
	[ ! -e "$gate/stop" ] || cancelled
	protocol "$cargoStart"
	for k in "${!unitEnv[@]}"; do export "$k=${unitEnv[$k]}"; done
	local -a got=() run
	# DEP_<LINKS>_<KEY> names may hold dots (links = "a.b"): set them with env(1).
	for run in "${depRuns[@]}"; do readargs "$run/args/dep-env"; done
	export NUM_JOBS=$NIX_BUILD_CORES OUT_DIR=$out/out
	mkdir -p "$OUT_DIR"
	# The working directory is one path in every build: what the script
	# compiles by relative path (C sources, into debug info) does not change
	# with the source's store path (a narrowed one has its own).
	# CARGO_MANIFEST_DIR stays the store path: dependents get paths made
	# from it (links metadata), which must be valid in their sandboxes.
	ln -s "$src" "$tmp/src"
	cd "$tmp/src"
	local status=0
	if [ -n "${overrideOutput-}" ]; then
		# A [target.<triple>.<links>] table of the cargo config replaces the
		# script; nix-emit wrote it as the output the script would print.
		printf '%s' "$overrideOutput" >"$out/output"
		: >"$out/stderr"
	else
		show_command "NUM_JOBS=$NUM_JOBS" "OUT_DIR=$OUT_DIR" "${got[@]}" -- "$script"
		env -- "${got[@]}" "$script" </dev/null >"$out/output" 2>"$out/stderr" || status=$?
	fi
	[ "$status" != 0 ] && [ -n "${narrowed-}" ] && stale "$status"
	# --raw-output: a failed script's stdout and stderr reach the build log
	# (`nix log`) byte for byte; Nix hands logone the text form.
	local -a parse=("${parseArgs[@]}" --script-out-dir "$OUT_DIR" --protocol-unit "$unit" --out-dir "$out/args" --raw-output)
	if [ "$status" != 0 ]; then
		parse+=(--exit-status "$status" --stderr "$out/stderr" --command "$script")
	fi
	local pstatus=0
	"$buildrsParse" "${parse[@]}" "$out/output" || pstatus=$?
	[ "$status" = 0 ] && status=$pstatus
	finish "$status"
	[ "$status" = 0 ] || exit "$status"
}

unpack() {
	mkdir -p "$out"
	tar -xzf "$crate" --strip-components=1 -C "$out"
}

doc_root() {
	mkdir -p "$out"
	local -a parts=()
	local i
	for i in "${!docs[@]}"; do
		# Store files are read-only: the copies must not be, so that the
		# next unit's directories (src/) and rustdoc's files can join them.
		cp -r --no-preserve=mode "${docs[$i]}/doc/." "$out/"
		parts+=(--include-parts-dir "${docs[$i]}/parts/${crates[$i]}")
	done
	RUSTC_BOOTSTRAP=1 "$rustdoc" -o "$out" -Zunstable-options --merge=finalize "${parts[@]}"
	# help.html and settings.html come with a crate's shared files only
	# (--merge=shared); an empty crate's are every crate's.
	: >"$tmp/empty.rs"
	"$rustdoc" --crate-name libnix_doc_pages "$tmp/empty.rs" -o "$tmp/pages"
	cp "$tmp/pages/help.html" "$tmp/pages/settings.html" "$out/"
}

link_all() {
	mkdir -p "$out"
	local i
	for i in "${!linkNames[@]}"; do
		mkdir -p "$(dirname "$out/${linkNames[$i]}")"
		ln -s "${linkTargets[$i]}" "$out/${linkNames[$i]}"
	done
}

case $action in
compile) compile ;;
run) run_script ;;
unpack) unpack ;;
link) link_all ;;
docroot) doc_root ;;
*)
	echo "libnix builder: unknown action '$action'" >&2
	exit 2
	;;
esac
