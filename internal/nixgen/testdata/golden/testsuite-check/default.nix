# The Nix build of the cargo workspace testsuite-check (profile dev): one derivation per cargo unit.
# Written by nix-emit from crate-plan's plan; edits are overwritten.
# From the workspace root (target/debug/nix/build is nix-build with the sandbox options the toolchain needs):
#   target/debug/nix/build -A all            every unit cargo was asked for
#   target/debug/nix/build -A bins.NAME      one binary (bin/NAME)
#   target/debug/nix/build -A units.ID       any unit (units/ID.nix says what it is)
#   target/debug/nix/build -A testRuns       run every test binary (testArgs: their arguments)
#   --argstr salt S             new derivations for every unit: a from-scratch build
#   --arg clippyArgs '[ ]'      workspace members' units linted by clippy-driver (the list: clippy's arguments)
{ toolchain ? "host", pkgs ? null, rustc ? pkgs.rustc, cargo ? pkgs.cargo, clippy ? pkgs.clippy, salt ? "", testArgs ? [ ], testThreads ? 0, testQuiet ? false, clippyArgs ? null }:
let
  tc = import ./toolchain.nix { inherit toolchain pkgs rustc cargo clippy; };
  ws = ./../../..;
  # Cargo.dependencies.nix next to Cargo.toml: per-crate build inputs and environment.
  depsFile = ws + "/Cargo.dependencies.nix";
  deps = if builtins.pathExists depsFile then (let d = import depsFile; in if builtins.isFunction d then d { inherit pkgs toolchain; } else d) else { };
  lib = import ./lib.nix { toolchain = tc; overrides = deps; inherit packages salt testArgs testThreads testQuiet clippyArgs; };
  packages = [
    "counter"
    "counter-macros"
    "counter-macros@0.1.0"
    "counter@0.1.0"
  ];
  sources = import ./sources.nix { inherit lib ws; };
  unit = id: import (./units + "/${id}.nix") { inherit lib units sources; };
  units = {
    "dd45cf87503050f5a17bdad3f4ecc538" = unit "dd45cf87503050f5a17bdad3f4ecc538"; # 1-01-counter-0.1.0-lib-dd45cf87
    "384da01468d7af51d2ba70058a5c0536" = unit "384da01468d7af51d2ba70058a5c0536"; # 1-01-counter-0.1.0-test-384da014
    "52e6e9ab09798b96b9a73119f6f6755a" = unit "52e6e9ab09798b96b9a73119f6f6755a"; # 1-02-counter-0.1.0-bin-52e6e9ab
    "7d13f4866c9d5b1a45f8054a465daf29" = unit "7d13f4866c9d5b1a45f8054a465daf29"; # 1-02-counter-0.1.0-test-7d13f486
    "10b5d9a5c17364484bf6a77f5b34a06a" = unit "10b5d9a5c17364484bf6a77f5b34a06a"; # 1-02-counter-0.1.0-test-10b5d9a5
    "86c9765c5068379802c85f366a1c9de2" = unit "86c9765c5068379802c85f366a1c9de2"; # 1-02-counter-0.1.0-example-86c9765c
    "cc607cad1e029933275fb4a9ebbb031c" = unit "cc607cad1e029933275fb4a9ebbb031c"; # 0-00-counter-macros-0.1.0-proc-macro-cc607cad
    "9fca0003f662db448e5c620f38cbf082" = unit "9fca0003f662db448e5c620f38cbf082"; # 0-00-counter-macros-0.1.0-proc-macro-9fca0003
    "27cce97e5a7e521c67981c101a94e1cd" = unit "27cce97e5a7e521c67981c101a94e1cd"; # 1-00-counter-macros-0.1.0-test-27cce97e
  };
in
{
  inherit units;
  profile = "dev";
  profileDir = "debug";
  sandboxPaths = tc.sandboxPaths;
  bins = {
  };
  examples = {
  };
  libs = {
  };
  tests = {
  };
  # The roots in the plan's order: the units cargo was asked for.
  roots = [
    units."dd45cf87503050f5a17bdad3f4ecc538"
    units."384da01468d7af51d2ba70058a5c0536"
    units."52e6e9ab09798b96b9a73119f6f6755a"
    units."7d13f4866c9d5b1a45f8054a465daf29"
    units."10b5d9a5c17364484bf6a77f5b34a06a"
    units."86c9765c5068379802c85f366a1c9de2"
    units."9fca0003f662db448e5c620f38cbf082"
    units."27cce97e5a7e521c67981c101a94e1cd"
  ];
  # What libnix-build builds: the roots, then every other unit, whose outputs
  # it reads too (warnings to show again, cargo's JSON messages) and keeps.
  build = [
    units."dd45cf87503050f5a17bdad3f4ecc538"
    units."384da01468d7af51d2ba70058a5c0536"
    units."52e6e9ab09798b96b9a73119f6f6755a"
    units."7d13f4866c9d5b1a45f8054a465daf29"
    units."10b5d9a5c17364484bf6a77f5b34a06a"
    units."86c9765c5068379802c85f366a1c9de2"
    units."9fca0003f662db448e5c620f38cbf082"
    units."27cce97e5a7e521c67981c101a94e1cd"
    units."cc607cad1e029933275fb4a9ebbb031c"
  ];
  # What cargo test runs, in its order; run: the run's derivation (output, status).
  testRuns = [ ];
  all = lib.linkFarm "testsuite-check-all" {
  };
}
