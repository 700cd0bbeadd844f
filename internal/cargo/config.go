package cargo

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

// Config is the merged cargo configuration (.cargo/config.toml files and
// CARGO_* environment variables) as far as a build plan depends on it.
type Config struct {
	// Files are the config files read, highest precedence first.
	Files []string
	// Sources are the [source.NAME] tables.
	Sources map[string]SourceConfig
	// BuildRustflags is build.rustflags; nil when unset.
	BuildRustflags []string
	// Targets are the [target.KEY] tables, KEY a triple or a cfg(...) expression.
	Targets map[string]*TargetConfig
	// Env is the [env] table with relative paths made absolute.
	Env map[string]EnvValue
	// Inherits maps a profile name to its `inherits` from [profile.NAME].
	Inherits map[string]string
	// TargetAppliesToHost is target-applies-to-host (default true).
	TargetAppliesToHost bool
	// TargetDir is the configured target directory, absolute: CARGO_TARGET_DIR,
	// else CARGO_BUILD_TARGET_DIR (both relative to cwd), else build.target-dir
	// (relative to the directory holding .cargo/); "" when none is.
	TargetDir string
	// Offline is net.offline, or CARGO_NET_OFFLINE.
	Offline bool
	// InstallRoot is install.root, absolute (relative to the directory
	// holding .cargo/); "" when unset. CARGO_INSTALL_ROOT, which wins over
	// it, is the caller's (install.Root). InstallRootErr is set when it is
	// not a string: an error for install only, as cargo reads it there.
	InstallRoot    string
	InstallRootErr error
}

// SourceConfig is one [source.NAME] table.
type SourceConfig struct {
	ReplaceWith   string `json:"replace_with,omitempty"`
	Directory     string `json:"directory,omitempty"` // absolute
	LocalRegistry string `json:"local_registry,omitempty"`
	Registry      string `json:"registry,omitempty"`
	Git           string `json:"git,omitempty"`
	Branch        string `json:"branch,omitempty"`
	Tag           string `json:"tag,omitempty"`
	Rev           string `json:"rev,omitempty"`
}

// TargetConfig is one [target.KEY] table.
type TargetConfig struct {
	Rustflags []string // nil when unset
	Linker    string   // resolved like cargo: relative paths with a slash are config-relative
	// Links are the `links` override tables [target.TRIPLE.LINKS], kept as TOML data.
	Links map[string]map[string]any
}

// EnvValue is one [env] entry.
type EnvValue struct {
	Value string `json:"value"`
	Force bool   `json:"force"`
}

// Config-table keys of [target.X] that are not `links` overrides.
var targetKeys = map[string]bool{"linker": true, "runner": true, "rustflags": true, "rustdocflags": true}

// configLayer is one parsed file; dir is the directory config-relative paths start from.
type configLayer struct {
	path string
	dir  string
	data map[string]any
}

// LoadConfig reads the cargo configuration that applies in cwd, as cargo
// does: .cargo/config.toml (or .cargo/config) in cwd and each parent, then
// $CARGO_HOME/config.toml; nearer files win, arrays are concatenated; then
// the CARGO_BUILD_RUSTFLAGS, CARGO_TARGET_<TRIPLE>_{RUSTFLAGS,LINKER},
// CARGO_TARGET_APPLIES_TO_HOST, CARGO_TARGET_DIR, CARGO_BUILD_TARGET_DIR and
// CARGO_NET_OFFLINE variables of env override the files; then the --config
// arguments cli override all that, later ones the earlier (see
// ConfigFileArg).
func LoadConfig(cwd string, cli []string, env func(string) (string, bool)) (*Config, error) {
	var paths []string
	seen := map[string]bool{}
	add := func(dir string) {
		for _, name := range []string{"config", "config.toml"} {
			p := filepath.Join(dir, name)
			if seen[p] {
				return
			}
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				seen[p] = true
				paths = append(paths, p)
				return // cargo reads `config` when both exist
			}
		}
	}
	for d := cwd; ; d = filepath.Dir(d) {
		add(filepath.Join(d, ".cargo"))
		if filepath.Dir(d) == d {
			break
		}
	}
	home, _ := env("CARGO_HOME")
	if home == "" {
		if h, _ := env("HOME"); h != "" {
			home = filepath.Join(h, ".cargo")
		}
	}
	if home != "" {
		add(home)
	}
	var layers, args []configLayer
	for _, p := range paths {
		l, err := fileLayer(p)
		if err != nil {
			return nil, err
		}
		layers = append(layers, l)
	}
	for _, arg := range cli {
		if p, ok := ConfigFileArg(cwd, arg); ok {
			l, err := fileLayer(p)
			if err != nil {
				return nil, err
			}
			args = append(args, l)
			continue
		}
		// KEY=VALUE, a line of TOML; its paths are relative to cwd. One
		// that is not TOML is left to cargo, which refuses it in its own
		// words when it plans.
		var data map[string]any
		if _, err := toml.Decode(arg, &data); err != nil {
			continue
		}
		args = append(args, configLayer{path: "--config " + arg, dir: cwd, data: data})
	}
	return buildConfig(layers, args, cwd, env)
}

