// Package depinfo reads the dep-info files rustc writes for --emit=dep-info:
// which source files a compilation read and which environment variables it
// looked up.
//
// rustc (write_out_deps in rustc_interface) writes, for each output,
// "OUTPUT: DEP DEP ..." and a blank line; then "DEP:" for each dep, so that
// make does not fail once a dep is deleted; then, after a blank line,
// "# env-dep:NAME=VALUE" or "# env-dep:NAME" (looked up, unset), sorted.
// In dep names only a space is escaped, as "\ ". In env-dep names and
// values newline, carriage return and backslash are escaped as \n, \r, \\.
// Reading follows cargo's parse_rustc_dep_info, the reader rustc's output
// is written for.
package depinfo

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"unicode/utf8"
)

// Info is one dep-info file: the files rustc read and the environment
// variables it looked up.
type Info struct {
	// Files in first-seen order, each once, unescaped, relative (to rustc's
	// working directory) or absolute as rustc wrote them.
	Files []string
	// Env in file order, each name once.
	Env []EnvDep
}

// EnvDep is one environment variable the compilation looked up.
type EnvDep struct {
	Name string
	// Value is nil when the variable was looked up and unset
	// (option_env! of a missing variable): setting it must rebuild too.
	Value *string
}

const envPrefix = "# env-dep:"

// ParseFile reads and parses the dep-info file at path.
func ParseFile(path string) (*Info, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	info, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return info, nil
}

// Parse parses the contents of a dep-info file.
//
// Unlike cargo, which keeps only the first "target: deps" line's deps, it
// takes the union over all targets: rustc lists the same deps for each, and
// a union never misses one in a hand-written file.
func Parse(data []byte) (*Info, error) {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, fmt.Errorf("line %d: NUL byte", bytes.Count(data[:i], []byte("\n"))+1)
	}
	// rustc writes paths with to_string_lossy and cargo reads the file as
	// a String, so anything else is not a dep-info file.
	if !utf8.Valid(data) {
		return nil, errors.New("not UTF-8")
	}
	info := &Info{}
	seenFile := map[string]bool{}
	envAt := map[string]int{}
	targets := 0
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSuffix(line, "\r")
		fail := func(format string, args ...any) error {
			return fmt.Errorf("line %d: "+format, append([]any{i + 1}, args...)...)
		}
		switch {
		case strings.TrimSpace(line) == "":
		case strings.HasPrefix(line, envPrefix):
			e, err := parseEnv(line[len(envPrefix):])
			if err != nil {
				return nil, fail("%v", err)
			}
			if j, ok := envAt[e.Name]; ok {
				if !sameValue(info.Env[j].Value, e.Value) {
					return nil, fail("env-dep %s recorded twice with different values", e.Name)
				}
				continue
			}
			envAt[e.Name] = len(info.Env)
			info.Env = append(info.Env, e)
		case strings.HasPrefix(line, "#"):
			// Other comments, such as "# checksum:", carry nothing Info holds.
		default:
			// Targets are written unescaped, deps with "\ " for a space,
			// so the first ": " ends the target, as cargo reads it.
			target, deps, ok := strings.Cut(line, ": ")
			if !ok {
				var phony bool
				target, phony = strings.CutSuffix(line, ":")
				if !phony {
					return nil, fail("no ':' after the target in %q", line)
				}
				if strings.TrimSpace(target) == "" {
					return nil, fail("empty target")
				}
				// "DEP:" repeats a dep for make's sake.
				continue
			}
			if strings.TrimSpace(target) == "" {
				return nil, fail("empty target")
			}
			targets++
			files, err := splitDeps(deps)
			if err != nil {
				return nil, fail("%v", err)
			}
			for _, f := range files {
				if !seenFile[f] {
					seenFile[f] = true
					info.Files = append(info.Files, f)
				}
			}
		}
	}
	if targets == 0 {
		return nil, errors.New("no \"target: deps\" line")
	}
	return info, nil
}

// splitDeps splits a dep list at whitespace, joining a word that ends in a
// backslash to the next with a space, as cargo does: rustc escapes only
// spaces, so "\ " is the one escape.
func splitDeps(s string) ([]string, error) {
	words := strings.Fields(s)
	var files []string
	for i := 0; i < len(words); i++ {
		f := words[i]
		for strings.HasSuffix(f, `\`) {
			if i+1 == len(words) {
				return nil, fmt.Errorf("dep %q ends in an escape with nothing after it", f)
			}
			i++
			f = f[:len(f)-1] + " " + words[i]
		}
		files = append(files, f)
	}
	return files, nil
}

// parseEnv parses what follows "# env-dep:": NAME=VALUE or NAME, split at
// the first '=' before unescaping, as cargo does.
func parseEnv(s string) (EnvDep, error) {
	rawName, rawValue, set := strings.Cut(s, "=")
	name, err := unescapeEnv(rawName)
	if err != nil {
		return EnvDep{}, fmt.Errorf("env-dep name: %v", err)
	}
	if name == "" {
		return EnvDep{}, errors.New("env-dep with an empty name")
	}
	e := EnvDep{Name: name}
	if set {
		v, err := unescapeEnv(rawValue)
		if err != nil {
			return EnvDep{}, fmt.Errorf("env-dep %s value: %v", name, err)
		}
		e.Value = &v
	}
	return e, nil
}

// unescapeEnv undoes rustc's escape_dep_env, which keeps an env-dep on one
// line: \n, \r and \\ are the only escapes.
func unescapeEnv(s string) (string, error) {
	if !strings.Contains(s, `\`) {
		return s, nil
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			b.WriteByte(s[i])
			continue
		}
		i++
		if i == len(s) {
			return "", errors.New(`unterminated escape "\"`)
		}
		switch s[i] {
		case '\\':
			b.WriteByte('\\')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		default:
			r, _ := utf8.DecodeRuneInString(s[i:])
			return "", fmt.Errorf(`unknown escape "\%c"`, r)
		}
	}
	return b.String(), nil
}

func sameValue(a, b *string) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}
