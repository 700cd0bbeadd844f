// Package driver is libnix-build: it plans a cargo project (cached), emits
// its Nix build system, runs nix-build with logone on its log, and links the
// results into target/<profile>/ as cargo places them, with GC roots, a
// lock against concurrent runs and a consistent target/ after an interrupt.
package driver

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/libnix/libnix/internal/cargo"
	"github.com/libnix/libnix/internal/nixcli"
	"github.com/libnix/libnix/internal/nixgen"
	"github.com/libnix/libnix/internal/nixlog"
	"github.com/libnix/libnix/internal/plan"
	"github.com/libnix/libnix/internal/render"
	"github.com/libnix/libnix/internal/shellquote"
	"github.com/libnix/libnix/internal/toolpath"
)

// builder is one run: what was asked, where, and what it found so far.
type builder struct {
	o     *Options
	sh    *shell
	start time.Time
	pr    *project
	self  string // stamp of this executable: a new libnix-build re-plans and re-emits
	nix   nixcli.Version
	p     *plan.Plan
	raw   []byte // p as JSON
	// profileDir is target/<profile>/ (target/<triple>/<profile>/ with
	// --target); nixDir is its nix/ subdirectory, the emitted build system.
	profileDir, nixDir string
	roots              []nixgen.Root // the plan's roots, each linked into rootDir
	state              *buildState
	// src fingerprints the sources as scanned at scanStart; trees are the
	// package directories' fingerprints, narrow the narrowed sources.
	src       *fingerprint
	scanStart time.Time
	trees     map[string]string
	narrow    narrowing
	hashes    map[string]string // nixgen.Options.LocalHashes
	sums      sourceHashes
	built     map[string]bool // the units nix-build built in this run, by id
	spans     map[string]span // when they built, for --timings
	fetched   int             // store paths nix-build fetched from a substituter
	// afterPlan, when set, runs once the plan is known (install's checks).
	afterPlan func() error
	builtDrv  map[string]string
	// live are the diagnostics the log showed, by unit id; unitLinks the
	// links made under target/, by unit (cargo's JSON messages).
	live      map[string][]json.RawMessage
	unitLinks []link
	lastBuild *nixcli.Build // the build's nix-build, for cargo's JSON messages after a failure
	order     []int         // buildOrder's
	probes    *probes       // what the tools said of themselves, remembered
	// gate is the directory mapped to nixgen.GateRoot: a file stop in it
	// starts no more units (failFast); "" when the builds cannot see it.
	gate string
}

// Build builds as o says, and for test runs the tests; progress goes to
// stderr, the tests' output to stdout. It returns the exit status, with an error when
// libnix-build itself failed (status 1), and for run the program to exec.
func Build(ctx context.Context, o *Options, stdout io.Writer, stderr *os.File) (int, *program, error) {
	b := &builder{o: o, sh: newShell(stderr, o.Color), start: time.Now()}
	switch o.Command {
	case "clean":
		return 0, nil, clean(ctx, o, b.sh)
	case "install", "uninstall":
		status, err := b.installCommand(ctx, stdout, stderr)
		return status, nil, err
	}
	status, err := b.buildAll(ctx, stderr)
	if b.o.Messages.JSON && b.p != nil && err == nil {
		if err := b.writeMessages(stdout, status == 0); err != nil {
			return 1, nil, err
		}
	}
	if status != 0 || err != nil {
		if status == nixBuildFailed && err == nil {
			status = buildFailed // cargo's, where nix-build's is 100
			if o.Timings && b.p != nil {
				if err := b.writeTimings("the build failed"); err != nil {
					return 1, nil, err
				}
			}
		}
		return status, nil, err
	}
	switch o.Command {
	case "test":
		status, err := b.runTests(ctx, stdout)
		return status, nil, err
	case "doc":
		if err := b.generated(); err != nil {
			return 1, nil, err
		}
	case "run":
		r, err := b.runTarget()
		if err != nil {
			return 1, nil, err
		}
		prog := b.runProgram(r)
		b.status("Running", "`"+shellquote.Command(nil, prog.argv)+"`")
		return 0, &prog, nil
	}
	return 0, nil, nil
}

