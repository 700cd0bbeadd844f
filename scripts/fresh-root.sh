#!/usr/bin/env bash
# fresh-root.sh: the README's set-up on a fresh Debian bookworm machine. In a fresh
# root, with nothing but what a user has before reading the README, `make demo` must
# install Nix and what it needs, build the demo through Nix, sandboxed, and run it.
# See docs/setup.md.
#
#   scripts/fresh-root.sh [check|prepare|test|auto|shell]
#
#   check    say whether this machine can run the test; exit 0 if so, 77 if not
#   prepare  create the cached pristine bookworm root (debootstrap), if it is not there
#   test     prepare, then in a copy of the pristine root: make demo, then check that
#            the demo ran, that its builds were sandboxed as the build users set-up
#            made, and that a second set-up changes nothing (default)
#   auto     test, but when the machine cannot run it, say why and exit 0 (make test)
#   shell    an interactive shell in a fresh copy of the root, everything mounted
#
# The pristine root (debootstrap --variant=minbase bookworm, plus the packages of
# $user_has) is made once in $LIBNIX_FRESH_CACHE/bookworm (default
# /var/cache/libnix-fresh-root) and never changed: each run works in an overlay of it
# (a copy where overlayfs is unavailable) that is thrown away afterwards, /nix store
# included, so every run starts from a machine that has never seen set-up.
# What persists between runs only saves downloads and compiles: apt's .deb archive
# ($cache/apt-archives) and Go's build cache ($cache/go-build).
#
# The root sees, at the host's paths and read-only: the Rust toolchain (rustc --print
# sysroot) and Go (go env GOROOT), both on PATH, and Go's module cache (go env
# GOMODCACHE; GOPROXY=off). This checkout is copied (tracked and untracked files, not
# ignored ones) to /root/libnix. The network it needs is the Debian mirror's.
#
# Environment: LIBNIX_FRESH_CACHE, LIBNIX_FRESH_MIRROR (a Debian mirror),
# LIBNIX_FRESH_ID_BASE (the root's build users' ids, passed to set-up as
# LIBNIX_NIXBLD_ID_BASE; default 30200: 33 ids the host does not use).
set -euo pipefail

