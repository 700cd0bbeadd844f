# cc 1.0.73 (registry, replaced by debian): lib `cc`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."cc-1.0.73"; in
lib.compile {
  name = "0-00-cc-1.0.73-lib-1c13b05b";
  unit = "1c13b05bde9af0462b8ebc23895555f3";
  pkgName = "cc";
  pkgVersion = "1.0.73";
  cargoStart = "{\"crate\":\"cc\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"cc\",\"type\":\"start\",\"unit\":\"1c13b05bde9af0462b8ebc23895555f3\",\"v\":2,\"version\":\"1.0.73\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "cc"
    "--edition=2018"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "lib"
    "--emit=dep-info,metadata,link"
    "-C" "embed-bitcode=no"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values(\"jobserver\", \"parallel\"))"
    "-C" "metadata=1c13b05bde9af046"
    "-C" "extra-filename=-2b8ebc23895555f3"
  ];
  targetArgs = [ ];
  libDeps = [ ];
  externArgs = [
    "--cap-lints"
    "allow"
  ];
  ownRuns = [ ];
  linkRuns = [ ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "cc";
    CARGO_PKG_AUTHORS = "Alex Crichton <alex@alexcrichton.com>";
    CARGO_PKG_DESCRIPTION = "A build-time dependency for Cargo build scripts to assist in invoking the native\nC compiler to compile native C code into a static archive to be linked into Rust\ncode.\n";
    CARGO_PKG_HOMEPAGE = "https://github.com/alexcrichton/cc-rs";
    CARGO_PKG_LICENSE = "MIT/Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "cc";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/alexcrichton/cc-rs";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "1.0.73";
    CARGO_PKG_VERSION_MAJOR = "1";
    CARGO_PKG_VERSION_MINOR = "0";
    CARGO_PKG_VERSION_PATCH = "73";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
