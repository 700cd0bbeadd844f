package nixgen

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/libnix/libnix/internal/cargoproto"
	"github.com/libnix/libnix/internal/plan"
)

// unitFile writes one unit's Nix file: a call of lib.compile or lib.run with
// everything the builder needs, as data.
func (e *emitter) unitFile(ui *unitInfo) (string, error) {
	u, pkg := ui.u, ui.pkg
	w := &nixWriter{}
	w.comment("%s %s (%s): %s `%s`, profile %s", pkg.Name, pkg.Version, sourceLabel(pkg), u.Kind, u.Target.Name, e.p.Workspace.Profile)
	w.line("# Written by nix-emit from the plan; edits are overwritten.")
	w.line("{ lib, units, sources }:")
	w.line("let src = %s; in", e.unitSrc(ui))
	var err error
	switch u.Kind {
	case plan.KindBuildScriptRun:
		w.line("lib.run {")
		w.indent++
		err = e.runAttrs(w, ui)
	case plan.KindDoctest:
		w.line("lib.docTest {")
		w.indent++
		err = e.docTestAttrs(w, ui)
	default:
		if u.Mode == plan.ModeDoc {
			w.line("lib.rustdoc {")
			w.indent++
			err = e.docAttrs(w, ui)
			break
		}
		w.line("lib.compile {")
		w.indent++
		err = e.compileAttrs(w, ui)
	}
	if err != nil {
		return "", err
	}
	w.indent--
	w.line("}")
	return w.b.String(), w.err
}

func sourceLabel(pkg *plan.Package) string {
	switch {
	case pkg.Source.Kind == "path":
		return "path " + pkg.ManifestDir
	case pkg.Source.Replaced != nil:
		return pkg.Source.Kind + ", replaced by " + pkg.Source.Replaced.Name
	}
	return pkg.Source.Kind
}

func (e *emitter) commonAttrs(w *nixWriter, ui *unitInfo) error {
	w.strAttr("name", ui.drvName)
	w.strAttr("unit", ui.u.ID)
	w.strAttr("pkgName", ui.pkg.Name)
	w.strAttr("pkgVersion", ui.pkg.Version)
	// The builder prints it as the unit's @cargo start line.
	start, err := cargoproto.JSON(cargoproto.Start{Unit: ui.u.ID, Crate: ui.pkg.Name, Version: ui.pkg.Version,
		Kind: ProtocolKind(ui.u), Target: ui.u.Target.Name, Mode: ui.u.Mode, Local: ui.pkg.Local})
	if err != nil {
		return err
	}
	w.strAttr("cargoStart", string(start))
	w.attr("src", "src")
	if _, ok := e.o.Keep[ui.u.ID]; ok {
		// The builder reports a failure for want of a file as stale.
		w.boolAttr("narrowed", true)
	}
	return nil
}

// ProtocolKind is the unit's kind as the @cargo protocol names it.
func ProtocolKind(u *plan.Unit) string {
	if u.Mode == plan.ModeTest {
		return targetKind(u.Target) // the mode says it is compiled as a test
	}
	switch u.Kind {
	case plan.KindBuildScriptCompile:
		return "build-script"
	case plan.KindLib:
		for _, t := range []string{"cdylib", "staticlib", "dylib"} {
			if has(u.Target.CrateTypes, t) && !has(u.Target.CrateTypes, "rlib") && !has(u.Target.CrateTypes, "lib") {
				return t
			}
		}
	}
	return u.Kind
}

