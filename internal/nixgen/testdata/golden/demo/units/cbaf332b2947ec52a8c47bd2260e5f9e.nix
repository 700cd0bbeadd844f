# ryu 1.0.2 (registry, replaced by debian): build-script-compile `build-script-build`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."ryu-1.0.2"; in
lib.compile {
  name = "0-00-ryu-1.0.2-build-script-compile-cbaf332b";
  unit = "cbaf332b2947ec52a8c47bd2260e5f9e";
  pkgName = "ryu";
  pkgVersion = "1.0.2";
  cargoStart = "{\"crate\":\"ryu\",\"kind\":\"build-script\",\"local\":false,\"mode\":\"build\",\"target\":\"build-script-build\",\"type\":\"start\",\"unit\":\"cbaf332b2947ec52a8c47bd2260e5f9e\",\"v\":2,\"version\":\"1.0.2\"}";
  src = src;
  srcPath = "build.rs";
  preArgs = [
    "--crate-name" "build_script_build"
    "--edition=2015"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "bin"
    "--emit=dep-info,link"
    "-C" "embed-bitcode=no"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values(\"no-panic\", \"small\"))"
    "-C" "metadata=cbaf332b2947ec52"
    "-C" "extra-filename=-a8c47bd2260e5f9e"
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
  linkLibs = false;
  linkArgFile = "";
  exeFile = "build_script_build-a8c47bd2260e5f9e";
  exeName = "build-script-build";
  unitEnv = {
    CARGO_CRATE_NAME = "build_script_build";
    CARGO_PKG_AUTHORS = "David Tolnay <dtolnay@gmail.com>";
    CARGO_PKG_DESCRIPTION = "Fast floating point to string conversion";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "Apache-2.0 OR BSL-1.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "ryu";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/dtolnay/ryu";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "1.0.2";
    CARGO_PKG_VERSION_MAJOR = "1";
    CARGO_PKG_VERSION_MINOR = "0";
    CARGO_PKG_VERSION_PATCH = "2";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
