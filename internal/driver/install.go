package driver

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"

	"github.com/libnix/libnix/internal/cargo"
	"github.com/libnix/libnix/internal/install"
	"github.com/libnix/libnix/internal/plan"
)

// installShell is the driver's shell as install's: cargo's green status
// words and warnings; none with -q.
type installShell struct{ b *builder }

func (s installShell) Status(word, msg string) { s.b.status(word, msg) }
func (s installShell) Warn(msg string)         { s.b.sh.warn(msg) }

func (b *builder) installShell() install.Shell {
	if b.o.Level == "errors" {
		return nil
	}
	return installShell{b}
}

// keepInstalled makes the GC root of one installed package, under the
// install root's .libnix/gcroots, so that its binaries' store paths stay.
func keepInstalled(ctx context.Context, root string) install.Keep {
	return func(name string, targets []string) error {
		links := make([]link, len(targets))
		for i, t := range targets {
			links[i].Target = t
		}
		return replaceRoots(ctx, filepath.Join(root, ".libnix", "gcroots", name), linkedStorePaths(links))
	}
}

// installCommand is cargo install --path DIR (and --list) and cargo
// uninstall: the binaries are built as for `build --release` of the
// package in DIR, then linked into the root's bin/ (install.Install).
func (b *builder) installCommand(ctx context.Context, stdout io.Writer, stderr *os.File) (int, error) {
	o := b.o
	cwd, err := os.Getwd()
	if err != nil {
		return 1, err
	}
	// cargo reads install.root from the configuration where it runs, not
	// in the package's directory.
	cfg, err := cargo.LoadConfig(cwd, o.Cargo.Config, os.LookupEnv)
	if err != nil {
		return 1, err
	}
	root, err := install.Root(o.Install.Root, cfg.InstallRoot, os.LookupEnv)
	if _, set := os.LookupEnv("CARGO_INSTALL_ROOT"); err == nil && o.Install.Root == "" && !set {
		err = cfg.InstallRootErr
	}
	if err != nil {
		return 1, err
	}
	keep := keepInstalled(ctx, root)
	switch {
	case o.Command == "uninstall":
		return 0, install.Uninstall(root, o.Install.Specs[0], o.Install.Bins, keep, b.installShell())
	case o.Install.List:
		return 0, install.List(root, stdout)
	}
	f := &o.Cargo
	f.ManifestPath = filepath.Join(o.Install.Path, "Cargo.toml")
	f.Release = !o.Install.Debug && f.Profile == ""
	if len(f.Bins) == 0 {
		f.AllBins = true
	}
	var pkg install.Package
	b.afterPlan = func() error {
		p, err := b.installedPackage()
		if err != nil {
			return err
		}
		pkg = p
		return install.Begin(root, pkg, o.Install.Force, b.installShell())
	}
	if status, err := b.buildAll(ctx, stderr); status != 0 || err != nil {
		return status, err
	}
	for _, l := range b.state.RootLinks {
		if u := b.p.Units[l.Unit]; u.Kind == plan.KindBin {
			if _, ok := pkg.Bins[u.Target.Name]; ok {
				pkg.Bins[u.Target.Name] = l.Target
			}
		}
	}
	for name, target := range pkg.Bins {
		if target == "" {
			return 1, errors.New("binary `" + name + "` was not built")
		}
	}
	return 0, install.Install(root, pkg, o.Install.Force, os.Getenv("PATH"), keep, b.installShell())
}

// installedPackage is the package cargo install --path installs, from the
// plan: the one package of its binaries (Bins waiting for their files).
func (b *builder) installedPackage() (install.Package, error) {
	var pkg *plan.Package
	bins := map[string]string{}
	for _, i := range b.p.Roots {
		u := b.p.Units[i]
		if u.Kind != plan.KindBin {
			continue
		}
		pkg = b.p.Packages[u.Package]
		bins[u.Target.Name] = ""
	}
	if pkg == nil {
		return install.Package{}, errors.New("there is nothing to install in `" + b.o.Install.Path + "`, because it has no binaries\n`cargo install` is only for installing programs, and can't be used with libraries.\nTo use a library crate, add it as a dependency to a Cargo project with `cargo add`.")
	}
	f := b.o.Cargo
	return install.Package{
		ID: install.PathID(pkg.Name, pkg.Version, packageDir(b.p, pkg)), Bins: bins,
		Profile: f.ProfileName(), Target: b.p.Toolchain.Host, Rustc: b.p.Toolchain.VerboseVersion,
		Features: f.Features, AllFeatures: f.AllFeatures, NoDefaultFeatures: f.NoDefaultFeatures,
	}, nil
}
