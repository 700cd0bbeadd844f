# macros 0.1.0 (path macros): proc-macro `macros`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."macros-0.1.0"; in
lib.compile {
  name = "0-00-macros-0.1.0-proc-macro-2fa86dc6";
  unit = "2fa86dc6ad9f582ddeb1810d3af79859";
  pkgName = "macros";
  pkgVersion = "0.1.0";
  cargoStart = "{\"crate\":\"macros\",\"kind\":\"proc-macro\",\"local\":true,\"mode\":\"build\",\"target\":\"macros\",\"type\":\"start\",\"unit\":\"2fa86dc6ad9f582ddeb1810d3af79859\",\"v\":2,\"version\":\"0.1.0\"}";
  src = src;
  relDir = "macros";
  member = true;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "macros"
    "--edition=2021"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "proc-macro"
    "--emit=dep-info,link"
    "-C" "prefer-dynamic"
    "-C" "embed-bitcode=no"
    "-C" "debuginfo=2"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
    "-C" "metadata=2fa86dc6ad9f582d"
    "-C" "extra-filename=-deb1810d3af79859"
  ];
  targetArgs = [ ];
  libDeps = [ ];
  incremental = "2fa86dc6ad9f582ddeb1810d3af79859";
  externArgs = [
    "--extern"
    "proc_macro"
  ];
  ownRuns = [ ];
  linkRuns = [ ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "macros";
    CARGO_PKG_AUTHORS = "";
    CARGO_PKG_DESCRIPTION = "";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "macros";
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
