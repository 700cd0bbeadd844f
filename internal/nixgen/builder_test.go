package nixgen

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/libnix/libnix/internal/cargoproto"
	"github.com/libnix/libnix/internal/plan"
	"github.com/libnix/libnix/internal/testenv"
)

// protocolTypes are cargoproto's message types by their "type".
var protocolTypes = map[string]reflect.Type{
	cargoproto.TypeStart:       reflect.TypeFor[cargoproto.Start](),
	cargoproto.TypeDiagnostic:  reflect.TypeFor[cargoproto.Diagnostic](),
	cargoproto.TypeBuildScript: reflect.TypeFor[cargoproto.BuildScript](),
	cargoproto.TypeFinish:      reflect.TypeFor[cargoproto.Finish](),
	cargoproto.TypeCommand:     reflect.TypeFor[cargoproto.Command](),
}

// checkProtocolLine fails unless line is a message of internal/cargoproto
// with nothing more and nothing less: a defined type, only the fields its
// Go type has, each of its JSON type, and the very bytes cargoproto.Line
// writes for it (so no field is missing either, and the key order holds).
func checkProtocolLine(line string) error {
	body, ok := strings.CutPrefix(line, cargoproto.Prefix)
	var h struct {
		V    int    `json:"v"`
		Type string `json:"type"`
	}
	if !ok || json.Unmarshal([]byte(body), &h) != nil || h.V != cargoproto.Version {
		return fmt.Errorf("%s: not a protocol line of version %d", line, cargoproto.Version)
	}
	typ, ok := protocolTypes[h.Type]
	if !ok {
		return fmt.Errorf("%s: cargoproto defines no type %q", line, h.Type)
	}
	dec := json.NewDecoder(strings.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(reflect.New(typ).Interface()); err != nil {
		return fmt.Errorf("%s: %v", line, err)
	}
	m, ok := cargoproto.Parse(line)
	if !ok || reflect.TypeOf(m) != typ {
		return fmt.Errorf("%s: cargoproto.Parse reads %#v, %v", line, m, ok)
	}
	if s, ok := m.(cargoproto.Start); ok && !slices.Contains(cargoproto.Kinds, s.Kind) {
		return fmt.Errorf("%s: kind %q is not one of cargoproto.Kinds", line, s.Kind)
	}
	want, err := cargoproto.Line(m)
	if err != nil {
		return err
	}
	if string(want) != line+"\n" {
		return fmt.Errorf("the line is\n%s\ncargoproto.Line writes\n%s", line, want)
	}
	return nil
}

// recordedStarts is every unit's cargoStart in the fixtures' recorded
// plans, by unit kind.
func recordedStarts(t *testing.T) map[string][]string {
	t.Helper()
	attr := regexp.MustCompile(`(?m)^ *cargoStart = (".*");$`)
	starts := map[string][]string{}
	for _, fixture := range testenv.Fixtures {
		_, files := emitRecorded(t, fixture)
		for name, data := range files {
			if !strings.HasPrefix(name, "units/") {
				continue
			}
			m := attr.FindSubmatch(data)
			if m == nil {
				t.Fatalf("%s %s: no cargoStart", fixture, name)
			}
			s, ok := decodeNixString(string(m[1]))
			if !ok {
				t.Fatalf("%s %s: cargoStart %s", fixture, name, m[1])
			}
			var start cargoproto.Start
			if err := json.Unmarshal([]byte(s), &start); err != nil {
				t.Fatalf("%s %s: %v", fixture, name, err)
			}
			starts[start.Kind] = append(starts[start.Kind], s)
		}
	}
	for _, s := range starts {
		sort.Strings(s)
	}
	return starts
}

// TestCargoStart: the start line nix-emit writes into each unit of every
// fixture is cargoproto's, field for field.
func TestCargoStart(t *testing.T) {
	for kind, starts := range recordedStarts(t) {
		for _, s := range starts {
			if err := checkProtocolLine(cargoproto.Prefix + s); err != nil {
				t.Errorf("%s unit: %v", kind, err)
			}
		}
	}
}

// TestProtocolKind pins how each kind of unit is named in its start line,
// always one of cargoproto.Kinds.
func TestProtocolKind(t *testing.T) {
	tests := []struct {
		kind       string
		crateTypes []string
		want       string
	}{
		{plan.KindLib, []string{"lib"}, "lib"},
		{plan.KindLib, []string{"rlib", "cdylib"}, "lib"},
		{plan.KindLib, []string{"cdylib"}, "cdylib"},
		{plan.KindLib, []string{"staticlib"}, "staticlib"},
		{plan.KindLib, []string{"dylib"}, "dylib"},
		{plan.KindProcMacro, []string{"proc-macro"}, "proc-macro"},
		{plan.KindBin, []string{"bin"}, "bin"},
		{plan.KindExample, []string{"bin"}, "example"},
		{plan.KindTest, []string{"bin"}, "test"},
		{plan.KindBench, []string{"bin"}, "bench"},
		{plan.KindBuildScriptCompile, []string{"bin"}, "build-script"},
		{plan.KindBuildScriptRun, []string{"bin"}, "build-script-run"},
	}
	for _, tt := range tests {
		got := ProtocolKind(&plan.Unit{Kind: tt.kind, Target: plan.Target{CrateTypes: tt.crateTypes}})
		if got != tt.want || !slices.Contains(cargoproto.Kinds, got) {
			t.Errorf("ProtocolKind(%s %q) = %q, want %q (one of cargoproto.Kinds)", tt.kind, tt.crateTypes, got, tt.want)
		}
	}
	// Compiled as a test, a unit is of its target's kind: the mode tells
	// the lib's tests (cargo's "lib test") from the lib.
	for _, tt := range []struct{ targetKind, want string }{{"lib", "lib"}, {"proc-macro", "lib"}, {"bin", "bin"}, {"test", "test"}, {"bench", "bench"}, {"example", "example"}} {
		u := &plan.Unit{Kind: plan.KindTest, Mode: plan.ModeTest, Target: plan.Target{Kind: []string{tt.targetKind}}}
		if got := ProtocolKind(u); got != tt.want {
			t.Errorf("ProtocolKind of a %s target compiled as a test = %q, want %q", tt.targetKind, got, tt.want)
		}
	}
}

// builderTypes are the message types builder.sh's own text names (start
// comes from nix-emit's cargoStart).
var builderTypes = regexp.MustCompile(`\\?"type\\?":\\?"([a-z-]+)`)

// TestBuilderProtocol runs builder.sh's compile and run actions outside Nix,
// with stand-ins for rustc, the build script and buildrs-parse, and checks
// every @cargo line it prints with checkProtocolLine, so the shell side
// cannot drift from internal/cargoproto. Between them the cases print every
// message type builder.sh names.
func TestBuilderProtocol(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	builder, err := libFiles.ReadFile("lib/builder.sh")
	if err != nil {
		t.Fatal(err)
	}
	starts := recordedStarts(t)
	if len(starts["bin"]) == 0 || len(starts["build-script-run"]) == 0 {
		t.Fatal("the fixtures have no bin or no build-script-run unit")
	}
	bin, buildScriptRun := starts["bin"][0], starts["build-script-run"][0]
	compile := "action=compile\n" +
		"linkRuns=() ownRuns=() cdylibRuns=() libDeps=() preArgs=(--crate-name x) rustcArgs=() targetArgs=() externArgs=()\n" +
		"linkLibs=1 linkArgFile='' srcPath=main.rs\n"
	run := "action=run\ndepRuns=() parseArgs=()\n"
	const (
		warning  = `{"$message_type":"diagnostic","message":"unused variable: ` + "`x`" + `","code":{"code":"unused_variables"},"level":"warning","rendered":"\u001b[33mwarning\u001b[0m: unused <x> & \"y\"\n"}`
		failure  = `{"$message_type":"diagnostic","message":"mismatched types","code":null,"level":"error","rendered":"error: mismatched types\n"}`
		artifact = `{"$message_type":"artifact","artifact":"/build/x.rmeta","emit":"metadata"}`
	)
	tests := []struct {
		name   string
		start  string // the unit's cargoStart
		attrs  string // the rest of .attrs.sh that differs
		rustc  string // the body of the rustc stand-in
		script string // the body of the build script stand-in
		exit   int    // the builder's exit status, and the finish line's
		types  []string
		plain  []string // stderr's other lines
		env    []string // the command line's environment
	}{
		{"compile", bin, compile, stderrLines(0, warning, artifact, "a line of rustc's own"), "", 0,
			[]string{"start", "command", "diagnostic", "finish"}, []string{"a line of rustc's own"}, []string{hostileEnv}},
		{"compile fails", bin, compile, stderrLines(1, failure, warning), "", 1,
			[]string{"start", "command", "diagnostic", "diagnostic", "finish"}, nil, []string{hostileEnv}},
		{"run", buildScriptRun, run, "", "exit 0", 0, []string{"start", "command", "finish"}, nil, []string{hostileEnv, "NUM_JOBS=1", "OUT_DIR="}},
		{"run fails", buildScriptRun, run, "", "exit 3", 3, []string{"start", "command", "finish"}, nil, []string{hostileEnv, "NUM_JOBS=1", "OUT_DIR="}},
		{"compile cancelled", bin, compile + "gate=$NIX_BUILD_TOP/gate\n", stderrLines(0), "", 1, []string{"finish"}, nil, nil},
		{"run cancelled", buildScriptRun, run + "gate=$NIX_BUILD_TOP/gate\n", "", "exit 0", 1, []string{"finish"}, nil, nil},
		{"run overridden", buildScriptRun, run + "overrideOutput=" + shq("cargo::rustc-link-lib=z\n") + "\n", "", "", 0, []string{"start", "finish"}, nil, nil},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			top := t.TempDir()
			src := filepath.Join(top, "src")
			if err := os.Mkdir(src, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.MkdirAll(filepath.Join(top, "gate", "stop"), 0o755); err != nil {
				t.Fatal(err) // only the cases that set gate see it
			}
			unit := startUnit(tt.start)
			attrs := tt.attrs + "cargoStart=" + shq(tt.start) + " unit=" + shq(unit) + "\ndeclare -A unitEnv=([" + hostileEnvName + "]=" + shq(hostileEnvValue) + ")\n" +
				"declare -A outputs=([out]=" + shq(filepath.Join(top, "out")) + ")\n" +
				"toolPath=" + shq(os.Getenv("PATH")) + " src=" + shq(src) + "\n"
			for name, body := range map[string]string{"rustc": tt.rustc, "script": tt.script, "buildrsParse": "exit 0"} {
				path := filepath.Join(top, name)
				if err := writeFile(path, []byte("#!"+bash+"\n"+body+"\n"), 0o755); err != nil {
					t.Fatal(err)
				}
				attrs += name + "=" + shq(path) + "\n"
			}
			if err := writeFile(filepath.Join(top, ".attrs.sh"), []byte(attrs), 0o644); err != nil {
				t.Fatal(err)
			}
			script := filepath.Join(top, "builder.sh")
			if err := writeFile(script, builder, 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(bash, script)
			cmd.Env = append(os.Environ(), "NIX_BUILD_TOP="+top, "NIX_BUILD_CORES=1")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			var exit *exec.ExitError
			if err := cmd.Run(); err != nil && !errors.As(err, &exit) {
				t.Fatal(err)
			}
			code := 0
			if exit != nil {
				code = exit.ExitCode()
			}
			if code != tt.exit {
				t.Errorf("builder exit %d, want %d; stderr:\n%s", code, tt.exit, stderr.String())
			}
			var types, plain []string
			for _, line := range strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n") {
				if !strings.HasPrefix(line, cargoproto.Prefix) {
					plain = append(plain, line)
					continue
				}
				if err := checkProtocolLine(line); err != nil {
					t.Error(err)
					continue
				}
				m, _ := cargoproto.Parse(line)
				typ := reflect.ValueOf(m).FieldByName("Type").String()
				types, seen[typ] = append(types, typ), true
				if u := reflect.ValueOf(m).FieldByName("Unit").String(); u != unit {
					t.Errorf("%s: unit %q, want %q", line, u, unit)
				}
				if f, ok := m.(cargoproto.Finish); ok && (f.Exit != tt.exit || f.Cancelled != (len(tt.types) == 1)) {
					t.Errorf("finish exit %d, cancelled %v; want %d, %v", f.Exit, f.Cancelled, tt.exit, len(tt.types) == 1)
				}
				if c, ok := m.(cargoproto.Command); ok {
					// The environment as given (OUT_DIR's value is the
					// temporary directory's), the program first.
					env := slices.Clone(c.Env)
					for i, kv := range env {
						if strings.HasPrefix(kv, "OUT_DIR=") {
							env[i] = "OUT_DIR="
						}
					}
					if !slices.Equal(env, tt.env) || len(c.Argv) == 0 || filepath.Dir(c.Argv[0]) != top {
						t.Errorf("command %q %q, want the environment %q and a program in %s", c.Env, c.Argv, tt.env, top)
					}
				}
			}
			if !slices.Equal(types, tt.types) || !slices.Equal(plain, tt.plain) {
				t.Errorf("the builder printed %q and other lines %q, want %q and %q", types, plain, tt.types, tt.plain)
			}
		})
	}
	for _, m := range builderTypes.FindAllSubmatch(builder, -1) {
		if !seen[string(m[1])] {
			t.Errorf("builder.sh prints @cargo %s lines, which no case of TestBuilderProtocol prints", m[1])
		}
	}
}

