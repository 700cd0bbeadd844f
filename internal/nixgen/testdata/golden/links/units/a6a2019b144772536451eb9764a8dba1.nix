# user 0.1.0 (path user): build-script-compile `build-script-build`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."user-0.1.0"; in
lib.compile {
  name = "0-00-user-0.1.0-build-script-compile-a6a2019b";
  unit = "a6a2019b144772536451eb9764a8dba1";
  pkgName = "user";
  pkgVersion = "0.1.0";
  cargoStart = "{\"crate\":\"user\",\"kind\":\"build-script\",\"local\":true,\"mode\":\"build\",\"target\":\"build-script-build\",\"type\":\"start\",\"unit\":\"a6a2019b144772536451eb9764a8dba1\",\"v\":2,\"version\":\"0.1.0\"}";
  src = src;
  relDir = "user";
  member = true;
  srcPath = "build.rs";
  preArgs = [
    "--crate-name" "build_script_build"
    "--edition=2021"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "bin"
    "--emit=dep-info,link"
    "-C" "embed-bitcode=no"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
    "-C" "metadata=a6a2019b14477253"
    "-C" "extra-filename=-6451eb9764a8dba1"
  ];
  targetArgs = [ ];
  libDeps = [ ];
  incremental = "a6a2019b144772536451eb9764a8dba1";
  externArgs = [ ];
  ownRuns = [ ];
  linkRuns = [ ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "";
  exeFile = "build_script_build-6451eb9764a8dba1";
  exeName = "build-script-build";
  unitEnv = {
    CARGO_CRATE_NAME = "build_script_build";
    CARGO_PKG_AUTHORS = "";
    CARGO_PKG_DESCRIPTION = "";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "user";
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
