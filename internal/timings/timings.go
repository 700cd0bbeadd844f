// Package timings writes the build timing report of `--timings` as cargo
// 1.95 does: an HTML file
// target/cargo-timings/cargo-timing-<UTC %Y%m%dT%H%M%S%3fZ>-<hash>.html,
// named as cargo names it (rootHash), and its hard link (or copy)
// cargo-timing.html. The caller times the units and prints cargo's
// `      Timing report saved to <path>` with the path Write returns.
//
// The page presents what cargo's presents, from the caller's data: the
// summary (targets, profile, fresh, dirty and total units, concurrency,
// start, total time, rustc, host and target), the timeline, the
// concurrency over time and the unit table (longest first). Unlike
// cargo's canvas drawn by script, it is static HTML and inline SVG: no
// script, no network, and html/template escapes every project string.
package timings

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"time"
)

// Unit is one unit of the build, timed relative to the build's start.
type Unit struct {
	Name, Version string
	// Target is what cargo prints after "NAME vVERSION": "" for a lib,
	// `app "bin"`, "build-script", "build-script (run)",
	// `cli "test" (test)`, "(check)"...; a target ending in "(run)" is
	// drawn as a build-script run.
	Target          string
	Features        []string
	Start, Duration time.Duration
	Fresh           bool // came from the store or a cache, not built now
	Root            bool // asked for on the command line: listed under Targets
}

// Report is one build.
type Report struct {
	WorkspaceRoot string    // names the file, as cargo's run id does
	Start         time.Time // the build's start (UTC in the file name)
	Total         time.Duration
	Jobs, CPUs    int    // -j and the machine's CPUs (0: "n/a")
	Profile       string // "dev", "release"...
	Rustc         string // `rustc -V`
	Host, Target  string // triples; Target "" is the host
	Command       string // the command line, shown under the title
	Error         string // why the build failed, "" if it did not
	Units         []Unit
}

// Write writes the report under targetDir/cargo-timings and returns the
// stamped file's absolute path.
func Write(targetDir string, r Report) (string, error) {
	var page bytes.Buffer
	if err := render(&page, r); err != nil {
		return "", err
	}
	dir := filepath.Join(targetDir, "cargo-timings")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	path, err := filepath.Abs(filepath.Join(dir, fileName(r)))
	if err != nil {
		return "", err
	}
	if err := os.WriteFile(path, page.Bytes(), 0o644); err != nil {
		return "", err
	}
	return path, linkOrCopy(path, filepath.Join(dir, "cargo-timing.html"))
}

// fileName is the stamped file's name, cargo's run id: the start in UTC to
// the millisecond and rootHash of the workspace root.
func fileName(r Report) string {
	stamp := r.Start.UTC().Format("20060102T150405.000")
	stamp = stamp[:15] + stamp[16:] + "Z"
	return "cargo-timing-" + stamp + "-" + rootHash(r.WorkspaceRoot) + ".html"
}

// linkOrCopy replaces dst by a hard link to src, or a copy where links
// fail, as cargo's paths::link_or_copy does.
func linkOrCopy(src, dst string) error {
	if err := os.Remove(dst); err != nil && !os.IsNotExist(err) {
		return err
	}
	if os.Link(src, dst) == nil {
		return nil
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
