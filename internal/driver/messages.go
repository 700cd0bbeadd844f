package driver

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/libnix/libnix/internal/buildscript"
	"github.com/libnix/libnix/internal/cargomsg"
	"github.com/libnix/libnix/internal/nixcli"
	"github.com/libnix/libnix/internal/nixgen"
	"github.com/libnix/libnix/internal/plan"
)

// cargo's JSON messages (--message-format json, docs/cargo-messages.md):
// after the build, for every unit in dependency order, its rustc
// diagnostics as compiler-message lines, then its compiler-artifact (a
// build-script run: build-script-executed), and last build-finished. The
// diagnostics of a unit built now are those its log showed; of a unit from
// the store, those it kept (nix-support/diagnostics): cargo replays a fresh
// unit's too. The artifacts' files are the links under target/.

// buildOutput is what the messages know of a unit's build.
type buildOutput struct {
	out    string // its store path; "" when it was not built
	built  bool   // by this run's nix-build (not fresh)
	failed bool
}

// unitOutputs finds each unit's output: from nix-build's list after a
// successful build, else from the derivations the log shows built.
func (b *builder) unitOutputs(success bool) map[int]buildOutput {
	outs := map[int]buildOutput{}
	if success {
		for i, ui := range b.buildOrder() {
			u := b.p.Units[ui]
			outs[ui] = buildOutput{out: b.state.Outs[i], built: b.built[u.ID]}
		}
		return outs
	}
	for i, u := range b.p.Units {
		if drv, ok := b.builtDrv[u.ID]; ok {
			if o, err := nixcli.DrvOutputs(drv); err == nil {
				outs[i] = buildOutput{out: o["out"], built: true}
			}
		} else if b.built[u.ID] {
			outs[i] = buildOutput{built: true, failed: true}
		}
	}
	// The units in the store already (fresh) are in nix-build's list only
	// after a success: ask Nix for the derivations of the build's list.
	drvs := b.buildDrvs()
	for i, ui := range b.buildOrder() {
		if _, ok := outs[ui]; ok || i >= len(drvs) {
			continue
		}
		if o, err := nixcli.DrvOutputs(drvs[i]); err == nil && exists(o["out"]) {
			outs[ui] = buildOutput{out: o["out"]}
		}
	}
	return outs
}

// buildDrvs are the derivations of default.nix's build, in its order, as
// nix-instantiate gives them; none when it fails.
func (b *builder) buildDrvs() []string {
	if b.lastBuild == nil {
		return nil
	}
	nb := *b.lastBuild
	// The user's nix-build arguments too (a salt, -I): a flag
	// nix-instantiate refuses leaves the fresh units without messages.
	args := append(append([]string{nb.Entry, "-A", nb.Attr}, nb.ArgFlags()...), nb.Extra...)
	out, err := exec.Command("nix-instantiate", args...).Output()
	if err != nil {
		return nil
	}
	return strings.Fields(string(out))
}

// buildOrder is default.nix's build list, the order of nix-build's
// outputs: the roots, then the other units.
func (b *builder) buildOrder() []int {
	if b.order == nil {
		for _, r := range b.roots {
			b.order = append(b.order, r.Unit)
		}
		b.order = append(b.order, nixgen.OtherUnits(b.p)...)
	}
	return b.order
}

// writeMessages writes the build's messages to w.
func (b *builder) writeMessages(w io.Writer, success bool) error {
	outs := b.unitOutputs(success)
	links := map[int][]string{}
	for _, l := range b.unitLinks {
		links[l.Unit] = append(links[l.Unit], filepath.Join(b.pr.TargetDir, l.Path))
	}
	err := b.p.DepsFirst(func(i int) error {
		u := b.p.Units[i]
		o, ok := outs[i]
		if !ok || u.Kind == plan.KindDoctest {
			return nil
		}
		pkg := b.p.Packages[u.Package]
		id, manifest := packageID(b.p, pkg), filepath.Join(packageDir(b.p, pkg), "Cargo.toml")
		if u.Kind == plan.KindBuildScriptRun {
			if o.out == "" {
				return nil
			}
			m, err := buildScriptExecuted(o.out)
			if err != nil {
				return err
			}
			m.PackageID = id
			return cargomsg.Write(w, m)
		}
		target := artifactTarget(b.p, pkg, u)
		diags, err := b.diagnostics(u, o)
		if err != nil {
			return err
		}
		for _, d := range diags {
			msg, ok, err := cargomsg.FromRustc(d, b.o.Messages.ANSI, storeToPackage(packageDir(b.p, pkg)))
			if err != nil {
				return err
			}
			if ok {
				if err := cargomsg.Write(w, cargomsg.CompilerMessage{PackageID: id, ManifestPath: manifest, Target: target, Message: msg}); err != nil {
					return err
				}
			}
		}
		if o.out == "" {
			return nil
		}
		a := cargomsg.CompilerArtifact{PackageID: id, ManifestPath: manifest, Target: target, Profile: artifactProfile(u),
			Features: append([]string{}, u.Features...), Fresh: !o.built}
		a.Filenames, a.Executable = artifactFiles(o.out, links[i])
		if u.Kind == plan.KindBuildScriptCompile {
			a.Executable = nil // cargo names none for a build script
		}
		return cargomsg.Write(w, a)
	})
	if err != nil {
		return err
	}
	return cargomsg.Write(w, cargomsg.BuildFinished{Success: success})
}