// ConfigFileArg reports whether a --config argument names a file (relative
// to cwd), as cargo tells one from KEY=VALUE: by the file's existence.
func ConfigFileArg(cwd, arg string) (path string, ok bool) {
	if arg == "" {
		return "", false
	}
	path = arg
	if !filepath.IsAbs(path) {
		path = filepath.Join(cwd, arg)
	}
	st, err := os.Stat(path)
	return path, err == nil && !st.IsDir()
}

// fileLayer reads the config file p. Config-relative paths are relative
// to the directory containing .cargo/ (for a --config file too: cargo
// takes its directory's parent).
func fileLayer(p string) (configLayer, error) {
	var data map[string]any
	if _, err := toml.DecodeFile(p, &data); err != nil {
		var perr toml.ParseError
		if errors.As(err, &perr) {
			return configLayer{}, &Error{Input: p, Msg: fmt.Sprintf("line %d: %s", perr.Position.Line, perr.Message)}
		}
		return configLayer{}, &Error{Input: p, Msg: strings.TrimPrefix(err.Error(), "open "+p+": ")}
	}
	return configLayer{path: p, dir: filepath.Dir(filepath.Dir(p)), data: data}, nil
}

// buildConfig merges the files' layers (highest precedence first), the
// environment and the --config layers (lowest first).
func buildConfig(layers, cli []configLayer, cwd string, env func(string) (string, bool)) (*Config, error) {
	c := &Config{
		Sources:             map[string]SourceConfig{},
		Targets:             map[string]*TargetConfig{},
		Env:                 map[string]EnvValue{},
		Inherits:            map[string]string{},
		TargetAppliesToHost: true,
	}
	// Apply the lowest precedence first so nearer files overwrite.
	for i := len(layers) - 1; i >= 0; i-- {
		l := layers[i]
		c.Files = append([]string{l.path}, c.Files...)
		if err := c.apply(l); err != nil {
			return nil, &Error{Input: l.path, Msg: err.Error()}
		}
	}
	if v, ok := env("CARGO_BUILD_RUSTFLAGS"); ok {
		c.BuildRustflags = strings.Fields(v)
	}
	if v, ok := env("CARGO_TARGET_APPLIES_TO_HOST"); ok {
		c.TargetAppliesToHost = v == "true"
	}
	for _, name := range []string{"CARGO_BUILD_TARGET_DIR", "CARGO_TARGET_DIR"} {
		if v, _ := env(name); v != "" {
			c.TargetDir = resolve(cwd, v)
		}
	}
	if v, ok := env("CARGO_NET_OFFLINE"); ok {
		c.Offline = v == "true"
	}
	for _, l := range cli {
		if err := c.apply(l); err != nil {
			return nil, &Error{Input: l.path, Msg: err.Error()}
		}
	}
	return c, nil
}