// buildAll plans, emits and builds every unit, and links the roots into
// target/ (what libnix-build build does).
func (b *builder) buildAll(ctx context.Context, stderr *os.File) (int, error) {
	o := b.o
	if exe, err := os.Executable(); err == nil {
		b.self = exe + " " + stamp(exe)
	}
	cwd, err := os.Getwd()
	if err == nil {
		// cargo works in the physical directory; so must the cache keys.
		cwd, err = filepath.EvalSymlinks(cwd)
	}
	if err != nil {
		return 1, err
	}
	if b.pr, err = findProject(cwd, o.Cargo, os.LookupEnv); err != nil {
		return 1, err
	}
	tools := cargo.Tools{Cargo: os.Getenv("CARGO"), Rustc: os.Getenv("RUSTC"), Dir: cwd, Stderr: stderr}
	if o.Offline {
		tools.Env = append(tools.Env, "CARGO_NET_OFFLINE=true")
	}
	b.probes = loadProbes(filepath.Join(b.pr.TargetDir, ".libnix"))
	defer b.probes.save()
	nixErr := make(chan error, 1)
	go func() {
		out, err := b.probes.get("nix-build", toolKey("nix-build"), func() (string, error) {
			return nixcli.VersionOutput(ctx, "nix-build")
		})
		if err == nil {
			b.nix, err = nixcli.Supported("nix-build", out)
		}
		nixErr <- err
	}()
	rustcProg := cmp.Or(tools.Rustc, "rustc")
	rustcOut, err := b.probes.get("rustc", toolKey(rustcProg, append(rustupInputs(cwd), "RUSTC="+rustcProg)...), func() (string, error) {
		v, err := tools.RustcVersion(ctx)
		if err != nil {
			return "", err
		}
		return v.Verbose, nil
	})
	var rustc *cargo.RustcVersion
	if err == nil {
		if rustc, err = cargo.ParseRustcVersion(rustcOut); err != nil {
			err = fmt.Errorf("rustc -vV: %v", err)
		}
	}
	if err := <-nixErr; err != nil {
		return 1, err
	}
	if err != nil {
		return 1, err
	}

	stateDir := filepath.Join(b.pr.TargetDir, ".libnix")
	lock, err := lockDir(ctx, stateDir, b.waiting)
	if err != nil {
		return 1, err
	}
	defer lock.Close()
	removeTemps(stateDir)

	req := &planRequest{pr: b.pr, flags: o.Cargo, env: plannerEnv(os.Environ()), rustc: rustc.Verbose, self: b.self}
	if err := b.makePlan(ctx, req, tools, stateDir); err != nil {
		return 1, err
	}
	if b.afterPlan != nil {
		if err := b.afterPlan(); err != nil {
			return 1, err
		}
	}
	b.profileDir = filepath.Join(b.pr.TargetDir, kindDir(b.p), b.p.Workspace.ProfileDir)
	b.nixDir = filepath.Join(b.profileDir, "nix")
	b.roots = nixgen.Roots(b.p)
	linkDirs := map[string]bool{}
	for _, r := range b.roots {
		linkDirs[b.rootDir(r)] = true
	}
	for d := range linkDirs {
		d = filepath.Join(b.pr.TargetDir, d)
		removeTemps(d, filepath.Join(d, "examples"), filepath.Join(d, "deps"))
	}
	b.state = loadState(b.nixDir)
	b.scanStart = time.Now()
	src, dirs, err := sourceFingerprint(b.p)
	if err != nil {
		return 1, err
	}
	b.src, b.trees = src, packageTrees(b.p, dirs)
	b.sums = sourceHashes{b, dirs}
	if b.hashes, err = b.sums.local(); err != nil {
		return 1, err
	}
	b.narrow = b.decideNarrowing(b.trees)
	if err := b.emit(); err != nil {
		return 1, err
	}
	if ctx.Err() != nil {
		return 1, ctx.Err()
	}
	if status, err := b.build(ctx, stderr); status != 0 || err != nil {
		return status, err
	}
	if b.fetched > 0 {
		// As cargo's Downloaded line, apart from the units compiled.
		b.status("Downloaded", units(b.fetched)+" from a binary cache")
	}
	if b.o.Push != "" {
		if err := b.push(ctx, b.o.Push); err != nil {
			return 1, err
		}
	}
	if b.o.Timings {
		if err := b.writeTimings(""); err != nil {
			return 1, err
		}
	}
	b.status("Finished", finishedText(b.p, time.Since(b.start)))
	return 0, nil
}

