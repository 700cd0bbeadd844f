package buildscript

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// File is one file of the argument-file set.
type File struct {
	Name string
	Data []byte
}

// searchKinds are the `-L KIND=PATH` kinds rustc knows; cargo strips only
// these before comparing a path with the script's OUT_DIR.
var searchKinds = []string{"native", "crate", "dependency", "framework", "all"}

// SplitSearch splits a -L value into its kind ("" if none) and path.
func SplitSearch(v string) (kind, path string) {
	if k, p, ok := strings.Cut(v, "="); ok && slices.Contains(searchKinds, k) {
		return k, p
	}
	return "", v
}

// InOutDir reports whether the -L value v points inside outDir, comparing
// path components like Rust's Path::starts_with. Such paths come before all
// others on the rustc command lines of every unit (docs/cargo-semantics.md
// §5.5).
func InOutDir(v, outDir string) bool {
	if outDir == "" {
		return false
	}
	_, path := SplitSearch(v)
	return hasPrefixComponents(components(path), components(outDir))
}

// components splits a Unix path the way Rust's Path::components does:
// repeated and trailing slashes vanish, "." is kept only in front.
func components(p string) []string {
	var c []string
	if strings.HasPrefix(p, "/") {
		c = append(c, "/")
	}
	for i, s := range strings.Split(p, "/") {
		switch {
		case s == "":
		case s == ".":
			if i == 0 {
				c = append(c, s)
			}
		default:
			c = append(c, s)
		}
	}
	return c
}

func hasPrefixComponents(c, prefix []string) bool {
	return len(prefix) <= len(c) && slices.Equal(c[:len(prefix)], prefix)
}

// linkArgConsumers are the link-arg files, one per kind of compile that
// reads them. cargo passes a target's link args in output order across
// instruction kinds, so each file holds everything one compile needs,
// already in that order. The files of each bin are added in Records.
var linkArgConsumers = []struct {
	file  string
	kinds []LinkArgKind
}{
	{"link-arg.lib", []LinkArgKind{LinkAll}},
	{"link-arg.cdylib", []LinkArgKind{LinkAll, LinkCdylib}},
	{"link-arg.dependent-cdylib", []LinkArgKind{LinkCdylib}},
	{"link-arg.test", []LinkArgKind{LinkAll, LinkTests}},
	{"link-arg.bench", []LinkArgKind{LinkAll, LinkBenches}},
	{"link-arg.example", []LinkArgKind{LinkAll, LinkExamples}},
}

// linkArgRecords returns `-C link-arg=X` records for the args accepted by keep.
func (out *Output) linkArgRecords(keep func(LinkArg) bool) []string {
	r := []string{}
	for _, a := range out.LinkArgs {
		if keep(a) {
			r = append(r, "-C", "link-arg="+a.Arg)
		}
	}
	return r
}

// ValidBinName reports whether a bin name can be part of a file name.
func ValidBinName(name string) bool {
	return name != "" && name != "." && name != ".." && !strings.ContainsAny(name, "/\x00")
}

// Records returns the records of every argument file (docs/buildrs-output.md).
func (out *Output) Records(p *Package) map[string][]string {
	f := map[string][]string{}
	pairs := func(flag string, values []string) []string {
		r := []string{}
		for _, v := range values {
			r = append(r, flag, v)
		}
		return r
	}
	f["rustc-args"] = append(pairs("--cfg", out.Cfgs), pairs("--check-cfg", out.CheckCfgs)...)
	f["link-lib"] = pairs("-l", out.LinkLibs)
	f["link-search-outdir"], f["link-search-other"] = []string{}, []string{}
	for _, v := range out.LinkSearch {
		name := "link-search-other"
		if InOutDir(v, p.OutDir) {
			name = "link-search-outdir"
		}
		f[name] = append(f[name], "-L", v)
	}
	for _, c := range linkArgConsumers {
		f[c.file] = out.linkArgRecords(func(a LinkArg) bool { return slices.Contains(c.kinds, a.Kind) })
	}
	for _, bin := range p.Bins {
		f["link-arg.bin."+bin] = out.linkArgRecords(func(a LinkArg) bool {
			return a.Kind == LinkAll || a.Kind == LinkBins || (a.Kind == LinkBin && a.Bin == bin)
		})
	}
	f["env"] = []string{}
	for _, e := range out.Env {
		f["env"] = append(f["env"], e.Key+"="+e.Value)
	}
	f["dep-env"] = out.DepEnv(p.Links)
	f["warnings"] = []string{}
	for _, m := range out.Messages {
		if m.Level == Warning {
			f["warnings"] = append(f["warnings"], m.Text)
		}
	}
	return f
}

// DepEnv returns the `DEP_<LINKS>_<KEY>=VALUE` variables for the build
// scripts of direct dependents, nothing without links. A key given twice
// (after envify) keeps its first position and its last value, which is what
// the dependent's environment ends up with in cargo.
func (out *Output) DepEnv(links string) []string {
	vars := []string{}
	if links == "" {
		return vars
	}
	index := map[string]int{}
	for _, m := range out.Metadata {
		name := "DEP_" + envify(links) + "_" + envify(m.Key)
		if i, ok := index[name]; ok {
			vars[i] = name + "=" + m.Value
			continue
		}
		index[name] = len(vars)
		vars = append(vars, name+"="+m.Value)
	}
	return vars
}

