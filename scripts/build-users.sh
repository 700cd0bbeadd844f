#!/usr/bin/env bash
# build-users.sh: the build users Nix builds as, created as Nix's own multi-user installer
# creates them. Run as root, by scripts/setup.sh (and in nix-compat.sh's trixie root).
# Idempotent: a group that has members is left as it is, and a second run says so.
#
# Nix run by root (no daemon: Debian's nix-bin has none without systemd) builds as the
# members of its build-users-group, nixbld by default, and without that group every
# build fails: "the group 'nixbld' specified in 'build-users-group' does not exist".
# Debian's nix-setup-systemd would create it, but needs systemd. Nix's installer creates
# group nixbld with gid 30000 and users nixbld1-32 with uids 30001-30032, each in group
# nixbld (Nix picks a build user from the group's member list), home /var/empty, shell
# nologin. So does this script, with the ids from LIBNIX_NIXBLD_ID_BASE (default 30000:
# the group's gid; nixbldN gets BASE+N). It changes nothing when one of those ids is
# taken, and says which.
#
# The ids matter beyond this machine's users: before a build Nix kills every process of
# the build user's uid, so two Nix installations sharing a kernel (the host and the roots
# of scripts/nix-compat.sh and scripts/fresh-root.sh) must not share build uids.
set -euo pipefail

say() { printf 'setup: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

[ "$(id -u)" -eq 0 ] || die "creating Nix's build users needs root (scripts/setup.sh runs this with sudo)"

nixbld_count=32

# build_users_group: the group Nix run by root builds as ('' for none).
build_users_group() {
	local conf
	conf=$(nix --extra-experimental-features nix-command show-config 2>/dev/null) || conf=""
	if grep -q '^build-users-group =' <<<"$conf"; then
		sed -n 's/^build-users-group = *//p' <<<"$conf"
	else
		echo nixbld
	fi
}

# id_owner passwd|group ID NAME: the name of the user or group with id ID, if there is
# one and it is not NAME.
id_owner() {
	local who
	who=$(getent "$1" "$2" | cut -d: -f1) || return 0
	[ -z "$who" ] || [ "$who" = "$3" ] || printf '%s' "$who"
}

ensure_build_users() {
	local group members base=${LIBNIX_NIXBLD_ID_BASE:-30000} i who gid nologin=/usr/sbin/nologin
	local -i created=0
	group=$(build_users_group)
	if [ -z "$group" ]; then
		say "build users: nix.conf sets an empty build-users-group, so Nix builds as root; left as it is"
		return
	fi
	members=$(getent group "$group" | cut -d: -f4) || true
	if [ -n "$members" ]; then
		say "build users: group $group (gid $(getent group "$group" | cut -d: -f3)) has $(tr ',' '\n' <<<"$members" | wc -l) members already; nothing to do"
		return
	fi
	case $base in '' | *[!0-9]*) die "LIBNIX_NIXBLD_ID_BASE must be a number, not '$base'" ;; esac
	# Every id first, so that a taken one changes nothing.
	if ! getent group "$group" >/dev/null; then
		who=$(id_owner group "$base" "$group")
		[ -z "$who" ] || die "gid $base, for group $group, belongs to group '$who'; set LIBNIX_NIXBLD_ID_BASE to the first of $((nixbld_count + 1)) free ids"
	fi
	for ((i = 1; i <= nixbld_count; i++)); do
		getent passwd "nixbld$i" >/dev/null && continue
		who=$(id_owner passwd $((base + i)) "nixbld$i")
		[ -z "$who" ] || die "uid $((base + i)), for nixbld$i, belongs to user '$who'; set LIBNIX_NIXBLD_ID_BASE to the first of $((nixbld_count + 1)) free ids"
	done
	if ! getent group "$group" >/dev/null; then
		groupadd --system --gid "$base" "$group"
		say "build users: created group $group (gid $base)"
	fi
	gid=$(getent group "$group" | cut -d: -f3)
	[ -x "$nologin" ] || nologin=/sbin/nologin
	for ((i = 1; i <= nixbld_count; i++)); do
		if getent passwd "nixbld$i" >/dev/null; then
			usermod --append --groups "$group" "nixbld$i"
			say "build users: added the existing user nixbld$i to group $group"
		else
			useradd --system -K SYS_UID_MAX=$((base + nixbld_count)) --uid $((base + i)) --gid "$gid" --groups "$group" --no-user-group \
				--home-dir /var/empty --no-create-home --shell "$nologin" --comment "Nix build user $i" "nixbld$i"
			created+=1
		fi
	done
	((created == 0)) || say "build users: created $created of the users nixbld1-$nixbld_count in group $group (nixbldN has uid $base+N)"
}

ensure_build_users
