// Package nixlog reads Nix's `--log-format internal-json` stream and keeps a
// model of what it describes: builds and their log lines, substitutions,
// downloads, messages, and how each build ended.
//
// The format is described in docs/logone-events.md (what logone prints); the
// input is Nix's own, recorded under testdata/ for Nix 2.8 and 2.26 (what
// changed between versions: docs/nix-versions.md).
// Nothing here trusts the input: every line that is not a well-formed record
// is reported as a plain line, never dropped.
package nixlog

// Action is the kind of a record ("action" key).
type Action uint8

// Actions. ActionOther is a well-formed record with an action this package
// does not know; it is kept so that newer Nix versions do not break logone.
const (
	ActionOther Action = iota
	ActionStart
	ActionStop
	ActionResult
	ActionMsg
	ActionSetPhase
)

// Activity types (start.type), Nix 2.8 to 2.36pre.
const (
	ActUnknown       = 0
	ActCopyPath      = 100
	ActFileTransfer  = 101
	ActRealise       = 102
	ActCopyPaths     = 103
	ActBuilds        = 104
	ActBuild         = 105
	ActOptimiseStore = 106
	ActVerifyPaths   = 107
	ActSubstitute    = 108
	ActQueryPathInfo = 109
	ActPostBuildHook = 110
	ActBuildWaiting  = 111
	ActFetchTree     = 112
	ActFetchToStore  = 113
)

// Result types (result.type).
const (
	ResFileLinked       = 100
	ResBuildLogLine     = 101
	ResUntrustedPath    = 102
	ResCorruptedPath    = 103
	ResSetPhase         = 104
	ResProgress         = 105
	ResSetExpected      = 106
	ResPostBuildLogLine = 107
	ResFetchStatus      = 108
	ResFetchToStore     = 109
)

// Record is one decoded `@nix {…}` line. Parse reuses a Record: strings are
// fresh copies, Fields is overwritten by the next Parse.
type Record struct {
	Action     Action
	ActionName string // only for ActionOther
	ID         uint64
	Level      int
	Type       int
	Text       string
	Parent     uint64
	HasParent  bool
	Fields     []Field
	Msg        string
	RawMsg     string
	HasRawMsg  bool
	File       string
	Line       int
	Column     int
	HasPos     bool // line or column was a number
	Trace      []Frame
	Phase      string

	hasAction bool
}

// Field is one element of a "fields" array: Nix mixes strings and unsigned
// integers in one array.
type Field struct {
	Str   string
	Num   uint64
	IsStr bool
	IsNum bool
}

// Frame is one element of a msg's "trace" array (--show-trace).
type Frame struct {
	RawMsg string `json:"raw_msg"`
	File   string `json:"file,omitempty"`
	Line   int    `json:"line,omitempty"`
	Column int    `json:"column,omitempty"`
}

// Str returns fields[i] as a string, or "" when it is absent or a number.
func (r *Record) Str(i int) string {
	if i < len(r.Fields) && r.Fields[i].IsStr {
		return r.Fields[i].Str
	}
	return ""
}

// Num returns fields[i] as a number, or 0 when it is absent or a string.
func (r *Record) Num(i int) uint64 {
	if i < len(r.Fields) && r.Fields[i].IsNum {
		return r.Fields[i].Num
	}
	return 0
}

func (r *Record) reset() {
	fields, trace := r.Fields[:0], r.Trace[:0]
	*r = Record{Fields: fields, Trace: trace}
}
