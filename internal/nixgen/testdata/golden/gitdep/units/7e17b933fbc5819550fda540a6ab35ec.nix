# greet 0.4.0 (git): lib `greet`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."greet-0.4.0"; in
lib.compile {
  name = "1-01-greet-0.4.0-lib-7e17b933";
  unit = "7e17b933fbc5819550fda540a6ab35ec";
  pkgName = "greet";
  pkgVersion = "0.4.0";
  cargoStart = "{\"crate\":\"greet\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"greet\",\"type\":\"start\",\"unit\":\"7e17b933fbc5819550fda540a6ab35ec\",\"v\":2,\"version\":\"0.4.0\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "greet"
    "--edition=2021"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "lib"
    "--emit=dep-info,metadata,link"
    "-C" "embed-bitcode=no"
    "-C" "debuginfo=2"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
    "-C" "metadata=7e17b933fbc58195"
    "-C" "extra-filename=-50fda540a6ab35ec"
  ];
  targetArgs = [ ];
  libDeps = [
    units."806e510f652f98841e1278c18a2cf35d"
  ];
  externArgs = [
    "--extern" "itoa=${units."806e510f652f98841e1278c18a2cf35d"}/lib/libitoa-1e1278c18a2cf35d.rmeta"
    "--cap-lints"
    "allow"
  ];
  ownRuns = [ ];
  linkRuns = [ ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "greet";
    CARGO_PKG_AUTHORS = "";
    CARGO_PKG_DESCRIPTION = "A crate that lives in a subdirectory of a git repository";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "greet";
    CARGO_PKG_README = "";
    CARGO_PKG_REPOSITORY = "";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "0.4.0";
    CARGO_PKG_VERSION_MAJOR = "0";
    CARGO_PKG_VERSION_MINOR = "4";
    CARGO_PKG_VERSION_PATCH = "0";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