// status prints a status line unless -q.
func (b *builder) status(verb, text string) {
	if b.o.Level != "errors" {
		b.sh.status(verb, text, green)
	}
}

func (b *builder) waiting() { blocking(b.sh, b.o) }

// blocking is cargo's line while another run holds the build directory.
func blocking(sh *shell, o *Options) {
	if o.Level != "errors" {
		sh.status("Blocking", "waiting for file lock on build directory", cyan)
	}
}

// makePlan reuses the cached plan when none of its inputs changed, and
// otherwise plans with cargo and caches the result.
func (b *builder) makePlan(ctx context.Context, req *planRequest, tools cargo.Tools, stateDir string) error {
	path := req.cachePath(stateDir)
	if p, raw, ok := req.loadPlan(path); ok {
		b.p, b.raw = p, raw
		return nil
	}
	start := time.Now()
	p, err := plan.Make(ctx, plan.Options{Flags: b.o.Cargo, Tools: tools, Dir: b.pr.Cwd})
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return err
	}
	if b.raw, err = json.Marshal(p); err != nil {
		return err
	}
	b.p = p
	if td := p.Workspace.TargetDirectory; td != b.pr.TargetDir {
		// The guess was wrong (a layout findProject does not know): build
		// where cargo says, locked, and leave the plan uncached.
		b.sh.warn(fmt.Sprintf("cargo's target directory is %s, not %s as libnix-build expected; the plan is not cached", td, b.pr.TargetDir))
		if _, err := lockDir(ctx, filepath.Join(td, ".libnix"), b.waiting); err != nil {
			return err
		}
		b.pr.TargetDir = td
		return nil
	}
	return req.storePlan(path, p, b.raw, start, os.LookupEnv)
}

// kindDir is cargo's directory for cross builds: target/<triple>/<profile>,
// named after the compile kind of the root units ("" for the host).
func kindDir(p *plan.Plan) string {
	for _, r := range p.Roots {
		if k := kindName(p.Units[r].CompileKind); k != "" {
			return k
		}
	}
	return ""
}

// kindName is a compile kind's directory under target/: "" for the host, the
// triple for a target (a target given as a JSON spec file by its stem).
func kindName(kind string) string {
	if kind == "host" {
		return ""
	}
	return strings.TrimSuffix(filepath.Base(kind), ".json")
}

// unitDir is rootDir for any unit.
func (b *builder) unitDir(u int) string { return b.rootDir(nixgen.Root{Unit: u}) }

// viewOptions set what the rendering of the log adds to its level and
// colour: clippy's fix command, cargo's JSON messages.
func (b *builder) viewOptions(o *render.Options) {
	o.Clippy = b.clippyArgs()
	o.Short = b.o.Messages.Short
	o.Unannounced = []string{nixgen.DocRootName(b.p)}
	o.Announced = b.built // a retry's stale units were announced by the build before
	o.Packages = b.packageSources()
	if b.o.Timings {
		o.Timed = b.timed
	}
	if b.gate != "" {
		o.Failed = b.failFast
	}
	switch {
	case b.o.VeryVerbose:
		o.Commands = 2
	case b.o.Level == "verbose":
		o.Commands = 1
	}
	if b.o.Messages.JSON {
		o.Quiet = !b.o.Messages.RenderDiagnostics
		o.Diagnostic = func(unit string, raw json.RawMessage) {
			if b.live == nil {
				b.live = map[string][]json.RawMessage{}
			}
			b.live[unit] = append(b.live[unit], raw)
		}
	}
}

// failFast is called at the first failed unit: as cargo, the units
// running finish and no other starts (the builders see the gate's stop
// file), unless --keep-going (or test's --no-fail-fast) asks for every
// unit that can be built.
func (b *builder) failFast() {
	if b.o.KeepGoing || b.o.NoFailFast {
		return
	}
	if err := os.WriteFile(filepath.Join(b.gate, "stop"), nil, 0o644); err != nil {
		b.sh.warn(fmt.Sprintf("the build goes on after the failure: %v", err))
	}
}

