package plan

import (
	"context"
	"maps"
	"os"
	"path/filepath"
	"slices"
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
	env, cfg, err := o.setUp()
	if err != nil {
		return nil, err
	}
	pr := startProbes(ctx, o.Tools, o.Flags.Target)
	out, err := runCargo(ctx, o)
	// Report the most telling failure: cargo's own before rustc's.
	if perr := pr.wait(); err == nil {
		err = perr
	}
	if err != nil {
		return nil, err
	}
	if err := pr.graphTriples(out.graph); err != nil {
		return nil, err
	}
	platforms, err := pr.platforms(cfg, out.version.Host, env)
	if err != nil {
		return nil, err
	}
	lock, err := cargo.ReadLockfile(filepath.Join(out.meta.WorkspaceRoot, "Cargo.lock"))
	if err != nil {
		return nil, err
	}
	manifests, err := readManifests(out.meta)
	if err != nil {
		return nil, err
	}
	return Assemble(&Inputs{
		Command:   o.Flags.Command,
		Flags:     o.Flags,
		Graph:     out.graph,
		Metadata:  out.meta,
		Lock:      lock,
		Config:    cfg,
		Rustc:     out.version,
		Sysroot:   pr.info["host"].Sysroot,
		Platforms: platforms,
		Manifests: manifests,
		Profile:   o.Flags.ProfileName(),
	})
}

// setUp completes o before anything runs: the directory every command runs
// in and the manifest cargo will use. It returns the environment and the
// cargo configuration that apply there.
func (o *Options) setUp() (func(string) (string, bool), *cargo.Config, error) {
	env := o.LookupEnv
	if env == nil {
		env = os.LookupEnv
	}
	if o.Dir == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, nil, err
		}
		o.Dir = wd
	}
	o.Tools.Dir = o.Dir
	manifest, err := cargo.FindManifest(o.Dir, o.Flags.ManifestPath)
	if err != nil {
		return nil, nil, err
	}
	// Naming the manifest cargo would find anyway makes error messages name
	// it; a given one is named as given.
	if o.Flags.ManifestPath == "" {
		o.Flags.ManifestPath = manifest
	}
	cfg, err := cargo.LoadConfig(o.Dir, o.Flags.Config, env)
	if err != nil {
		return nil, nil, err
	}
	return env, cfg, nil
}

// cargoOutputs is what cargo and `rustc -vV` say about a build.
type cargoOutputs struct {
	graph   *cargo.UnitGraph
	meta    *cargo.Metadata
	version *cargo.RustcVersion
}

// runCargo runs the unit graph, `cargo metadata` and `rustc -vV`
// concurrently and reports the first failure in that order.
func runCargo(ctx context.Context, o Options) (*cargoOutputs, error) {
	var (
		out  cargoOutputs
		errs [3]error
		wg   sync.WaitGroup
	)
	wg.Go(func() { out.graph, errs[0] = o.Tools.UnitGraph(ctx, o.Flags) })
	wg.Go(func() { out.meta, errs[1] = o.Tools.Metadata(ctx, o.Flags) })
	wg.Go(func() { out.version, errs[2] = o.Tools.RustcVersion(ctx) })
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return &out, nil
}

// probes runs rustc's target probes concurrently, one per compile kind:
// "host" or a triple. Between a start and the wait after it only the
// probes' goroutines touch info and errs.
type probes struct {
	ctx   context.Context
	tools cargo.Tools
	wg    sync.WaitGroup
	mu    sync.Mutex
	info  map[string]*cargo.TargetInfo
	errs  map[string]error
}

// startProbes starts the first probes: the host's, and --target's when
// given. They run without RUSTFLAGS, which may depend on the cfg a probe
// reports (target.'cfg(..)'.rustflags); platforms probes a kind again when
// it turns out to have flags, as cargo does.
func startProbes(ctx context.Context, tools cargo.Tools, target string) *probes {
	p := &probes{ctx: ctx, tools: tools, info: map[string]*cargo.TargetInfo{}, errs: map[string]error{}}
	p.start("host", nil)
	if target != "" {
		p.start(target, nil)
	}
	return p
}

// start probes a kind with rustflags; its result replaces an earlier one's.
func (p *probes) start(kind string, rustflags []string) {
	triple := kind
	if kind == "host" {
		triple = ""
	}
	p.wg.Go(func() {
		info, err := p.tools.Probe(p.ctx, triple, rustflags)
		p.mu.Lock()
		p.info[kind], p.errs[kind] = info, err
		p.mu.Unlock()
	})
}

// graphTriples probes the triples the graph uses that no flag announced
// (build.target in config), after the first probes.
func (p *probes) graphTriples(g *cargo.UnitGraph) error {
	missing := map[string]bool{}
	for _, u := range g.Units {
		if t := u.Platform; t != nil && p.info[*t] == nil {
			missing[*t] = true
		}
	}
	for t := range missing {
		p.start(t, nil)
	}
	return p.wait()
}

// wait waits for the probes started and returns the first failure, in the
// order of the kinds' names.
func (p *probes) wait() error {
	p.wg.Wait()
	for _, kind := range slices.Sorted(maps.Keys(p.errs)) {
		if err := p.errs[kind]; err != nil {
			return err
		}
	}
	return nil
}

// platforms resolves each probed kind's RUSTFLAGS and linker from config
// and env. A kind with RUSTFLAGS is probed again with them, since they can
// change what rustc reports (its cfg, file names). host is the host triple.
func (p *probes) platforms(cfg *cargo.Config, host string, env func(string) (string, bool)) (map[string]*Platform, error) {
	kinds := slices.Sorted(maps.Keys(p.info))
	hostOnly := len(kinds) > 1 || !cfg.TargetAppliesToHost
	platforms := map[string]*Platform{}
	for _, kind := range kinds {
		triple := kind
		if kind == "host" {
			triple = host
		}
		flags, err := cfg.Rustflags(triple, p.info[kind].Cfg, kind == "host" && hostOnly, env)
		if err != nil {
			return nil, err
		}
		platforms[kind] = &Platform{Triple: triple, Rustflags: flags}
	}
	for _, kind := range kinds {
		if flags := platforms[kind].Rustflags; len(flags) > 0 {
			p.start(kind, flags)
		}
	}
	if err := p.wait(); err != nil {
		return nil, err
	}
	for _, kind := range kinds {
		pl, info := platforms[kind], p.info[kind]
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
	return platforms, nil
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
