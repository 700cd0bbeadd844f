# itoa 1.0.1 (registry, replaced by debian): lib `itoa`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."itoa-1.0.1"; in
lib.compile {
  name = "1-00-itoa-1.0.1-lib-806e510f";
  unit = "806e510f652f98841e1278c18a2cf35d";
  pkgName = "itoa";
  pkgVersion = "1.0.1";
  cargoStart = "{\"crate\":\"itoa\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"itoa\",\"type\":\"start\",\"unit\":\"806e510f652f98841e1278c18a2cf35d\",\"v\":2,\"version\":\"1.0.1\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "itoa"
    "--edition=2018"
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
    "-C" "metadata=806e510f652f9884"
    "-C" "extra-filename=-1e1278c18a2cf35d"
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
    CARGO_CRATE_NAME = "itoa";
    CARGO_PKG_AUTHORS = "David Tolnay <dtolnay@gmail.com>";
    CARGO_PKG_DESCRIPTION = "Fast integer primitive to string conversion";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "itoa";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/dtolnay/itoa";
    CARGO_PKG_RUST_VERSION = "1.36";
    CARGO_PKG_VERSION = "1.0.1";
    CARGO_PKG_VERSION_MAJOR = "1";
    CARGO_PKG_VERSION_MINOR = "0";
    CARGO_PKG_VERSION_PATCH = "1";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
