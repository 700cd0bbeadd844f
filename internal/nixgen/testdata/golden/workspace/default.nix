# The Nix build of the cargo workspace workspace (profile dev): one derivation per cargo unit.
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
    "app"
    "app@0.3.1-beta.2"
    "itoa"
    "itoa@1.0.1"
    "libc"
    "libc@0.2.139"
    "macros"
    "macros@0.1.0"
    "text-utils"
    "text-utils@0.2.0"
  ];
  sources = import ./sources.nix { inherit lib ws; };
  unit = id: import (./units + "/${id}.nix") { inherit lib units sources; };
  units = {
    "30e024416eac00e3c958123213cdd335" = unit "30e024416eac00e3c958123213cdd335"; # 1-03-app-0.3.1-beta.2-lib-30e02441
    "d90a249bb92cc6144023a7e502d23027" = unit "d90a249bb92cc6144023a7e502d23027"; # 1-04-app-0.3.1-beta.2-bin-d90a249b
    "05bfe66a4d0e50545477156f6972467d" = unit "05bfe66a4d0e50545477156f6972467d"; # 1-04-app-0.3.1-beta.2-bin-05bfe66a
    "806e510f652f98841e1278c18a2cf35d" = unit "806e510f652f98841e1278c18a2cf35d"; # 1-00-itoa-1.0.1-lib-806e510f
    "b5b5855bbe4f035b7e6f7f7c8794a788" = unit "b5b5855bbe4f035b7e6f7f7c8794a788"; # 1-02-libc-0.2.139-lib-b5b5855b
    "728eafa5b1f7acd431465bda592e36d5" = unit "728eafa5b1f7acd431465bda592e36d5"; # 0-00-libc-0.2.139-build-script-compile-728eafa5
    "f82482e9326c30c74fa85e291bbcb209" = unit "f82482e9326c30c74fa85e291bbcb209"; # 0-01-libc-0.2.139-build-script-run-f82482e9
    "2fa86dc6ad9f582ddeb1810d3af79859" = unit "2fa86dc6ad9f582ddeb1810d3af79859"; # 0-00-macros-0.1.0-proc-macro-2fa86dc6
    "8915aafd7041592f876a55c283da8958" = unit "8915aafd7041592f876a55c283da8958"; # 1-02-text-utils-0.2.0-lib-8915aafd
    "dd965ea21b1a8cf1a86811fb4b04b7c9" = unit "dd965ea21b1a8cf1a86811fb4b04b7c9"; # 0-00-text-utils-0.2.0-build-script-compile-dd965ea2
    "eab25f13d82cd0537c19a3ac666e1796" = unit "eab25f13d82cd0537c19a3ac666e1796"; # 0-01-text-utils-0.2.0-build-script-run-eab25f13
  };
in
{
  inherit units;
  profile = "dev";
  profileDir = "debug";
  sandboxPaths = tc.sandboxPaths;
  bins = {
    app = units."d90a249bb92cc6144023a7e502d23027";
    app-tool = units."05bfe66a4d0e50545477156f6972467d";
  };
  examples = {
  };
  libs = {
    app = units."30e024416eac00e3c958123213cdd335";
    macros = units."2fa86dc6ad9f582ddeb1810d3af79859";
    textutils = units."8915aafd7041592f876a55c283da8958";
  };
  tests = {
  };
  # The roots in the plan's order: the units cargo was asked for.
  roots = [
    units."30e024416eac00e3c958123213cdd335"
    units."d90a249bb92cc6144023a7e502d23027"
    units."05bfe66a4d0e50545477156f6972467d"
    units."2fa86dc6ad9f582ddeb1810d3af79859"
    units."8915aafd7041592f876a55c283da8958"
  ];
  # What libnix-build builds: the roots, then every other unit, whose outputs
  # it reads too (warnings to show again, cargo's JSON messages) and keeps.
  build = [
    units."30e024416eac00e3c958123213cdd335"
    units."d90a249bb92cc6144023a7e502d23027"
    units."05bfe66a4d0e50545477156f6972467d"
    units."2fa86dc6ad9f582ddeb1810d3af79859"
    units."8915aafd7041592f876a55c283da8958"
    units."806e510f652f98841e1278c18a2cf35d"
    units."b5b5855bbe4f035b7e6f7f7c8794a788"
    units."728eafa5b1f7acd431465bda592e36d5"
    units."f82482e9326c30c74fa85e291bbcb209"
    units."dd965ea21b1a8cf1a86811fb4b04b7c9"
    units."eab25f13d82cd0537c19a3ac666e1796"
  ];
  # What cargo test runs, in its order; run: the run's derivation (output, status).
  testRuns = [ ];
  all = lib.linkFarm "workspace-all" {
    "bin/app" = "${units."d90a249bb92cc6144023a7e502d23027"}/bin/app";
    "bin/app-tool" = "${units."05bfe66a4d0e50545477156f6972467d"}/bin/app-tool";
    "lib/app" = "${units."30e024416eac00e3c958123213cdd335"}/lib";
    "lib/macros" = "${units."2fa86dc6ad9f582ddeb1810d3af79859"}/lib";
    "lib/textutils" = "${units."8915aafd7041592f876a55c283da8958"}/lib";
  };
}
