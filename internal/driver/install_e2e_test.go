package driver_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestInstall: install --path puts in the root what cargo install --path
// puts there (the same binaries, byte-identical tracking files), as links
// into the store kept alive by a GC root, with cargo's messages; again,
// it replaces them; --list is cargo's; uninstall removes them and the root.
func TestInstall(t *testing.T) {
	need(t)
	dir := fixture(t, "workspace")
	ours, theirs := t.TempDir(), t.TempDir()
	env := []string{"CARGO_TERM_COLOR=never"}
	if r := run(t, dir, env, "cargo", "install", "--path", "app", "--root", theirs, "--offline", "--target-dir", t.TempDir()); r.status != 0 {
		t.Fatalf("cargo install: %s", r.out)
	}
	r := run(t, dir, env, "libnix-build", "install", "--path", "app", "--root", ours)
	if r.status != 0 {
		t.Fatalf("libnix-build install: exit %d\n%s", r.status, r.out)
	}
	for _, want := range []string{
		"  Installing app v0.3.1-beta.2 (" + filepath.Join(dir, "app") + ")\n",
		"    Finished `release` profile [optimized] target(s) in ",
		"  Installing " + filepath.Join(ours, "bin", "app") + "\n",
		"   Installed package `app v0.3.1-beta.2 (" + filepath.Join(dir, "app") + ")` (executables `app`, `app-tool`)\n",
	} {
		if !strings.Contains(r.out, want) {
			t.Errorf("install output lacks %q:\n%s", want, r.out)
		}
	}
	names := func(root string) []string {
		entries, _ := os.ReadDir(filepath.Join(root, "bin"))
		var n []string
		for _, e := range entries {
			n = append(n, e.Name())
		}
		return n
	}
	if got, want := names(ours), names(theirs); !slices.Equal(got, want) {
		t.Errorf("bin/ holds %v, cargo's %v", got, want)
	}
	for _, f := range []string{".crates.toml", ".crates2.json"} {
		got, _ := os.ReadFile(filepath.Join(ours, f))
		want, _ := os.ReadFile(filepath.Join(theirs, f))
		if string(got) != string(want) {
			t.Errorf("%s:\n%s\ncargo's:\n%s", f, got, want)
		}
	}
	app := filepath.Join(ours, "bin", "app")
	target, err := os.Readlink(app)
	if err != nil || !strings.HasPrefix(target, "/nix/store/") {
		t.Fatalf("bin/app is not a link into the store: %q, %v", target, err)
	}
	if got, want := output(t, app), output(t, filepath.Join(theirs, "bin", "app")); got != want {
		t.Errorf("installed app prints %q, cargo's %q", got, want)
	}
	storePath := strings.Join(strings.SplitN(target, "/", 5)[:4], "/")
	if roots := run(t, dir, nil, "nix-store", "--query", "--roots", storePath); !strings.Contains(roots.out, filepath.Join(ours, ".libnix", "gcroots")) {
		t.Errorf("%s is not rooted under the install root:\n%s", storePath, roots.out)
	}

	again := run(t, dir, env, "libnix-build", "install", "--path", "app", "--root", ours)
	if again.status != 0 || !strings.Contains(again.out, "   Replacing "+app+"\n") || !strings.Contains(again.out, "    Replaced package `app v0.3.1-beta.2") {
		t.Errorf("install again: exit %d\n%s", again.status, again.out)
	}
	list := run(t, dir, nil, "libnix-build", "install", "--list", "--root", ours)
	if want := run(t, dir, nil, "cargo", "install", "--list", "--root", theirs); list.out != want.out {
		t.Errorf("install --list:\n%s\ncargo's:\n%s", list.out, want.out)
	}

	un := run(t, dir, env, "libnix-build", "uninstall", "app", "--root", ours)
	if un.status != 0 || !strings.Contains(un.out, "    Removing "+app+"\n") {
		t.Errorf("uninstall: exit %d\n%s", un.status, un.out)
	}
	if n := names(ours); len(n) != 0 {
		t.Errorf("bin/ after uninstall: %v", n)
	}
	// (nix-store says it removes the stale registration: only a root line,
	// "LINK -> PATH", counts.)
	if roots := run(t, dir, nil, "nix-store", "--query", "--roots", storePath); strings.Contains(roots.out, "\n"+filepath.Join(ours, ".libnix")) || strings.HasPrefix(roots.out, filepath.Join(ours, ".libnix")) {
		t.Errorf("the GC root is left after uninstall:\n%s", roots.out)
	}
	if r := run(t, dir, env, "libnix-build", "uninstall", "app", "--root", ours); r.status != 101 || !strings.Contains(r.out, "error: package ID specification `app` did not match any packages") {
		t.Errorf("uninstall again: exit %d\n%s", r.status, r.out)
	}
}

// TestInstallConfigRoot: without --root or CARGO_INSTALL_ROOT, install
// uses the configuration's install.root, relative to the directory holding
// .cargo/, as cargo install does.
func TestInstallConfigRoot(t *testing.T) {
	need(t)
	var roots []string
	for _, tool := range []string{"cargo", "libnix-build"} {
		dir := fixture(t, "workspace")
		cfg := filepath.Join(dir, ".cargo", "config.toml")
		text, err := os.ReadFile(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(cfg, append(text, "\n[install]\nroot = \"inst\"\n"...), 0o644); err != nil {
			t.Fatal(err)
		}
		args := []string{"install", "--path", "app"}
		if tool == "cargo" {
			args = append(args, "--offline", "--target-dir", t.TempDir())
		}
		cmd := command(dir, nil, tool, args...)
		cmd.Env = append(slices.DeleteFunc(cmd.Env, func(kv string) bool { return strings.HasPrefix(kv, "CARGO_INSTALL_ROOT=") }), "CARGO_TERM_COLOR=never")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s install: %v\n%s", tool, err, out)
		}
		entries, _ := os.ReadDir(filepath.Join(dir, "inst", "bin"))
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		roots = append(roots, strings.Join(names, " "))
	}
	if roots[0] == "" || roots[1] != roots[0] {
		t.Errorf("inst/bin holds %q, cargo's %q", roots[1], roots[0])
	}
}
