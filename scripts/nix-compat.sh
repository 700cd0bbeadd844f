#!/usr/bin/env bash
# nix-compat.sh: libnix under Nix 2.26 (Debian trixie's nix-bin), on a machine whose own
# Nix is another version. See docs/nix-versions.md.
#
#   scripts/nix-compat.sh [check|prepare|test|auto|record|shell]
#
#   check    say whether this machine can run the compat test; exit 0 if so, 77 if not
#   prepare  create (or update) the cached trixie root with nix-bin in it
#   test     prepare, then build the fixtures in the root with Nix 2.26 through the
#            libnix pipeline and through libnix-build, and compare their binaries'
#            output with cargo's (default)
#   auto     test, but when the machine cannot run it, say why and exit 0 (make test)
#   record   prepare, then re-record the 2.26 logs of internal/nixlog/testdata/nixlogs-2.26
#   shell    an interactive shell in the root, with everything mounted
#
# The root is debootstrap'ed once into $LIBNIX_COMPAT_CACHE (default
# /var/cache/libnix-compat) and reused, with its /nix store, by later runs.
# Inside it, bind mounts make visible: the host's Rust toolchain (rustc --print sysroot)
# at the same path, Debian's crate registry /usr/share/cargo/registry, this checkout
# (read-only) at /libnix/src and the libnix binaries (LIBNIX_BIN, default bin/) at
# /libnix/bin. Every mount is undone on exit, also on failure or interrupt.
#
# Environment: LIBNIX_COMPAT_CACHE, LIBNIX_COMPAT_MIRROR (a Debian mirror),
# LIBNIX_COMPAT_FIXTURES (default "workspace links gitdep demo"), LIBNIX_COMPAT_FRESH
# (fixtures whose own units are rebuilt every run, default "workspace links gitdep"),
# LIBNIX_COMPAT_UID_BASE (the root's build users' ids, default 30100: 33 ids the host
# does not use), LIBNIX_BIN. The machinery of the root is shared with scripts/fresh-root.sh
# (scripts/debian-root.sh).
set -euo pipefail

