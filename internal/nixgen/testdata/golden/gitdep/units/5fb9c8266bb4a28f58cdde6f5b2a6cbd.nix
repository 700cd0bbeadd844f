# gitdep 0.1.0 (path .): bin `gitdep`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."gitdep-0.1.0"; in
lib.compile {
  name = "1-02-gitdep-0.1.0-bin-5fb9c826";
  unit = "5fb9c8266bb4a28f58cdde6f5b2a6cbd";
  pkgName = "gitdep";
  pkgVersion = "0.1.0";
  cargoStart = "{\"crate\":\"gitdep\",\"kind\":\"bin\",\"local\":true,\"mode\":\"build\",\"target\":\"gitdep\",\"type\":\"start\",\"unit\":\"5fb9c8266bb4a28f58cdde6f5b2a6cbd\",\"v\":2,\"version\":\"0.1.0\"}";
  src = src;
  relDir = ".";
  member = true;
  srcPath = "src/main.rs";
  preArgs = [
    "--crate-name" "gitdep"
    "--edition=2021"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "bin"
    "--emit=dep-info,link"
    "-C" "embed-bitcode=no"
    "-C" "debuginfo=2"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
    "-C" "metadata=5fb9c8266bb4a28f"
    "-C" "extra-filename=-58cdde6f5b2a6cbd"
  ];
  targetArgs = [ ];
  libDeps = [
    units."7e17b933fbc5819550fda540a6ab35ec"
  ];
  incremental = "5fb9c8266bb4a28f58cdde6f5b2a6cbd";
  externArgs = [
    "--extern" "greet=${units."7e17b933fbc5819550fda540a6ab35ec"}/lib/libgreet-50fda540a6ab35ec.rlib"
  ];
  ownRuns = [ ];
  linkRuns = [ ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.bin.gitdep";
  exeFile = "gitdep-58cdde6f5b2a6cbd";
  exeName = "gitdep";
  unitEnv = {
    CARGO_BIN_NAME = "gitdep";
    CARGO_CRATE_NAME = "gitdep";
    CARGO_PKG_AUTHORS = "";
    CARGO_PKG_DESCRIPTION = "";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "gitdep";
    CARGO_PKG_README = "";
    CARGO_PKG_REPOSITORY = "";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "0.1.0";
    CARGO_PKG_VERSION_MAJOR = "0";
    CARGO_PKG_VERSION_MINOR = "1";
    CARGO_PKG_VERSION_PATCH = "0";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_PRIMARY_PACKAGE = "1";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
