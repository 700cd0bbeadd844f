package plan

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
)

// idInput is everything a unit id is a hash of. Nothing in it depends on
// the checkout path or the machine: path packages are identified by their
// path relative to the workspace root, others by checksum or git revision.
type idInput struct {
	Name      string   `json:"name"`
	Version   string   `json:"version"`
	Source    string   `json:"source"`
	Target    Target   `json:"target"`
	Mode      string   `json:"mode"`
	Profile   Profile  `json:"profile"`
	Platform  *string  `json:"platform"`
	Features  []string `json:"features"`
	IsStd     bool     `json:"is_std"`
	Rustflags []string `json:"rustflags"`
	Lints     []string `json:"lints"`
	Deps      []idDep  `json:"deps"`
	// Test is set for check units checked as tests, which the printed
	// fields do not tell from plain checks of the same target; Private for
	// doc units of a plan with --document-private-items. Left out when
	// unset, so build and test ids do not change.
	Test    bool `json:"test,omitempty"`
	Private bool `json:"private,omitempty"`
	// Ordinal tells apart units that agree on everything above (cargo
	// keeps internal fields it does not print); it is 0 for nearly all.
	Ordinal int `json:"ordinal"`
}

type idDep struct {
	ID        string `json:"id"`
	Extern    string `json:"extern"`
	Public    *bool  `json:"public,omitempty"`
	Noprelude *bool  `json:"noprelude,omitempty"`
}

// idVersion changes whenever the id recipe does, so old and new ids never collide.
const idVersion = "libnix-unit-id-1"

// assignIDs gives every unit and every edge its stable id, dependencies
// first; visiting in index order makes the ordinals of look-alike units
// deterministic.
func assignIDs(p *Plan) error {
	seen := map[string]int{}
	return p.DepsFirst(func(i int) error {
		u := p.Units[i]
		for j := range u.Deps {
			u.Deps[j].ID = p.Units[u.Deps[j].Index].ID
		}
		pkg := p.Packages[u.Package]
		in := idInput{
			Name:      pkg.Name,
			Version:   pkg.Version,
			Source:    sourceIdentity(pkg.Source),
			Target:    u.Target,
			Mode:      u.Mode,
			Profile:   idProfile(u.Profile),
			Platform:  u.Platform,
			Features:  u.Features,
			IsStd:     u.IsStd,
			Rustflags: p.Platforms[u.CompileKind].Rustflags,
			Lints:     pkg.Lints,
			Test:      u.Mode == ModeCheck && u.Kind == KindTest,
			Private:   u.Mode == ModeDoc && p.DocumentPrivateItems,
		}
		for _, d := range u.Deps {
			in.Deps = append(in.Deps, idDep{ID: d.ID, Extern: d.ExternCrateName, Public: d.Public, Noprelude: d.Noprelude})
		}
		for {
			id, err := hashID(in)
			if err != nil {
				return err
			}
			if _, dup := seen[id]; !dup {
				seen[id] = i
				u.ID = id
				return nil
			}
			in.Ordinal++
		}
	})
}

// idProfile is the profile as ids see it. cargo test's profile "test" with
// dev's settings is dev's: cargo gives such units dev's hashes, so the
// dependencies a test plan shares with the build plan keep their ids (and
// derivations) rather than being built twice. Cargo prints "name" first.
func idProfile(p Profile) Profile {
	if rest, ok := bytes.CutPrefix(p.raw, []byte(`{"name":"test",`)); ok {
		p.raw = append([]byte(`{"name":"dev",`), rest...)
	}
	return p
}

func hashID(in idInput) (string, error) {
	data, err := json.Marshal(in)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	h.Write([]byte(idVersion))
	h.Write([]byte{0})
	h.Write(data)
	return hex.EncodeToString(h.Sum(nil))[:32], nil
}

// sourceIdentity is a package source minus anything machine-specific.
func sourceIdentity(s Source) string {
	switch s.Kind {
	case "path":
		return "path:" + s.Path
	case "git":
		sub := ""
		if s.Subdir != nil {
			sub = *s.Subdir
		}
		return "git:" + s.URL + "#" + s.Rev + ":" + sub
	}
	return s.Kind + ":" + s.ID + "#" + *s.Checksum
}
