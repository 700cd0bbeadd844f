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

if [ -x scripts/bench-libnix-build.sh ]; then
	section "libnix-build on the demo vs cargo (goals: cold <= 1.25x, no-op <= 0.5 s and <= 3x, edit <= 1.5x)"
	bash scripts/bench-libnix-build.sh
fi