// diagnostics are a unit's rustc diagnostics, a JSON object each.
func (b *builder) diagnostics(u *plan.Unit, o buildOutput) ([][]byte, error) {
	if o.built {
		var d [][]byte
		for _, raw := range b.live[u.ID] {
			d = append(d, raw)
		}
		return d, nil
	}
	data, err := keptDiagnostics(o.out)
	var d [][]byte
	for line := range bytes.Lines(data) {
		if line = bytes.TrimSpace(line); len(line) > 0 {
			d = append(d, line)
		}
	}
	return d, err
}

// storePath matches a store path's first component.
var storePath = regexp.MustCompile(`^/nix/store/[0-9a-z]{32}-[^/]*/`)

// storeToPackage names a file of a source in the store (a registry crate's
// copy) by the package's own directory, as cargo's rustc names it; the
// workspace's files are relative already.
func storeToPackage(dir string) func(string) string {
	return func(f string) string {
		if m := storePath.FindString(f); m != "" {
			return filepath.Join(dir, f[len(m):])
		}
		return f
	}
}

// packageID is cargo's package_id of pkg.
func packageID(p *plan.Plan, pkg *plan.Package) string {
	s := pkg.Source
	if s.Kind == "path" {
		return cargomsg.PackageID("path", packageDir(p, pkg), pkg.Name, pkg.Version)
	}
	kind, source, _ := strings.Cut(s.ID, "+")
	if kind == "registry" && strings.HasPrefix(source, "sparse+") {
		kind = "sparse"
	}
	return cargomsg.PackageID(kind, source, pkg.Name, pkg.Version)
}

func artifactTarget(p *plan.Plan, pkg *plan.Package, u *plan.Unit) cargomsg.Target {
	t := u.Target
	src := t.SrcPath
	if !filepath.IsAbs(src) {
		src = filepath.Join(packageDir(p, pkg), src)
	}
	return cargomsg.Target{Kind: t.Kind, CrateTypes: t.CrateTypes, Name: t.Name, SrcPath: src, Edition: t.Edition,
		RequiredFeatures: t.RequiredFeatures, Doc: t.Doc, Doctest: t.Doctest, Test: t.Test}
}

func artifactProfile(u *plan.Unit) cargomsg.Profile {
	prof := u.Profile
	debuginfo := cargomsg.Debuginfo(prof.Debuginfo)
	if debuginfo == "" {
		debuginfo = cargomsg.DebuginfoNone
	}
	return cargomsg.Profile{OptLevel: prof.OptLevel, Debuginfo: debuginfo, DebugAssertions: prof.DebugAssertions,
		OverflowChecks: prof.OverflowChecks, Test: u.CompiledAsTest()}
}

// artifactFiles are the files of an artifact: its links under target/
// when it has any, else the files in its output; and its executable.
func artifactFiles(out string, links []string) ([]string, *string) {
	files := links
	if len(files) == 0 {
		for _, sub := range []string{"bin", "lib"} {
			entries, _ := os.ReadDir(filepath.Join(out, sub))
			for _, e := range entries {
				if sub == "bin" || artifactFile.MatchString(e.Name()) {
					files = append(files, filepath.Join(out, sub, e.Name()))
				}
			}
		}
	}
	var exe *string
	for _, f := range files {
		if st, err := os.Stat(f); err == nil && st.Mode().IsRegular() && st.Mode()&0o111 != 0 && !artifactFile.MatchString(f) {
			exe = &f
			break
		}
	}
	if files == nil {
		files = []string{}
	}
	return files, exe
}

// artifactFile matches the library files cargo lists for an artifact.
var artifactFile = regexp.MustCompile(`\.(rlib|rmeta|so|a|dylib|dll|lib)$`)

// buildScriptExecuted reads a run's output (docs/buildrs-output.md).
func buildScriptExecuted(out string) (cargomsg.BuildScriptExecuted, error) {
	o, _, err := buildscript.ReadJSON(filepath.Join(out, "args", "output.json"))
	if err != nil {
		return cargomsg.BuildScriptExecuted{}, err
	}
	m := cargomsg.BuildScriptExecuted{LinkedLibs: o.LinkLibs, Cfgs: o.Cfgs, OutDir: filepath.Join(out, "out"),
		LinkedPaths: []string{}, Env: [][2]string{}}
	for _, s := range o.LinkSearch {
		p := s.Path
		if s.Kind != "" {
			p = s.Kind + "=" + p
		}
		m.LinkedPaths = append(m.LinkedPaths, p)
	}
	for _, e := range o.Env {
		m.Env = append(m.Env, [2]string{e.Name, e.Value})
	}
	if m.LinkedLibs == nil {
		m.LinkedLibs = []string{}
	}
	if m.Cfgs == nil {
		m.Cfgs = []string{}
	}
	return m, nil
}
