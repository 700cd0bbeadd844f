package driver

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/libnix/libnix/internal/plan"
)

// docLink is target/doc, cargo doc's directory, as a link to default.nix's
// doc: the merged documentation. A directory there is cargo's own, which
// libnix-build does not replace.
func docLink(targetDir, out string) (link, error) {
	dir := filepath.Join(targetDir, "doc")
	if st, err := os.Lstat(dir); err == nil && st.IsDir() {
		return link{}, errors.New(dir + " is a directory (cargo doc's); remove it, and libnix-build links its documentation there")
	}
	return link{Path: "doc", Target: out, Unit: -1}, nil
}

// generated prints cargo doc's last line, naming the first documented root's
// page, and with --open opens it as cargo does: with $BROWSER, else
// xdg-open.
func (b *builder) generated() error {
	var pages []string
	for _, i := range b.p.Roots {
		if u := b.p.Units[i]; u.Mode == plan.ModeDoc {
			pages = append(pages, filepath.Join(b.pr.TargetDir, "doc", u.Target.CrateName, "index.html"))
		}
	}
	if len(pages) == 0 {
		return nil
	}
	text := pages[0]
	if n := len(pages) - 1; n > 0 {
		text += fmt.Sprintf(" and %d other file", n)
		if n > 1 {
			text += "s"
		}
	}
	b.status("Generated", text)
	if !b.o.Open {
		return nil
	}
	browser := os.Getenv("BROWSER")
	if browser == "" {
		browser = "xdg-open"
	}
	b.status("Opening", pages[0])
	if err := exec.Command(browser, pages[0]).Run(); err != nil {
		return fmt.Errorf("couldn't open docs with %s: %v", browser, err)
	}
	return nil
}
