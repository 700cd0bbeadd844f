package install

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// tracker is cargo's InstallTracker: .crates.toml (v1, the truth for
// which package owns which binary) and .crates2.json (v2, how each was
// built), both locked while open and rewritten in place as cargo does, so
// that a concurrent cargo install waits for libnix and the other way round.
type tracker struct {
	v1Path, v2Path string
	v1File, v2File *os.File
	pkgs           []*entry // in cargo's PackageId order
	other          map[string]any
}

// entry is one installed package: its v1 bins and its v2 InstallInfo.
type entry struct {
	id                             pkgID
	bins                           []string // sorted, distinct
	versionReq                     *string
	features                       []string
	allFeatures, noDefaultFeatures bool
	profile                        string
	target, rustc                  *string
	other                          map[string]any
}

// openTracker locks and reads root's tracking files, creating them empty
// as cargo does. sh is told when another process holds the lock.
func openTracker(root string, sh Shell) (*tracker, error) {
	t := &tracker{v1Path: filepath.Join(root, ".crates.toml"), v2Path: filepath.Join(root, ".crates2.json")}
	if err := os.MkdirAll(root, 0o777); err != nil {
		return nil, err
	}
	var err error
	if t.v1File, err = lockFile(t.v1Path, sh); err != nil {
		return nil, err
	}
	if t.v2File, err = lockFile(t.v2Path, sh); err != nil {
		t.close()
		return nil, err
	}
	v1, err := io.ReadAll(t.v1File)
	if err == nil {
		err = t.readV1(v1)
	}
	if err != nil {
		t.close()
		return nil, fmt.Errorf("failed to parse crate metadata at `%s`: %s", t.v1Path, oneLine(err))
	}
	v2, err := io.ReadAll(t.v2File)
	if err == nil {
		err = t.readV2(v2)
	}
	if err != nil {
		t.close()
		return nil, fmt.Errorf("failed to parse crate metadata at `%s`: %s", t.v2Path, oneLine(err))
	}
	return t, nil
}

func lockFile(path string, sh Shell) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o666)
	if err != nil {
		return nil, err
	}
	fd := int(f.Fd())
	if err := syscall.Flock(fd, syscall.LOCK_EX|syscall.LOCK_NB); err == nil {
		return f, nil
	}
	if sh != nil {
		sh.Status("Blocking", "waiting for file lock on crate metadata")
	}
	if err := syscall.Flock(fd, syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, fmt.Errorf("failed to lock %s: %v", path, err)
	}
	return f, nil
}

func (t *tracker) close() {
	for _, f := range []*os.File{t.v1File, t.v2File} {
		if f != nil {
			f.Close() // releases the lock
		}
	}
}

func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}

// readV1 reads .crates.toml; an empty file is an empty listing.
func (t *tracker) readV1(data []byte) error {
	if len(data) == 0 {
		return nil
	}
	var doc map[string]any
	if err := toml.Unmarshal(data, &doc); err != nil {
		return fmt.Errorf("invalid TOML found for metadata: %v", err)
	}
	v1, ok := doc["v1"]
	if !ok {
		return errors.New("missing field `v1`")
	}
	table, ok := v1.(map[string]any)
	if !ok {
		return errors.New("`v1` is not a table")
	}
	for key, val := range table {
		id, err := parseID(key)
		if err != nil {
			return err
		}
		arr, ok := val.([]any)
		if !ok {
			return fmt.Errorf("the binaries of %q are not an array", key)
		}
		bins := make([]string, 0, len(arr))
		for _, b := range arr {
			s, ok := b.(string)
			if !ok {
				return fmt.Errorf("a binary of %q is not a string", key)
			}
			bins = append(bins, s)
		}
		e := t.entry(id, true)
		e.bins = sortedSet(append(e.bins, bins...))
	}
	return nil
}

// readV2 reads .crates2.json and then takes the bins from v1, as cargo's
// sync_v1: an install v1 lacks is dropped, one v2 lacks gets v1 defaults.
func (t *tracker) readV2(data []byte) error {
	v2 := map[string]*entry{}
	if len(data) > 0 {
		var doc map[string]any
		if err := decodeJSON(data, &doc); err != nil {
			return fmt.Errorf("invalid JSON found for metadata: %v", err)
		}
		installs, ok := doc["installs"]
		if !ok {
			return errors.New("missing field `installs`")
		}
		delete(doc, "installs")
		if len(doc) > 0 {
			t.other = doc
		}
		table, ok := installs.(map[string]any)
		if !ok {
			return errors.New("`installs` is not an object")
		}
		for key, val := range table {
			id, err := parseID(key)
			if err != nil {
				return err
			}
			e, err := installInfo(id, val)
			if err != nil {
				return fmt.Errorf("%s: %v", key, err)
			}
			v2[key] = e
		}
	}
	for i, e := range t.pkgs {
		if info, ok := v2[e.id.raw]; ok {
			info.bins = e.bins
			t.pkgs[i] = info
		}
	}
	return nil
}