func (e *emitter) compileAttrs(w *nixWriter, ui *unitInfo) error {
	u, pkg := ui.u, ui.pkg
	if err := e.commonAttrs(w, ui); err != nil {
		return err
	}
	if rd := RelDir(pkg); rd != "" {
		w.strAttr("relDir", rd)
	}
	if e.member[u.Package] {
		// cargo clippy lints it (lib.nix's withClippy).
		w.boolAttr("member", true)
	}
	w.strAttr("srcPath", u.Target.SrcPath)
	w.strList("preArgs", []string{"--crate-name", u.Target.CrateName, "--edition=" + u.Target.Edition})
	w.strList("rustcArgs", e.rustcArgs(ui))
	target, externs, err := e.postArgs(ui)
	if err != nil {
		return err
	}
	w.strList("targetArgs", target)
	w.list("libDeps", e.libDeps(u))
	if ui.prof.Incremental && ui.pkg.Local {
		// The unit id stays the same across edits of the crate's files,
		// so the cache of the previous build is found again.
		w.strAttr("incremental", u.ID)
	}
	w.list("externArgs", externs)

	// Build-script results that reach this compile (docs/cargo-semantics.md §5.5).
	var cdylib []string
	if u.Kind != plan.KindBuildScriptCompile && has(u.Target.CrateTypes, "cdylib") && u.Mode != plan.ModeTest {
		for _, j := range e.toLink(ui.idx) {
			if e.p.Units[j].Package != u.Package {
				cdylib = append(cdylib, unitRef(e.p.Units[j].ID))
			}
		}
	}
	e.scriptRuns(w, ui)
	w.list("cdylibRuns", cdylib)
	w.boolAttr("linkLibs", targetIsLib(u.Target) || !packageHasLib(pkg))
	w.strAttr("linkArgFile", linkArgFile(u))
	if exe := e.exeName(ui); exe != "" {
		w.strAttr("exeFile", ui.exeFile())
		w.strAttr("exeName", exe)
	}
	e.compileEnv(w, ui)
	return nil
}

// linkedLib: the unit is a library a dependent compiles against; a doc
// unit's edge to another doc unit only orders cargo's writes to target/doc.
func linkedLib(u *plan.Unit) bool { return isLibKind(u) && u.Mode != plan.ModeDoc }

// libDeps are the unit's direct library dependencies. The builder finds
// transitive crates through them: each compile leaves its dependency
// closure in nix-support/lib-closure.
func (e *emitter) libDeps(u *plan.Unit) []string {
	var deps []string
	for _, d := range u.Deps {
		if linkedLib(e.p.Units[d.Index]) {
			deps = append(deps, unitRef(d.ID))
		}
	}
	return deps
}

// scriptRuns writes ownRuns, the package's own build-script run, and
// linkRuns, cargo's to_link (docs/cargo-semantics.md §5.5).
func (e *emitter) scriptRuns(w *nixWriter, ui *unitInfo) {
	u := ui.u
	var own, link []string
	for _, d := range u.Deps {
		c := e.p.Units[d.Index]
		if c.Kind == plan.KindBuildScriptRun && c.Package == u.Package {
			own = append(own, unitRef(c.ID))
		}
	}
	if u.Kind != plan.KindBuildScriptCompile {
		for _, j := range e.toLink(ui.idx) {
			link = append(link, unitRef(e.p.Units[j].ID))
		}
	}
	w.list("ownRuns", own)
	w.list("linkRuns", link)
}

func packageHasLib(pkg *plan.Package) bool {
	for _, t := range pkg.Targets {
		if targetIsLib(t) {
			return true
		}
	}
	return false
}

// linkArgFile names buildrs-parse's file of link args for this kind of
// compile (docs/buildrs-output.md); "" for a build-script compile.
func linkArgFile(u *plan.Unit) string {
	k := u.Target.Kind
	switch {
	case u.Kind == plan.KindBuildScriptCompile:
		return ""
	case has(k, "bin"):
		return "link-arg.bin." + u.Target.Name
	case has(k, "test"):
		return "link-arg.test"
	case has(k, "bench"):
		return "link-arg.bench"
	case has(k, "example"):
		return "link-arg.example"
	case has(u.Target.CrateTypes, "cdylib") && u.Mode != plan.ModeTest:
		return "link-arg.cdylib"
	}
	return "link-arg.lib"
}

