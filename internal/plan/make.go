package plan

import (
	"context"
	"os"
	"path/filepath"
	"sync"

	"github.com/libnix/libnix/internal/cargo"
)

// Options say how to make a plan.
type Options struct {
	Flags cargo.BuildFlags
	Tools cargo.Tools
	// Dir is where cargo runs and config discovery starts ("" = current directory).
	Dir string
	// LookupEnv reads the environment (os.LookupEnv when nil); it decides RUSTFLAGS and friends.
	LookupEnv func(string) (string, bool)
}

// Make runs cargo and rustc and assembles the plan. Independent commands
// run concurrently: the unit graph, `cargo metadata`, `rustc -vV` and the
// rustc probes of each compile kind.
func Make(ctx context.Context, o Options) (*Plan, error) {
	env := o.LookupEnv
	if env == nil {
		env = os.LookupEnv
	}
	dir := o.Dir
	if dir == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		dir = wd
	}
	o.Tools.Dir = dir
	manifest, err := cargo.FindManifest(dir, o.Flags.ManifestPath)
	if err != nil {
		return nil, err
	}
	// Naming the manifest cargo would find anyway makes error messages name
	// it; a given one is named as given.
	if o.Flags.ManifestPath == "" {
		o.Flags.ManifestPath = manifest
	}
	cfg, err := cargo.LoadConfig(dir, env)
	if err != nil {
		return nil, err
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		wg        sync.WaitGroup
		graph     *cargo.UnitGraph
		meta      *cargo.Metadata
		version   *cargo.RustcVersion
		probes    = map[string]*cargo.TargetInfo{}
		probeErrs = map[string]error{}
		mu        sync.Mutex
		errs      [3]error
	)
	// The first probes run without RUSTFLAGS: those may depend on the cfg the
	// probe reports (target.'cfg(..)'.rustflags). When a kind turns out to
	// have flags it is probed again with them, as cargo does.
	probe := func(key, triple string, flags []string) {
		defer wg.Done()
		info, err := o.Tools.Probe(ctx, triple, flags)
		mu.Lock()
		probes[key], probeErrs[key] = info, err
		mu.Unlock()
	}
	wg.Add(5)
	go func() { defer wg.Done(); graph, errs[0] = o.Tools.UnitGraph(ctx, o.Flags) }()
	go func() { defer wg.Done(); meta, errs[1] = o.Tools.Metadata(ctx, o.Flags) }()
	go func() { defer wg.Done(); version, errs[2] = o.Tools.RustcVersion(ctx) }()
	go probe("host", "", nil)
	if o.Flags.Target != "" {
		go probe(o.Flags.Target, o.Flags.Target, nil)
	} else {
		wg.Done()
	}
	wg.Wait()
	// Report the most telling failure: cargo's own before rustc's.
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	// Triples the graph uses that no flag announced (build.target in config).
	missing := map[string]bool{}
	for _, u := range graph.Units {
		if t := u.Platform; t != nil {
			if _, ok := probes[*t]; !ok {
				missing[*t] = true
			}
		}
	}
	for t := range missing {
		wg.Add(1)
		go probe(t, t, nil)
	}
	wg.Wait()
	for _, err := range probeErrs {
		if err != nil {
			return nil, err
		}
	}
	hostOnly := len(probes) > 1 || !cfg.TargetAppliesToHost
	platforms := map[string]*Platform{}
	for key, info := range probes {
		triple := key
		if key == "host" {
			triple = version.Host
		}
		flags, err := cfg.Rustflags(triple, info.Cfg, key == "host" && hostOnly, env)
		if err != nil {
			return nil, err
		}
		platforms[key] = &Platform{Triple: triple, Rustflags: flags}
	}
	for key, pl := range platforms {
		if len(pl.Rustflags) > 0 {
			wg.Add(1)
			t := pl.Triple
			if key == "host" {
				t = ""
			}
			go probe(key, t, pl.Rustflags)
		}
	}
	wg.Wait()
	for key, pl := range platforms {
		if err := probeErrs[key]; err != nil {
			return nil, err
		}
		info := probes[key]
		pl.Cfg, pl.FileNames, pl.SplitDebuginfo = info.Cfg, info.FileNames, info.SplitDebuginfo
		if pl.SplitDebuginfo == nil {
			pl.SplitDebuginfo = []string{}
		}
		linker, err := cfg.Linker(pl.Triple, info.Cfg, env)
		if err != nil {
			return nil, err
		}
		if linker != "" {
			pl.Linker = &linker
		}
	}

	lock, err := cargo.ReadLockfile(filepath.Join(meta.WorkspaceRoot, "Cargo.lock"))
	if err != nil {
		return nil, err
	}
	manifests, err := readManifests(meta)
	if err != nil {
		return nil, err
	}
	return Assemble(&Inputs{
		Graph:     graph,
		Metadata:  meta,
		Lock:      lock,
		Config:    cfg,
		Rustc:     version,
		Sysroot:   probes["host"].Sysroot,
		Platforms: platforms,
		Manifests: manifests,
		Profile:   o.Flags.ProfileName(),
	})
}

// readManifests reads every package's Cargo.toml (and the workspace
// root's) concurrently: [lints] and `harness` are only found there.
func readManifests(meta *cargo.Metadata) (map[string]*cargo.Manifest, error) {
	paths := []string{filepath.Join(meta.WorkspaceRoot, "Cargo.toml")}
	for _, p := range meta.Packages {
		paths = append(paths, p.ManifestPath)
	}
	out := make([]*cargo.Manifest, len(paths))
	errs := make([]error, len(paths))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 8)
	for i, p := range paths {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			out[i], errs[i] = cargo.ReadManifest(p)
			<-sem
		}()
	}
	wg.Wait()
	m := map[string]*cargo.Manifest{}
	for i, p := range paths {
		if errs[i] != nil {
			return nil, errs[i]
		}
		m[p] = out[i]
	}
	return m, nil
}
