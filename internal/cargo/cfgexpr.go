package cargo

import (
	"fmt"
	"strings"
)

// CfgExpr is a parsed `cfg(...)` expression of a `[target.'cfg(..)']` config table.
type CfgExpr struct {
	op    string // "name", "kv", "all", "any", "not"
	key   string
	value string
	args  []*CfgExpr
}

// ParseCfg parses "cfg(PRED)" as cargo accepts it in config keys.
func ParseCfg(s string) (*CfgExpr, error) {
	body, ok := strings.CutPrefix(strings.TrimSpace(s), "cfg(")
	if !ok || !strings.HasSuffix(body, ")") {
		return nil, fmt.Errorf("%q is not of the form cfg(...)", s)
	}
	p := &cfgParser{s: body[:len(body)-1]}
	e, err := p.pred()
	if err != nil {
		return nil, fmt.Errorf("%q: %v", s, err)
	}
	p.space()
	if p.i != len(p.s) {
		return nil, fmt.Errorf("%q: unexpected %q", s, p.s[p.i:])
	}
	return e, nil
}

type cfgParser struct {
	s string
	i int
}

func (p *cfgParser) space() {
	for p.i < len(p.s) && strings.IndexByte(" \t\r\n", p.s[p.i]) >= 0 {
		p.i++
	}
}

func (p *cfgParser) ident() string {
	p.space()
	start := p.i
	for p.i < len(p.s) {
		c := p.s[p.i]
		if c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' && p.i > start {
			p.i++
			continue
		}
		break
	}
	return p.s[start:p.i]
}

func (p *cfgParser) eat(c byte) bool {
	p.space()
	if p.i < len(p.s) && p.s[p.i] == c {
		p.i++
		return true
	}
	return false
}

func (p *cfgParser) pred() (*CfgExpr, error) {
	id := p.ident()
	if id == "" {
		return nil, fmt.Errorf("expected an identifier at offset %d", p.i)
	}
	switch {
	case p.eat('='):
		p.space()
		if !p.eat('"') {
			return nil, fmt.Errorf("expected a string after %s =", id)
		}
		end := strings.IndexByte(p.s[p.i:], '"')
		if end < 0 {
			return nil, fmt.Errorf("unterminated string")
		}
		v := p.s[p.i : p.i+end]
		p.i += end + 1
		return &CfgExpr{op: "kv", key: id, value: v}, nil
	case (id == "all" || id == "any" || id == "not") && p.eat('('):
		e := &CfgExpr{op: id}
		for !p.eat(')') {
			a, err := p.pred()
			if err != nil {
				return nil, err
			}
			e.args = append(e.args, a)
			if !p.eat(',') {
				if !p.eat(')') {
					return nil, fmt.Errorf("expected , or ) in %s(...)", id)
				}
				break
			}
		}
		if id == "not" && len(e.args) != 1 {
			return nil, fmt.Errorf("not() takes exactly one predicate")
		}
		return e, nil
	}
	return &CfgExpr{op: "name", key: id}, nil
}

// Matches evaluates the expression against a `rustc --print cfg` list
// (lines `name` and `key="value"`).
func (e *CfgExpr) Matches(cfg []string) bool {
	switch e.op {
	case "name":
		for _, c := range cfg {
			if c == e.key {
				return true
			}
		}
		return false
	case "kv":
		want := e.key + `="` + e.value + `"`
		for _, c := range cfg {
			if c == want {
				return true
			}
		}
		return false
	case "all":
		for _, a := range e.args {
			if !a.Matches(cfg) {
				return false
			}
		}
		return true
	case "any":
		for _, a := range e.args {
			if a.Matches(cfg) {
				return true
			}
		}
		return false
	}
	return !e.args[0].Matches(cfg) // not
}
