#!/usr/bin/env bash
# gen-workspace.sh N DIR: writes a cargo workspace of N members into DIR for
# benchmarks: member m01 is a binary that depends on every library member;
# the libraries form three layers (each library of a layer depends on two
# of the layer below), so an edit low in the graph rebuilds much and an edit
# of a top library rebuilds itself and the binary only. Each library has
# enough code (generic and non-generic functions, a trait, tests of nothing)
# to take rustc a measurable moment. No registry dependencies: it builds
# offline anywhere.
set -euo pipefail
n=${1:?usage: gen-workspace.sh N DIR}
dir=${2:?usage: gen-workspace.sh N DIR}
[ "$n" -ge 4 ] || { echo "gen-workspace: N must be at least 4" >&2; exit 2; }
mkdir -p "$dir/.cargo"
# Offline: libnix-build then asks no binary cache (nothing here is in one).
printf '[net]\noffline = true\n' >"$dir/.cargo/config.toml"
libs=$((n - 1))
layer=$(((libs + 2) / 3))

name() { printf 'm%02d' "$1"; }

{
	printf '[workspace]\nresolver = "2"\nmembers = ['
	for ((i = 1; i <= n; i++)); do printf '"%s", ' "$(name "$i")"; done
	printf ']\n'
} >"$dir/Cargo.toml"

for ((i = 2; i <= n; i++)); do
	m=$(name "$i")
	mkdir -p "$dir/$m/src"
	idx=$((i - 2))           # 0-based library index
	l=$((idx / layer))       # its layer: 0 is the bottom
	deps=()
	if [ "$l" -gt 0 ]; then
		below=$(((l - 1) * layer))
		deps+=("$(name $((below + idx % layer + 2)))" "$(name $((below + (idx + 1) % layer + 2)))")
	fi
	{
		printf '[package]\nname = "%s"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n' "$m"
		for d in "${deps[@]}"; do printf '%s = { path = "../%s" }\n' "$d" "$d"; done
	} >"$dir/$m/Cargo.toml"
	{
		printf '//! Library %s of a generated benchmark workspace.\n' "$m"
		printf 'pub trait Shape { fn area(&self) -> f64; fn name(&self) -> String; }\n'
		for k in 1 2 3 4 5 6; do
			printf 'pub struct S%d { pub w: f64, pub h: f64 }\n' "$k"
			printf 'impl Shape for S%d { fn area(&self) -> f64 { self.w * self.h * %d.0 } fn name(&self) -> String { format!("{}-%d", "%s") } }\n' "$k" "$k" "$k" "$m"
			printf 'pub fn total%d<T: Shape>(xs: &[T]) -> f64 { xs.iter().map(|x| x.area()).sum() }\n' "$k"
		done
		printf 'pub fn value() -> u64 {\n    let v: u64 = %d;\n' "$i"
		for d in "${deps[@]}"; do printf '    let v = v.wrapping_mul(31).wrapping_add(%s::value());\n' "$d"; done
		printf '    let shapes: Vec<S1> = (0..4).map(|k| S1 { w: k as f64, h: 2.0 }).collect();\n'
		printf '    v + total1(&shapes) as u64\n}\n'
	} >"$dir/$m/src/lib.rs"
done

root=$(name 1)
mkdir -p "$dir/$root/src"
{
	printf '[package]\nname = "%s"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n' "$root"
	for ((i = 2; i <= n; i++)); do printf '%s = { path = "../%s" }\n' "$(name "$i")" "$(name "$i")"; done
} >"$dir/$root/Cargo.toml"
{
	printf 'fn main() {\n    let mut sum: u64 = 0;\n'
	for ((i = 2; i <= n; i++)); do printf '    sum = sum.wrapping_add(%s::value());\n' "$(name "$i")"; done
	printf '    println!("workspace of %d members: {sum}");\n}\n' "$n"
} >"$dir/$root/src/main.rs"
