package driver

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"slices"
	"strings"
	"time"
)

// remoteBuilders is the builders nix-build is given in args (--builders
// SPEC, --option builders SPEC), "" for none.
func remoteBuilders(args []string) string {
	for i := 0; i+1 < len(args); i++ {
		switch {
		case args[i] == "--builders":
			return strings.TrimSpace(args[i+1])
		case args[i] == "--option" && args[i+1] == "builders" && i+2 < len(args):
			return strings.TrimSpace(args[i+2])
		}
	}
	return ""
}

// buildMachine is one machine of a builders specification: Nix's
// "URI [systems [ssh key ...]]", machines separated by newlines or ';'.
type buildMachine struct{ uri, key string }

func parseBuilders(spec string) []buildMachine {
	var bs []buildMachine
	for _, m := range strings.FieldsFunc(spec, func(r rune) bool { return r == '\n' || r == ';' }) {
		f := strings.Fields(m)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		b := buildMachine{uri: f[0]}
		if len(f) > 2 && f[2] != "-" {
			b.key = f[2]
		}
		bs = append(bs, b)
	}
	return bs
}

// checkBuilders asks each ssh builder for its Nix configuration before
// anything is built: the host toolchain's units need the paths need
// mounted in its sandbox (its sandbox-paths), and a builder without them
// would fail inside the build. The error says which builder lacks which.
func checkBuilders(ctx context.Context, spec string, need []string) error {
	for _, b := range parseBuilders(spec) {
		u, err := url.Parse(b.uri)
		if err != nil || (u.Scheme != "ssh" && u.Scheme != "ssh-ng") || u.Host == "" {
			continue // another kind of store: Nix says what it makes of it
		}
		host := u.Host
		if u.User != nil {
			host = u.User.Username() + "@" + host
		}
		args := strings.Fields(os.Getenv("NIX_SSHOPTS"))
		if b.key != "" {
			args = append(args, "-i", b.key)
		}
		args = append(args, "-o", "BatchMode=yes", host, "nix --extra-experimental-features nix-command show-config")
		cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		out, err := exec.CommandContext(cctx, "ssh", args...).Output()
		cancel()
		if err != nil {
			return fmt.Errorf("remote builder %s: asking for its Nix configuration (ssh %s nix show-config): %v", b.uri, host, err)
		}
		mounted := map[string]bool{}
		for _, l := range strings.Split(string(out), "\n") {
			if v, ok := strings.CutPrefix(l, "sandbox-paths = "); ok {
				for _, p := range strings.Fields(v) {
					target, _, _ := strings.Cut(p, "=")
					mounted[strings.TrimSuffix(target, "?")] = true
				}
			}
		}
		var missing []string
		for _, p := range need {
			if !mounted[p] {
				missing = append(missing, p)
			}
		}
		if len(missing) > 0 {
			return fmt.Errorf("remote builder %s: its sandbox-paths lack %s, which the host toolchain's units need; mount them there (docs/sharing.md) or build with --toolchain pkgs",
				b.uri, strings.Join(slices.Sorted(slices.Values(missing)), " "))
		}
	}
	return nil
}
