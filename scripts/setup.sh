#!/usr/bin/env bash
# Installs what libnix's demo and tests need. Idempotent: a second run installs nothing.
#
# On Debian (and derivatives) it installs Nix (`nix-bin`), the C libraries the fixtures
# link, and real crate sources as Debian `librust-*-dev` packages (crates.io is not needed),
# and creates the build users Nix builds as (scripts/build-users.sh; Debian's nix-bin has none).
# Elsewhere it checks what is there and says what to install.
#
# Environment: LIBNIX_NIXBLD_ID_BASE (scripts/build-users.sh).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
pkgs=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$here/debian-packages.txt")

say() { printf 'setup: %s\n' "$*" >&2; }

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

missing_debs() {
	local p
	for p in $pkgs; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || printf '%s\n' "$p"
	done
}

if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
	todo=$(missing_debs)
	if [ -n "$todo" ]; then
		say "installing: $(echo $todo)"
		$sudo apt-get update -qq
		DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $todo >/dev/null
	else
		say "Debian packages already installed"
	fi
	$sudo env LIBNIX_NIXBLD_ID_BASE="${LIBNIX_NIXBLD_ID_BASE:-}" bash "$here/build-users.sh"
else
	say "not a Debian system: install Nix (https://nixos.org/download), pkg-config, a C compiler,"
	say "OpenSSL and zlib headers yourself; the offline fixtures also need Debian's crate"
	say "registry in /usr/share/cargo/registry (librust-*-dev packages)."
fi

# Rust: libnix uses the cargo and rustc it finds (rustup's are fine).
export PATH="$HOME/.cargo/bin:$PATH"
for tool in cargo rustc; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		say "error: $tool not found; install a Rust toolchain (rustup, or your distribution's rust >= 1.85)"
		exit 1
	fi
done
# clippy-driver, next to rustc, for libnix-build clippy and its tests:
# rustup's minimal profile leaves it out.
sysroot=$(rustc --print sysroot)
if [ ! -x "$sysroot/bin/clippy-driver" ]; then
	if command -v rustup >/dev/null 2>&1; then
		say "adding clippy to the Rust toolchain"
		rustup component add clippy
	else
		say "error: $sysroot/bin/clippy-driver not found; install clippy for this Rust toolchain"
		exit 1
	fi
fi
for tool in nix-build nix-instantiate go; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		say "error: $tool not found after set-up"
		exit 1
	fi
done
say "ready: $(nix-build --version), $(rustc --version), $(go version | cut -d' ' -f3)"