func (c *Config) apply(l configLayer) error {
	d := l.data
	if src, ok := d["source"].(map[string]any); ok {
		for name, v := range src {
			t, ok := v.(map[string]any)
			if !ok {
				return fmt.Errorf("source.%s: not a table", name)
			}
			s := c.Sources[name]
			str := func(k string) string { x, _ := t[k].(string); return x }
			if x := str("replace-with"); x != "" {
				s.ReplaceWith = x
			}
			if x := str("directory"); x != "" {
				s.Directory = resolve(l.dir, x)
			}
			if x := str("local-registry"); x != "" {
				s.LocalRegistry = resolve(l.dir, x)
			}
			for k, p := range map[string]*string{"registry": &s.Registry, "git": &s.Git, "branch": &s.Branch, "tag": &s.Tag, "rev": &s.Rev} {
				if x := str(k); x != "" {
					*p = x
				}
			}
			c.Sources[name] = s
		}
	}
	if in, ok := d["install"].(map[string]any); ok {
		if v, ok := in["root"]; ok {
			c.InstallRoot, c.InstallRootErr = "", nil
			if root, ok := v.(string); ok {
				c.InstallRoot = resolve(l.dir, root)
			} else {
				c.InstallRootErr = &Error{Input: l.path, Msg: "install.root: expected a string"}
			}
		}
	}
	if b, ok := d["build"].(map[string]any); ok {
		if v, ok := b["rustflags"]; ok {
			flags, err := flagList(v)
			if err != nil {
				return fmt.Errorf("build.rustflags: %v", err)
			}
			c.BuildRustflags = append(c.BuildRustflags, flags...)
		}
		if v, ok := b["target-dir"]; ok {
			dir, ok := v.(string)
			if !ok {
				return fmt.Errorf("build.target-dir: expected a string")
			}
			c.TargetDir = resolve(l.dir, dir)
		}
	}
	if n, ok := d["net"].(map[string]any); ok {
		if v, ok := n["offline"]; ok {
			off, ok := v.(bool)
			if !ok {
				return fmt.Errorf("net.offline: expected a boolean")
			}
			c.Offline = off
		}
	}
	if v, ok := d["target-applies-to-host"].(bool); ok {
		c.TargetAppliesToHost = v
	}
	if tt, ok := d["target"].(map[string]any); ok {
		for key, v := range tt {
			t, ok := v.(map[string]any)
			if !ok {
				return fmt.Errorf("target.%s: not a table", key)
			}
			tc := c.Targets[key]
			if tc == nil {
				tc = &TargetConfig{Links: map[string]map[string]any{}}
				c.Targets[key] = tc
			}
			if v, ok := t["rustflags"]; ok {
				flags, err := flagList(v)
				if err != nil {
					return fmt.Errorf("target.%s.rustflags: %v", key, err)
				}
				tc.Rustflags = append(tc.Rustflags, flags...)
			}
			if v, ok := t["linker"].(string); ok {
				tc.Linker = v
				if strings.ContainsRune(v, '/') {
					tc.Linker = resolve(l.dir, v)
				}
			}
			for k, v := range t {
				if tab, ok := v.(map[string]any); ok && !targetKeys[k] {
					tc.Links[k] = tab
				}
			}
		}
	}
	if e, ok := d["env"].(map[string]any); ok {
		for name, v := range e {
			switch v := v.(type) {
			case string:
				c.Env[name] = EnvValue{Value: v}
			case map[string]any:
				val, ok := v["value"].(string)
				if !ok {
					return fmt.Errorf("env.%s: missing string `value`", name)
				}
				force, _ := v["force"].(bool)
				if rel, _ := v["relative"].(bool); rel {
					val = resolve(l.dir, val)
				}
				c.Env[name] = EnvValue{Value: val, Force: force}
			default:
				return fmt.Errorf("env.%s: expected a string or a table", name)
			}
		}
	}
	if p, ok := d["profile"].(map[string]any); ok {
		for name, v := range p {
			if t, ok := v.(map[string]any); ok {
				if inh, ok := t["inherits"].(string); ok {
					c.Inherits[name] = inh
				}
			}
		}
	}
	return nil
}

// flagList accepts cargo's two spellings of a flag list: a string split on
// whitespace or an array of strings.
func flagList(v any) ([]string, error) {
	switch v := v.(type) {
	case string:
		return strings.Fields(v), nil
	case []any:
		out := make([]string, 0, len(v))
		for _, x := range v {
			s, ok := x.(string)
			if !ok {
				return nil, fmt.Errorf("array element %v is not a string", x)
			}
			out = append(out, s)
		}
		return out, nil
	}
	return nil, fmt.Errorf("expected a string or an array of strings")
}

// envKey is a triple as spelt in CARGO_TARGET_<TRIPLE>_* variables.
func envKey(triple string) string {
	return strings.ToUpper(strings.NewReplacer("-", "_", ".", "_").Replace(triple))
}

