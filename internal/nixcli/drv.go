package nixcli

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

// DrvOutputs reads a .drv file and returns its outputs, name to store path.
// Nix writes the outputs sorted by name, so sorting the names gives the
// file's order.
func DrvOutputs(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	outs, err := ParseDrvOutputs(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return outs, nil
}

// ParseDrvOutputs parses the outputs list, the first argument, of a
// derivation in Nix's ATerm form:
//
//	Derive([("out","/nix/store/…-name","",""),…],…)
//
// or DrvWithVersion("xp-dyn-drv",[…],…), which Nix writes instead when the
// derivation has dynamic-derivation inputs. The rest is not read. The path
// of a floating content-addressed output is "": it is known only once built.
func ParseDrvOutputs(data []byte) (map[string]string, error) {
	p := &atermParser{s: string(data)}
	switch {
	case p.skip("Derive("):
	case p.skip("DrvWithVersion("):
		v, err := p.str()
		if err != nil {
			return nil, err
		}
		// Only version Nix has; another may lay the outputs out otherwise.
		if v != "xp-dyn-drv" {
			return nil, fmt.Errorf("unsupported derivation version %q", v)
		}
		if err := p.expect(","); err != nil {
			return nil, err
		}
	default:
		return nil, errors.New("not a derivation: does not start with Derive( or DrvWithVersion(")
	}
	if err := p.expect("["); err != nil {
		return nil, err
	}
	if p.skip("]") {
		return nil, errors.New("derivation has no outputs")
	}
	outs := map[string]string{}
	for {
		// (name, path, hashAlgo, hash): the hash fields are only
		// for fixed-output and content-addressed derivations.
		var fields [4]string
		if err := p.expect("("); err != nil {
			return nil, err
		}
		for i := range fields {
			if i > 0 {
				if err := p.expect(","); err != nil {
					return nil, err
				}
			}
			s, err := p.str()
			if err != nil {
				return nil, err
			}
			fields[i] = s
		}
		if err := p.expect(")"); err != nil {
			return nil, err
		}
		name := fields[0]
		if name == "" {
			return nil, errors.New("output with an empty name")
		}
		if _, dup := outs[name]; dup {
			return nil, fmt.Errorf("output %q listed twice", name)
		}
		outs[name] = fields[1]
		if p.skip("]") {
			break
		}
		if err := p.expect(","); err != nil {
			return nil, err
		}
	}
	// The input derivations follow; a missing comma means a cut-off file.
	if err := p.expect(","); err != nil {
		return nil, err
	}
	return outs, nil
}

// atermParser reads the few ATerm forms a .drv's outputs list uses. Nix
// writes no whitespace, so none is skipped.
type atermParser struct {
	s   string
	pos int
}

func (p *atermParser) skip(tok string) bool {
	if strings.HasPrefix(p.s[p.pos:], tok) {
		p.pos += len(tok)
		return true
	}
	return false
}

func (p *atermParser) expect(tok string) error {
	if p.skip(tok) {
		return nil
	}
	if p.pos == len(p.s) {
		return fmt.Errorf("at byte %d: want %q, file ends", p.pos, tok)
	}
	return fmt.Errorf("at byte %d: want %q, have %q", p.pos, tok, p.s[p.pos])
}

// str reads a quoted string the way Nix's parseString does: \n, \r and \t
// are control characters, a backslash before anything else (such as " or
// \) stands for that character.
func (p *atermParser) str() (string, error) {
	start := p.pos
	if err := p.expect(`"`); err != nil {
		return "", err
	}
	unterminated := func() error { return fmt.Errorf("at byte %d: unterminated string", start) }
	var b strings.Builder
	for p.pos < len(p.s) {
		c := p.s[p.pos]
		p.pos++
		switch c {
		case '"':
			return b.String(), nil
		case '\\':
			if p.pos == len(p.s) {
				return "", unterminated()
			}
			e := p.s[p.pos]
			p.pos++
			switch e {
			case 'n':
				e = '\n'
			case 'r':
				e = '\r'
			case 't':
				e = '\t'
			}
			b.WriteByte(e)
		default:
			b.WriteByte(c)
		}
	}
	return "", unterminated()
}