// Files returns the complete file set, output.json included.
func (out *Output) Files(p *Package) ([]File, error) {
	var files []File
	records := out.Records(p)
	for _, name := range slices.Sorted(maps.Keys(records)) {
		data, err := EncodeRecords(records[name])
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		files = append(files, File{name, data})
	}
	js, err := out.JSON(p)
	if err != nil {
		return nil, err
	}
	return append(files, File{"output.json", js}), nil
}

// WriteDir writes files into dir all at once: into a temporary sibling
// directory first, renamed to dir at the end, so a failure never leaves a
// partial set. dir must not exist or be empty.
func WriteDir(dir string, files []File) (err error) {
	dir = filepath.Clean(dir)
	existed := false
	if entries, err := os.ReadDir(dir); err == nil {
		if len(entries) > 0 {
			return fmt.Errorf("%s: output directory is not empty", dir)
		}
		existed = true
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), "."+filepath.Base(dir)+".tmp-")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(tmp, f.Name), f.Data, 0o644); err != nil {
			return err
		}
	}
	if existed {
		if err := os.Remove(dir); err != nil {
			return err
		}
	}
	return os.Rename(tmp, dir)
}

// JSONOutput is the `--format json` object (docs/buildrs-output.md).
type JSONOutput struct {
	Version           int                 `json:"version"`
	Cfgs              []string            `json:"cfgs"`
	CheckCfgs         []string            `json:"check_cfgs"`
	Env               []JSONEnv           `json:"env"`
	LinkLibs          []string            `json:"link_libs"`
	LinkSearch        []JSONSearch        `json:"link_search"`
	LinkArgs          map[string][]string `json:"link_args"`
	Metadata          []JSONKV            `json:"metadata"`
	Warnings          []string            `json:"warnings"`
	Errors            []string            `json:"errors"`
	RerunIfChanged    []string            `json:"rerun_if_changed"`
	RerunIfEnvChanged []string            `json:"rerun_if_env_changed"`
}

// ReadJSON reads a run's output.json, as buildrs-parse wrote it; it also
// returns the file's bytes. Its errors name the file.
func ReadJSON(path string) (*JSONOutput, []byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var j JSONOutput
	if err := json.Unmarshal(data, &j); err != nil {
		return nil, nil, fmt.Errorf("%s: %v", path, err)
	}
	return &j, data, nil
}

// JSONEnv is a rustc-env pair of the JSON form.
type JSONEnv struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// JSONKV is a metadata pair of the JSON form.
type JSONKV struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// JSONSearch is a rustc-link-search entry of the JSON form.
type JSONSearch struct {
	Kind     string `json:"kind"`
	Path     string `json:"path"`
	InOutDir bool   `json:"in_out_dir"`
}

// linkArgKeys are the link_args keys of the JSON form, by instruction kind.
var linkArgKeys = map[LinkArgKind]string{
	LinkAll: "all", LinkBins: "bins", LinkTests: "tests", LinkExamples: "examples",
	LinkBenches: "benches", LinkCdylib: "cdylib",
}

// JSON returns the `--format json` form, indented, with a final newline.
func (out *Output) JSON(p *Package) ([]byte, error) {
	j := JSONOutput{
		Version:           1,
		Cfgs:              nonNil(out.Cfgs),
		CheckCfgs:         nonNil(out.CheckCfgs),
		Env:               []JSONEnv{},
		LinkLibs:          nonNil(out.LinkLibs),
		LinkSearch:        []JSONSearch{},
		LinkArgs:          map[string][]string{},
		Metadata:          []JSONKV{},
		Warnings:          []string{},
		Errors:            []string{},
		RerunIfChanged:    nonNil(out.RerunIfChanged),
		RerunIfEnvChanged: nonNil(out.RerunIfEnvChanged),
	}
	for _, e := range out.Env {
		j.Env = append(j.Env, JSONEnv{e.Key, e.Value})
	}
	for _, v := range out.LinkSearch {
		kind, path := SplitSearch(v)
		j.LinkSearch = append(j.LinkSearch, JSONSearch{kind, path, InOutDir(v, p.OutDir)})
	}
	for _, key := range linkArgKeys {
		j.LinkArgs[key] = []string{}
	}
	for _, bin := range p.Bins {
		j.LinkArgs["bin:"+bin] = []string{}
	}
	for _, a := range out.LinkArgs {
		key := linkArgKeys[a.Kind]
		if a.Kind == LinkBin {
			key = "bin:" + a.Bin
		}
		j.LinkArgs[key] = append(j.LinkArgs[key], a.Arg)
	}
	for _, m := range out.Metadata {
		j.Metadata = append(j.Metadata, JSONKV{m.Key, m.Value})
	}
	for _, m := range out.Messages {
		if m.Level == Warning {
			j.Warnings = append(j.Warnings, m.Text)
		} else {
			j.Errors = append(j.Errors, m.Text)
		}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(j); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
