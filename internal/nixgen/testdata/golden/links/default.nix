# The Nix build of the cargo workspace links (profile dev): one derivation per cargo unit.
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
    "cc"
    "cc@1.0.73"
    "cmath"
    "cmath@0.1.0"
    "pkg-config"
    "pkg-config@0.3.25"
    "user"
    "user@0.1.0"
    "zprobe-sys"
    "zprobe-sys@0.1.0"
  ];
  sources = import ./sources.nix { inherit lib ws; };
  unit = id: import (./units + "/${id}.nix") { inherit lib units sources; };
  units = {
    "1c13b05bde9af0462b8ebc23895555f3" = unit "1c13b05bde9af0462b8ebc23895555f3"; # 0-00-cc-1.0.73-lib-1c13b05b
    "8904d6fa4082a045799ee8895a66be8d" = unit "8904d6fa4082a045799ee8895a66be8d"; # 1-03-cmath-0.1.0-lib-8904d6fa
    "23b4ee87eacc0fafe3d81e774ced6503" = unit "23b4ee87eacc0fafe3d81e774ced6503"; # 0-01-cmath-0.1.0-build-script-compile-23b4ee87
    "e4a0606a9d87d0b7019f18c00e9bb922" = unit "e4a0606a9d87d0b7019f18c00e9bb922"; # 0-02-cmath-0.1.0-build-script-run-e4a0606a
    "5724aa08aa31ed397c4694107b25cb23" = unit "5724aa08aa31ed397c4694107b25cb23"; # 0-00-pkg-config-0.3.25-lib-5724aa08
    "0ad10a350d1c0ab02cb11610d6391fa6" = unit "0ad10a350d1c0ab02cb11610d6391fa6"; # 1-04-user-0.1.0-bin-0ad10a35
    "a6a2019b144772536451eb9764a8dba1" = unit "a6a2019b144772536451eb9764a8dba1"; # 0-00-user-0.1.0-build-script-compile-a6a2019b
    "e8e6d58d9a504bfd71908a2af72e0426" = unit "e8e6d58d9a504bfd71908a2af72e0426"; # 0-03-user-0.1.0-build-script-run-e8e6d58d
    "2b0539f85501e9945429739d7c3d649d" = unit "2b0539f85501e9945429739d7c3d649d"; # 1-03-zprobe-sys-0.1.0-lib-2b0539f8
    "c10a950f3648bd0aada27e7acad890c8" = unit "c10a950f3648bd0aada27e7acad890c8"; # 0-01-zprobe-sys-0.1.0-build-script-compile-c10a950f
    "bbee4660f766c7c2c5436f977bdd8333" = unit "bbee4660f766c7c2c5436f977bdd8333"; # 0-02-zprobe-sys-0.1.0-build-script-run-bbee4660
  };
in
{
  inherit units;
  profile = "dev";
  profileDir = "debug";
  sandboxPaths = tc.sandboxPaths;
  bins = {
    user = units."0ad10a350d1c0ab02cb11610d6391fa6";
  };
  examples = {
  };
  libs = {
    cmath = units."8904d6fa4082a045799ee8895a66be8d";
    zprobe_sys = units."2b0539f85501e9945429739d7c3d649d";
  };
  tests = {
  };
  # The roots in the plan's order: the units cargo was asked for.
  roots = [
    units."8904d6fa4082a045799ee8895a66be8d"
    units."0ad10a350d1c0ab02cb11610d6391fa6"
    units."2b0539f85501e9945429739d7c3d649d"
  ];
  # What libnix-build builds: the roots, then every other unit, whose outputs
  # it reads too (warnings to show again, cargo's JSON messages) and keeps.
  build = [
    units."8904d6fa4082a045799ee8895a66be8d"
    units."0ad10a350d1c0ab02cb11610d6391fa6"
    units."2b0539f85501e9945429739d7c3d649d"
    units."1c13b05bde9af0462b8ebc23895555f3"
    units."23b4ee87eacc0fafe3d81e774ced6503"
    units."e4a0606a9d87d0b7019f18c00e9bb922"
    units."5724aa08aa31ed397c4694107b25cb23"
    units."a6a2019b144772536451eb9764a8dba1"
    units."e8e6d58d9a504bfd71908a2af72e0426"
    units."c10a950f3648bd0aada27e7acad890c8"
    units."bbee4660f766c7c2c5436f977bdd8333"
  ];
  # What cargo test runs, in its order; run: the run's derivation (output, status).
  testRuns = [ ];
  all = lib.linkFarm "links-all" {
    "bin/user" = "${units."0ad10a350d1c0ab02cb11610d6391fa6"}/bin/user";
    "lib/cmath" = "${units."8904d6fa4082a045799ee8895a66be8d"}/lib";
    "lib/zprobe_sys" = "${units."2b0539f85501e9945429739d7c3d649d"}/lib";
  };
}
