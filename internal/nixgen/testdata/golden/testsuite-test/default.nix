# The Nix build of the cargo workspace testsuite-test (profile test): one derivation per cargo unit.
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
    "3ce6f61f09cf5fd1086c3cdcb8d1bd3f" = unit "3ce6f61f09cf5fd1086c3cdcb8d1bd3f"; # 1-01-counter-0.1.0-test-3ce6f61f
    "8a2a51d6f5b54d57c541141482e27e72" = unit "8a2a51d6f5b54d57c541141482e27e72"; # 1-01-counter-0.1.0-lib-8a2a51d6
    "a26703c25075623dc7ab01740a44d3d3" = unit "a26703c25075623dc7ab01740a44d3d3"; # 1-02-counter-0.1.0-doctest-a26703c2
    "6d2de9899955dae7ba33424e194115cb" = unit "6d2de9899955dae7ba33424e194115cb"; # 1-02-counter-0.1.0-test-6d2de989
    "29fad2b32ae05e6219947d0a7ede318c" = unit "29fad2b32ae05e6219947d0a7ede318c"; # 1-02-counter-0.1.0-bin-29fad2b3
    "df2ffc0217987dd2229bce7440fd05b5" = unit "df2ffc0217987dd2229bce7440fd05b5"; # 1-03-counter-0.1.0-test-df2ffc02
    "aaefa0a1d2dd47b0321e71df592094e6" = unit "aaefa0a1d2dd47b0321e71df592094e6"; # 1-02-counter-0.1.0-example-aaefa0a1
    "cc607cad1e029933275fb4a9ebbb031c" = unit "cc607cad1e029933275fb4a9ebbb031c"; # 0-00-counter-macros-0.1.0-proc-macro-cc607cad
    "c7df555ffd4a8f39858d3e5d08a28617" = unit "c7df555ffd4a8f39858d3e5d08a28617"; # 1-00-counter-macros-0.1.0-test-c7df555f
    "67dc47e6e7ebd27ec43aa81eb464a82b" = unit "67dc47e6e7ebd27ec43aa81eb464a82b"; # 1-01-counter-macros-0.1.0-doctest-67dc47e6
  };
in
{
  inherit units;
  profile = "test";
  profileDir = "debug";
  sandboxPaths = tc.sandboxPaths;
  bins = {
  };
  examples = {
    demo = units."aaefa0a1d2dd47b0321e71df592094e6";
  };
  libs = {
  };
  tests = {
    cli-229bce7440fd05b5 = units."df2ffc0217987dd2229bce7440fd05b5";
    count_words-ba33424e194115cb = units."6d2de9899955dae7ba33424e194115cb";
    counter-086c3cdcb8d1bd3f = units."3ce6f61f09cf5fd1086c3cdcb8d1bd3f";
    counter_macros-858d3e5d08a28617 = units."c7df555ffd4a8f39858d3e5d08a28617";
  };
  # The roots in the plan's order: the units cargo was asked for.
  roots = [
    units."3ce6f61f09cf5fd1086c3cdcb8d1bd3f"
    units."8a2a51d6f5b54d57c541141482e27e72"
    units."cc607cad1e029933275fb4a9ebbb031c"
    units."6d2de9899955dae7ba33424e194115cb"
    units."df2ffc0217987dd2229bce7440fd05b5"
    units."aaefa0a1d2dd47b0321e71df592094e6"
    units."c7df555ffd4a8f39858d3e5d08a28617"
  ];
  # What libnix-build builds: the roots, then every other unit, whose outputs
  # it reads too (warnings to show again, cargo's JSON messages) and keeps.
  build = [
    units."3ce6f61f09cf5fd1086c3cdcb8d1bd3f"
    units."8a2a51d6f5b54d57c541141482e27e72"
    units."cc607cad1e029933275fb4a9ebbb031c"
    units."6d2de9899955dae7ba33424e194115cb"
    units."df2ffc0217987dd2229bce7440fd05b5"
    units."aaefa0a1d2dd47b0321e71df592094e6"
    units."c7df555ffd4a8f39858d3e5d08a28617"
    units."29fad2b32ae05e6219947d0a7ede318c"
  ];
  # What cargo test runs, in its order; run: the run's derivation (output, status).
  testRuns = [
    {
      unit = "3ce6f61f09cf5fd1086c3cdcb8d1bd3f";
      package = "counter";
      kind = "lib";
      target = "counter";
      label = "unittests src/lib.rs";
      exe = "deps/counter-086c3cdcb8d1bd3f";
      rerun = "--lib";
      harness = true;
      run = lib.testRun { test = units."3ce6f61f09cf5fd1086c3cdcb8d1bd3f"; src = sources."counter-0.1.0"; harness = true; };
    }
    {
      unit = "6d2de9899955dae7ba33424e194115cb";
      package = "counter";
      kind = "bin";
      target = "count-words";
      label = "unittests src/main.rs";
      exe = "deps/count_words-ba33424e194115cb";
      rerun = "--bin count-words";
      harness = true;
      run = lib.testRun { test = units."6d2de9899955dae7ba33424e194115cb"; src = sources."counter-0.1.0"; harness = true; };
    }
    {
      unit = "df2ffc0217987dd2229bce7440fd05b5";
      package = "counter";
      kind = "test";
      target = "cli";
      label = "tests/cli.rs";
      exe = "deps/cli-229bce7440fd05b5";
      rerun = "--test cli";
      harness = true;
      run = lib.testRun { test = units."df2ffc0217987dd2229bce7440fd05b5"; src = sources."counter-0.1.0"; harness = true; };
    }
    {
      unit = "c7df555ffd4a8f39858d3e5d08a28617";
      package = "counter-macros";
      kind = "lib";
      target = "counter_macros";
      label = "unittests src/lib.rs";
      exe = "deps/counter_macros-858d3e5d08a28617";
      rerun = "--lib";
      harness = true;
      run = lib.testRun { test = units."c7df555ffd4a8f39858d3e5d08a28617"; src = sources."counter-macros-0.1.0"; harness = true; };
    }
    {
      unit = "a26703c25075623dc7ab01740a44d3d3";
      package = "counter";
      kind = "doc";
      target = "counter";
      label = "counter";
      exe = "";
      rerun = "--doc";
      harness = true;
      run = units."a26703c25075623dc7ab01740a44d3d3";
    }
    {
      unit = "67dc47e6e7ebd27ec43aa81eb464a82b";
      package = "counter-macros";
      kind = "doc";
      target = "counter_macros";
      label = "counter_macros";
      exe = "";
      rerun = "--doc";
      harness = true;
      run = units."67dc47e6e7ebd27ec43aa81eb464a82b";
    }
  ];
  all = lib.linkFarm "testsuite-test-all" {
    "examples/demo" = "${units."aaefa0a1d2dd47b0321e71df592094e6"}";
    "tests/cli-229bce7440fd05b5" = "${units."df2ffc0217987dd2229bce7440fd05b5"}/bin/cli-229bce7440fd05b5";
    "tests/count_words-ba33424e194115cb" = "${units."6d2de9899955dae7ba33424e194115cb"}/bin/count_words-ba33424e194115cb";
    "tests/counter-086c3cdcb8d1bd3f" = "${units."3ce6f61f09cf5fd1086c3cdcb8d1bd3f"}/bin/counter-086c3cdcb8d1bd3f";
    "tests/counter_macros-858d3e5d08a28617" = "${units."c7df555ffd4a8f39858d3e5d08a28617"}/bin/counter_macros-858d3e5d08a28617";
  };
}