// exeName is the name under bin/ for units that produce an executable.
func (e *emitter) exeName(ui *unitInfo) string {
	u := ui.u
	switch {
	case u.Mode == plan.ModeCheck, u.Mode == plan.ModeDoc:
		return "" // metadata, documentation
	case u.Kind == plan.KindBuildScriptCompile || u.Kind == plan.KindBin:
		return u.Target.Name
	case u.Kind == plan.KindExample && has(u.Target.CrateTypes, "bin"):
		return u.Target.Name
	case u.Mode == plan.ModeTest:
		return testExeName(ui.pkg, u)
	}
	return ""
}

// rustcArgs are cargo's arguments after the source path up to --out-dir
// (docs/cargo-semantics.md §3.2 items 4–26), none of which names a store path.
func (e *emitter) rustcArgs(ui *unitInfo) []string {
	u, pkg, prof := ui.u, ui.pkg, ui.prof
	a := []string{"--error-format=json", "--json=diagnostic-rendered-ansi,artifacts,future-incompat"}
	test := u.CompiledAsTest()
	if !test {
		for _, ct := range u.Target.CrateTypes {
			a = append(a, "--crate-type", ct)
		}
	}
	switch {
	case u.Mode == plan.ModeCheck:
		a = append(a, "--emit=dep-info,metadata")
	case onlyRlib(u):
		a = append(a, "--emit=dep-info,metadata,link")
	default:
		a = append(a, "--emit=dep-info,link")
	}
	if u.Kind == plan.KindProcMacro || has(u.Target.Kind, "proc-macro") || (has(u.Target.CrateTypes, "dylib") && !e.selected[u.Package]) {
		a = append(a, "-C", "prefer-dynamic")
	}
	if prof.OptLevel != "0" && prof.OptLevel != "" {
		a = append(a, "-C", "opt-level="+prof.OptLevel)
	}
	if prof.Panic != "unwind" && prof.Panic != "" {
		a = append(a, "-C", "panic="+prof.Panic)
	}
	a = append(a, ui.lto.flags()...)
	if prof.CodegenBackend != nil {
		a = append(a, "-Z", "codegen-backend="+*prof.CodegenBackend)
	}
	if prof.CodegenUnits != nil {
		a = append(a, "-C", fmt.Sprintf("codegen-units=%d", *prof.CodegenUnits))
	}
	if d := prof.Debuginfo; d != "" {
		a = append(a, "-C", "debuginfo="+d)
		if s := prof.SplitDebuginfo; s != nil && has(ui.plat.SplitDebuginfo, *s) {
			a = append(a, "-C", "split-debuginfo="+*s)
		}
	}
	a = append(a, pkg.Lints...)
	a = append(a, prof.Rustflags...)
	a = append(a, assertionFlags(prof)...)
	if test {
		if u.Target.Harness {
			a = append(a, "--test")
		} else {
			a = append(a, "--cfg", "test")
		}
	}
	a = append(a, featureArgs(u, pkg)...)
	a = append(a, "-C", "metadata="+ui.meta)
	if ui.extra != "" {
		a = append(a, "-C", "extra-filename="+ui.extra)
	}
	if prof.Rpath {
		a = append(a, "-C", "rpath")
	}
	return a
}

// featureArgs are the unit's feature cfgs and cargo's --check-cfg.
func featureArgs(u *plan.Unit, pkg *plan.Package) []string {
	var a []string
	for _, f := range u.Features {
		a = append(a, "--cfg", `feature="`+f+`"`)
	}
	quoted := make([]string, len(pkg.Features))
	for i, f := range pkg.Features {
		quoted[i] = `"` + f + `"`
	}
	return append(a, "--check-cfg", "cfg(docsrs,test)", "--check-cfg", "cfg(feature, values("+strings.Join(quoted, ", ")+"))")
}

