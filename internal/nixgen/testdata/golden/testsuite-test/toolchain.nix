# The toolchain every unit builds with. Written by nix-emit; edits are overwritten.
# host: this machine's rustc, linker and tools, visible in the sandbox through
#       sandbox-paths (see sandboxPaths); pkgs: a nixpkgs (or fenix) toolchain.
{ toolchain ? "host", pkgs ? null, rustc ? pkgs.rustc, cargo ? pkgs.cargo, clippy ? pkgs.clippy }:
if toolchain == "host" then {
  system = builtins.currentSystem;
  bash = "/bin/bash";
  path = "/usr/bin:/bin";
  rustc = "/opt/rust/bin/rustc";
  rustdoc = "/opt/rust/bin/rustdoc";
  cargo = "/opt/rust/bin/cargo";
  clippyDriver = "/opt/rust/bin/clippy-driver";
  rustLib = "/opt/rust/lib/rustlib/x86_64-unknown-linux-gnu/lib";
  identity = "rustc 1.95.0 (59807616e 2026-04-14)\nbinary: rustc\ncommit-hash: 59807616e1fa2540724bfbac14d7976d7e4a3860\ncommit-date: 2026-04-14\nhost: x86_64-unknown-linux-gnu\nrelease: 1.95.0\nLLVM version: 22.1.2\nlinker: cc (Debian 12.2.0-14+deb12u1) 12.2.0";
  buildrsParse = "/libnix-buildrs-parse";
  buildrsParseId = "BUILDRS-PARSE-SOURCE-ID";
  sandboxPaths = [
    "/bin"
    "/usr"
    "/lib"
    "/lib64"
    "/etc/alternatives"
    "/opt/rust"
  ];
} else if toolchain == "pkgs" then
  assert pkgs != null || throw "toolchain = \"pkgs\" needs the pkgs argument (a nixpkgs package set)";
  if (rustc.version or "1.95.0") != "1.95.0" then
    throw "the plan was made with rustc 1.95.0, but the toolchain's rustc is ${rustc.version}: run crate-plan with that rustc"
  else {
    system = pkgs.stdenv.hostPlatform.system;
    bash = "${pkgs.bash}/bin/bash";
    path = pkgs.lib.makeBinPath [ pkgs.coreutils pkgs.gnutar pkgs.gzip pkgs.gnused pkgs.gnugrep pkgs.findutils pkgs.gnumake pkgs.pkg-config pkgs.stdenv.cc ];
    rustc = "${rustc}/bin/rustc";
    rustdoc = "${rustc}/bin/rustdoc";
    cargo = "${cargo}/bin/cargo";
    clippyDriver = "${clippy}/bin/clippy-driver";
    rustLib = "${rustc}/lib/rustlib/x86_64-unknown-linux-gnu/lib";
    identity = "${rustc}";
    buildrsParse = "${derivation {
        name = "buildrs-parse";
        system = pkgs.stdenv.hostPlatform.system;
        builder = "${pkgs.bash}/bin/bash";
        args = [ "-c" "export GOCACHE=$TMPDIR/go-cache && cd $src && go build -trimpath -o $out/bin/buildrs-parse ./cmd/buildrs-parse" ];
        src = ./buildrs-parse-src;
        PATH = "${pkgs.go}/bin:${pkgs.coreutils}/bin";
        HOME = "/homeless-shelter";
        GOTOOLCHAIN = "local";
        CGO_ENABLED = "0";
      }}/bin/buildrs-parse";
    buildrsParseId = "";
    sandboxPaths = [ ];
  }
else throw "toolchain must be \"host\" or \"pkgs\", not ${toolchain}"
