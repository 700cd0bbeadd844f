#!/bin/sh
# Re-records this directory from real cargo (1.95.0 here): throwaway
# projects under /tmp/s22i/p (their paths are part of the package IDs the
# recordings hold), one root, and after each step its output (compile lines
# dropped, the root written $ROOT), exit status, tracking files and bin/.
set -e
out=$(cd "$(dirname "$0")" && pwd)
W=/tmp/s22i R=/tmp/s22i/root
rm -rf $W/p $R && mkdir -p $W/p && cd $W
mk() { # dir name version bins...
	d=p/$1 n=$2 v=$3; shift 3; mkdir -p $d/src/bin
	printf '[package]\nname = "%s"\nversion = "%s"\nedition = "2021"\n\n[features]\ndefault = []\nf1 = []\nf2 = []\n' $n $v >$d/Cargo.toml
	for b; do
		printf '[[bin]]\nname = "%s"\npath = "src/bin/%s.rs"\n' $b $b >>$d/Cargo.toml
		echo 'fn main(){println!("hi");}' >$d/src/bin/$b.rs
	done
}
mk app app 0.1.0 app
mk multi multi 1.2.3-beta.1 main1 other-bin
mk other other 2.0.0 app
mk appv2 app 0.2.0 app
mk appold app 0.0.9 app extra
n=0
step() {
	n=$((n + 1)) f=$(printf '%s/%02d' "$out" $n)
	echo "\$ $*" | sed "s#$PATH#\$PATH#" >$f.txt
	rc=0; "$@" >$W/out 2>$W/err || rc=$?
	{ cat $W/out; { grep -v '^ *\(Compiling\|Finished\|Locking\) ' $W/err || true; }; echo "exit $rc"; } >>$f.txt
	sed -i "s#$R#\$ROOT#g" $f.txt
	cp $R/.crates.toml $f.crates.toml; cp $R/.crates2.json $f.crates2.json
	ls $R/bin | grep -v '^cargo-install' >$f.bin || true
}
step cargo install --path p/appold --root $R
step cargo install --path p/app --root $R
step cargo install --path p/app --root $R --all-features
step cargo install --path p/multi --root $R --features f1,f2 --no-default-features
step cargo install --path p/other --root $R
step cargo install --path p/other --root $R --force
step cargo install --list --root $R
step cargo uninstall --root $R nope
step cargo uninstall --root $R mult
step cargo uninstall --root $R multi --bin nope
step cargo uninstall --root $R multi --bin main1
step env PATH=$R/bin:$PATH cargo install --path p/multi --root $R
step cargo install -q --path p/appv2 --root $R
step cargo uninstall --root $R multi@1.2.3-beta.1
step cargo uninstall --root $R app
step cargo uninstall --root $R other
rustc -vV >"$out/../rustc-vV.txt"
# Paths URLs escape, and a version with build metadata: the tracking
# files and `cargo install --list` (escapes.*).
R2=$W/root2; rm -rf $R2 $W/p2
for d in "q'x" 'b\s' 'd"q' 'ü y'; do
	mkdir -p "$W/p2/$d/src"; echo 'fn main(){}' >"$W/p2/$d/src/main.rs"
	printf '[package]\nname = "n%s"\nversion = "0.1.0+build.5"\nedition = "2021"\n' \
		"$(printf %s "$d" | md5sum | cut -c1-4)" >"$W/p2/$d/Cargo.toml"
	cargo install -q --path "$W/p2/$d" --root $R2 2>/dev/null
done
cp $R2/.crates.toml "$out/escapes.crates.toml"; cp $R2/.crates2.json "$out/escapes.crates2.json"
{ echo '$ cargo install --list --root $ROOT'; cargo install --list --root $R2; echo 'exit 0'; } >"$out/escapes.list.txt"