// packageSources are cargo's displays of the packages' sources in its
// Compiling lines, by NAME@VERSION: a path package's directory, a git
// package's URL and short revision, nothing for a registry's.
func (b *builder) packageSources() map[string]string {
	m := map[string]string{}
	for _, pkg := range b.p.Packages {
		var src string
		switch s := pkg.Source; s.Kind {
		case "path":
			src = packageDir(b.p, pkg)
		case "git":
			url, rev, _ := strings.Cut(strings.TrimPrefix(s.ID, "git+"), "#")
			src = url + "#" + rev[:min(len(rev), 8)]
		}
		m[pkg.Name+"@"+pkg.Version] = src
	}
	return m
}

// rootDir is where cargo puts a root's outputs, relative to target/: a
// unit built for the host (a proc macro) under target/<profile> also in a
// build with --target, the others under target/<triple>/<profile> then.
func (b *builder) rootDir(r nixgen.Root) string {
	return filepath.Join(kindName(b.p.Units[r.Unit].CompileKind), b.p.Workspace.ProfileDir)
}

// emit writes the Nix build system unless the files written last time are
// still there and were made from the same plan, options and tools.
func (b *builder) emit() error {
	buildrsParse := toolpath.Find("buildrs-parse")
	if buildrsParse == "" {
		return errors.New("buildrs-parse: not found next to libnix-build or on PATH (install libnix's tools together)")
	}
	linker, _ := b.probes.get("cc", toolKey("cc"), func() (string, error) { return nixgen.HostLinkerVersion(), nil })
	narrowed, err := json.Marshal([]any{b.narrow.keep, b.narrow.drop, b.hashes})
	if err != nil {
		return err
	}
	f := newFingerprint()
	f.add("emit", string(b.raw), b.o.Toolchain, linker, b.self, buildrsParse, stamp(buildrsParse), b.nixDir, string(narrowed))
	key := f.sum()
	if b.state.EmitKey == key && b.state.emitted(b.nixDir) {
		return nil
	}
	bin, err := os.ReadFile(buildrsParse)
	if err != nil {
		return err
	}
	files, err := nixgen.Emit(b.p, nixgen.Options{Out: b.nixDir, Toolchain: b.o.Toolchain, LinkerVersion: linker, BuildrsParse: bin,
		Keep: b.narrow.keep, Drop: b.narrow.drop, LocalHashes: b.hashes, DirHash: b.sums.dir})
	if err != nil {
		return fmt.Errorf("the plan of %s: %w", b.p.Workspace.Root, err)
	}
	if _, err := nixgen.WriteDir(b.nixDir, files); err != nil {
		return err
	}
	b.state.EmitKey, b.state.Files = key, map[string]string{}
	for name := range files {
		b.state.Files[name] = stamp(filepath.Join(b.nixDir, name))
	}
	return b.state.save(b.nixDir)
}

