package driver

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/libnix/libnix/internal/nixgen"
	"github.com/libnix/libnix/internal/nixlog"
	"github.com/libnix/libnix/internal/render"
)

// noteBuilt records the units a nix-build log shows built: their warnings
// were shown as they came.
func (b *builder) noteBuilt(sum *nixlog.Summary) {
	if b.built == nil {
		b.built = map[string]bool{}
	}
	if sum == nil {
		return
	}
	b.fetched += sum.Fetched
	if b.builtDrv == nil {
		b.builtDrv = map[string]string{}
	}
	for _, bd := range sum.Builds {
		if bd.Unit != nil {
			b.built[bd.Unit.ID] = true
			if bd.Status == nixlog.Built {
				b.builtDrv[bd.Unit.ID] = bd.Drv
			}
		}
	}
}

// replay shows the warnings of the local units that came from the store,
// as cargo shows a fresh unit's warnings on every build: what each kept in
// nix-support/diagnostics when it was built. The build's outputs are in
// buildOrder's order.
func (b *builder) replay(w io.Writer) error {
	r := render.NewReplayer(w, b.sh.color, b.clippyArgs())
	for i, ui := range b.buildOrder() {
		u := b.p.Units[ui]
		pkg := b.p.Packages[u.Package]
		if b.built[u.ID] || !pkg.Local {
			continue
		}
		data, err := keptDiagnostics(b.state.Outs[i])
		if err != nil {
			return err
		}
		if data == nil {
			continue
		}
		nu := &nixlog.Unit{ID: u.ID, Crate: pkg.Name, Version: pkg.Version, Kind: nixgen.ProtocolKind(u), Target: u.Target.Name, Mode: u.Mode, Local: true}
		if err := r.Replay(nu, data); err != nil {
			return err
		}
	}
	return nil
}

// keptDiagnostics are the rustc diagnostics a unit's output kept
// (builder.sh), a JSON object a line; nil when it had none.
func keptDiagnostics(out string) ([]byte, error) {
	data, err := os.ReadFile(filepath.Join(out, "nix-support", "diagnostics"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return data, err
}