say() { printf 'fresh-root: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

# ---------------------------------------------------------------------------
# Inside the root (the script runs itself there as `--inside test`).

src=/root/libnix
demo=/root/demo/demo

# sandbox_probe: a tiny derivation built as libnix-build builds (sandbox on, no silent
# fallback, docs/nix-versions.md); prints the build's uid and the uid that the sandbox's
# user namespace maps it to, which is the build user's.
sandbox_probe() {
	local out
	out=$(nix-build --no-out-link --option substituters '' --option sandbox true \
		--option sandbox-fallback false --option sandbox-paths '/bin /usr /lib /lib64' -E '
		derivation {
		  name = "libnix-fresh-root-probe";
		  system = builtins.currentSystem;
		  builder = "/bin/sh";
		  args = [ "-c" "read -r inner outer count </proc/self/uid_map; echo $(/usr/bin/id -u) $outer >$out" ];
		}' 2>&1) || { printf '%s\n' "$out"; return 1; }
	cat "${out##*$'\n'}"
}

inside_test() {
	local log=/root/make-demo.log bin probe inner outer before
	cd "$src"
	say "make demo on $(. /etc/os-release && echo "$PRETTY_NAME") (minbase, $user_has, Rust and Go)"
	if ! LIBNIX_DEMO_DIR=${demo%/*} make demo 2>&1 | tee "$log"; then
		say "FAIL: make demo failed on a fresh Debian bookworm; the set-up misses a step. Errors:"
		{ grep -i error "$log" || tail -n 5 "$log"; } | head -n 5 >&2
		exit 1
	fi
	grep -qxF '{"msg":"hello world"} true' "$log" || die "FAIL: the demo did not print its greeting"
	bin=$(readlink -f "$demo/target/debug/demo")
	[[ $bin == /nix/store/* ]] || die "FAIL: target/debug/demo is not in /nix/store ($bin)"
	# Unsandboxed, Nix 2.8 builds in $TMPDIR/nix-build-NAME-N, which rustc records in
	# the debug info; sandboxed, in /build.
	! grep -q /tmp/nix-build- "$bin" || die "FAIL: $bin was built outside Nix's sandbox (it names /tmp/nix-build-…)"
	probe=$(sandbox_probe) || die "FAIL: a sandboxed build fails after set-up: $probe"
	read -r inner outer <<<"$probe"
	((outer > LIBNIX_NIXBLD_ID_BASE && outer <= LIBNIX_NIXBLD_ID_BASE + 32)) ||
		die "FAIL: a sandboxed build ran as uid $inner mapped to $outer, not as one of set-up's build users (uids from $((LIBNIX_NIXBLD_ID_BASE + 1)))"
	say "ok: the demo built in Nix's sandbox; builds run as uid $inner in a user namespace, as the build user with uid $outer"
	before=$(cat /etc/passwd /etc/group | md5sum)
	bash scripts/setup.sh 2>&1 | tee "$log"
	grep -q 'nothing to do' "$log" && [ "$(cat /etc/passwd /etc/group | md5sum)" = "$before" ] ||
		die "FAIL: a second set-up changed the users or groups, or did not say it had nothing to do"
	say "ok: a second set-up changes nothing"
}

# What a user's machine has besides minbase before the README: make (the README's
# commands are make targets). Rust and Go come from the host.
user_has="make"

if [ "${1:-}" = --inside ]; then
	"inside_$2" "${@:3}"
	exit
fi

# ---------------------------------------------------------------------------
# On the host.

here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/scripts/debian-root.sh"
cache=${LIBNIX_FRESH_CACHE:-/var/cache/libnix-fresh-root}
pristine=$cache/bookworm
stamp=$cache/bookworm.stamp
stamp_text="bookworm minbase + $user_has"
mirror=${LIBNIX_FRESH_MIRROR:-http://deb.debian.org/debian}
id_base=${LIBNIX_FRESH_ID_BASE:-30200}
run=$cache/run
root=$run/root

check() {
	root_check || return
	command -v rustc >/dev/null || { echo "no rustc on PATH"; return 1; }
	command -v go >/dev/null || { echo "no go on PATH"; return 1; }
	[ -d "$(go env GOMODCACHE)" ] || { echo "no Go module cache (go mod download fills it)"; return 1; }
	ids_free "$id_base" 33 LIBNIX_FRESH_ID_BASE || return
	mirror_reachable "$mirror" || { echo "the Debian mirror $mirror is unreachable (set-up installs from it)"; return 1; }
}

prepare() {
	if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$stamp_text" ] && [ -d "$pristine" ]; then
		say "using the cached pristine root $pristine"
		return
	fi
	mkdir -p "$cache/debootstrap-debs"
	rm -f "$stamp"
	debootstrap_root bookworm "$pristine" "$mirror" "$cache/debootstrap.log" \
		--include="${user_has// /,}" --cache-dir="$cache/debootstrap-debs"
	printf '%s\n' "$stamp_text" >"$stamp"
	say "pristine root ready"
}

# remove_run: the run's copy of the root, once nothing is mounted in it.
remove_run() {
	[ -d "$run" ] || return 0
	no_mounts_under "$run" || { say "something is still mounted under $run; left it"; return 1; }
	rm -rf "$run"
}
trap 'unmount_all; remove_run' EXIT

# start_run: a fresh copy of the pristine root at $root, with what the user has mounted.
start_run() {
	local sysroot goroot modcache
	remove_run || die "cannot remove the last run's $run"
	mkdir -p "$run/upper" "$run/work" "$root"
	if mount -t overlay overlay -o "lowerdir=$pristine,upperdir=$run/upper,workdir=$run/work" "$root" 2>/dev/null; then
		mounted+=("$root")
	else
		say "no overlayfs here; copying the pristine root"
		cp -a "$pristine/." "$root"
	fi
	# A networked machine has a resolver configuration.
	cp /etc/resolv.conf "$root/etc/resolv.conf"
	sysroot=$(rustc --print sysroot)
	goroot=$(go env GOROOT)
	modcache=$(go env GOMODCACHE)
	mount_system
	bind "$sysroot" "$sysroot" ro
	bind "$goroot" "$goroot" ro
	mkdir -p "$cache/apt-archives/partial" "$cache/go-build"
	bind "$modcache" "$modcache" ro
	bind "$cache/apt-archives" /var/cache/apt/archives
	bind "$cache/go-build" /root/.cache/go-build
	copy_checkout "$root$src"
	inside_env=(HOME=/root TERM="${TERM:-dumb}" LANG=C.UTF-8
		PATH="$sysroot/bin:$goroot/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
		GOMODCACHE="$modcache" GOPROXY=off GOTOOLCHAIN=local LIBNIX_NIXBLD_ID_BASE="$id_base")
}

# copy_checkout DIR: this checkout's files, tracked and untracked but not ignored, as
# they are in the work tree (a tree without git: every file but bin/ and .git).
copy_checkout() {
	mkdir -p "$1"
	if git -C "$here" rev-parse --git-dir >/dev/null 2>&1; then
		git -C "$here" ls-files -z --cached --others --exclude-standard |
			while IFS= read -r -d '' f; do
				if [ -e "$here/$f" ]; then printf '%s\0' "$f"; fi
			done | tar -C "$here" --null -T - -cf - | tar -C "$1" -xf -
	else
		tar -C "$here" --exclude=./.git --exclude=./bin -cf - . | tar -C "$1" -xf -
	fi
}

main() {
	local cmd start=$SECONDS
	root_start "the fresh Debian bookworm set-up test" test-fresh "prepare test shell" "${1:-test}"
	[ "$cmd" = prepare ] && return
	start_run
	case $cmd in
	test)
		in_root bash "$src/scripts/fresh-root.sh" --inside test 2>&1 | tee "$cache/last-run.log"
		say "ok: on a fresh Debian bookworm, make demo sets up Nix and builds the demo sandboxed ($((SECONDS - start)) s; log: $cache/last-run.log)"
		;;
	shell) in_root bash ;; # not a login shell, whose /etc/profile would reset PATH
	esac
}

main "$@"
