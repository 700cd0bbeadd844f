package nixgen

// docTestAttrs writes a doc-test unit: rustdoc --test of the package's
// library with cargo's arguments (in cargo's order: the crate, the run
// directory and target, the builder's -L of build scripts and --test-args,
// the package's lints, the externs and -L dependency=, LTO, cfgs, the own
// script's cfgs, --error-format human), against the built lib and its deps.
func (e *emitter) docTestAttrs(w *nixWriter, ui *unitInfo) error {
	u, pkg, prof := ui.u, ui.pkg, ui.prof
	w.strAttr("name", ui.drvName)
	w.strAttr("unit", u.ID)
	w.strAttr("pkgName", pkg.Name)
	w.strAttr("pkgVersion", pkg.Version)
	w.attr("src", "src")
	if rd := RelDir(pkg); rd != "" {
		w.strAttr("relDir", rd)
	}
	w.strAttr("srcPath", u.Target.SrcPath)
	pre := []string{"--edition=" + u.Target.Edition}
	for _, ct := range u.Target.CrateTypes {
		pre = append(pre, "--crate-type", ct)
	}
	w.strList("preArgs", append(pre, "--color", "auto", "--crate-name", u.Target.CrateName, "--test"))
	target := platformArgs(ui)
	if prof.Panic != "unwind" && prof.Panic != "" {
		target = append(target, "-C", "panic="+prof.Panic)
	}
	w.strList("targetArgs", target)
	w.strList("lintArgs", pkg.Lints)
	w.list("libDeps", e.libDeps(u))
	externs, err := e.externArgs(ui)
	if err != nil {
		return err
	}
	w.list("externArgs", externs)
	w.strList("postArgs", append(ui.lto.flags(), featureArgs(u, pkg)...))
	e.scriptRuns(w, ui)
	e.compileEnv(w, ui)
	return nil
}
