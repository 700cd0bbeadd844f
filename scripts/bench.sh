#!/usr/bin/env bash
# make bench: every speed and memory figure of libnix, each next to its goal.
# Ratios against cargo are measured in the same run, on this machine.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/bin:$HOME/.cargo/bin:/usr/local/go/bin:$PATH"

section() { printf '\n== %s\n' "$*"; }

section "crate-plan on the demo vs the cargo commands it calls (goal: ratio < 1.5)"
go test ./internal/plan -run '^$' -bench PlanVsCargo -benchtime 5x | grep -E '^Benchmark|ratio'

section "logone throughput on a ~50 MB log (goal: >= 100 MB/s at each level) and memory"
go test ./internal/render -run '^$' -bench Logone -benchmem | grep -E '^Benchmark'

section "nix-emit: a 2,000-unit plan (goals: emit < 1 s, nix-instantiate < 3 s)"
go test ./internal/nixgen -run '^$' -bench Emit2000 -benchtime 1x | grep -E '^Benchmark'

section "memory: maximum resident set size of each tool (goal: < 300 MB)"
tmp=$(mktemp -d /tmp/libnix-bench-mem.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
cp -r testdata/fixtures/demo "$tmp/demo"
(cd "$tmp/demo" && crate-plan >"$tmp/plan.json")
rss_of() { local label=$1; shift; /usr/bin/time -f '%M' -o "$tmp/rss" "$@" >/dev/null 2>&1 || true
	printf '%-46s %8.1f MB\n' "$label" "$(tail -n 1 "$tmp/rss" | awk '{ print $1 / 1024 }')"; }
rss_of "crate-plan (demo; max with the cargo it runs)" sh -c "cd '$tmp/demo' && crate-plan"
rss_of "nix-emit (demo)" sh -c "nix-emit --out '$tmp/out' <'$tmp/plan.json'"
for i in $(seq 200); do cat internal/nixlog/testdata/nixlogs/*/nix-build.internal-json.stderr; done >"$tmp/big.log"
rss_of "logone --level cargo ($(du -m "$tmp/big.log" | cut -f1) MB of log)" sh -c "logone <'$tmp/big.log'"
rss_of "logone --level verbose (same log)" sh -c "logone --level verbose <'$tmp/big.log'"
# Built once first, so the measured run plans, emits and runs nix-build
# without starting builders: the figure is the tools', not rustc's.
(cd "$tmp/demo" && libnix-build >/dev/null 2>&1 && rm -rf target)
rss_of "libnix-build (demo; max with cargo, nix-build)" sh -c "cd '$tmp/demo' && libnix-build"
go test ./internal/nixgen -run '^$' -bench 'Emit2000/emit' -benchtime 1x -benchmem | grep -E '^Benchmark' | sed 's/^/nix-emit, 2,000 units (allocated, not RSS): /'

if [ -x scripts/bench-libnix-build.sh ]; then
	section "libnix-build vs cargo: the demo, a 30-member workspace, build-script packages, a large package (goals: the units cargo compiles for every edit; cold <= 1.1x; no-op <= 0.05 s; edit <= 1.05x on the large package, <= 1.3x on the workspace; revert <= 0.05x)"
	bash scripts/bench-libnix-build.sh
fi