// installInfo reads one v2 InstallInfo; the Option fields may be missing.
func installInfo(id pkgID, val any) (*entry, error) {
	obj, ok := val.(map[string]any)
	if !ok {
		return nil, errors.New("not an object")
	}
	e := &entry{id: id}
	take := func(key string) (any, bool) {
		v, ok := obj[key]
		delete(obj, key)
		return v, ok
	}
	optString := func(key string) (*string, error) {
		v, _ := take(key)
		if v == nil {
			return nil, nil
		}
		s, ok := v.(string)
		if !ok {
			return nil, fmt.Errorf("`%s` is not a string", key)
		}
		return &s, nil
	}
	strings := func(key string) ([]string, error) {
		v, ok := take(key)
		if !ok {
			return nil, fmt.Errorf("missing field `%s`", key)
		}
		arr, ok := v.([]any)
		if !ok {
			return nil, fmt.Errorf("`%s` is not an array", key)
		}
		var out []string
		for _, x := range arr {
			s, ok := x.(string)
			if !ok {
				return nil, fmt.Errorf("`%s` holds a non-string", key)
			}
			out = append(out, s)
		}
		return sortedSet(out), nil
	}
	boolean := func(key string) (bool, error) {
		v, ok := take(key)
		b, isBool := v.(bool)
		if !ok {
			return false, fmt.Errorf("missing field `%s`", key)
		} else if !isBool {
			return false, fmt.Errorf("`%s` is not a boolean", key)
		}
		return b, nil
	}
	var err error
	if e.versionReq, err = optString("version_req"); err != nil {
		return nil, err
	}
	if e.bins, err = strings("bins"); err != nil {
		return nil, err
	}
	if e.features, err = strings("features"); err != nil {
		return nil, err
	}
	if e.allFeatures, err = boolean("all_features"); err != nil {
		return nil, err
	}
	if e.noDefaultFeatures, err = boolean("no_default_features"); err != nil {
		return nil, err
	}
	p, ok := take("profile")
	if !ok {
		return nil, errors.New("missing field `profile`")
	}
	if e.profile, ok = p.(string); !ok {
		return nil, errors.New("`profile` is not a string")
	}
	if e.target, err = optString("target"); err != nil {
		return nil, err
	}
	if e.rustc, err = optString("rustc"); err != nil {
		return nil, err
	}
	if len(obj) > 0 {
		e.other = obj
	}
	return e, nil
}

func decodeJSON(data []byte, v any) error {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	if err := d.Decode(v); err != nil {
		return err
	}
	if _, err := d.Token(); err != io.EOF {
		return errors.New("trailing characters")
	}
	if !utf8.Valid(data) {
		return errors.New("invalid UTF-8")
	}
	return nil
}

// entry finds id's entry, or with create adds one with cargo's v1
// defaults (InstallInfo::from_v1) at its place in the order.
func (t *tracker) entry(id pkgID, create bool) *entry {
	i, found := slices.BinarySearchFunc(t.pkgs, id, func(e *entry, id pkgID) int { return e.id.compare(id) })
	if found {
		return t.pkgs[i]
	}
	if !create {
		return nil
	}
	e := &entry{id: id, profile: "release"}
	t.pkgs = slices.Insert(t.pkgs, i, e)
	return e
}

// owner is the package that installed bin, or nil.
func (t *tracker) owner(bin string) *entry {
	for _, e := range t.pkgs {
		if slices.Contains(e.bins, bin) {
			return e
		}
	}
	return nil
}

// removeBins takes bins from e and drops e once it has none.
func (t *tracker) removeBins(e *entry, bins []string) {
	e.bins = slices.DeleteFunc(e.bins, func(b string) bool { return slices.Contains(bins, b) })
	if len(e.bins) == 0 {
		t.pkgs = slices.DeleteFunc(t.pkgs, func(x *entry) bool { return x == e })
	}
}

