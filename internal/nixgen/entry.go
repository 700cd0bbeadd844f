package nixgen

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"maps"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/libnix/libnix/internal/plan"
	"github.com/libnix/libnix/internal/shellquote"
)

var (
	sha256Hex   = regexp.MustCompile(`^[0-9a-f]{64}$`)
	onlyParents = regexp.MustCompile(`^(\.\./)*\.\.$`) // "..", "../..", …
)

// sourcesFile writes sources.nix: where every package's files come from.
func (e *emitter) sourcesFile() (string, error) {
	w := &nixWriter{}
	w.line("# Where every package's files come from. Written by nix-emit; edits are overwritten.")
	w.line("{ lib, ws }:")
	w.line("{")
	w.indent++
	for i, pkg := range e.p.Packages {
		expr, err := e.sourceExpr(pkg)
		if err != nil {
			return "", fmt.Errorf("package %s %s: %w", pkg.Name, pkg.Version, err)
		}
		w.check(pkg.ManifestDir)
		w.attr(e.srcKeys[i], expr)
	}
	e.narrowedSources(w)
	w.indent--
	w.line("}")
	return w.b.String(), w.err
}

func (e *emitter) sourceExpr(pkg *plan.Package) (string, error) {
	s := pkg.Source
	name := storeName(pkg.Name + "-" + pkg.Version)
	switch {
	case s.Kind == "path":
		hash := ""
		if sum, ok := e.o.LocalHashes[pkg.ManifestDir]; ok {
			if !sha256Hex.MatchString(sum) {
				return "", fmt.Errorf("its source's hash %q is not a sha256", sum)
			}
			hash = fmt.Sprintf(" sha256 = %s;", quote(sum))
		}
		return fmt.Sprintf("lib.localSrc { path = %s; name = %s; exclude = %s;%s }",
			wsPath(pkg.ManifestDir), quote(name), quoteList(append(e.nestedPackages(pkg), e.exportDirIn(pkg)...)), hash), nil
	case s.Kind == "registry" && (s.Replaced == nil || e.o.CrateMirror != "" || e.export()):
		if s.Checksum == nil || !sha256Hex.MatchString(*s.Checksum) {
			return "", fmt.Errorf("Cargo.lock has no sha256 checksum for it (%s), so it cannot be fetched", checksumText(s.Checksum))
		}
		base := DefaultCrateURL
		if e.o.CrateMirror != "" {
			base = strings.TrimSuffix(e.o.CrateMirror, "/")
		}
		url := fmt.Sprintf("%s/%s/%s-%s.crate", base, pkg.Name, pkg.Name, pkg.Version)
		return fmt.Sprintf("lib.registrySrc { name = %s; version = %s; url = %s; sha256 = %s; }",
			quote(pkg.Name), quote(pkg.Version), quote(url), quote(*s.Checksum)), nil
	case s.Kind == "git" && s.Replaced == nil:
		subdir := ""
		if s.Subdir != nil {
			subdir = *s.Subdir
		}
		return fmt.Sprintf("lib.gitSrc { url = %s; rev = %s; subdir = %s; }", quote(s.URL), quote(s.Rev), quote(subdir)), nil
	case filepath.IsAbs(pkg.ManifestDir) && e.export():
		return "", fmt.Errorf("its files are in %s on this machine, which an exported build system cannot reach", pkg.ManifestDir)
	case filepath.IsAbs(pkg.ManifestDir):
		// A replaced source (directory registry, vendored crates): its files.
		// Outside the workspace it is a registry (Debian's, a shared vendor
		// directory) whose crates do not change: its hash spares evaluation
		// from reading it every time. Vendored crates inside the project
		// may be edited, so they are read.
		if !e.insideWorkspace(pkg.ManifestDir) {
			sum, err := e.o.DirHash(pkg.ManifestDir)
			if err != nil {
				return "", err
			}
			return fmt.Sprintf("lib.localSrc { path = %s; name = %s; sha256 = %s; }", absPath(pkg.ManifestDir), quote(name), quote(sum)), nil
		}
		return fmt.Sprintf("lib.localSrc { path = %s; name = %s; }", absPath(pkg.ManifestDir), quote(name)), nil
	}
	return "", fmt.Errorf("source kind %q with manifest_dir %q: cannot tell where its files are", s.Kind, pkg.ManifestDir)
}

