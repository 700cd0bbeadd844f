#!/usr/bin/env bash
# test-share.sh: a unit built once is used elsewhere, through a Nix binary cache.
# See docs/sharing.md.
#
#   scripts/test-share.sh [test|auto]
#
# Builds the demo fixture in release mode with libnix-build in this machine's Nix store,
# pushes it (--push) to a file:// cache, then builds a fresh copy of the fixture, planned
# and emitted anew, in a second, separate Nix store (a chroot store in a temporary
# directory) whose only substituter is that cache. It prints "units compiled on the second
# store: N", which must be 0, and checks that the second store's binary prints what the
# first's does.
#
# Then a remote builder: an sshd on 127.0.0.1 (a key and a host key made here) serves a
# third store (ssh://...?remote-store=DIR); its nix-store --serve gets the host toolchain's
# sandbox-paths from the sshd (SetEnv NIX_CONFIG). The workspace fixture, with new
# derivations (a salt), is built with --max-jobs 0: every unit must be built in the third
# store, and the binaries must print what cargo's do.
#
#   test  the default
#   auto  test, but when the machine cannot run it (no nix, no cargo), say why and exit 0
#
# Needs: nix (nix-build, nix-store, nix copy), cargo, libnix's bin/ on PATH, and for the
# second part sshd (openssh-server, which make setup installs).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
mode=${1:-test}
say() { printf 'test-share: %s\n' "$*" >&2; }
die() { say "FAIL: $*"; exit 1; }

for tool in nix nix-build nix-store cargo libnix-build crate-plan nix-emit; do
	if ! command -v "$tool" >/dev/null; then
		[ "$mode" = auto ] && { say "skipped: $tool not found"; exit 0; }
		die "$tool not found"
	fi
done

work=$(mktemp -d /tmp/libnix-share.XXXXXX)
trap 'rm -rf "$work"' EXIT
cache="file://$work/cache?compression=none"
store=$work/store2

say "first store: libnix-build --release --push of the demo"
cp -r "$here/testdata/fixtures/demo" "$work/first"
(cd "$work/first" && libnix-build --release --color never --push "$cache") >"$work/first.log" 2>&1 ||
	{ cat "$work/first.log" >&2; die "the first build failed"; }
grep -q '  Uploaded ' "$work/first.log" || { cat "$work/first.log" >&2; die "--push said nothing of an upload"; }
want=$("$work/first/target/release/demo" 2>&1) || die "the first store's binary failed"

say "second store ($store): a fresh copy, planned and emitted anew, the cache its only substituter"
cp -r "$here/testdata/fixtures/demo" "$work/second"
cd "$work/second"
crate-plan --release >"$work/plan.json"
nix-emit --out target/release/nix <"$work/plan.json"
opts=(--store "$store" --option substituters "$cache" --option require-sigs false)
# The units the second store would compile: nix-build --dry-run lists the derivations it
# would build (a line each, below "will be built:") and the paths it would fetch.
dry=$(target/release/nix/build -A build --no-out-link "${opts[@]}" --dry-run 2>&1) ||
	{ printf '%s\n' "$dry" >&2; die "nix-build --dry-run failed"; }
compiled=$(printf '%s\n' "$dry" | awk '/will be built/ { on = 1; next } /will be fetched/ { on = 0 } on && /\.drv$/ { n++ } END { print n + 0 }')
echo "units compiled on the second store: $compiled"
[ "$compiled" = 0 ] || { printf '%s\n' "$dry" >&2; die "the second store would compile $compiled units"; }
out=$(target/release/nix/build -A bins.demo --no-out-link "${opts[@]}" 2>"$work/second.log") ||
	{ cat "$work/second.log" >&2; die "the second store's build failed"; }
grep -q "building '" "$work/second.log" && { cat "$work/second.log" >&2; die "the second store built something"; }
got=$("$store$out/bin/demo" 2>&1) || die "the second store's binary failed"
[ "$got" = "$want" ] || die "the second store's binary prints
$got
the first's
$want"
printf '%s\n' "$got"
say "ok: every unit came from the cache, and the binary prints what the first store's does"

sshd=/usr/sbin/sshd
if [ ! -x "$sshd" ]; then
	[ "$mode" = auto ] && { say "remote builder part skipped: no $sshd (openssh-server; make setup installs it)"; exit 0; }
	die "no $sshd (openssh-server)"
