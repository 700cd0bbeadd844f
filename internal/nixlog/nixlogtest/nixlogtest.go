// Package nixlogtest builds Nix logs for tests: large ones for benchmarks
// and memory tests out of recorded ones, and small synthetic ones (Log) for
// what no recording holds.
package nixlogtest

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strconv"
	"strings"

	"github.com/libnix/libnix/internal/cargoproto"
)

// Log writes an internal-json log record by record, as Nix does.
type Log struct{ buf bytes.Buffer }

// Bytes returns the log so far.
func (l *Log) Bytes() []byte { return l.buf.Bytes() }

func (l *Log) record(r map[string]any) {
	b, err := json.Marshal(r)
	if err != nil {
		panic(err) // only strings and numbers go in
	}
	l.buf.WriteString("@nix ")
	l.buf.Write(b)
	l.buf.WriteByte('\n')
}

// Session starts activity id as a Worker session (type 104, Builds).
func (l *Log) Session(id int) {
	l.record(map[string]any{"action": "start", "id": id, "level": 0, "text": "", "type": 104})
}

// Progress is session id's counter: builds done, expected, running, failed.
func (l *Log) Progress(id, done, expected, running, failed int) {
	l.record(map[string]any{"action": "result", "id": id, "type": 105, "fields": []int{done, expected, running, failed}})
}

// Build starts activity id as the build of derivation drv (type 105).
func (l *Log) Build(id int, drv string) {
	l.record(map[string]any{"action": "start", "id": id, "level": 3, "type": 105,
		"text": "building '" + drv + "'", "fields": []any{drv, "", 1, 1}})
}

// Line is a line of activity id's build log (result type 101).
func (l *Log) Line(id int, text string) {
	l.record(map[string]any{"action": "result", "id": id, "type": 101, "fields": []string{text}})
}

// Stop stops activity id.
func (l *Log) Stop(id int) { l.record(map[string]any{"action": "stop", "id": id}) }

// Unit starts activity id as the build of drv for a local cargo unit: the
// build and its `@cargo` start line.
func (l *Log) Unit(id int, drv, unit, crate, version, kind string) {
	l.Build(id, drv)
	l.cargo(id, cargoproto.Start{Unit: unit, Crate: crate, Version: version, Kind: kind,
		Target: crate, Mode: "build", Local: true})
}

// Finish is unit's `@cargo` finish line in activity id's log.
func (l *Log) Finish(id int, unit string, exit int, stale bool) {
	l.cargo(id, cargoproto.Finish{Unit: unit, Exit: exit, Stale: stale})
}

// Cancelled is the finish line of a builder that did not start its unit,
// as libnix's builders print it once libnix-build closed the gate.
func (l *Log) Cancelled(id int, unit string) {
	l.cargo(id, cargoproto.Finish{Unit: unit, Exit: 1, Cancelled: true})
}

// Command is the command line of unit in activity id's log.
func (l *Log) Command(id int, unit string, env, argv []string) {
	l.cargo(id, cargoproto.Command{Unit: unit, Env: env, Argv: argv})
}

func (l *Log) cargo(id int, m cargoproto.Message) {
	b, err := cargoproto.JSON(m)
	if err != nil {
		panic(err)
	}
	l.Line(id, cargoproto.Prefix+string(b))
}

// Msg is a message of Nix at level (0 for errors), text as Nix prints it.
func (l *Log) Msg(level int, text string) {
	l.record(map[string]any{"action": "msg", "level": level, "msg": text})
}

var idRE = regexp.MustCompile(`"(id|parent)":([0-9]+)`)

// Repeat concatenates logs, again and again, until the result has at least
// size bytes. Each copy gets fresh activity ids (shifted by the copy number
// above bit 40, where Nix keeps the pid), so copies never collide and the
// result reads like one long session of many builds.
func Repeat(logs [][]byte, size int) []byte {
	var out bytes.Buffer
	for k := uint64(1); out.Len() < size; k++ {
		for _, l := range logs {
			out.Write(Renumber(l, k))
			if len(l) > 0 && l[len(l)-1] != '\n' {
				out.WriteByte('\n')
			}
		}
	}
	return out.Bytes()
}

// Renumber returns log with every activity id and parent id moved to copy
// k (parent 0, "no parent", stays 0).
func Renumber(log []byte, k uint64) []byte {
	return idRE.ReplaceAllFunc(log, func(m []byte) []byte {
		sub := idRE.FindSubmatch(m)
		n, err := strconv.ParseUint(string(sub[2]), 10, 64)
		if err != nil || n == 0 {
			return m
		}
		n ^= k << 40
		return []byte(`"` + string(sub[1]) + `":` + strconv.FormatUint(n, 10))
	})
}

// Drv is a derivation path for a synthetic log.
func Drv(name string) string {
	return "/nix/store/" + strings.Repeat("a", 32) + "-" + name + ".drv"
}

// StaleLog is a build in which the stale unit app fails and its two
// dependents are not built, then whatever more does.
func StaleLog(more func(l *Log)) []byte {
	var l Log
	l.Session(1)
	l.Progress(1, 0, 4, 0, 0)
	l.Unit(10, Drv("dep-1.0.0-lib"), "dep-u", "dep", "1.0.0", "lib")
	l.Finish(10, "dep-u", 0, false)
	l.Progress(1, 1, 4, 0, 0)
	l.Stop(10)
	l.Unit(11, Drv("app-0.1.0-lib"), "app-u", "app", "0.1.0", "lib")
	l.Finish(11, "app-u", 1, true)
	l.Progress(1, 1, 4, 0, 1)
	l.Msg(0, "error: builder for '"+Drv("app-0.1.0-lib")+"' failed with exit code 1")
	l.Stop(11)
	l.Msg(0, "error: 1 dependencies of derivation '"+Drv("app-0.1.0-bin")+"' failed to build")
	l.Msg(0, "error: 1 dependencies of derivation '"+Drv("app-0.1.0-test")+"' failed to build")
	if more != nil {
		more(&l)
	}
	l.Stop(1)
	return l.Bytes()
}

// FailFastLog is a build with --keep-going and libnix-build's gate: slow
// runs while fails fails; late, which Nix starts after that, does not
// start its unit; slow finishes; app, which needs them all, is not built.
func FailFastLog() []byte {
	var l Log
	slow, fails, late := Drv("0-00-slow-0.1.0-lib-11111111"), Drv("0-00-fails-0.1.0-lib-22222222"), Drv("0-00-late-0.1.0-lib-33333333")
	l.Session(1)
	l.Progress(1, 0, 4, 0, 0)
	l.Unit(10, slow, "slow-u", "slow", "0.1.0", "lib")
	l.Unit(11, fails, "fails-u", "fails", "0.1.0", "lib")
	l.Finish(11, "fails-u", 1, false)
	l.Progress(1, 0, 4, 1, 1)
	l.Msg(0, "error: builder for '"+fails+"' failed with exit code 1")
	l.Stop(11)
	l.Build(12, late)
	l.Cancelled(12, "late-u")
	l.Progress(1, 0, 4, 1, 2)
	l.Msg(0, "error: builder for '"+late+"' failed with exit code 1")
	l.Stop(12)
	l.Finish(10, "slow-u", 0, false)
	l.Progress(1, 1, 4, 0, 2)
	l.Stop(10)
	l.Msg(0, "error: 2 dependencies of derivation '"+Drv("0-00-app-0.1.0-bin-44444444")+"' failed to build")
	l.Msg(0, "error: build of '"+Drv("0-00-app-0.1.0-bin-44444444")+"' failed")
	l.Stop(1)
	return l.Bytes()
}