func checksumText(c *string) string {
	if c == nil {
		return "none"
	}
	return fmt.Sprintf("%q", *c)
}

// insideWorkspace reports whether dir lies in the workspace root.
func (e *emitter) insideWorkspace(dir string) bool {
	rel, err := filepath.Rel(e.p.Workspace.Root, dir)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, "../")
}

// wsPath is a Nix path expression for a directory relative to the workspace.
func wsPath(rel string) string {
	rel = filepath.ToSlash(filepath.Clean(rel))
	if rel == "." {
		return "ws"
	}
	return "ws + " + quote("/"+rel)
}

// absPath is a Nix path expression for an absolute path of any spelling.
func absPath(p string) string { return "/. + " + quote(filepath.ToSlash(filepath.Clean(p))) }

// nestedPackages lists the directories of other path packages inside pkg's
// directory, relative to it: they are not part of pkg's source.
func (e *emitter) nestedPackages(pkg *plan.Package) []string {
	if e.pathDirs == nil {
		for _, o := range e.p.Packages {
			if o.Source.Kind == "path" {
				e.pathDirs = append(e.pathDirs, path.Clean(filepath.ToSlash(o.ManifestDir)))
			}
		}
		sort.Strings(e.pathDirs)
	}
	dir := path.Clean(filepath.ToSlash(pkg.ManifestDir))
	prefix := dir + "/"
	if dir == "." {
		prefix = ""
	}
	var rels []string
	for i := sort.SearchStrings(e.pathDirs, prefix); i < len(e.pathDirs) && strings.HasPrefix(e.pathDirs[i], prefix); i++ {
		if od := e.pathDirs[i]; od != dir && od != ".." && !strings.HasPrefix(od, "../") {
			rels = append(rels, od[len(prefix):])
		}
	}
	return rels
}

// exportDirIn is an export's output directory relative to pkg's, when it
// lies inside the package (a workspace root that is a package, nix/
// committed next to its code): the emitted files are no input of the
// package, and an edit of them must not rebuild it. Only for exports,
// whose path packages carry no precomputed hash (LocalSource agrees with
// the other exclusions only).
func (e *emitter) exportDirIn(pkg *plan.Package) []string {
	if !e.export() {
		return nil
	}
	out, err := filepath.Abs(e.o.Out)
	if err != nil {
		return nil
	}
	rel, err := filepath.Rel(filepath.Join(e.p.Workspace.Root, pkg.ManifestDir), out)
	if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, "../") {
		return nil
	}
	return []string{filepath.ToSlash(rel)}
}

