#!/usr/bin/env bash
# gen-large-package.sh N DIR: writes into DIR a package "big" whose library
# has N modules of generic code, each instantiated with several types
# (derives, generic folds, collections), so rustc takes a while: about
# 4 s for N = 120 in debug mode on 2 CPUs. With a README.md and a tests/x.rs
# that building the library does not read. No registry dependencies.
set -euo pipefail
n=${1:?usage: gen-large-package.sh N DIR}
dir=${2:?usage: gen-large-package.sh N DIR}
[ "$n" -ge 1 ] || { echo "gen-large-package: N must be at least 1" >&2; exit 2; }
mkdir -p "$dir/.cargo" "$dir/src" "$dir/tests"
# Offline: libnix-build then asks no binary cache (nothing here is in one).
printf '[net]\noffline = true\n' >"$dir/.cargo/config.toml"
printf '[package]\nname = "big"\nversion = "0.1.0"\nedition = "2021"\n' >"$dir/Cargo.toml"
printf '# big\n\nA large generated library for benchmarks.\n' >"$dir/README.md"
printf '#[test]\nfn runs() {\n    assert_eq!(big::run_all(), big::run_all());\n}\n' >"$dir/tests/x.rs"

mod() { printf 'm%03d' "$1"; }
for ((i = 1; i <= n; i++)); do
	cat >"$dir/src/$(mod "$i").rs" <<RS
use std::collections::{BTreeMap, HashMap};
use std::fmt::Debug;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Rec<T> {
    pub a: T,
    pub b: Vec<T>,
    pub c: Option<String>,
}

impl<T: Clone + Debug + Default> Rec<T> {
    pub fn new(a: T, n: usize) -> Self {
        Rec { b: vec![a.clone(); n], a, c: Some(format!("module $i")) }
    }
    pub fn describe(&self) -> String {
        format!("{:?}/{}", self, self.b.len())
    }
}

pub trait Op<T> {
    fn apply(&self, x: T) -> T;
}

pub struct Scale(pub u64);

impl Op<u64> for Scale {
    fn apply(&self, x: u64) -> u64 {
        x.wrapping_mul(self.0).wrapping_add($i)
    }
}

impl Op<f64> for Scale {
    fn apply(&self, x: f64) -> f64 {
        x * self.0 as f64 + $i.0
    }
}

pub fn fold<T: Copy + std::ops::Add<Output = T> + Default, O: Op<T>>(xs: &[T], op: &O) -> T {
    xs.iter().fold(T::default(), |acc, &x| acc + op.apply(x))
}

pub fn index<K: Ord + Clone + std::hash::Hash + Debug, V: Clone + Debug>(xs: &[(K, V)]) -> (usize, String) {
    let h: HashMap<K, V> = xs.iter().cloned().collect();
    let b: BTreeMap<K, V> = xs.iter().cloned().collect();
    (h.len() + b.len(), format!("{:?}", b.iter().next()))
}

pub fn run() -> u64 {
    let op = Scale($i);
    let ints: Vec<u64> = (0..16).collect();
    let floats: Vec<f64> = ints.iter().map(|&x| x as f64).collect();
    let r1 = Rec::new(1u32, 3);
    let r2 = Rec::new(String::from("x"), 2);
    let r3 = Rec::new((1u8, 2i64), 4);
    let (n1, s1) = index(&[(1u64, "a"), (2, "b")]);
    let (n2, s2) = index(&[(String::from("k"), 1.5f32)]);
    fold(&ints, &op)
        + fold(&floats, &op) as u64
        + (r1.describe().len() + r2.describe().len() + r3.describe().len()) as u64
        + (n1 + n2 + s1.len() + s2.len()) as u64
        + (r1 == r1.clone()) as u64
}
RS
done
{
	printf '//! A large generated library: %d modules of generic code.\n' "$n"
	for ((i = 1; i <= n; i++)); do printf 'pub mod %s;\n' "$(mod "$i")"; done
	printf '\npub fn run_all() -> u64 {\n    let mut sum: u64 = 0;\n'
	for ((i = 1; i <= n; i++)); do printf '    sum = sum.wrapping_add(%s::run());\n' "$(mod "$i")"; done
	printf '    sum\n}\n'
} >"$dir/src/lib.rs"
