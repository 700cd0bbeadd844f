package render

// Tests over logs recorded with Nix 2.26 (Debian trixie's nix-bin) by
// scripts/nix-compat.sh record: golden files of every level, nothing lost,
// and what each case's README says a correct filter shows. 2.26 differs from
// the 2.8 logs of TestGolden: a `parent` key on every start, `file` as
// path:line:col, traces shown without --show-trace, builder-message
// wording, and no sandbox when it cannot be set up.

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const logs226Dir = "../nixlog/testdata/nixlogs-2.26"

// inputs226 returns the recorded 2.26 internal-json logs.
func inputs226(t *testing.T) []string {
	in, err := filepath.Glob(logs226Dir + "/*/*.internal-json*.stderr")
	if err != nil || len(in) == 0 {
		t.Fatalf("no logs in %s: %v", logs226Dir, err)
	}
	return in
}

func read226(t *testing.T, name string) []byte {
	t.Helper()
	log, err := os.ReadFile(filepath.Join(logs226Dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return log
}

func TestGolden226(t *testing.T) {
	for _, in := range inputs226(t) {
		rel := strings.TrimPrefix(in, logs226Dir+"/")
		log := read226(t, rel)
		checkGolden(t, log, func(level string) string {
			return filepath.Join("testdata/golden-2.26", rel+"."+level)
		})
	}
}

// TestNothingLost226 is TestNothingLost over the 2.26 logs.
func TestNothingLost226(t *testing.T) {
	for _, in := range inputs226(t) {
		rel := strings.TrimPrefix(in, logs226Dir+"/")
		log := read226(t, rel)
		for _, lv := range levels[:2] {
			t.Run(rel+"/"+lv.name, func(t *testing.T) {
				got, _ := render(t, log, lv.opts)
				for _, g := range mustShow(log, lv.opts.Level) {
					rest := got
					for _, w := range g {
						i := strings.Index(rest, w)
						if i < 0 {
							t.Fatalf("missing or out of order: %q", w)
						}
						rest = rest[i+len(w):]
					}
				}
			})
		}
	}
}

// TestCases226 checks the cargo level against each case's README
// (../nixlog/testdata/nixlogs-2.26/<case>/README.md).
func TestCases226(t *testing.T) {
	tests := []struct {
		files  []string
		status int
		want   []string // in this order
		absent []string
	}{
		{[]string{"01-success-single/nix-build.internal-json.stderr", "01-success-single/nix3-build.internal-json.stderr"}, 0,
			[]string{"Building success-single-1.0", "Finished 1 built"},
			[]string{"configuring success-single", "error"}},
		{[]string{"03-fail-exit1/nix-build.internal-json.stderr", "03-fail-exit1/nix3-build.internal-json.stderr"}, 1,
			[]string{"fail-exit1: line 1 (first line", "line 13 on stderr", "line 15 (last line before exit 1)",
				"fail-exit1-2.3.drv' failed with exit code 1", "1 failed"},
			[]string{"built in"}},
		{[]string{"05-fail-parallel-keep-going/nix-build.internal-json.stderr", "05-fail-parallel-keep-going/nix3-build.internal-json.stderr"}, 1,
			[]string{"fail-early: starting", "fail-early: about to fail", "fail-early.drv' failed with exit code 1", "1 failed, 2 built"},
			[]string{"slow1: tick"}},
		{[]string{"07-eval-throw/nix-build.internal-json.stderr"}, 1,
			[]string{"while calling the 'throw' builtin", "default.nix:11:45", "unsupported version '1' (expected 2)", "1 evaluation error"},
			[]string{"Building"}},
		{[]string{"07-eval-throw/nix-build.internal-json.show-trace.stderr"}, 1,
			[]string{"from call site", "while calling 'checkVersion'", "while calling the 'throw' builtin",
				"unsupported version '1' (expected 2)", "1 evaluation error"},
			nil},
		{[]string{"08-eval-assert/nix-build.internal-json.stderr", "08-eval-assert/nix-build.internal-json.show-trace.stderr"}, 1,
			[]string{"while evaluating derivation 'eval-assert'", "assertion 'enableFoo' failed", "13|   assert enableFoo;", "1 evaluation error"},
			nil},
		{[]string{"12-builder-at-nix/nix-build.internal-json.stderr"}, 0,
			[]string{"hello from the builder via an @nix msg action at level 0",
				"bad JSON log message from the derivation builder", "Finished 1 built"},
			[]string{"chatty message"}},
		{[]string{"19-fail-dependency-chain/nix-build.internal-json.stderr", "19-fail-dependency-chain/nix3-build.internal-json.stderr"}, 1,
			[]string{"chain-leaf: building", "chain-leaf: error: cannot continue", "chain-leaf.drv' failed with exit code 2",
				"1 failed, 2 not built (dependency failed), 1 cancelled", "cancelled: chain-ok"},
			[]string{"Finished"}},
		{[]string{"29-builder-at-nix-no-action/nix-build.internal-json.stderr"}, 0,
			[]string{"warning: Unable to handle a JSON message from the derivation builder", "Finished 1 built"},
			nil},
		{[]string{"30-keep-going-two-failures/nix-build.internal-json.stderr", "30-keep-going-two-failures/nix3-build.internal-json.stderr"}, 1,
			[]string{"2 failed, 1 built", "failed: fail-a-1.0", "failed: fail-b-2.0"},
			[]string{"slow: tick"}},
		{[]string{"31-libnix-workspace/nix-build.internal-json.stderr"}, 0,
			[]string{"Compiling macros v0.1.0 (proc-macro)", "Compiling text-utils v0.2.0 (build-script-run)",
				"Compiling app v0.3.1-beta.2 (lib)", `Compiling app v0.3.1-beta.2 (bin "app")`, "Finished 11 built"},
			[]string{"error", "warning"}},
		{[]string{"32-libnix-workspace-fail/nix-build.internal-json.stderr"}, 1,
			[]string{"Compiling app v0.3.1-beta.2 (lib)", "error[E0308]: mismatched types", "--> app/src/lib.rs:31:26",
				"could not compile `app` (lib) due to 1 previous error", "1 failed"},
			nil},
		{[]string{"33-sandbox-setup-error/nix-build.internal-json.stderr"}, 1,
			[]string{"while setting up the build environment", "sandbox-setup-1.0.drv.chroot/root/bin': No such file or directory",
				"build failed in 0.00s: 1 error"},
			[]string{"evaluation error"}},
	}
	for _, tt := range tests {
		for _, file := range tt.files {
			t.Run(file, func(t *testing.T) {
				got, status := render(t, read226(t, file), Options{Level: LevelCargo})
				if status != tt.status {
					t.Errorf("exit %d, want %d", status, tt.status)
				}
				rest := got
				for _, w := range tt.want {
					i := strings.Index(rest, w)
					if i < 0 {
						t.Errorf("missing or out of order: %q", w)
						continue
					}
					rest = rest[i+len(w):]
				}
				for _, a := range tt.absent {
					if strings.Contains(got, a) {
						t.Errorf("shows %q", a)
					}
				}
				if t.Failed() {
					t.Logf("output:\n%s", got)
				}
			})
		}
	}
}