// toolchainFile writes toolchain.nix: the host toolchain as the plan saw it,
// or a nixpkgs one.
func (e *emitter) toolchainFile() (string, error) {
	t := e.p.Toolchain
	sysroot := t.Sysroot
	w := &nixWriter{}
	w.check(sysroot, t.VerboseVersion, t.Release, e.o.LinkerVersion)
	w.line("# The toolchain every unit builds with. Written by nix-emit; edits are overwritten.")
	w.line("# host: this machine's rustc, linker and tools, visible in the sandbox through")
	w.line("#       sandbox-paths (see sandboxPaths); pkgs: a nixpkgs (or fenix) toolchain.")
	w.line("{ toolchain ? \"host\", pkgs ? null, rustc ? pkgs.rustc, cargo ? pkgs.cargo, clippy ? pkgs.clippy }:")
	w.line("if toolchain == \"host\" then {")
	w.indent++
	w.attr("system", "builtins.currentSystem")
	w.strAttr("bash", "/bin/bash")
	w.strAttr("path", "/usr/bin:/bin")
	w.strAttr("rustc", t.Rustc)
	w.strAttr("rustdoc", filepath.Join(sysroot, "bin", "rustdoc"))
	w.strAttr("cargo", filepath.Join(sysroot, "bin", "cargo"))
	w.strAttr("clippyDriver", filepath.Join(sysroot, "bin", "clippy-driver"))
	w.strAttr("rustLib", filepath.Join(sysroot, "lib", "rustlib", t.Host, "lib"))
	w.strAttr("identity", strings.TrimSpace(t.VerboseVersion)+"\nlinker: "+e.o.LinkerVersion)
	// The binary is mounted into the sandbox (BuildrsParsePath), not copied
	// into the store: what the run units depend on is its source's hash,
	// the same for every build of the same source, whatever built it.
	w.strAttr("buildrsParse", BuildrsParsePath)
	w.strAttr("buildrsParseId", BuildrsParseID())
	w.strList("sandboxPaths", SandboxPaths(e.p))
	w.indent--
	w.line("} else if toolchain == \"pkgs\" then")
	w.line("  assert pkgs != null || throw \"toolchain = \\\"pkgs\\\" needs the pkgs argument (a nixpkgs package set)\";")
	w.line("  if (rustc.version or %s) != %s then", quote(t.Release), quote(t.Release))
	w.line("    throw %s", str(lit("the plan was made with rustc "+t.Release+", but the toolchain's rustc is "), interp("rustc.version"), lit(": run crate-plan with that rustc")))
	w.line("  else {")
	w.indent += 2
	w.attr("system", "pkgs.stdenv.hostPlatform.system")
	w.attr("bash", `"${pkgs.bash}/bin/bash"`)
	w.attr("path", "pkgs.lib.makeBinPath [ pkgs.coreutils pkgs.gnutar pkgs.gzip pkgs.gnused pkgs.gnugrep pkgs.findutils pkgs.gnumake pkgs.pkg-config pkgs.stdenv.cc ]")
	w.attr("rustc", `"${rustc}/bin/rustc"`)
	w.attr("rustdoc", `"${rustc}/bin/rustdoc"`)
	w.attr("cargo", `"${cargo}/bin/cargo"`)
	w.attr("clippyDriver", `"${clippy}/bin/clippy-driver"`)
	w.attr("rustLib", str(interp("rustc"), lit("/lib/rustlib/"+t.Host+"/lib")))
	w.attr("identity", `"${rustc}"`)
	// The host's binary may not run here (another platform): build it.
	w.line(`buildrsParse = "${derivation {`)
	w.line(`    name = "buildrs-parse";`)
	w.line(`    system = pkgs.stdenv.hostPlatform.system;`)
	w.line(`    builder = "${pkgs.bash}/bin/bash";`)
	w.line(`    args = [ "-c" "export GOCACHE=$TMPDIR/go-cache && cd $src && go build -trimpath -o $out/bin/buildrs-parse ./cmd/buildrs-parse" ];`)
	w.line(`    src = ./buildrs-parse-src;`)
	w.line(`    PATH = "${pkgs.go}/bin:${pkgs.coreutils}/bin";`)
	w.line(`    HOME = "/homeless-shelter";`)
	w.line(`    GOTOOLCHAIN = "local";`)
	w.line(`    CGO_ENABLED = "0";`)
	w.line(`  }}/bin/buildrs-parse";`)
	w.strAttr("buildrsParseId", "")
	w.attr("sandboxPaths", "[ ]")
	w.indent -= 2
	w.line("  }")
	w.line("else throw \"toolchain must be \\\"host\\\" or \\\"pkgs\\\", not ${toolchain}\"")
	return w.b.String(), w.err
}

// IncrementalRoot is where builders look for rustc's incremental caches of
// local crates (lib.nix has the same path). A caller opts in by mapping a
// per-project directory, writable by the build users, there:
// sandbox-paths IncrementalRoot=DIR.
const IncrementalRoot = "/libnix-incremental"

// GateRoot is where builders look for libnix-build's gate (builder.sh has
// the same path): a unit does not start once the file stop is in it. The
// caller maps a directory of its own there: sandbox-paths GateRoot=DIR.
const GateRoot = "/libnix-gate"

// BuildrsParsePath is where the host toolchain's builds find the
// buildrs-parse binary. The caller adds the emitted copy to the store
// (nix-store --add: a path without spaces, whatever the checkout's) and
// maps it there: sandbox-paths BuildrsParsePath=STOREPATH. No derivation
// refers to that store path, so none depends on the binary's bytes.
const BuildrsParsePath = "/libnix-buildrs-parse"

// BuildrsParseID identifies buildrs-parse by its source (the files the
// build system carries in buildrs-parse-src/): the run units' derivations
// depend on it, so two libnix binaries built from one source revision, with
// any Go flags or release, give the same derivations.
func BuildrsParseID() string {
	files := map[string][]byte{}
	if err := buildrsParseSource(files); err != nil {
		panic(err) // the source is embedded: it cannot be missing
	}
	h := sha256.New()
	for _, name := range slices.Sorted(maps.Keys(files)) {
		fmt.Fprintf(h, "%d:%s%d:", len(name), name, len(files[name]))
		h.Write(files[name])
	}
	return hex.EncodeToString(h.Sum(nil))
}

