package nixgen

// Each unit's rustc arguments against cargo -v's, shared by the end-to-end
// test (the arguments a real build used) and the offline golden test (the
// arguments the emitted unit files give the builder).

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/libnix/libnix/internal/plan"
)

// rustcCall is one rustc call of cargo -v: its crate name, crate root and
// normalised arguments.
type rustcCall struct {
	crate, src string
	args       []string
}

// cargoCalls reads the rustc calls from cargo build -v's stderr.
func cargoCalls(t *testing.T, cargoLog string) []rustcCall {
	t.Helper()
	var calls []rustcCall
	for _, line := range strings.Split(cargoLog, "\n") {
		_, cmd, ok := strings.Cut(line, "Running `")
		if !ok || !strings.Contains(cmd, " --crate-name ") {
			continue
		}
		words, err := shellWords(strings.TrimSuffix(cmd, "`"))
		if err != nil || len(words) < 5 {
			t.Fatalf("cargo -v line %q: %v", line, err)
		}
		calls = append(calls, rustcCall{words[2], words[4], normalizeArgs(words[1:])})
	}
	return calls
}

// unitArgs gives a unit's rustc arguments (without the program). open
// says the builder adds build-script results after them, so cargo's call
// may go on with arguments of the forms a build script can add.
type unitArgs func(u *plan.Unit) (args []string, open bool, err error)

// compareRustcArgs checks each compile unit's rustc arguments against
// cargo -v's, after normalising what must differ: output directories,
// store and target paths, and hashes.
func compareRustcArgs(t *testing.T, p *plan.Plan, cargoLog string, argsOf unitArgs) {
	t.Helper()
	calls := cargoCalls(t, cargoLog)
	compared := 0
	for _, u := range p.Units {
		if u.Kind == plan.KindBuildScriptRun || u.Kind == plan.KindDoctest {
			continue // no rustc call
		}
		args, open, err := argsOf(u)
		if err != nil {
			t.Errorf("unit %s: %v", u.ID, err)
			continue
		}
		got := normalizeArgs(args)
		// cargo's call for the unit: same crate name, same crate root (the
		// package's directory name and the root below it).
		pkg := p.Packages[u.Package]
		suffix := u.Target.SrcPath
		switch {
		case pkg.Source.Kind == "path" && pkg.ManifestDir != ".":
			suffix = filepath.Join(pkg.ManifestDir, suffix)
		case pkg.Source.Kind != "path":
			suffix = filepath.Join(filepath.Base(pkg.ManifestDir), suffix)
		}
		var match []rustcCall
		for _, c := range calls {
			if c.crate == u.Target.CrateName && (c.src == suffix || strings.HasSuffix(c.src, "/"+suffix)) {
				match = append(match, c)
			}
		}
		if len(match) > 1 {
			// A target built as itself and as a test (--all-targets), or
			// built (a proc macro used) and checked (cargo check).
			var same []rustcCall
			for _, c := range match {
				if testCall(c.args) == u.CompiledAsTest() && slices.Contains(c.args, "--emit=dep-info,metadata") == (u.Mode == plan.ModeCheck) {
					same = append(same, c)
				}
			}
			match = same
		}
		if len(match) != 1 {
			t.Errorf("unit %s (%s %s): %d matching rustc calls in cargo -v", u.ID, u.Target.CrateName, suffix, len(match))
			continue
		}
		want := match[0].args
		if open && len(want) > len(got) && buildScriptArgs(want[len(got):]) {
			want = want[:len(got)]
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("rustc arguments of %s %s differ\n  nix:   %s\n  cargo: %s", u.Target.CrateName, suffix, strings.Join(got, " "), strings.Join(match[0].args, " "))
		}
		compared++
	}
	t.Logf("compared the rustc arguments of %d units with cargo -v", compared)
	if compared != len(calls) {
		t.Errorf("compared %d rustc calls, cargo made %d", compared, len(calls))
	}
}

// testCall: the rustc call builds a test (harness or not).
func testCall(args []string) bool {
	for i, a := range args {
		if a == "--test" || a == "--cfg" && i+1 < len(args) && args[i+1] == "test" {
			return true
		}
	}
	return false
}

// buildScriptArgs reports whether args are all of the forms a build
// script's output adds to rustc's (docs/buildrs-output.md).
func buildScriptArgs(args []string) bool {
	for i := 0; i < len(args); i += 2 {
		if i+1 == len(args) {
			return false
		}
		switch v := args[i+1]; args[i] {
		case "-L", "-l", "--cfg", "--check-cfg":
		case "-C":
			if !strings.HasPrefix(v, "link-arg=") && !strings.HasPrefix(v, "link-args=") {
				return false
			}
		default:
			return false
		}
	}
	return true
}

var (
	hashSuffix = regexp.MustCompile(`-[0-9a-f]{16}\b`)
	outDirPath = regexp.MustCompile(`^(.*=)?(/nix/store/[0-9a-z]{32}-[^/]*-build-script-run-[0-9a-f]{8}|/\S*/target/debug/build/[^/]+-[0-9a-f]{16})/out`)
)

// normalizeArgs returns rustc's arguments (without the program) with what
// must differ between cargo and nix replaced by placeholders: the crate
// root's directory, output and dependency directories, hashes, OUT_DIRs.
func normalizeArgs(args []string) []string {
	var out []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case i == 3:
			a = "<crate root>"
		case a == "--out-dir" || a == "-C" && i+1 < len(args) && strings.HasPrefix(args[i+1], "incremental="):
			i++ // cargo's incremental directory: nix builds from scratch
			continue
		case a == "-L" && i+1 < len(args) && strings.HasPrefix(args[i+1], "dependency="):
			i++ // cargo passes its deps directory, nix one directory per dependency
			continue
		case strings.HasPrefix(a, "metadata="), strings.HasPrefix(a, "extra-filename="):
			a = a[:strings.Index(a, "=")+1] + "<hash>"
		case i > 0 && args[i-1] == "--extern" && strings.Contains(a, "="):
			name, path, _ := strings.Cut(a, "=")
			a = name + "=" + hashSuffix.ReplaceAllString(filepath.Base(path), "-<hash>")
		default:
			a = outDirPath.ReplaceAllString(a, "${1}<OUT_DIR>")
		}
		out = append(out, a)
	}
	return out
}

// shellWords splits a command line the way cargo -v quotes it (POSIX sh).
func shellWords(s string) ([]string, error) {
	var words []string
	var cur strings.Builder
	in := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				return nil, os.ErrInvalid
			}
			cur.WriteString(s[i+1 : i+1+j])
			i += j + 1
			in = true
		case c == '\\' && i+1 < len(s):
			cur.WriteByte(s[i+1])
			i++
			in = true
		case c == ' ':
			if in {
				words = append(words, cur.String())
				cur.Reset()
				in = false
			}
		default:
			cur.WriteByte(c)
			in = true
		}
	}
	if in {
		words = append(words, cur.String())
	}
	return words, nil
}
