# pkg-config 0.3.25 (registry, replaced by debian): lib `pkg_config`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."pkg-config-0.3.25"; in
lib.compile {
  name = "0-00-pkg-config-0.3.25-lib-5724aa08";
  unit = "5724aa08aa31ed397c4694107b25cb23";
  pkgName = "pkg-config";
  pkgVersion = "0.3.25";
  cargoStart = "{\"crate\":\"pkg-config\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"pkg_config\",\"type\":\"start\",\"unit\":\"5724aa08aa31ed397c4694107b25cb23\",\"v\":2,\"version\":\"0.3.25\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "pkg_config"
    "--edition=2015"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "lib"
    "--emit=dep-info,metadata,link"
    "-C" "embed-bitcode=no"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
    "-C" "metadata=5724aa08aa31ed39"
    "-C" "extra-filename=-7c4694107b25cb23"
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
    CARGO_CRATE_NAME = "pkg_config";
    CARGO_PKG_AUTHORS = "Alex Crichton <alex@alexcrichton.com>";
    CARGO_PKG_DESCRIPTION = "A library to run the pkg-config system tool at build time in order to be used in\nCargo build scripts.\n";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "pkg-config";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/rust-lang/pkg-config-rs";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "0.3.25";
    CARGO_PKG_VERSION_MAJOR = "0";
    CARGO_PKG_VERSION_MINOR = "3";
    CARGO_PKG_VERSION_PATCH = "25";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
