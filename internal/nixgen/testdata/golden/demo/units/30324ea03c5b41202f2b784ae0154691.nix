# foreign-types 0.3.2 (registry, replaced by debian): lib `foreign_types`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."foreign-types-0.3.2"; in
lib.compile {
  name = "1-01-foreign-types-0.3.2-lib-30324ea0";
  unit = "30324ea03c5b41202f2b784ae0154691";
  pkgName = "foreign-types";
  pkgVersion = "0.3.2";
  cargoStart = "{\"crate\":\"foreign-types\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"foreign_types\",\"type\":\"start\",\"unit\":\"30324ea03c5b41202f2b784ae0154691\",\"v\":2,\"version\":\"0.3.2\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "foreign_types"
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
    "--check-cfg" "cfg(feature, values())"
    "-C" "metadata=30324ea03c5b4120"
    "-C" "extra-filename=-2f2b784ae0154691"
  ];
  targetArgs = [ ];
  libDeps = [
    units."343fed426ad055e5940ee48807e24613"
  ];
  externArgs = [
    "--extern" "foreign_types_shared=${units."343fed426ad055e5940ee48807e24613"}/lib/libforeign_types_shared-940ee48807e24613.rmeta"
    "--cap-lints"
    "allow"
  ];
  ownRuns = [ ];
  linkRuns = [ ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "foreign_types";
    CARGO_PKG_AUTHORS = "Steven Fackler <sfackler@gmail.com>";
    CARGO_PKG_DESCRIPTION = "A framework for Rust wrappers over C APIs";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "MIT/Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "foreign-types";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/sfackler/foreign-types";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "0.3.2";
    CARGO_PKG_VERSION_MAJOR = "0";
    CARGO_PKG_VERSION_MINOR = "3";
    CARGO_PKG_VERSION_PATCH = "2";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