say() { printf 'nix-compat: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

# ---------------------------------------------------------------------------
# Inside the root (the script runs itself there as `--inside COMMAND`).

# run_bins DIR NAME...: each binary's name and output.
run_bins() {
	local dir=$1 b
	shift
	for b in "$@"; do
		printf '== %s\n' "$b"
		"$dir/$b" 2>&1
	done
}

# forget_outputs DRV...: delete from the store the outputs of DRVs and every path that
# refers to them, so that the next build really builds (also in Nix's sandbox, whose
# options are no part of a derivation). --ignore-liveness: earlier runs' result links
# may hold them. record.sh uses it too.
forget_outputs() {
	local d o outs=()
	for d in "$@"; do
		for o in $(nix-store -q --outputs "$d"); do
			[ -e "$o" ] && outs+=("$o")
		done
	done
	[ ${#outs[@]} -eq 0 ] && return 0
	nix-store --delete --ignore-liveness $(nix-store -q --referrers-closure "${outs[@]}") >/dev/null 2>&1
	return 0
}

# local_drvs: the derivations of the fixture's own (path) packages' units, from plan.json
# and the emitted build system in the current directory.
local_drvs() {
	nix-instantiate --eval --strict --read-write-mode -E '
		let
		  plan = builtins.fromJSON (builtins.readFile ./plan.json);
		  units = (import ./target/debug/nix { }).units;
		  local = u: (builtins.elemAt plan.packages u.package).local;
		in builtins.concatStringsSep " " (map (u: units.${u.id}.drvPath) (builtins.filter local plan.units))' | tr -d '"'
}

# fixture_pipeline: in a fixture's copy, plan, emit and build it as docs/nix-emit.md shows,
# with logone on nix-build's log; the result is linked at result-nix.
fixture_pipeline() {
	crate-plan >plan.json || return
	nix-emit --out target/debug/nix <plan.json || return
	if fresh; then forget_outputs $(local_drvs); fi
	# The wrapper nix-emit writes: sandbox-paths with the host toolchain and
	# buildrs-parse, no fallback.
	target/debug/nix/build -A all -o result-nix --option substituters '' --log-format internal-json 2>&1 | logone
}

# fresh: whether this fixture's own units are rebuilt every run (LIBNIX_COMPAT_FRESH);
# other units, and other fixtures, reuse what earlier runs built from the same derivations.
fresh() { [[ " $LIBNIX_COMPAT_FRESH " == *" $f "* ]]; }

# check_fixture NAME: build fixture NAME with cargo, with the pipeline and with
# libnix-build (when there is one); every binary must print what cargo's prints.
check_fixture() {
	local f=$1 w=/work/fixtures/$1 bins
	rm -rf "$w"
	mkdir -p /work/fixtures
	cp -a "/libnix/src/testdata/fixtures/$f" "$w"
	cd "$w"
	if [ "$f" = gitdep ]; then sh ./make-repo.sh >/dev/null || return; fi
	say "$f: cargo build"
	# cargo's own target directory outlives the copy, so a later run rebuilds only the
	# fixture's own crates.
	CARGO_TARGET_DIR=/work/cargo-target/$f cargo build -q || { say "$f: FAIL: cargo build"; return 1; }
	say "$f: crate-plan | nix-emit | nix-build | logone"
	fixture_pipeline || { say "$f: FAIL: the pipeline under $(nix --version)"; return 1; }
	bins=(result-nix/bin/*)
	bins=("${bins[@]##*/}")
	[ -x "result-nix/bin/${bins[0]}" ] || { say "$f: FAIL: no binaries in result-nix/bin"; return 1; }
	run_bins "/work/cargo-target/$f/debug" "${bins[@]}" >cargo.out
	run_bins result-nix/bin "${bins[@]}" >nix.out
	diff -u cargo.out nix.out || { say "$f: FAIL: the Nix-built binaries print something else than cargo's"; return 1; }
	say "$f: ok: ${#bins[@]} binaries built by $(nix --version) print what cargo's print"
	if [ -x /libnix/bin/libnix-build ]; then
		say "$f: libnix-build"
		if fresh; then forget_outputs $(local_drvs); fi
		rm -rf target result-nix
		libnix-build --color never || { say "$f: FAIL: libnix-build under $(nix --version)"; return 1; }
		run_bins target/debug "${bins[@]}" >libnix-build.out
		diff -u cargo.out libnix-build.out || { say "$f: FAIL: libnix-build's binaries print something else than cargo's"; return 1; }
		say "$f: ok: libnix-build"
	fi
}

# inside_test: every fixture, all checked even when one fails.
inside_test() {
	local f failed=()
	say "$(nix --version), $(rustc --version), $(cargo --version)"
	for f in $LIBNIX_COMPAT_FIXTURES; do
		(check_fixture "$f") || failed+=("$f")
	done
	[ ${#failed[@]} -eq 0 ] || die "failed under $(nix --version): ${failed[*]}"
}

# inside_record [NN ...]: re-record the 2.26 logs into /work/record (copied out by the host).
inside_record() {
	rm -rf /work/record
	cp -a /libnix/src/internal/nixlog/testdata/nixlogs-2.26 /work/record
	export -f forget_outputs
	bash /work/record/record.sh "$@"
}

if [ "${1:-}" = --inside ]; then
	"inside_$2" "${@:3}"
	exit
fi

# ---------------------------------------------------------------------------
# On the host.

here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/scripts/debian-root.sh"
cache=${LIBNIX_COMPAT_CACHE:-/var/cache/libnix-compat}
root=$cache/trixie
mirror=${LIBNIX_COMPAT_MIRROR:-http://deb.debian.org/debian}
export LIBNIX_COMPAT_FIXTURES=${LIBNIX_COMPAT_FIXTURES:-workspace links gitdep demo}
export LIBNIX_COMPAT_FRESH=${LIBNIX_COMPAT_FRESH:-workspace links gitdep}
# What the root needs besides minbase: Nix, and what the fixtures' builds call and link
# (scripts/debian-packages.txt without the librust-*-dev crates, which come from the
# host's registry). The stamp also records the build users prepare creates.
packages="nix-bin ca-certificates git pkg-config gcc libc6-dev libssl-dev zlib1g-dev"
stamp=$root/.libnix-compat
# The root's build users (scripts/build-users.sh) are nixbld1-32 with uids
# uid_base+1..32 and gid uid_base.
uid_base=${LIBNIX_COMPAT_UID_BASE:-30100}
stamp_text="$packages; build-users.sh from $uid_base"
inside_env=(HOME=/root TERM="${TERM:-dumb}" LANG=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin)

# check: can this machine run the compat test? Prints why not.
check() {
	root_check || return
	command -v rustc >/dev/null || { echo "no rustc on PATH"; return 1; }
	[ -d /usr/share/cargo/registry ] || { echo "no crate registry in /usr/share/cargo/registry (run scripts/setup.sh)"; return 1; }
	ids_free "$uid_base" 33 LIBNIX_COMPAT_UID_BASE || return
	if [ ! -f "$stamp" ] && ! mirror_reachable "$mirror"; then
		echo "no cached root in $cache and the Debian mirror $mirror is unreachable"
		return 1
	fi
}

prepare() {
	if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$stamp_text" ]; then
		say "using the cached root $root"
		return
	fi
	if [ ! -x "$root/usr/bin/apt-get" ]; then
		debootstrap_root trixie "$root" "$mirror" "$cache/debootstrap.log"
	fi
	cp /etc/resolv.conf "$root/etc/resolv.conf"
	mount_system
	say "apt-get install $packages"
	{
		in_root apt-get update &&
			in_root DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $packages &&
			in_root apt-get clean
	} >"$cache/apt.log" 2>&1 || die "apt-get failed; see $cache/apt.log"
	# The build users, as scripts/setup.sh makes them, but with ids the host does not use:
	# Nix kills every process of a build user's uid before a build, and the host's Nix
	# would kill ours (and ours the host's). Earlier ones go first, in case the ids changed.
	in_root /bin/sh -c 'for u in $(getent group nixbld | cut -d: -f4 | tr , " "); do userdel "$u"; done
		groupdel nixbld 2>/dev/null || true'
	in_root LIBNIX_NIXBLD_ID_BASE="$uid_base" bash -s <"$here/scripts/build-users.sh" 2>>"$cache/apt.log" ||
		die "could not create the root's build users; see $cache/apt.log"
	unmount_all
	printf '%s\n' "$stamp_text" >"$stamp"
	say "root ready"
}

# enter: mount what the runs inside need.
enter() {
	local sysroot bin=${LIBNIX_BIN:-$here/bin}
	sysroot=$(rustc --print sysroot)
	[ -x "$bin/logone" ] || die "no libnix binaries in $bin (run make build, or set LIBNIX_BIN)"
	mount_system
	bind "$sysroot" "$sysroot" ro
	bind /usr/share/cargo/registry /usr/share/cargo/registry ro
	bind "$here" /libnix/src ro
	bind "$bin" /libnix/bin ro
	mkdir -p "$root/work"
	inside_env=(HOME=/root TERM="${TERM:-dumb}" LANG=C.UTF-8
		LIBNIX_COMPAT_FIXTURES="$LIBNIX_COMPAT_FIXTURES" LIBNIX_COMPAT_FRESH="$LIBNIX_COMPAT_FRESH"
		PATH="/libnix/bin:$sysroot/bin:/usr/sbin:/usr/bin:/sbin:/bin")
}

# copy_records: the logs record wrote in the root, back into the checkout.
copy_records() {
	local src=$root/work/record dst=$here/internal/nixlog/testdata/nixlogs-2.26 d f
	for d in "$src"/[0-9][0-9]-*/; do
		d=${d%/}
		[ -f "$d/commands.txt" ] || continue
		rm -f "$dst/${d##*/}"/*.stderr "$dst/${d##*/}"/*.stdout
		for f in "$d"/*.stderr "$d"/*.stdout "$d/commands.txt"; do
			[ -f "$f" ] && cp "$f" "$dst/${d##*/}/"
		done
		say "recorded ${d##*/}"
	done
}

main() {
	local cmd start=$SECONDS
	root_start "the Nix 2.26 compat test" test-compat "prepare test record shell" "${1:-test}"
	[ $# -gt 0 ] && shift
	[ "$cmd" = prepare ] && return
	enter
	case $cmd in
	test)
		in_root bash /libnix/src/scripts/nix-compat.sh --inside test
		say "ok: the fixtures build under $(in_root nix --version) as under cargo ($((SECONDS - start)) s)"
		;;
	record)
		in_root bash /libnix/src/scripts/nix-compat.sh --inside record "$@"
		copy_records
		;;
	shell) in_root bash ;; # not a login shell, whose /etc/profile would reset PATH
	esac
}

main "$@"