// build runs nix-build unless nothing it reads changed since the last
// successful build, then links the results. It returns nix-build's status.
func (b *builder) build(ctx context.Context, stderr *os.File) (int, error) {
	gcRoot := filepath.Join(b.nixDir, "gc", "result")
	roots := b.roots
	if len(roots) == 0 {
		return 1, errors.New("the plan has no binary, library or test to build")
	}
	// The roots and the other units (default.nix's build), not the `all`
	// link farm over the roots: that would be one more derivation to build
	// after every change.
	other := b.buildOrder()[len(roots):]
	want := len(roots) + len(other)
	if b.p.Command == cargo.CommandDoc {
		want++ // default.nix's doc, last
	}
	if spec := remoteBuilders(b.o.NixArgs); spec != "" && b.o.Toolchain == "host" {
		// A builder elsewhere runs the units with its own sandbox-paths.
		if err := checkBuilders(ctx, spec, append(nixgen.SandboxPaths(b.p), nixgen.BuildrsParsePath)); err != nil {
			return 1, err
		}
	}
	nb, err := b.nixBuild("build", gcRoot)
	if err != nil {
		return 1, err
	}
	b.lastBuild = &nb
	// With the gate, nix goes on after a failure: the gate, not nix's
	// killing of the running builds, stops the build as cargo stops one.
	nb.KeepGoing = b.o.KeepGoing || b.gate != ""
	key := b.buildKey(nb)
	// With nixpkgs' toolchain the inputs include <nixpkgs>, which can move
	// under us: always ask nix then.
	upToDate := b.o.Toolchain == "host" && b.state.BuildKey == key && len(b.state.Outs) == want
	for i, out := range b.state.Outs {
		upToDate = upToDate && exists(out) && readlink(outLink(gcRoot, i)) == out
	}
	content := b.contentKey(nb)
	if !upToDate && content != "" {
		// The same content as a recent build (an edit undone, a branch
		// switched back): its outputs, without nix-build.
		if outs := b.state.recent(content, want, gcRoot); outs != nil {
			if err := relinkRoots(gcRoot, outs); err != nil {
				return 1, err
			}
			b.state.Outs, b.state.BuildKey, b.state.RootLinks = outs, "", nil
			if !b.src.racy(b.scanStart) {
				b.state.BuildKey = key
			}
			upToDate = true
		}
	}
	if !upToDate {
		if err := os.MkdirAll(filepath.Dir(gcRoot), 0o755); err != nil {
			return 1, err
		}
		if b.o.Toolchain == "pkgs" {
			if err := findNixpkgs(ctx, b.o.NixArgs); err != nil {
				return 1, err
			}
		}
		status, outs, err := b.runNixNarrowed(ctx, nb, stderr)
		if status != 0 || err != nil {
			return status, err
		}
		if len(outs) != want {
			return 1, fmt.Errorf("nix-build: expected %d store paths on stdout (one per unit but doc tests, the roots first), got %d", want, len(outs))
		}
		b.state.Outs, b.state.BuildKey = outs, ""
		if !b.src.racy(b.scanStart) {
			b.state.BuildKey = b.buildKey(nb)
		}
		if content := b.contentKey(nb); content != "" {
			b.state.remember(content, outs)
		}
		b.state.RootLinks = nil
	}
	// Out-links of an earlier build with more roots would keep its outputs
	// from the garbage collector.
	for i := len(b.state.Outs); ; i++ {
		if err := os.Remove(outLink(gcRoot, i)); err != nil {
			break
		}
	}
	b.learnCached(b.buildOrder(), b.state.Outs)
	// The GC roots now name this build: the links must follow even when an
	// interrupt came in meanwhile, or they would name unrooted paths.
	links := b.state.RootLinks
	if !upToDate || links == nil {
		if links, err = rootLinks(roots, b.state.Outs[:len(roots)], b.rootDir); err != nil {
			return 1, err
		}
		b.state.RootLinks = links
	}
	links = slices.Clone(links)
	if b.o.Messages.JSON {
		// The units without a link of their own: the others, and the roots
		// only built (checked libraries).
		units, outs := append([]int{}, other...), append([]string{}, b.state.Outs[len(roots):]...)
		for i, r := range roots {
			if r.Group == "build" {
				units, outs = append(units, r.Unit), append(outs, b.state.Outs[i])
			}
		}
		links = append(links, depLinks(units, outs, b.unitDir)...)
	}
	if b.p.Command == cargo.CommandDoc {
		l, err := docLink(b.pr.TargetDir, b.state.Outs[want-1])
		if err != nil {
			return 1, err
		}
		links = append(links, l)
	}
	b.unitLinks = links
	var kept []link
	if b.state.Links, kept, err = updateLinks(b.pr.TargetDir, links, b.state.Links, b.state.Kept); err != nil {
		return 1, err
	}
	if err := b.keepLinks(ctx, kept); err != nil {
		return 1, err
	}
	if !b.o.Messages.JSON || b.o.Messages.RenderDiagnostics {
		if err := b.replay(stderr); err != nil {
			return 1, err
		}
	}
	return 0, b.state.save(b.nixDir)
}

// keepLinks records the links earlier builds made and this one keeps, and
// makes their store paths the roots gc/kept, gc/kept-2, … when they
// changed, so that a narrower build leaves them alive.
func (b *builder) keepLinks(ctx context.Context, kept []link) error {
	paths := linkedStorePaths(kept)
	if !slices.Equal(paths, b.state.KeptRoots) {
		if err := replaceRoots(ctx, filepath.Join(b.nixDir, "gc", "kept"), paths); err != nil {
			return err
		}
	}
	b.state.Kept, b.state.KeptRoots = kept, paths
	return nil
}