// save rewrites both files in place, as cargo (truncate and write under
// the lock).
func (t *tracker) save() error {
	for _, f := range []struct {
		file *os.File
		path string
		data []byte
	}{{t.v1File, t.v1Path, t.v1Bytes()}, {t.v2File, t.v2Path, t.v2Bytes()}} {
		err := f.file.Truncate(0)
		if err == nil {
			_, err = f.file.WriteAt(f.data, 0)
		}
		if err != nil {
			return fmt.Errorf("failed to write crate metadata at `%s`: %v", f.path, err)
		}
	}
	return nil
}

// v1Bytes is .crates.toml as cargo's toml::to_string_pretty writes it:
// one binary inline, several one per line with a trailing comma.
func (t *tracker) v1Bytes() []byte {
	var b strings.Builder
	b.WriteString("[v1]\n")
	for _, e := range t.pkgs {
		b.WriteString(tomlString(e.id.raw) + " = ")
		if len(e.bins) == 1 {
			b.WriteString("[" + tomlString(e.bins[0]) + "]\n")
			continue
		}
		b.WriteString("[\n")
		for _, bin := range e.bins {
			b.WriteString("    " + tomlString(bin) + ",\n")
		}
		b.WriteString("]\n")
	}
	return []byte(b.String())
}

// v2Bytes is .crates2.json as serde_json writes it: compact, fields in
// declaration order, unknown keys kept after them in sorted order.
func (t *tracker) v2Bytes() []byte {
	var b bytes.Buffer
	b.WriteString(`{"installs":{`)
	for i, e := range t.pkgs {
		if i > 0 {
			b.WriteByte(',')
		}
		writeJSON(&b, e.id.raw)
		b.WriteString(`:{"version_req":`)
		writeJSON(&b, e.versionReq)
		b.WriteString(`,"bins":`)
		writeJSON(&b, e.bins)
		b.WriteString(`,"features":`)
		writeJSON(&b, e.features)
		fmt.Fprintf(&b, `,"all_features":%t,"no_default_features":%t,"profile":`, e.allFeatures, e.noDefaultFeatures)
		writeJSON(&b, e.profile)
		b.WriteString(`,"target":`)
		writeJSON(&b, e.target)
		b.WriteString(`,"rustc":`)
		writeJSON(&b, e.rustc)
		writeMembers(&b, e.other)
		b.WriteByte('}')
	}
	b.WriteByte('}')
	writeMembers(&b, t.other)
	b.WriteByte('}')
	return b.Bytes()
}

func writeMembers(b *bytes.Buffer, m map[string]any) {
	for _, k := range slices.Sorted(maps.Keys(m)) {
		b.WriteByte(',')
		writeJSON(b, k)
		b.WriteByte(':')
		writeJSON(b, m[k])
	}
}

// writeJSON writes v as serde_json does: strings escape only '"', '\\'
// and control characters; objects (serde_json::Value) sort their keys.
func writeJSON(b *bytes.Buffer, v any) {
	switch v := v.(type) {
	case nil:
		b.WriteString("null")
	case *string:
		if v == nil {
			b.WriteString("null")
		} else {
			writeJSON(b, *v)
		}
	case string:
		b.WriteByte('"')
		for _, r := range v {
			switch {
			case r == '"' || r == '\\':
				b.WriteByte('\\')
				b.WriteRune(r)
			case r == '\n':
				b.WriteString(`\n`)
			case r == '\r':
				b.WriteString(`\r`)
			case r == '\t':
				b.WriteString(`\t`)
			case r == '\b':
				b.WriteString(`\b`)
			case r == '\f':
				b.WriteString(`\f`)
			case r < 0x20:
				fmt.Fprintf(b, `\u%04x`, r)
			default:
				b.WriteRune(r)
			}
		}
		b.WriteByte('"')
	case bool:
		b.WriteString(strconv.FormatBool(v))
	case json.Number:
		b.WriteString(v.String())
	case []string:
		b.WriteByte('[')
		for i, s := range v {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSON(b, s)
		}
		b.WriteByte(']')
	case []any:
		b.WriteByte('[')
		for i, x := range v {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSON(b, x)
		}
		b.WriteByte(']')
	case map[string]any:
		b.WriteByte('{')
		for i, k := range slices.Sorted(maps.Keys(v)) {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSON(b, k)
			b.WriteByte(':')
			writeJSON(b, v[k])
		}
		b.WriteByte('}')
	}
}

// tomlString is a TOML basic string. The keys cargo writes are URLs,
// percent-encoded, and binary names are package-name characters, so the
// escapes are for robustness only.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func sortedSet(s []string) []string {
	slices.Sort(s)
	return slices.Compact(s)
}