// Rustflags resolves the RUSTFLAGS of one compile kind per cargo's rules:
// CARGO_ENCODED_RUSTFLAGS, else RUSTFLAGS, else target.<triple>.rustflags
// plus every matching target.'cfg(..)'.rustflags, else build.rustflags.
// cfg is that kind's `rustc --print cfg`. The host kind of a build with
// --target (hostOnly) gets none: cargo would only give it the unstable
// [host].rustflags.
func (c *Config) Rustflags(triple string, cfg []string, hostOnly bool, env func(string) (string, bool)) ([]string, error) {
	if hostOnly {
		return []string{}, nil
	}
	// An empty CARGO_ENCODED_RUSTFLAGS means "no flags", so presence matters.
	if v, ok := env("CARGO_ENCODED_RUSTFLAGS"); ok {
		if v == "" {
			return []string{}, nil
		}
		return strings.Split(v, "\x1f"), nil
	}
	if v, ok := env("RUSTFLAGS"); ok {
		return append([]string{}, strings.Fields(v)...), nil
	}
	var flags []string
	found := false
	if v, ok := env("CARGO_TARGET_" + envKey(triple) + "_RUSTFLAGS"); ok {
		flags, found = strings.Fields(v), true
	} else if tc := c.Targets[triple]; tc != nil && tc.Rustflags != nil {
		flags, found = append(flags, tc.Rustflags...), true
	}
	for _, key := range c.cfgKeys() {
		tc := c.Targets[key]
		if tc.Rustflags == nil {
			continue
		}
		e, err := ParseCfg(key)
		if err != nil {
			return nil, &Error{Input: "target." + key, Msg: err.Error()}
		}
		if e.Matches(cfg) {
			flags, found = append(flags, tc.Rustflags...), true
		}
	}
	if !found && c.BuildRustflags != nil {
		flags = append(flags, c.BuildRustflags...)
	}
	if flags == nil {
		flags = []string{}
	}
	return flags, nil
}

// Linker is the linker configured for a kind: CARGO_TARGET_<TRIPLE>_LINKER,
// target.<triple>.linker, or the single matching target.'cfg(..)'.linker; "" if none.
func (c *Config) Linker(triple string, cfg []string, env func(string) (string, bool)) (string, error) {
	if v, _ := env("CARGO_TARGET_" + envKey(triple) + "_LINKER"); v != "" {
		return v, nil
	}
	if tc := c.Targets[triple]; tc != nil && tc.Linker != "" {
		return tc.Linker, nil
	}
	var matched []string
	for _, key := range c.cfgKeys() {
		if c.Targets[key].Linker == "" {
			continue
		}
		e, err := ParseCfg(key)
		if err != nil {
			return "", &Error{Input: "target." + key, Msg: err.Error()}
		}
		if e.Matches(cfg) {
			matched = append(matched, key)
		}
	}
	switch len(matched) {
	case 0:
		return "", nil
	case 1:
		return c.Targets[matched[0]].Linker, nil
	}
	return "", &Error{Input: "target." + triple + ".linker", Msg: "several `cfg(..)` linkers match: " + strings.Join(matched, ", ")}
}

// cfgKeys lists the cfg(...) keys of [target], sorted for determinism.
func (c *Config) cfgKeys() []string {
	var keys []string
	for k := range c.Targets {
		if strings.HasPrefix(k, "cfg(") {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

// Replacement is where the packages of a source really come from.
type Replacement struct {
	Name string `json:"name"`
	SourceConfig
}

// Replacement follows `replace-with` from the source whose id is sourceID
// ("registry+URL", "sparse+URL", "git+URL?..."), returning nil when the source is not replaced.
func (c *Config) Replacement(sourceID string) (*Replacement, error) {
	name := c.sourceName(sourceID)
	if name == "" {
		return nil, nil
	}
	seen := map[string]bool{name: true}
	var r *Replacement
	for {
		s, ok := c.Sources[name]
		if !ok || s.ReplaceWith == "" {
			return r, nil
		}
		next := s.ReplaceWith
		if seen[next] {
			return nil, &Error{Input: "source." + name, Msg: "replace-with forms a cycle through `" + next + "`"}
		}
		seen[next] = true
		ns, ok := c.Sources[next]
		if !ok {
			return nil, &Error{Input: "source." + name, Msg: "replace-with names an undefined source `" + next + "`"}
		}
		r, name = &Replacement{Name: next, SourceConfig: ns}, next
	}
}

const cratesIO = "https://github.com/rust-lang/crates.io-index"

// sourceName finds the [source] name that defines sourceID: crates-io for
// crates.io, else a table whose registry or git URL matches.
func (c *Config) sourceName(sourceID string) string {
	kind, rest, _ := strings.Cut(sourceID, "+")
	rest = stripFragment(rest)
	url, _, _ := strings.Cut(rest, "?")
	if (kind == "registry" && url == cratesIO) || (kind == "sparse" && strings.TrimSuffix(url, "/") == "https://index.crates.io") {
		return "crates-io"
	}
	names := make([]string, 0, len(c.Sources))
	for n := range c.Sources {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		s := c.Sources[n]
		if (kind == "registry" || kind == "sparse") && s.Registry != "" && strings.TrimPrefix(s.Registry, "sparse+") == url ||
			kind == "git" && s.Git == url {
			return n
		}
	}
	return ""
}