// findNixpkgs checks that <nixpkgs>, which --toolchain pkgs imports, is
// on Nix's search path (NIX_PATH, or the -I arguments given to nix-build),
// to say how to set it rather than leave it to an evaluation error.
func findNixpkgs(ctx context.Context, nixArgs []string) error {
	args := []string{"--find-file", "nixpkgs"}
	for i := 0; i < len(nixArgs); i++ {
		switch a := nixArgs[i]; {
		case (a == "-I" || a == "--include") && i+1 < len(nixArgs):
			args = append(args, "-I", nixArgs[i+1])
			i++
		case strings.HasPrefix(a, "-I") && len(a) > 2:
			args = append(args, "-I", a[2:])
		}
	}
	if err := exec.CommandContext(ctx, "nix-instantiate", args...).Run(); err != nil {
		return errors.New("--toolchain pkgs: <nixpkgs> is not on Nix's search path; set NIX_PATH=nixpkgs=PATH (a nixpkgs checkout or channel), or pass --nix-arg -I --nix-arg nixpkgs=PATH")
	}
	return nil
}

// buildKey fingerprints what nb builds: the emitted files, the sources,
// nix and its arguments.
func (b *builder) buildKey(nb nixcli.Build) string {
	f := newFingerprint()
	f.add(b.src.sum(), b.state.EmitKey, b.nix.String())
	f.add(b.nix.Args(nb)...)
	return f.sum()
}

// runNixNarrowed runs nix-build and learns what the units it built read.
// When the only failures are narrowed units that missed a file (stale), or
// a narrowed unit turned out to need its whole package (narrowedTooFar),
// it builds again with those from their whole packages, as if nothing had
// happened (the renderer showed nothing of them).
func (b *builder) runNixNarrowed(ctx context.Context, nb nixcli.Build, stderr *os.File) (int, []string, error) {
	for attempt := 1; ; attempt++ {
		status, outs, sum, err := b.runNix(ctx, nb, stderr)
		b.noteBuilt(sum)
		if lerr := b.learnInputs(sum); lerr != nil && err == nil {
			err = lerr
		}
		if serr := b.state.save(b.nixDir); serr != nil && err == nil {
			err = serr
		}
		// Each attempt builds more units whole; three cover a stale unit
		// and then one that hands out its source.
		again := sum != nil && (status != 0 && sum.OnlyStale() || status == 0 && b.narrowedTooFar())
		if err != nil || ctx.Err() != nil || !again || attempt == 3 {
			return status, outs, err
		}
		b.narrow = b.decideNarrowing(b.trees)
		if err := b.emit(); err != nil {
			return 1, nil, err
		}
	}
}

// nixBuild is a nix-build of attr of the emitted build system, with its
// GC root at outLink, as every build of it needs: the jobs, the offline
// setting, the toolchain's sandbox paths or nixpkgs, the user's arguments.
func (b *builder) nixBuild(attr, outLink string) (nixcli.Build, error) {
	nb := nixcli.Build{
		Entry:   b.nixDir,
		Attr:    attr,
		OutLink: outLink,
		MaxJobs: nixJobs(b.o.Jobs),
		Cores:   b.o.Jobs,
		Offline: b.o.Offline || b.pr.Offline,
		Extra:   b.o.NixArgs,
	}
	if b.o.Toolchain == "host" {
		bp, err := b.storedBuildrsParse()
		if err != nil {
			return nb, err
		}
		nb.SandboxPaths = append(nixgen.SandboxPaths(b.p), nixgen.BuildrsParsePath+"="+bp)
		if !b.o.NoIncremental {
			dir := filepath.Join(b.nixDir, "incremental")
			if err := incrementalDir(dir); err != nil {
				return nb, err
			}
			mapped, err := spaceless(dir)
			if err != nil {
				return nb, err
			}
			nb.SandboxPaths = append(nb.SandboxPaths, nixgen.IncrementalRoot+"="+mapped)
		}
		// A remote builder has no gate: there nix's own fail-fast stays.
		if remoteBuilders(b.o.NixArgs) == "" {
			dir := filepath.Join(b.nixDir, "gate")
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nb, err
			}
			mapped, err := spaceless(dir)
			if err != nil {
				return nb, err
			}
			nb.SandboxPaths = append(nb.SandboxPaths, nixgen.GateRoot+"="+mapped)
			b.gate = dir
		}
	} else {
		nb.Args = []string{"pkgs", "import <nixpkgs> { }"}
	}
	if args := b.clippyArgs(); args != nil {
		list, err := nixgen.StrList(args)
		if err != nil {
			return nb, err
		}
		nb.Args = append(nb.Args, "clippyArgs", list)
	}
	return nb, nil
}

