# The Nix build of the cargo workspace gitdep (profile dev): one derivation per cargo unit.
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
    "gitdep"
    "gitdep@0.1.0"
    "greet"
    "greet@0.4.0"
    "itoa"
    "itoa@1.0.1"
  ];
  sources = import ./sources.nix { inherit lib ws; };
  unit = id: import (./units + "/${id}.nix") { inherit lib units sources; };
  units = {
    "5fb9c8266bb4a28f58cdde6f5b2a6cbd" = unit "5fb9c8266bb4a28f58cdde6f5b2a6cbd"; # 1-02-gitdep-0.1.0-bin-5fb9c826
    "7e17b933fbc5819550fda540a6ab35ec" = unit "7e17b933fbc5819550fda540a6ab35ec"; # 1-01-greet-0.4.0-lib-7e17b933
    "806e510f652f98841e1278c18a2cf35d" = unit "806e510f652f98841e1278c18a2cf35d"; # 1-00-itoa-1.0.1-lib-806e510f
  };
in
{
  inherit units;
  profile = "dev";
  profileDir = "debug";
  sandboxPaths = tc.sandboxPaths;
  bins = {
    gitdep = units."5fb9c8266bb4a28f58cdde6f5b2a6cbd";
  };
  examples = {
  };
  libs = {
  };
  tests = {
  };
  # The roots in the plan's order: the units cargo was asked for.
  roots = [
    units."5fb9c8266bb4a28f58cdde6f5b2a6cbd"
  ];
  # What libnix-build builds: the roots, then every other unit, whose outputs
  # it reads too (warnings to show again, cargo's JSON messages) and keeps.
  build = [
    units."5fb9c8266bb4a28f58cdde6f5b2a6cbd"
    units."7e17b933fbc5819550fda540a6ab35ec"
    units."806e510f652f98841e1278c18a2cf35d"
  ];
  # What cargo test runs, in its order; run: the run's derivation (output, status).
  testRuns = [ ];
  all = lib.linkFarm "gitdep-all" {
    "bin/gitdep" = "${units."5fb9c8266bb4a28f58cdde6f5b2a6cbd"}/bin/gitdep";
  };
}