// SandboxPaths are the host directories a build with the host toolchain
// needs inside the Nix sandbox (nix's sandbox-paths): the shell and
// tools, the C toolchain (cc is /usr/bin/cc -> /etc/alternatives/cc on
// Debian), and rustc's sysroot.
func SandboxPaths(p *plan.Plan) []string {
	paths := []string{"/bin", "/usr", "/lib", "/lib64", "/etc/alternatives"}
	if s := p.Toolchain.Sysroot; !strings.HasPrefix(s, "/usr/") {
		paths = append(paths, s)
	}
	return paths
}

// wrapperPath is the wrapper as the workspace root reaches it: relative
// when the output directory is inside the workspace.
func (e *emitter) wrapperPath() string {
	out, err := filepath.Abs(e.o.Out)
	if err != nil {
		out = e.o.Out
	}
	rel, err := filepath.Rel(e.p.Workspace.Root, filepath.Join(out, WrapperName))
	if err != nil || strings.HasPrefix(rel, "..") {
		return filepath.Join(out, WrapperName)
	}
	return rel
}

// WrapperName is the emitted nix-build wrapper's name.
const WrapperName = "build"

// wrapperFile writes the wrapper: nix-build of this directory with the
// options the default toolchain needs, so that the commands default.nix's
// header shows work as written. The host toolchain's directories must be
// visible in the sandbox (and no build may fall back to none); a nixpkgs
// toolchain needs <nixpkgs>.
func (e *emitter) wrapperFile() string {
	args := []string{"nix-build", `"$dir"`}
	var prep string
	if e.o.Toolchain == "pkgs" {
		args = append(args, "--arg", "pkgs", shellquote.Word("import <nixpkgs> { }"))
	} else {
		// buildrs-parse next to this script, added to the store (kept
		// there by a GC root) and mounted where the builds look for it.
		prep = "mkdir -p \"$dir/gc\" && bp=$(nix-store --add \"$dir/buildrs-parse\") &&\n" +
			"\tnix-store --realise --add-root \"$dir/gc/buildrs-parse\" --indirect \"$bp\" >/dev/null || exit\n"
		args = append(args, "--option", "sandbox", "true",
			"--option", "sandbox-paths", shellquote.Word(strings.Join(SandboxPaths(e.p), " ")+" "+BuildrsParsePath+"=")+`"$bp"`,
			"--option", "sandbox-fallback", "false")
	}
	return "#!/bin/sh\n" +
		"# nix-build of the build system in this directory, with the options its\n" +
		"# toolchain needs; the arguments are nix-build's. Written by nix-emit.\n" +
		"#   " + commentText(e.wrapperPath()) + " -A all\n" +
		"dir=$(cd \"$(dirname \"$0\")\" && pwd) || exit\n" + prep +
		"exec " + strings.Join(args, " ") + " \"$@\"\n"
}

