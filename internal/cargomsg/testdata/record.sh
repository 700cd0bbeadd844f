#!/usr/bin/env bash
# Re-records the goldens in this directory with the cargo and rustc on PATH
# (they were recorded with cargo 1.95.0 and rustc 1.95.0):
#
#   bash internal/cargomsg/testdata/record.sh
#
# Each fixture is copied to a fixed directory (so the hashes in target/ stay
# the same from one recording to the next) and that directory is written as
# {root} in the goldens. The order of the lines may still change between
# recordings (cargo's scheduling is not deterministic, even with -j1):
# review a re-recording with `diff <(sort old) <(sort new)`. The fixtures
# build offline.
#
#   <fixture>-{build,check,test}.jsonl  cargo build / check / test --no-run
#   <fixture>-fresh.jsonl               cargo build again: every unit fresh
#   diag-*.jsonl                        the workspace with a warning added to
#                                       app's lib (build) and then an error
#                                       (check, so build-finished is false),
#                                       and links with a build script that
#                                       prints rustc-env and rustc-cfg
#   diag-rustc.jsonl                    what rustc itself wrote on stderr for
#                                       the warning build (through a
#                                       RUSTC_WRAPPER), to check cargo's
#                                       rewriting of rustc's diagnostics
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
fixtures=$(cd "$here/../../../testdata/fixtures" && pwd)
root=/tmp/libnix-cargomsg-record
cargo --version | grep -q '^cargo 1\.95\.' || echo "warning: not cargo 1.95: $(cargo --version)" >&2

fresh() { rm -rf "$root" && mkdir -p "$root" && cp -r "$fixtures/$1" "$root/$1"; }
# record NAME CMD...: cargo's stdout, the root made a placeholder.
record() {
  local name=$1; shift
  (cd "$root/$fixture" && "$@" --message-format json 2>/dev/null || true) |
    sed "s|$root|{root}|g" >"$here/$name.jsonl"
}

for fixture in workspace links; do
  for cmd in build check test; do
    fresh "$fixture"
    if [ "$cmd" = test ]; then
      record "$fixture-$cmd" cargo test --no-run
    else
      record "$fixture-$cmd" cargo "$cmd"
    fi
    [ "$cmd" = build ] && record "$fixture-fresh" cargo build
  done
done

fixture=workspace
fresh workspace
cat >"$root/wrap.sh" <<'WRAP'
#!/usr/bin/env bash
"$@" 2> >(tee -a "$(dirname "$0")/rustc-stderr" >&2)
WRAP
chmod +x "$root/wrap.sh"
printf '\n/// A warning for the recording: <&> "quoted" \\ \xc3\xa9.\npub fn unused() { let x = "<&> \\u{e9} é \\u{2028}"; }\n' >>"$root/workspace/app/src/lib.rs"
RUSTC_WRAPPER="$root/wrap.sh" record diag-warning cargo build
# rustc's JSON lines only (cargo also makes rustc print --print output).
grep '^{' "$root/rustc-stderr" | sed "s|$root|{root}|g" >"$here/diag-rustc.jsonl"
printf '\npub fn broken() -> u32 { "not a number" }\n' >>"$root/workspace/app/src/lib.rs"
record diag-error cargo check

fixture=links
fresh links
sed -i 's|^fn main() {|fn main() {\n    println!("cargo::rustc-env=CARGOMSG_ENV=a \\"b\\" <c>");\n    println!("cargo::rustc-cfg=cargomsg_cfg=\\"x\\"");\n    println!("cargo::rustc-check-cfg=cfg(cargomsg_cfg, values(\\"x\\"))");|' "$root/links/user/build.rs"
record diag-env cargo build
rm -rf "$root"
