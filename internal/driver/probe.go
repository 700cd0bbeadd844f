package driver

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
)

// probeVersion is the version of the probe record (docs/libnix-build.md).
const probeVersion = 1

// probes remembers what the tools said of themselves (`rustc -vV`,
// `nix-build --version`, `cc --version`), each under a key made of the
// files and variables that decide the answer. A run with an unchanged
// toolchain then costs some stat calls instead of three processes, about
// 40 ms through rustup's proxy: most of a run with nothing to do.
type probes struct {
	mu      sync.Mutex
	path    string
	changed bool
	Version int                   `json:"version"`
	Entries map[string]probeEntry `json:"entries"`
}

type probeEntry struct {
	Key string `json:"key"`
	Out string `json:"out"`
}

func loadProbes(stateDir string) *probes {
	p := &probes{path: filepath.Join(stateDir, "probes.json")}
	if data, err := os.ReadFile(p.path); err != nil || json.Unmarshal(data, p) != nil || p.Version != probeVersion {
		p.Version, p.Entries = probeVersion, nil
	}
	if p.Entries == nil {
		p.Entries = map[string]probeEntry{}
	}
	return p
}

// get returns the remembered answer of name when key is that of the
// answer, and otherwise runs probe and remembers what it says. An empty
// key (the tool was not found) is never remembered: probe reports that.
func (p *probes) get(name, key string, probe func() (string, error)) (string, error) {
	p.mu.Lock()
	e, ok := p.Entries[name]
	p.mu.Unlock()
	if ok && key != "" && e.Key == key {
		return e.Out, nil
	}
	out, err := probe()
	if err != nil || key == "" {
		return out, err
	}
	p.mu.Lock()
	p.Entries[name], p.changed = probeEntry{key, out}, true
	p.mu.Unlock()
	return out, nil
}

// save writes the record when it changed; a failure only costs the next
// run the probes again.
func (p *probes) save() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.changed {
		return
	}
	if data, err := json.Marshal(p); err == nil && os.MkdirAll(filepath.Dir(p.path), 0o755) == nil {
		writeFileAtomic(p.path, data)
	}
}

// toolKey identifies the program prog names on PATH: its path, and the
// size and time of it and of the file its symlinks end at. extra adds what
// else decides its answer. It is "" when prog is not found.
func toolKey(prog string, extra ...string) string {
	path, err := exec.LookPath(prog)
	if err != nil {
		return ""
	}
	f := newFingerprint()
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		real = path
	}
	f.add(path, stamp(path), real, stamp(real))
	f.add(extra...)
	return f.sum()
}

// rustupInputs are what rustup's proxies choose a toolchain by, for a
// command run in dir: the RUSTUP_TOOLCHAIN and RUSTUP_HOME variables, the
// settings file (default toolchain, directory overrides), the toolchain
// files of dir and its parents, and the rustc of every installed
// toolchain (an update replaces it). Without rustup they are all absent,
// which is a fine key too.
func rustupInputs(dir string) []string {
	home := os.Getenv("RUSTUP_HOME")
	if home == "" {
		if h, err := os.UserHomeDir(); err == nil {
			home = filepath.Join(h, ".rustup")
		}
	}
	in := []string{"RUSTUP_TOOLCHAIN=" + os.Getenv("RUSTUP_TOOLCHAIN"), "RUSTUP_HOME=" + home}
	if home != "" {
		in = append(in, stamp(filepath.Join(home, "settings.toml")))
		rustcs, _ := filepath.Glob(filepath.Join(home, "toolchains", "*", "bin", "rustc"))
		for _, r := range rustcs {
			in = append(in, r, stamp(r))
		}
	}
	for d := dir; ; d = filepath.Dir(d) {
		in = append(in, stamp(filepath.Join(d, "rust-toolchain")), stamp(filepath.Join(d, "rust-toolchain.toml")))
		if d == filepath.Dir(d) {
			break
		}
	}
	return in
}
