package libnix

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestBuildrsParseSource: the packages BuildrsParseSource holds are the
// module's packages cmd/buildrs-parse imports, directly or not, and those
// import nothing else but the standard library.
func TestBuildrsParseSource(t *testing.T) {
	const module = "github.com/libnix/libnix/"
	held := map[string][]string{} // package directory: its files
	err := fs.WalkDir(BuildrsParseSource, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasSuffix(p, "_test.go") {
			held[path.Dir(p)] = append(held[path.Dir(p)], p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	needed := map[string]bool{}
	var visit func(dir string)
	visit = func(dir string) {
		if needed[dir] {
			return
		}
		needed[dir] = true
		if held[dir] == nil {
			t.Errorf("%s is imported but not held", dir)
		}
		for _, name := range held[dir] {
			src, err := BuildrsParseSource.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			f, err := parser.ParseFile(token.NewFileSet(), name, src, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range f.Imports {
				p, _ := strconv.Unquote(imp.Path.Value)
				if dep, ok := strings.CutPrefix(p, module); ok {
					visit(dep)
				} else if first, _, _ := strings.Cut(p, "/"); strings.Contains(first, ".") {
					t.Errorf("%s imports %s, which is not in the standard library", name, p)
				}
			}
		}
	}
	visit("cmd/buildrs-parse")
	for dir := range held {
		if !needed[dir] {
			t.Errorf("%s is held but cmd/buildrs-parse does not import it", dir)
		}
	}
	if len(needed) < 3 || !slices.Contains(held["cmd/buildrs-parse"], "cmd/buildrs-parse/main.go") {
		t.Errorf("held %v", held)
	}
}