fi
say "remote builder: an sshd on 127.0.0.1 serving a third store"
ssh-keygen -q -t ed25519 -N '' -f "$work/hostkey"
ssh-keygen -q -t ed25519 -N '' -f "$work/key"
cp "$work/key.pub" "$work/authorized_keys"
port=$((20000 + $$ % 20000))
# What the builder's sandbox must mount for the host toolchain (docs/sharing.md): the
# paths libnix-build names, and buildrs-parse, added to the store as libnix-build adds it.
sysroot=$(rustc --print sysroot)
bp=$(nix-store --add "$(dirname "$(command -v libnix-build)")/buildrs-parse")
{
	echo "Port $port"
	echo "ListenAddress 127.0.0.1"
	echo "HostKey $work/hostkey"
	echo "AuthorizedKeysFile $work/authorized_keys"
	echo "PermitRootLogin prohibit-password"
	echo "PasswordAuthentication no"
	echo "KbdInteractiveAuthentication no"
	echo "UsePAM no"
	echo "StrictModes no"
	echo "PidFile $work/sshd.pid"
	echo "SetEnv NIX_CONFIG=\"sandbox-paths = /bin /usr /lib /lib64 /etc/alternatives $sysroot /libnix-buildrs-parse=$bp\""
} >"$work/sshd_config"
mkdir -p /run/sshd
"$sshd" -f "$work/sshd_config" -E "$work/sshd.log" || { cat "$work/sshd.log" >&2; die "sshd did not start"; }
trap 'kill "$(cat "$work/sshd.pid" 2>/dev/null)" 2>/dev/null; rm -rf "$work"' EXIT
export NIX_SSHOPTS="-p $port -i $work/key -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR"
# shellcheck disable=SC2086 # NIX_SSHOPTS is words, as Nix splits it
ssh $NIX_SSHOPTS root@127.0.0.1 true || { cat "$work/sshd.log" >&2; die "ssh to the builder failed"; }

cp -r "$here/testdata/fixtures/workspace" "$work/remote"
cd "$work/remote"
third=$work/store3

# A builder whose sandbox lacks the host toolchain (a second sshd, without the SetEnv): the
# build must stop before anything runs there, naming what the builder lacks.
grep -v '^SetEnv\|^Port\|^PidFile' "$work/sshd_config" >"$work/sshd_bare_config"
printf 'Port %s\nPidFile %s\n' $((port + 1)) "$work/sshd_bare.pid" >>"$work/sshd_bare_config"
"$sshd" -f "$work/sshd_bare_config" -E "$work/sshd_bare.log" || { cat "$work/sshd_bare.log" >&2; die "the second sshd did not start"; }
trap 'kill "$(cat "$work/sshd.pid" 2>/dev/null)" "$(cat "$work/sshd_bare.pid" 2>/dev/null)" 2>/dev/null; rm -rf "$work"' EXIT
bare_opts=${NIX_SSHOPTS/-p $port/-p $((port + 1))}
if NIX_SSHOPTS=$bare_opts libnix-build --color never \
	--nix-arg --builders --nix-arg "ssh://root@127.0.0.1?remote-store=$work/store4 x86_64-linux $work/key 2 1" \
	--nix-arg --max-jobs --nix-arg 0 --nix-arg --argstr --nix-arg salt --nix-arg "bare-$(date +%s%N)" >"$work/bare.log" 2>&1; then
	cat "$work/bare.log" >&2
	die "a builder without the host toolchain's sandbox-paths was used"
fi
for need in "$(rustc --print sysroot)" /libnix-buildrs-parse; do
	grep -q "its sandbox-paths lack .*$need" "$work/bare.log" ||
		{ cat "$work/bare.log" >&2; die "the error does not name $need, which the builder lacks"; }
done
[ ! -e "$work/store4" ] || die "something was sent to the builder that lacks the toolchain"
say "ok: a builder without the host toolchain's paths is refused before building: $(grep -o 'its sandbox-paths lack.*' "$work/bare.log" | cut -c1-80)..."
libnix-build --color never \
	--nix-arg --builders --nix-arg "ssh://root@127.0.0.1?remote-store=$third x86_64-linux $work/key 2 1" \
	--nix-arg --max-jobs --nix-arg 0 --nix-arg --argstr --nix-arg salt --nix-arg "share-$(date +%s%N)" >"$work/remote.log" 2>&1 ||
	{ cat "$work/remote.log" >&2; die "the build through the remote builder failed"; }
built=0 elsewhere=0
for l in target/debug/nix/gc/result*; do
	p=$(readlink "$l")
	if [ -e "$third$p" ]; then built=$((built + 1)); else elsewhere=$((elsewhere + 1)); fi
done
echo "units built by the remote builder: $built (elsewhere: $elsewhere)"
if [ "$built" = 0 ] || [ "$elsewhere" != 0 ]; then
	cat "$work/remote.log" >&2
	die "not every unit was built by the remote builder"
fi
cargo build --offline --color never --target-dir "$work/cargo-target" >"$work/cargo.log" 2>&1 ||
	{ cat "$work/cargo.log" >&2; die "cargo build failed"; }
for bin in app app-tool; do
	[ "$(target/debug/$bin 2>&1)" = "$("$work/cargo-target/debug/$bin" 2>&1)" ] ||
		die "$bin built remotely prints something else than cargo's"
done
say "ok: every unit was built by the remote builder in its own store, and the binaries print what cargo's do"