// clippyArgs are clippy's arguments for libnix-build clippy, nil otherwise.
func (b *builder) clippyArgs() []string {
	if b.o.Command != "clippy" {
		return nil
	}
	return append([]string{}, b.o.Args...)
}

// nixBuildFailed is nix-build's exit status when a build failed;
// buildFailed is cargo's.
const (
	nixBuildFailed = 100
	buildFailed    = 101
)

// nixJobs is how many derivations Nix builds at once for -j cpus: one more
// than the CPUs. Between two compiles Nix itself works on a slot (sandbox
// set-up, hashing and registering the output, about 0.03 s a derivation),
// and meanwhile the extra build keeps the CPUs busy: a cold build of a
// workspace of 30 small crates took 2.8 s instead of 3.3 s. -j 1 stays one
// build at a time.
func nixJobs(cpus int) int {
	if cpus < 2 {
		return cpus
	}
	return cpus + 1
}

// outLink is the name nix-build gives the out-link of the i-th (from 0)
// path it built: result, result-2, result-3 and so on.
func outLink(first string, i int) string {
	if i == 0 {
		return first
	}
	return first + "-" + strconv.Itoa(i+1)
}

// incrementalDir makes the directory of rustc's incremental caches, which
// the build users write: group nixbld with the setgid bit where that group
// exists and may be given (root, or a member), else open to everyone.
func incrementalDir(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if g, err := user.LookupGroup("nixbld"); err == nil {
		if gid, err := strconv.Atoi(g.Gid); err == nil && os.Chown(dir, -1, gid) == nil {
			return os.Chmod(dir, 0o770|os.ModeSetgid)
		}
	}
	return os.Chmod(dir, 0o777)
}

// nixBuildCmd is the nix-build (at path) of nb. It gets signals from
// libnix-build only, so an interrupt from the terminal or from kill(1) stops
// it the same way: SIGINT, which makes it stop its builders and exit; it is
// killed if it has not within a minute.
func (b *builder) nixBuildCmd(ctx context.Context, path string, nb nixcli.Build) *exec.Cmd {
	cmd := exec.CommandContext(ctx, path, b.nix.Args(nb)...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGTERM}
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGINT) }
	cmd.WaitDelay = time.Minute
	return cmd
}

// spaceless is path as sandbox-paths can take it: Nix splits that option
// at whitespace, so a checkout whose path has any is reached through a
// symlink in /tmp/libnix-UID (a directory of the user's alone), named by
// the path's hash. The bind mount follows the link.
func spaceless(path string) (string, error) {
	if !strings.ContainsAny(path, " \t\n\r\v\f") {
		return path, nil
	}
	dir := fmt.Sprintf("/tmp/libnix-%d", os.Getuid())
	if err := os.Mkdir(dir, 0o700); err != nil && !os.IsExist(err) {
		return "", err
	}
	if st, err := os.Lstat(dir); err != nil || !st.IsDir() || st.Mode().Perm() != 0o700 || st.Sys().(*syscall.Stat_t).Uid != uint32(os.Getuid()) {
		return "", fmt.Errorf("%s: not a directory of this user's alone (mode 0700), which a path with spaces needs for sandbox-paths", dir)
	}
	sum := sha256.Sum256([]byte(path))
	link := filepath.Join(dir, hex.EncodeToString(sum[:8]))
	if cur, err := os.Readlink(link); err == nil && cur == path {
		return link, nil
	}
	tmp := link + ".tmp"
	os.Remove(tmp)
	if err := os.Symlink(path, tmp); err != nil {
		return "", err
	}
	return link, os.Rename(tmp, link)
}

// storedBuildrsParse is the emitted buildrs-parse as a store path, for
// sandbox-paths: nix-store --add of the copy (a path without the
// checkout's spaces or quotes), rooted by gc/buildrs-parse; remembered in
// the build record while the path is there.
func (b *builder) storedBuildrsParse() (string, error) {
	if p := b.state.BuildrsParse; p != "" && exists(p) {
		return p, nil
	}
	out, err := exec.Command("nix-store", "--add", filepath.Join(b.nixDir, "buildrs-parse")).Output()
	if err != nil {
		return "", fmt.Errorf("nix-store --add buildrs-parse: %v", err)
	}
	p := strings.TrimSpace(string(out))
	if err := replaceRoots(context.Background(), filepath.Join(b.nixDir, "gc", "buildrs-parse"), []string{p}); err != nil {
		return "", err
	}
	b.state.BuildrsParse = p
	return p, nil
}

