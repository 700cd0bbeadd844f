# debian-root.sh: what scripts/nix-compat.sh and scripts/fresh-root.sh share to build a
# Debian root with debootstrap and run commands in it. Sourced, not run.
#
# The sourcing script defines say and die, and sets
#   root        the root's directory (bind and in_root work on it)
#   inside_env  the environment of commands run in the root (VAR=value words)
# and, for root_start, defines check (prints why the machine cannot run the script's
# test) and prepare (makes the cached root), and sets cache (its directory).
# Every mount made here is remembered and undone on exit, also on failure or interrupt.

# root_check: can this machine build and enter a Debian root? Prints why not.
root_check() {
	[ "$(id -u)" -eq 0 ] || { echo "needs root (debootstrap, mount, unshare)"; return 1; }
	[ "$(uname -s)" = Linux ] || { echo "needs Linux"; return 1; }
	command -v debootstrap >/dev/null || command -v apt-get >/dev/null ||
		{ echo "neither debootstrap nor apt-get to install it"; return 1; }
	command -v unshare >/dev/null && command -v pivot_root >/dev/null ||
		{ echo "needs unshare and pivot_root (util-linux)"; return 1; }
	local probe
	probe=$(mktemp -d)
	if ! mount -t tmpfs none "$probe" 2>/dev/null; then
		rmdir "$probe"
		echo "cannot mount file systems (a container without CAP_SYS_ADMIN?)"
		return 1
	fi
	umount "$probe"
	rmdir "$probe"
}

# ids_free BASE COUNT VAR: true when no user or group of this machine has an id in
# BASE..BASE+COUNT-1, else prints which one and the variable VAR that moves the range.
# A root's Nix build users need such ids: before a build Nix kills every process of the
# build user's uid, so a uid shared with the host's build users lets either Nix kill the
# other's builds.
ids_free() {
	local i
	for ((i = $1; i < $1 + $2; i++)); do
		if getent passwd "$i" >/dev/null || getent group "$i" >/dev/null; then
			echo "uid or gid $i is in use on this machine; set $3 to the first of $2 free ids"
			return 1
		fi
	done
}

# mirror_reachable MIRROR: whether the Debian mirror's host answers on port 80.
mirror_reachable() {
	local host=${1#*://}
	host=${host%%[/:]*}
	timeout 20 bash -c ': >"/dev/tcp/$0/80"' "$host" 2>/dev/null
}

# debootstrap_root SUITE DIR MIRROR LOG [OPTION...]: a minbase root of SUITE in DIR,
# made in DIR.new and moved into place only when complete.
debootstrap_root() {
	local suite=$1 dir=$2 mirror=$3 log=$4
	shift 4
	if ! command -v debootstrap >/dev/null; then
		say "installing debootstrap"
		apt-get install -y -qq debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null; }
	fi
	no_mounts_under "$dir" && no_mounts_under "$dir.new" || die "something is still mounted under $dir"
	rm -rf "$dir" "$dir.new"
	say "debootstrap --variant=minbase${*:+ $*} $suite $dir ($mirror; a few minutes)"
	debootstrap --variant=minbase "$@" "$suite" "$dir.new" "$mirror" >"$log" 2>&1 ||
		die "debootstrap failed; see $log"
	mv "$dir.new" "$dir"
}

mounted=()

# bind SRC DST [ro]: bind-mount SRC at $root/DST, remembered for cleanup.
bind() {
	local dst=$root$2
	mkdir -p "$dst"
	mount --bind "$1" "$dst"
	mounted+=("$dst")
	if [ "${3:-}" = ro ]; then mount -o remount,bind,ro "$dst"; fi
}

unmount_all() {
	local i
	for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
		umount "${mounted[i]}" || umount -l "${mounted[i]}" || say "could not unmount ${mounted[i]}"
	done
	mounted=()
}
trap unmount_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# mount_system: /proc, /dev and /dev/pts, which apt and Nix need in the root.
mount_system() {
	mkdir -p "$root/proc"
	mount -t proc proc "$root/proc"
	mounted+=("$root/proc")
	bind /dev /dev
	bind /dev/pts /dev/pts
}

# in_root CMD...: run CMD in the root with a clean environment (inside_env). The root
# becomes the root of a private mount namespace by pivot_root, not chroot: Nix's
# sandbox needs unshare(CLONE_NEWUSER), which the kernel refuses to a chrooted
# process (and Nix 2.26 then silently builds unsandboxed).
in_root() {
	unshare --mount --propagation private -- /bin/sh -c '
		mount --rbind "$0" "$0" && cd "$0" && mkdir -p .old-root && pivot_root . .old-root &&
			umount -l /.old-root && exec /usr/bin/env -i "$@"' "$root" "${inside_env[@]}" "$@"
}

# no_mounts_under DIR: true when nothing is mounted at or below DIR.
no_mounts_under() {
	! awk -v d="$1" '$5 == d || index($5, d "/") == 1 { found = 1 } END { exit !found }' /proc/self/mountinfo
}

# root_start WHAT MAKE-TARGET COMMANDS CMD: how each command of the sourcing script
# begins. check says whether the machine can run WHAT (exit 0, or 77 and why not); auto
# is test where the machine can, and elsewhere says SKIPPED and why, and exits 0 (for
# make test). Any other CMD must be one of COMMANDS; the machine is checked, the cache
# locked (a second run waits for the first) and prepare run. Sets cmd.
root_start() {
	local what=$1 target=$2 commands=$3 why
	cmd=$4
	case $cmd in
	check)
		why=$(check) || { say "cannot run here: $why"; exit 77; }
		say "this machine can run $what"
		exit 0
		;;
	auto)
		if ! why=$(check); then
			say "SKIPPED $what: $why (make $target runs it where it can)"
			exit 0
		fi
		cmd=test
		;;
	esac
	[[ " $commands " == *" $cmd "* ]] || die "unknown command '$cmd' (one of: check auto $commands)"
	why=$(check) || die "$why"
	mkdir -p "$cache"
	exec 9>"$cache/lock"
	flock 9
	prepare
}
