package nixgen

import (
	"path/filepath"

	"github.com/libnix/libnix/internal/plan"
)

// docAttrs writes a doc unit (cargo doc): rustdoc with cargo's arguments
// against its dependencies' metadata, its HTML in $out/doc and its part of
// the shared files (search index, crate list, trait implementations) in
// $out/parts/<crate>, as rustdoc's --merge=none writes them, for
// default.nix's doc to merge (docs/nix-emit.md, "Documentation").
func (e *emitter) docAttrs(w *nixWriter, ui *unitInfo) error {
	u, pkg := ui.u, ui.pkg
	if err := e.commonAttrs(w, ui); err != nil {
		return err
	}
	if rd := RelDir(pkg); rd != "" {
		w.strAttr("relDir", rd)
	}
	w.strAttr("srcPath", u.Target.SrcPath)
	w.strAttr("docCrate", u.Target.CrateName)
	pre := []string{"--edition=" + u.Target.Edition}
	for _, ct := range u.Target.CrateTypes {
		pre = append(pre, "--crate-type", ct)
	}
	w.strList("preArgs", append(pre, "--crate-name", u.Target.CrateName))
	args := append(featureArgs(u, pkg), "--error-format=json", "--json=diagnostic-rendered-ansi,artifacts,future-incompat")
	args = append(args, pkg.Lints...)
	args = append(args, "-C", "metadata="+ui.meta, "--crate-version", pkg.Version)
	// cargo documents a binary's private items, and with
	// --document-private-items every target's.
	if has(u.Target.Kind, "bin") || e.p.DocumentPrivateItems {
		args = append(args, "--document-private-items")
	}
	w.strList("rustcArgs", args)
	target, externs, err := e.postArgs(ui)
	if err != nil {
		return err
	}
	w.strList("targetArgs", target)
	w.list("libDeps", e.libDeps(u))
	w.list("externArgs", externs)
	e.scriptRuns(w, ui)
	e.compileEnv(w, ui)
	return nil
}

// docUnits are the plan's doc units, in its order.
func docUnits(p *plan.Plan) []int {
	var docs []int
	for i, u := range p.Units {
		if u.Mode == plan.ModeDoc {
			docs = append(docs, i)
		}
	}
	return docs
}

// DocRootName is the name of default.nix's doc derivation.
func DocRootName(p *plan.Plan) string { return storeName(filepath.Base(p.Workspace.Root) + "-doc") }
