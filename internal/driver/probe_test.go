package driver

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestProbes(t *testing.T) {
	dir := t.TempDir()
	runs := 0
	probe := func() (string, error) { runs++; return "v1", nil }

	p := loadProbes(dir)
	for _, c := range []struct {
		key  string
		runs int
	}{
		{"k1", 1}, // nothing remembered
		{"k1", 1}, // remembered
		{"k2", 2}, // the tool changed
		{"", 3},   // not found: always asked, never remembered
		{"", 4},
	} {
		if out, err := p.get("tool", c.key, probe); out != "v1" || err != nil || runs != c.runs {
			t.Fatalf("key %q: %q, %v after %d runs, want v1 after %d", c.key, out, err, runs, c.runs)
		}
	}
	p.save()
	// A new run reads what the last one remembered.
	if out, _ := loadProbes(dir).get("tool", "k2", probe); out != "v1" || runs != 4 {
		t.Errorf("after a reload: %q after %d runs, want v1 from the record", out, runs)
	}
	// Errors are returned and not remembered.
	fail := errors.New("rustc: not found")
	if _, err := loadProbes(dir).get("other", "k", func() (string, error) { return "", fail }); err != fail {
		t.Errorf("error %v, want %v", err, fail)
	}
	if _, ok := loadProbes(dir).Entries["other"]; ok {
		t.Error("a failed probe was remembered")
	}
	// A record of another version, or a damaged one, is ignored.
	for _, data := range []string{`{"version": 99, "entries": {"tool": {"key": "k2", "out": "old"}}}`, `{"vers`} {
		os.WriteFile(filepath.Join(dir, "probes.json"), []byte(data), 0o644)
		if out, _ := loadProbes(dir).get("tool", "k2", probe); out != "v1" {
			t.Errorf("record %s: got %q, want a new probe", data, out)
		}
	}
}

// The keys change with what decides a tool's answer: the program itself,
// and for rustc what rustup chooses the toolchain by.
func TestProbeKeys(t *testing.T) {
	bin := t.TempDir()
	tool := filepath.Join(bin, "tool")
	os.WriteFile(tool, []byte("#!/bin/sh\n"), 0o755)
	t.Setenv("PATH", bin)
	k1 := toolKey("tool")
	if k1 == "" || toolKey("tool") != k1 {
		t.Fatalf("toolKey not stable: %q", k1)
	}
	later := time.Now().Add(time.Minute)
	os.Chtimes(tool, later, later) // an upgrade
	if toolKey("tool") == k1 {
		t.Error("toolKey did not change with the program")
	}
	if toolKey("missing") != "" {
		t.Error("toolKey of a missing program is not empty")
	}

	home := t.TempDir()
	t.Setenv("RUSTUP_HOME", home)
	t.Setenv("RUSTUP_TOOLCHAIN", "")
	project := filepath.Join(t.TempDir(), "ws", "member")
	os.MkdirAll(project, 0o755)
	key := func() string { return toolKey("tool", rustupInputs(project)...) }
	steps := []struct {
		what string
		do   func()
	}{
		{"a default toolchain", func() {
			os.WriteFile(filepath.Join(home, "settings.toml"), []byte("default_toolchain = \"stable\"\n"), 0o644)
		}},
		{"an installed toolchain", func() {
			os.MkdirAll(filepath.Join(home, "toolchains", "stable", "bin"), 0o755)
			os.WriteFile(filepath.Join(home, "toolchains", "stable", "bin", "rustc"), []byte("1"), 0o755)
		}},
		{"an updated toolchain", func() {
			os.WriteFile(filepath.Join(home, "toolchains", "stable", "bin", "rustc"), []byte("22"), 0o755)
		}},
		{"a toolchain file in a parent", func() {
			os.WriteFile(filepath.Join(filepath.Dir(project), "rust-toolchain.toml"), []byte("[toolchain]\n"), 0o644)
		}},
		{"RUSTUP_TOOLCHAIN", func() { t.Setenv("RUSTUP_TOOLCHAIN", "nightly") }},
	}
	last := key()
	for _, s := range steps {
		s.do()
		if k := key(); k == last {
			t.Errorf("%s: the rustc key did not change", s.what)
		} else {
			last = k
		}
	}
}