// postArgs are cargo's arguments after --out-dir (docs/cargo-semantics.md
// §3.2 items 28–39): the target, linker and strip (literal strings), then —
// after the -L dependency= directories the builder adds — the --externs,
// cap-lints and rustflags, as Nix strings since dependencies are store paths.
func (e *emitter) postArgs(ui *unitInfo) (target, externs []string, err error) {
	pkg, prof := ui.pkg, ui.prof
	target = platformArgs(ui)
	if s := prof.Strip; s != "" {
		target = append(target, "-C", "strip="+s)
	}
	externs, err = e.externArgs(ui)
	if err != nil {
		return nil, nil, err
	}
	var rest []string
	if !pkg.Local {
		rest = append(rest, "--cap-lints", "allow")
	}
	rest = append(rest, ui.plat.Rustflags...)
	for _, s := range rest {
		if strings.IndexByte(s, 0) >= 0 {
			return nil, nil, fmt.Errorf("argument %q contains a NUL byte", s)
		}
		externs = append(externs, quote(s))
	}
	return target, externs, nil
}

// platformArgs are the unit's --target and the linker of its platform.
func platformArgs(ui *unitInfo) []string {
	var a []string
	if ui.u.Platform != nil {
		a = append(a, "--target", *ui.u.Platform)
	}
	if ui.plat.Linker != nil {
		a = append(a, "-C", "linker="+*ui.plat.Linker)
	}
	return a
}

// externArgs are the unit's --extern arguments, as Nix strings: its library
// dependencies' files, then proc_macro, which cargo gives every unit of a
// proc-macro target (its test and doc tests too).
func (e *emitter) externArgs(ui *unitInfo) ([]string, error) {
	var externs []string
	for _, d := range ui.u.Deps {
		child := e.units[d.Index]
		if !linkedLib(child.u) {
			continue
		}
		files, err := e.externFiles(ui, child)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			externs = append(externs, quote("--extern")+" "+str(lit(d.ExternCrateName+"="), interp(unitRef(child.u.ID)), lit("/lib/"+f)))
		}
	}
	if ui.u.Kind == plan.KindProcMacro || has(ui.u.Target.Kind, "proc-macro") {
		externs = append(externs, quote("--extern"), quote("proc_macro"))
	}
	return externs, nil
}

// compileEnv writes unitEnv, the environment of rustc for the unit
// (docs/cargo-semantics.md §3.9).
func (e *emitter) compileEnv(w *nixWriter, ui *unitInfo) {
	w.line("unitEnv = {")
	w.indent++
	defer func() {
		w.indent--
		w.line("};")
	}()
	u, pkg := ui.u, ui.pkg
	env := e.packageEnv(pkg)
	env["CARGO_CRATE_NAME"] = u.Target.CrateName
	if u.Kind == plan.KindBin || (u.Kind == plan.KindExample && has(u.Target.CrateTypes, "bin")) {
		env["CARGO_BIN_NAME"] = u.Target.Name
	}
	if e.primary[u.Package] {
		env["CARGO_PRIMARY_PACKAGE"] = "1"
	}
	if has(u.Target.Kind, "test") || has(u.Target.Kind, "bench") {
		env["CARGO_TARGET_TMPDIR"] = "/tmp"
	}
	for _, k := range slices.Sorted(maps.Keys(env)) {
		w.strAttr(k, env[k])
	}
	w.attr("CARGO_MANIFEST_DIR", str(interp("src")))
	w.attr("CARGO_MANIFEST_PATH", str(interp("src"), lit("/Cargo.toml")))
	// Integration tests find the package's binaries in the bin units' outputs.
	for _, d := range u.Deps {
		c := e.p.Units[d.Index]
		if c.Kind == plan.KindBin && (has(u.Target.Kind, "test") || has(u.Target.Kind, "bench")) {
			w.attr("CARGO_BIN_EXE_"+c.Target.Name, str(interp(unitRef(c.ID)), lit("/bin/"+c.Target.Name)))
		}
	}
}