// entryFile writes default.nix, the entry point.
func (e *emitter) entryFile() string {
	ws := e.p.Workspace
	w := &nixWriter{}
	w.comment("The Nix build of the cargo workspace %s (profile %s): one derivation per cargo unit.", filepath.Base(ws.Root), ws.Profile)
	w.line("# Written by nix-emit from crate-plan's plan; edits are overwritten.")
	nb := "nix-build"
	if !e.export() {
		// The wrapper passes what the toolchain needs (wrapperFile).
		nb = e.wrapperPath()
		w.comment("From the workspace root (%s is nix-build with the sandbox options the toolchain needs):", nb)
	}
	w.comment("  %s -A all            every unit cargo was asked for", nb)
	w.comment("  %s -A bins.NAME      one binary (bin/NAME)", nb)
	w.comment("  %s -A units.ID       any unit (units/ID.nix says what it is)", nb)
	w.comment("  %s -A testRuns       run every test binary (testArgs: their arguments)", nb)
	w.line("#   --argstr salt S             new derivations for every unit: a from-scratch build")
	w.line("#   --arg clippyArgs '[ ]'      workspace members' units linted by clippy-driver (the list: clippy's arguments)")
	w.line("{ toolchain ? %s, pkgs ? null, rustc ? pkgs.rustc, cargo ? pkgs.cargo, clippy ? pkgs.clippy, salt ? \"\", testArgs ? [ ], testThreads ? 0, testQuiet ? false, clippyArgs ? null }:", quote(e.o.Toolchain))
	w.line("let")
	w.indent++
	w.attr("tc", "import ./toolchain.nix { inherit toolchain pkgs rustc cargo clippy; }")
	w.attr("ws", e.workspaceExpr())
	w.line("# Cargo.dependencies.nix next to Cargo.toml: per-crate build inputs and environment.")
	w.attr("depsFile", `ws + "/Cargo.dependencies.nix"`)
	w.attr("deps", "if builtins.pathExists depsFile then (let d = import depsFile; in if builtins.isFunction d then d { inherit pkgs toolchain; } else d) else { }")
	w.attr("lib", "import ./lib.nix { toolchain = tc; overrides = deps; inherit packages salt testArgs testThreads testQuiet clippyArgs; }")
	w.line("packages = [")
	w.indent++
	names := map[string]bool{}
	for _, pkg := range e.p.Packages {
		names[pkg.Name] = true
		names[pkg.Name+"@"+pkg.Version] = true
	}
	for _, n := range slices.Sorted(maps.Keys(names)) {
		w.check(n)
		w.line("%s", quote(n))
	}
	w.indent--
	w.line("];")
	w.attr("sources", "import ./sources.nix { inherit lib ws; }")
	w.attr("unit", `id: import (./units + "/${id}.nix") { inherit lib units sources; }`)
	w.line("units = {")
	w.indent++
	for _, ui := range e.units {
		w.line("%s = unit %s; # %s", quote(ui.u.ID), quote(ui.u.ID), commentText(ui.drvName))
	}
	w.indent--
	w.line("};")
	if docs := docUnits(e.p); len(docs) > 0 {
		w.line("# cargo doc's target/doc: every doc unit's pages and their shared files, merged.")
		w.line("doc = lib.docRoot %s [", quote(DocRootName(e.p)))
		w.indent++
		for _, i := range docs {
			w.line("%s", unitRef(e.p.Units[i].ID))
		}
		w.indent--
		w.line("];")
	}
	w.indent--
	w.line("in")
	w.line("{")
	w.indent++
	w.line("inherit units;")
	w.check(ws.Profile, ws.ProfileDir)
	w.strAttr("profile", ws.Profile)
	w.strAttr("profileDir", ws.ProfileDir)
	w.attr("sandboxPaths", "tc.sandboxPaths")
	groups := map[string]map[string]string{"bins": {}, "examples": {}, "libs": {}, "tests": {}}
	links := map[string]string{}
	var roots []string
	for _, r := range Roots(e.p) {
		ref := unitRef(e.p.Units[r.Unit].ID)
		roots = append(roots, ref)
		if r.Group == "build" {
			continue
		}
		groups[r.Group][r.Name] = ref
		switch r.Group {
		case "tests":
			links["tests/"+r.Name] = str(interp(ref), lit("/bin/"+r.Name))
		case "bins":
			links["bin/"+r.Name] = str(interp(ref), lit("/bin/"+r.Name))
		case "examples":
			links["examples/"+r.Name] = str(interp(ref))
		case "libs":
			links["lib/"+r.Name] = str(interp(ref), lit("/lib"))
		}
	}
	for _, g := range []string{"bins", "examples", "libs", "tests"} {
		w.line("%s = {", g)
		w.indent++
		for _, k := range slices.Sorted(maps.Keys(groups[g])) {
			w.check(k)
			w.attr(k, groups[g][k])
		}
		w.indent--
		w.line("};")
	}
	w.line("# The roots in the plan's order: the units cargo was asked for.")
	w.list("roots", roots)
	w.line("# What libnix-build builds: the roots, then every other unit, whose outputs")
	w.line("# it reads too (warnings to show again, cargo's JSON messages) and keeps.")
	build := slices.Clone(roots)
	for _, i := range OtherUnits(e.p) {
		build = append(build, unitRef(e.p.Units[i].ID))
	}
	if len(docUnits(e.p)) > 0 {
		build = append(build, "doc")
	}
	w.list("build", build)
	if len(docUnits(e.p)) > 0 {
		w.line("inherit doc;")
	}
	e.testRuns(w)
	w.line("all = lib.linkFarm %s {", quote(storeName(filepath.Base(ws.Root)+"-all")))
	w.indent++
	for _, k := range slices.Sorted(maps.Keys(links)) {
		w.attr(k, links[k])
	}
	w.indent--
	w.line("};")
	w.indent--
	w.line("}")
	return w.b.String()
}