// runNix runs nix-build with its log shown by logone and returns its exit
// status and the store paths it built.
func (b *builder) runNix(ctx context.Context, nb nixcli.Build, stderr *os.File) (int, []string, *nixlog.Summary, error) {
	view, err := startLogView(b.o.Level, b.sh.color, b.viewOptions, stderr)
	if err != nil {
		return 1, nil, nil, err
	}
	nb.JSONLog = view.json
	path, err := exec.LookPath("nix-build")
	if err != nil {
		return 1, nil, nil, err
	}
	if b.gate != "" {
		if err := os.Remove(filepath.Join(b.gate, "stop")); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return 1, nil, nil, err
		}
	}
	var stdout bytes.Buffer
	cmd := b.nixBuildCmd(ctx, path, nb)
	cmd.Stdout, cmd.Stderr = &stdout, view.w
	err = cmd.Start()
	view.started()
	if err == nil {
		err = cmd.Wait()
	}
	res, verr := view.wait()
	sum := res.Summary
	if err == nil && verr != nil {
		return 1, nil, sum, fmt.Errorf("logone: %v", verr)
	}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		if ws, ok := exit.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return 128 + int(ws.Signal()), nil, sum, nil
		}
		if res.Summary != nil && res.Summary.Errors[nixlog.MsgUsageError] > 0 {
			return 2, nil, sum, &nixUsageError{nixArgs: b.o.NixArgs, args: b.nix.Args(nb)}
		}
		return exit.ExitCode(), nil, sum, nil
	case err != nil:
		return 1, nil, sum, fmt.Errorf("nix-build: %v", err)
	}
	outs := strings.Fields(stdout.String())
	for _, out := range outs {
		if !strings.HasPrefix(out, "/") {
			return 1, nil, sum, fmt.Errorf("nix-build: expected store paths on stdout, got %q", stdout.String())
		}
	}
	return 0, outs, sum, nil
}

// nixUsageError: nix-build rejected its command line (it said what it
// rejected, in the log already shown). Run reports it as a usage error.
type nixUsageError struct {
	nixArgs []string // the user's --nix-arg and --nix-option arguments
	args    []string // all of nix-build's
}

func (e *nixUsageError) Error() string {
	if len(e.nixArgs) == 0 {
		return "nix-build rejected the command line libnix-build gave it: nix-build " + strings.Join(e.args, " ")
	}
	return "nix-build rejected its command line; the arguments of --nix-arg and --nix-option (" + strings.Join(e.nixArgs, " ") + ") are passed to it unchanged"
}

// sourceFingerprint fingerprints the directories nix copies into the store
// by path (nix-emit's localSrc): path packages and replaced (vendored,
// directory-registry) sources; registry and git sources are pinned by
// hash and revision in the plan already. Also returned: each directory's
// own fingerprint, by path.
func sourceFingerprint(p *plan.Plan) (*fingerprint, map[string]*fingerprint, error) {
	var dirs []string
	for _, pkg := range p.Packages {
		if pkg.Source.Kind == "path" || pkg.Source.Replaced != nil {
			dirs = append(dirs, filepath.Clean(packageDir(p, pkg)))
		}
	}
	own := map[string]bool{}
	for _, d := range dirs {
		own[d] = true
	}
	all := newFingerprint()
	each := map[string]*fingerprint{}
	for _, dir := range dirs {
		// What localSrc copies, less the directories inside that are
		// fingerprinted on their own (which include what localSrc excludes).
		skip := func(rel string, d fs.DirEntry) bool {
			return !nixgen.LocalSrcKeeps(rel, nil) || d.IsDir() && own[filepath.Join(dir, rel)]
		}
		f := newFingerprint()
		if err := f.tree(dir, skip); err != nil {
			return nil, nil, err
		}
		each[dir] = f
		all.add(f.sum())
		all.saw(f.newest)
	}
	return all, each, nil
}

func readlink(p string) string {
	s, _ := os.Readlink(p)
	return s
}
