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
// nix-support/diagnostics when it was built. The build's outputs are the
// roots', then the other units'.
func (b *builder) replay(roots []nixgen.Root, other []int, w io.Writer) error {
	units := make([]int, 0, len(roots)+len(other))
	for _, r := range roots {
		units = append(units, r.Unit)
	}
	units = append(units, other...)
	r := render.NewReplayer(w, b.sh.color, b.clippyArgs())
	for i, ui := range units {
		u := b.p.Units[ui]
		pkg := b.p.Packages[u.Package]
		if b.built[u.ID] || !pkg.Local {
			continue
		}
		data, err := os.ReadFile(filepath.Join(b.state.Outs[i], "nix-support", "diagnostics"))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return err
		}
		nu := &nixlog.Unit{ID: u.ID, Crate: pkg.Name, Version: pkg.Version, Kind: nixgen.ProtocolKind(u), Target: u.Target.Name, Mode: u.Mode, Local: true}
		if err := r.Replay(nu, data); err != nil {
			return err
		}
	}
	return nil
}