// A unit's environment variable whose value has everything JSON escapes.
const (
	hostileEnvName  = "CARGO_PKG_DESCRIPTION"
	hostileEnvValue = "a \"quote\", a \\, a\nnewline, \t\r\x01\x1f, ${x} $(y) `z` ünï"
	hostileEnv      = hostileEnvName + "=" + hostileEnvValue
)

func startUnit(start string) string {
	var s cargoproto.Start
	json.Unmarshal([]byte(start), &s)
	return s.Unit
}

// stderrLines is a stand-in's body that prints lines on stderr and exits
// with exit.
func stderrLines(exit int, lines ...string) string {
	return "printf '%s\\n' " + shq(strings.Join(lines, "\n")) + " >&2\nexit " + fmt.Sprint(exit)
}

// shq quotes s for bash.
func shq(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

// FuzzBuilderJSONString: builder.sh's jsonstr writes every string bash can
// hold as a JSON string that decodes to it.
func FuzzBuilderJSONString(f *testing.F) {
	for _, s := range []string{"", "plain", `a"b\c`, "nl\nx\ty\rz\x01\x1f\x7f", "${x} $(y) `z`", "ünï", "\u2028"} {
		f.Add(s)
	}
	bash, err := exec.LookPath("bash")
	if err != nil {
		f.Skip("no bash")
	}
	builder, err := libFiles.ReadFile("lib/builder.sh")
	if err != nil {
		f.Fatal(err)
	}
	fn := regexp.MustCompile(`(?ms)^jsonstr\(\) \{$.*?^\}$`).Find(builder)
	if fn == nil {
		f.Fatal("builder.sh has no jsonstr function")
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.ContainsRune(s, 0) || !utf8.ValidString(s) {
			return // bash holds no NUL; JSON holds text
		}
		cmd := exec.Command(bash, "-c", string(fn)+"\njsonstr \"$1\"\nprintf '%s' \"$REPLY\"", "bash", s)
		cmd.Env = append(os.Environ(), "LC_ALL=C") // as in the sandbox, where Nix sets no locale
		out, err := cmd.Output()
		if err != nil {
			t.Fatal(err)
		}
		var got string
		if err := json.Unmarshal(out, &got); err != nil || got != s {
			t.Errorf("jsonstr %q: %s decodes to %q (%v)", s, out, got, err)
		}
	})
}
