package cargo

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

// Manifest is what libnix reads from a Cargo.toml itself, because neither
// the unit graph nor `cargo metadata` carries it, or because it is needed
// before cargo runs: [lints], `harness`, profile inheritance, and what
// decides the workspace.
type Manifest struct {
	lints          map[string]map[string]any
	lintsWorkspace bool
	workspaceLints map[string]map[string]any
	harness        map[string]bool // "lib" or "<kind>:<name>" → harness
	// Inherits maps a profile name to its [profile.NAME] inherits.
	Inherits map[string]string
	// DefaultRun is package.default-run: the bin `cargo run` runs.
	DefaultRun string
	// workspace is the [workspace] table; nil when there is none.
	workspace *workspaceTOML
	// packageWorkspace is package.workspace: the workspace root's directory,
	// relative to the manifest's.
	packageWorkspace string
}

// workspaceTOML is the part of [workspace] that decides membership.
type workspaceTOML struct {
	Members []string `toml:"members"`
	Exclude []string `toml:"exclude"`
}

type manifestTOML struct {
	Package *struct {
		Workspace  string `toml:"workspace"`
		DefaultRun string `toml:"default-run"`
	} `toml:"package"`
	Lints     map[string]any `toml:"lints"`
	Workspace *struct {
		workspaceTOML
		Lints map[string]map[string]any `toml:"lints"`
	} `toml:"workspace"`
	Lib     *targetTOML            `toml:"lib"`
	Bin     []targetTOML           `toml:"bin"`
	Example []targetTOML           `toml:"example"`
	Test    []targetTOML           `toml:"test"`
	Bench   []targetTOML           `toml:"bench"`
	Profile map[string]profileTOML `toml:"profile"`
}

type targetTOML struct {
	Name    string `toml:"name"`
	Harness *bool  `toml:"harness"`
}

type profileTOML struct {
	Inherits string `toml:"inherits"`
}

// ReadManifest reads the Cargo.toml at path.
func ReadManifest(path string) (*Manifest, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{Input: path, Msg: strings.TrimPrefix(err.Error(), "open "+path+": ")}
	}
	m, err := DecodeManifest(data)
	if err != nil {
		return nil, &Error{Input: path, Msg: err.Error()}
	}
	return m, nil
}

// DecodeManifest decodes the text of a Cargo.toml.
func DecodeManifest(data []byte) (*Manifest, error) {
	var raw manifestTOML
	if _, err := toml.Decode(string(data), &raw); err != nil {
		var perr toml.ParseError
		if errors.As(err, &perr) {
			return nil, fmt.Errorf("line %d: %s", perr.Position.Line, perr.Message)
		}
		return nil, err
	}
	m := &Manifest{
		lints:    map[string]map[string]any{},
		harness:  map[string]bool{},
		Inherits: map[string]string{},
	}
	if raw.Workspace != nil {
		m.workspace, m.workspaceLints = &raw.Workspace.workspaceTOML, raw.Workspace.Lints
	}
	if raw.Package != nil {
		m.packageWorkspace, m.DefaultRun = raw.Package.Workspace, raw.Package.DefaultRun
	}
	for tool, v := range raw.Lints {
		if tool == "workspace" {
			b, ok := v.(bool)
			if !ok {
				return nil, fmt.Errorf("lints.workspace: expected a boolean")
			}
			m.lintsWorkspace = b
			continue
		}
		t, ok := v.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("lints.%s: expected a table", tool)
		}
		m.lints[tool] = t
	}
	if raw.Lib != nil && raw.Lib.Harness != nil {
		m.harness["lib"] = *raw.Lib.Harness
	}
	for kind, ts := range map[string][]targetTOML{"bin": raw.Bin, "example": raw.Example, "test": raw.Test, "bench": raw.Bench} {
		for _, t := range ts {
			if t.Harness != nil {
				m.harness[kind+":"+t.Name] = *t.Harness
			}
		}
	}
	for name, p := range raw.Profile {
		if p.Inherits != "" {
			m.Inherits[name] = p.Inherits
		}
	}
	return m, nil
}

// Harness reports whether a target uses the libtest harness (the default).
// kind is the target's first metadata kind; every library kind counts as "lib".
func (m *Manifest) Harness(kind, name string) bool {
	key := kind + ":" + name
	if kind != "bin" && kind != "example" && kind != "test" && kind != "bench" {
		key = "lib"
	}
	h, ok := m.harness[key]
	return !ok || h
}

// LintFlags turns the package's [lints] (or, with `lints.workspace = true`,
// the workspace root's [workspace.lints]) into the rustc flags cargo passes:
// `--LEVEL=[TOOL::]LINT` sorted by priority then lint name descending, then
// `--check-cfg` for each lints.rust.unexpected_cfgs.check-cfg entry.
// ws is the workspace root's manifest.
func (m *Manifest) LintFlags(ws *Manifest) ([]string, error) {
	lints := m.lints
	if m.lintsWorkspace {
		if ws == nil || ws.workspaceLints == nil {
			return nil, fmt.Errorf("lints.workspace = true but the workspace root defines no [workspace.lints]")
		}
		lints = ws.workspaceLints
	}
	type flag struct {
		priority int64
		name     string
		option   string
	}
	var flags []flag
	for tool, tl := range lints {
		if tool == "cargo" {
			continue
		}
		for name, v := range tl {
			level, priority := "", int64(0)
			switch v := v.(type) {
			case string:
				level = v
			case map[string]any:
				level, _ = v["level"].(string)
				priority, _ = v["priority"].(int64)
			}
			switch level {
			case "forbid", "deny", "warn", "allow":
			default:
				return nil, fmt.Errorf("lints.%s.%s: unknown level %q", tool, name, level)
			}
			opt := "--" + level + "=" + name
			if tool != "rust" {
				opt = "--" + level + "=" + tool + "::" + name
			}
			flags = append(flags, flag{priority, name, opt})
		}
	}
	sort.Slice(flags, func(i, j int) bool {
		a, b := flags[i], flags[j]
		if a.priority != b.priority {
			return a.priority < b.priority
		}
		if a.name != b.name {
			return a.name > b.name
		}
		return a.option < b.option
	})
	out := []string{}
	for _, f := range flags {
		out = append(out, f.option)
	}
	if uc, ok := lints["rust"]["unexpected_cfgs"].(map[string]any); ok {
		if list, ok := uc["check-cfg"].([]any); ok {
			for _, c := range list {
				s, ok := c.(string)
				if !ok {
					return nil, fmt.Errorf("lints.rust.unexpected_cfgs.check-cfg: %v is not a string", c)
				}
				out = append(out, "--check-cfg", s)
			}
		}
	}
	return out, nil
}
