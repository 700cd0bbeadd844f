# ryu 1.0.2 (registry, replaced by debian): lib `ryu`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."ryu-1.0.2"; in
lib.compile {
  name = "1-02-ryu-1.0.2-lib-5ab4efd7";
  unit = "5ab4efd7ea7f50d474696dc90bf20ce3";
  pkgName = "ryu";
  pkgVersion = "1.0.2";
  cargoStart = "{\"crate\":\"ryu\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"ryu\",\"type\":\"start\",\"unit\":\"5ab4efd7ea7f50d474696dc90bf20ce3\",\"v\":2,\"version\":\"1.0.2\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "ryu"
    "--edition=2015"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "lib"
    "--emit=dep-info,metadata,link"
    "-C" "embed-bitcode=no"
    "-C" "debuginfo=2"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values(\"no-panic\", \"small\"))"
    "-C" "metadata=5ab4efd7ea7f50d4"
    "-C" "extra-filename=-74696dc90bf20ce3"
  ];
  targetArgs = [ ];
  libDeps = [ ];
  externArgs = [
    "--cap-lints"
    "allow"
  ];
  ownRuns = [
    units."889abd600fb2360176819d45a2f05041"
  ];
  linkRuns = [
    units."889abd600fb2360176819d45a2f05041"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "ryu";
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