// packageEnv is CARGO_PKG_* and the config's [env] table (which never
// overrides what cargo sets itself, unless forced).
func (e *emitter) packageEnv(pkg *plan.Package) map[string]string {
	env := map[string]string{}
	for k, v := range e.p.Config.Env {
		env[k] = v.Value
	}
	for k, v := range pkg.Env {
		if cv, ok := e.p.Config.Env[k]; ok && cv.Force {
			continue
		}
		env[k] = v
	}
	return env
}

func (e *emitter) runAttrs(w *nixWriter, ui *unitInfo) error {
	u, pkg := ui.u, ui.pkg
	if err := e.commonAttrs(w, ui); err != nil {
		return err
	}
	var script *plan.Unit
	var depRuns []string
	for _, d := range u.Deps {
		c := e.p.Units[d.Index]
		switch c.Kind {
		case plan.KindBuildScriptCompile:
			script = c
		case plan.KindBuildScriptRun:
			depRuns = append(depRuns, unitRef(c.ID))
		}
	}
	if script != nil {
		w.attr("script", str(interp(unitRef(script.ID)), lit("/bin/"+script.Target.Name)))
	} else {
		out, err := e.overrideOutput(ui)
		if err != nil {
			return err
		}
		w.strAttr("overrideOutput", out)
	}
	w.list("depRuns", depRuns)
	w.strList("parseArgs", e.parseArgs(pkg))
	w.line("unitEnv = {")
	w.indent++
	env := e.packageEnv(pkg)
	for k, v := range e.scriptEnv(ui) {
		env[k] = v
	}
	for _, k := range slices.Sorted(maps.Keys(env)) {
		w.strAttr(k, env[k])
	}
	w.attr("CARGO_MANIFEST_DIR", str(interp("src")))
	w.attr("CARGO_MANIFEST_PATH", str(interp("src"), lit("/Cargo.toml")))
	w.indent--
	w.line("};")
	return nil
}

// scriptEnv is cargo's build-script environment (docs/cargo-semantics.md
// §4.2, §4.3) less what the builder sets at build time (OUT_DIR, NUM_JOBS,
// DEP_*) and the toolchain paths lib.nix adds (CARGO, RUSTC, RUSTDOC).
func (e *emitter) scriptEnv(ui *unitInfo) map[string]string {
	u, pkg, prof := ui.u, ui.pkg, ui.prof
	host := e.p.Toolchain.Host
	target := host
	if u.Platform != nil {
		target = *u.Platform
	}
	profRoot := u.ProfileRoot
	if profRoot == "" {
		profRoot = e.p.Workspace.ProfileRoot
	}
	env := map[string]string{
		"TARGET":    target,
		"HOST":      host,
		"OPT_LEVEL": prof.OptLevel,
		"DEBUG":     fmt.Sprint(prof.Debuginfo != ""),
		"PROFILE":   profRoot,
		// The run unit's rustflags, joined by 0x1f.
		"CARGO_ENCODED_RUSTFLAGS": strings.Join(ui.plat.Rustflags, "\x1f"),
	}
	if ui.plat.Linker != nil {
		env["RUSTC_LINKER"] = *ui.plat.Linker
	}
	if pkg.Links != nil {
		env["CARGO_MANIFEST_LINKS"] = *pkg.Links
	}
	for _, f := range u.Features {
		env["CARGO_FEATURE_"+envify(f)] = "1"
	}
	for k, vs := range cfgEnv(ui.plat.Cfg, u.Features, prof.DebugAssertions) {
		env["CARGO_CFG_"+envify(k)] = strings.Join(vs, ",")
	}
	return env
}

func envify(s string) string { return strings.ToUpper(strings.ReplaceAll(s, "-", "_")) }

