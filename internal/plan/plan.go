// Package plan builds libnix's build plan: cargo's unit graph joined with
// everything else a Nix emitter needs to reproduce each unit's rustc
// invocation and build-script run (package metadata, sources, toolchain,
// target info, config). The schema is documented in docs/plan.md.
package plan

import (
	"github.com/libnix/libnix/internal/cargo"
)

// Version is the plan schema version printed in every plan.
const Version = 1

// Plan is the whole plan. Units and packages refer to each other by index.
type Plan struct {
	Version int `json:"version"`
	// Command is the cargo command planned: "test", "check", "doc", or ""
	// for build (omitted so that plans of cargo build print as they always
	// did).
	Command string `json:"command,omitempty"`
	// DocumentPrivateItems is cargo doc's --document-private-items, which
	// the unit graph does not show: every doc unit documents private items.
	DocumentPrivateItems bool                 `json:"document_private_items,omitempty"`
	Toolchain            Toolchain            `json:"toolchain"`
	Platforms            map[string]*Platform `json:"platforms"`
	Workspace            Workspace            `json:"workspace"`
	Config               Config               `json:"config"`
	Packages             []*Package           `json:"packages"`
	Units                []*Unit              `json:"units"`
	Roots                []int                `json:"roots"`
}

// Toolchain identifies the compiler.
type Toolchain struct {
	Release        string `json:"release"`
	CommitHash     string `json:"commit_hash"`
	CommitDate     string `json:"commit_date"`
	Host           string `json:"host"`
	LLVMVersion    string `json:"llvm_version"`
	VerboseVersion string `json:"verbose_version"`
	Sysroot        string `json:"sysroot"`
	Rustc          string `json:"rustc"`
}

// Platform is what a compile kind ("host", or a --target triple) compiles with.
type Platform struct {
	Triple         string                     `json:"triple"`
	Cfg            []string                   `json:"cfg"`
	FileNames      map[string]*cargo.FileName `json:"file_names"`
	SplitDebuginfo []string                   `json:"split_debuginfo"`
	Rustflags      []string                   `json:"rustflags"`
	Linker         *string                    `json:"linker"`
}

// Workspace describes the cargo workspace and the build's profile.
type Workspace struct {
	Root            string `json:"root"`
	Members         []int  `json:"members"`
	DefaultMembers  []int  `json:"default_members"`
	TargetDirectory string `json:"target_directory"`
	Profile         string `json:"profile"`
	ProfileRoot     string `json:"profile_root"`
	ProfileDir      string `json:"profile_dir"`
}

// Config is the cargo configuration a build needs besides rustflags and linkers.
type Config struct {
	Files          []string                             `json:"files"`
	Env            map[string]cargo.EnvValue            `json:"env"`
	LinksOverrides map[string]map[string]map[string]any `json:"links_overrides"`
}

// Package is one cargo package, listed once.
type Package struct {
	ID          string            `json:"id"`
	Name        string            `json:"name"`
	Version     string            `json:"version"`
	Source      Source            `json:"source"`
	ManifestDir string            `json:"manifest_dir"`
	Local       bool              `json:"local"`
	Links       *string           `json:"links"`
	RustVersion *string           `json:"rust_version"`
	Edition     string            `json:"edition"`
	Features    []string          `json:"features"`
	Targets     []Target          `json:"targets"`
	Env         map[string]string `json:"env"`
	Lints       []string          `json:"lints"`
}

// Source is where a package's files come from.
type Source struct {
	Kind      string             `json:"kind"` // "path", "registry" or "git"
	ID        string             `json:"id,omitempty"`
	Path      string             `json:"path,omitempty"`
	URL       string             `json:"url,omitempty"`
	Checksum  *string            `json:"checksum,omitempty"`
	Rev       string             `json:"rev,omitempty"`
	Reference map[string]string  `json:"reference,omitempty"`
	Subdir    *string            `json:"subdir,omitempty"`
	Replaced  *cargo.Replacement `json:"replaced,omitempty"`
}

// Target is a cargo target with its source path relative to the package root.
type Target struct {
	Name             string   `json:"name"`
	CrateName        string   `json:"crate_name"`
	Kind             []string `json:"kind"`
	CrateTypes       []string `json:"crate_types"`
	SrcPath          string   `json:"src_path"`
	Edition          string   `json:"edition"`
	Harness          bool     `json:"harness"`
	RequiredFeatures []string `json:"required_features,omitempty"`
	Doc              bool     `json:"doc"`
	Doctest          bool     `json:"doctest"`
	Test             bool     `json:"test"`
}

// Unit is one node of cargo's unit graph, with derived helpers.
type Unit struct {
	ID          string   `json:"id"`
	Package     int      `json:"package"`
	Kind        string   `json:"kind"`
	Target      Target   `json:"target"`
	Mode        string   `json:"mode"`
	Profile     Profile  `json:"profile"`
	ProfileRoot string   `json:"profile_root,omitempty"`
	Platform    *string  `json:"platform"`
	CompileKind string   `json:"compile_kind"`
	Features    []string `json:"features"`
	IsStd       bool     `json:"is_std,omitempty"`
	Deps        []Dep    `json:"deps"`
	Root        bool     `json:"root"`
}

// CompiledAsTest reports whether rustc builds the unit with --test (or
// --cfg test without a harness): in test mode, or checked as a test (cargo
// check --tests, which the plan gives kind test or bench).
func (u *Unit) CompiledAsTest() bool {
	return u.Mode == ModeTest || u.Mode == ModeCheck && (u.Kind == KindTest || u.Kind == KindBench)
}

// Dep is an edge from a unit to a unit it depends on.
type Dep struct {
	Index           int    `json:"index"`
	ID              string `json:"id"`
	ExternCrateName string `json:"extern_crate_name"`
	Public          *bool  `json:"public,omitempty"`
	Noprelude       *bool  `json:"noprelude,omitempty"`
}

// Unit kinds.
const (
	KindLib                = "lib"
	KindProcMacro          = "proc-macro"
	KindBin                = "bin"
	KindExample            = "example"
	KindTest               = "test"
	KindBench              = "bench"
	KindDoctest            = "doctest"
	KindBuildScriptCompile = "build-script-compile"
	KindBuildScriptRun     = "build-script-run"
)