// workspaceExpr is the workspace root as a Nix path: an export's tarball,
// else relative to the output directory when that lies inside the
// workspace, so a copied or moved checkout keeps working. In a flake the
// relative path resolves within the flake's copy of the whole repository
// (self.outPath, also for a flake in a subdirectory, ?dir=nix), which is
// how an export without a tarball takes the source from its own tree.
func (e *emitter) workspaceExpr() string {
	if e.o.SrcURL != "" {
		return fmt.Sprintf("builtins.fetchTarball { url = %s; sha256 = %s; }", quote(e.o.SrcURL), quote(e.o.SrcSHA256))
	}
	if rel := treeRoot(e.o.Out, e.p.Workspace.Root); rel != "" {
		return rel
	}
	return absPath(e.p.Workspace.Root)
}

// flakeFile writes flake.nix for an exported build system: for each Nix
// system the plan was made for, the binaries as packages (the whole build
// as default) and apps, the build and the test runs as checks, every
// attribute of default.nix as legacyPackages. nixpkgs is pinned when the
// options give a revision; it only uses builtins, so an evaluation without
// a real nixpkgs (a test's) can list what it exports.
func (e *emitter) flakeFile() (string, error) {
	name := filepath.Base(e.p.Workspace.Root)
	system, err := nixSystem(e.p.Toolchain.Host)
	if err != nil {
		return "", err
	}
	input := `inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";`
	if rev := e.o.NixpkgsRev; rev != "" {
		input = `inputs.nixpkgs = { type = "github"; owner = "NixOS"; repo = "nixpkgs"; rev = ` + quote(rev) + `; narHash = ` + quote(e.o.NixpkgsNarHash) + `; };`
	}
	return `# A flake around the exported libnix build system of ` + commentText(name) + `. Written by nix-emit.
` + e.sourceComment() + `
#   nix build .#NAME   a binary;   nix run .#NAME   run it;   nix flake check   build everything
{
  description = ` + quote(name+", built with libnix: one derivation per cargo unit") + `;
  ` + input + `
  outputs = { self, nixpkgs }:
    let
      # The systems the plan was made for (its host).
      systems = [ ` + quote(system) + ` ];
      forSystems = f: builtins.listToAttrs (map (system: { name = system; value = f system; }) systems);
      build = system: import ./default.nix { toolchain = "pkgs"; pkgs = nixpkgs.legacyPackages.${system}; };
      bins = system: builtins.mapAttrs (name: bin: bin // { meta = (bin.meta or { }) // { mainProgram = name; }; }) (build system).bins;
    in
    {
      packages = forSystems (system: bins system // { default = (build system).all; });
      apps = forSystems (system: builtins.mapAttrs (name: bin: { type = "app"; program = "${bin}/bin/${name}"; }) (bins system));
      checks = forSystems (system: { build = (build system).all; }
        // (if (build system) ? testRuns then builtins.listToAttrs (builtins.genList (i: { name = "test-${toString i}"; value = builtins.elemAt (build system).testRuns i; }) (builtins.length (build system).testRuns)) else { }));
      legacyPackages = forSystems build;
    };
}
`, nil
}

// sourceComment is flake.nix's line on where the project source comes from.
func (e *emitter) sourceComment() string {
	if e.o.SrcURL != "" {
		return "# Source: " + commentText(e.o.SrcURL) + " (fetchTarball, pinned by its sha256)."
	}
	return "# Source: this flake's own tree, workspace root " + treeRoot(e.o.Out, e.p.Workspace.Root) +
		" (use the flake as REPO?dir=..., not path: of this directory)."
}

// nixSystem is Nix's name of the platform a Rust target triple names:
// x86_64-unknown-linux-gnu is x86_64-linux.
func nixSystem(triple string) (string, error) {
	parts := strings.Split(triple, "-")
	arch := parts[0]
	switch {
	case len(parts) >= 3 && parts[2] == "linux":
		return arch + "-linux", nil
	case len(parts) >= 3 && parts[2] == "darwin":
		return arch + "-darwin", nil
	}
	return "", fmt.Errorf("host %q: no Nix system for this target triple, so the flake cannot name one", triple)
}
