# foreign-types-shared 0.1.1 (registry, replaced by debian): lib `foreign_types_shared`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."foreign-types-shared-0.1.1"; in
lib.compile {
  name = "1-00-foreign-types-shared-0.1.1-lib-343fed42";
  unit = "343fed426ad055e5940ee48807e24613";
  pkgName = "foreign-types-shared";
  pkgVersion = "0.1.1";
  cargoStart = "{\"crate\":\"foreign-types-shared\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"foreign_types_shared\",\"type\":\"start\",\"unit\":\"343fed426ad055e5940ee48807e24613\",\"v\":2,\"version\":\"0.1.1\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "foreign_types_shared"
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
    "-C" "metadata=343fed426ad055e5"
    "-C" "extra-filename=-940ee48807e24613"
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
    CARGO_CRATE_NAME = "foreign_types_shared";
    CARGO_PKG_AUTHORS = "Steven Fackler <sfackler@gmail.com>";
    CARGO_PKG_DESCRIPTION = "An internal crate used by foreign-types";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "MIT/Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "foreign-types-shared";
    CARGO_PKG_README = "";
    CARGO_PKG_REPOSITORY = "https://github.com/sfackler/foreign-types";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "0.1.1";
    CARGO_PKG_VERSION_MAJOR = "0";
    CARGO_PKG_VERSION_MINOR = "1";
    CARGO_PKG_VERSION_PATCH = "1";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