// cfgEnv builds the CARGO_CFG_* map of docs/cargo-semantics.md §4.3.
func cfgEnv(cfg, features []string, debugAssertions bool) map[string][]string {
	m := map[string][]string{"feature": append([]string{}, features...)}
	if debugAssertions {
		m["debug_assertions"] = []string{}
	}
	for _, line := range cfg {
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			if k != "debug_assertions" && k != "proc_macro" {
				m[k] = []string{}
			}
			continue
		}
		m[k] = append(m[k], strings.Trim(v, `"`))
	}
	return m
}

// parseArgs describe the package to buildrs-parse, which needs its targets
// to check link-arg instructions and its names for messages.
func (e *emitter) parseArgs(pkg *plan.Package) []string {
	// No --pkg-descr: cargo's names a path package by its absolute
	// directory, which would tie the derivation to the checkout.
	a := []string{"--package", pkg.Name, "--version", pkg.Version}
	if pkg.RustVersion != nil {
		a = append(a, "--rust-version", *pkg.RustVersion)
	}
	if pkg.Links != nil {
		a = append(a, "--links", *pkg.Links)
	}
	var bins []string
	flags := map[string]bool{}
	for _, t := range pkg.Targets {
		switch targetKind(t) {
		case "lib":
			a = append(a, "--lib-name", t.CrateName)
			if has(t.CrateTypes, "cdylib") {
				flags["--has-cdylib"] = true
			}
		case "bin":
			bins = append(bins, t.Name)
		case "test":
			flags["--has-tests"] = true
		case "bench":
			flags["--has-benches"] = true
		case "example":
			flags["--has-examples"] = true
		}
	}
	sort.Strings(bins)
	for _, b := range bins {
		a = append(a, "--bin", b)
	}
	for _, f := range slices.Sorted(maps.Keys(flags)) {
		a = append(a, f)
	}
	return a
}

// overrideOutput renders a `links` override table of the cargo config
// (docs/cargo-semantics.md §4.5) as the build-script output it stands for.
func (e *emitter) overrideOutput(ui *unitInfo) (string, error) {
	if ui.pkg.Links == nil {
		return "", fmt.Errorf("build-script run without a script, but package %s has no links key", ui.pkg.Name)
	}
	triple := ui.plat.Triple
	table, ok := e.p.Config.LinksOverrides[triple][*ui.pkg.Links]
	if !ok {
		return "", fmt.Errorf("build-script run without a script, and no [target.%s.%s] table in the cargo config", triple, *ui.pkg.Links)
	}
	var b strings.Builder
	emit := func(key, value string) error {
		if strings.ContainsAny(value, "\n\r") {
			return fmt.Errorf("[target.%s.%s] %s: a value spans lines", triple, *ui.pkg.Links, key)
		}
		b.WriteString("cargo:" + key + "=" + value + "\n")
		return nil
	}
	for _, key := range slices.Sorted(maps.Keys(table)) {
		v := table[key]
		var err error
		switch key {
		case "rustc-link-lib", "rustc-link-search", "rustc-cfg", "rustc-cdylib-link-arg":
			list, ok := v.([]any)
			if !ok {
				return "", fmt.Errorf("[target.%s.%s] %s: expected a list of strings", triple, *ui.pkg.Links, key)
			}
			for _, item := range list {
				if err = emit(key, fmt.Sprint(item)); err != nil {
					return "", err
				}
			}
		case "rustc-env":
			m, ok := v.(map[string]any)
			if !ok {
				return "", fmt.Errorf("[target.%s.%s] rustc-env: expected a table", triple, *ui.pkg.Links)
			}
			for _, k := range slices.Sorted(maps.Keys(m)) {
				if err = emit(key, k+"="+fmt.Sprint(m[k])); err != nil {
					return "", err
				}
			}
		case "warning", "rerun-if-changed", "rerun-if-env-changed":
			// cargo ignores these in overrides
		default: // rustc-flags, and metadata keys
			err = emit(key, fmt.Sprint(v))
		}
		if err != nil {
			return "", err
		}
	}
	return b.String(), nil
}
