# anyhow 1.0.69 (registry, replaced by debian): lib `anyhow`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."anyhow-1.0.69"; in
lib.compile {
  name = "1-02-anyhow-1.0.69-lib-65c0696c";
  unit = "65c0696c3ac5ecb63daef797fae0e7c5";
  pkgName = "anyhow";
  pkgVersion = "1.0.69";
  cargoStart = "{\"crate\":\"anyhow\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"anyhow\",\"type\":\"start\",\"unit\":\"65c0696c3ac5ecb63daef797fae0e7c5\",\"v\":2,\"version\":\"1.0.69\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "anyhow"
    "--edition=2018"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "lib"
    "--emit=dep-info,metadata,link"
    "-C" "embed-bitcode=no"
    "-C" "debuginfo=2"
    "--cfg" "feature=\"default\""
    "--cfg" "feature=\"std\""
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values(\"backtrace\", \"default\", \"std\"))"
    "-C" "metadata=65c0696c3ac5ecb6"
    "-C" "extra-filename=-3daef797fae0e7c5"
  ];
  targetArgs = [ ];
  libDeps = [ ];
  externArgs = [
    "--cap-lints"
    "allow"
  ];
  ownRuns = [
    units."4a519f90cf03549ecfa764019d475981"
  ];
  linkRuns = [
    units."4a519f90cf03549ecfa764019d475981"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "anyhow";
    CARGO_PKG_AUTHORS = "David Tolnay <dtolnay@gmail.com>";
    CARGO_PKG_DESCRIPTION = "Flexible concrete Error type built on std::error::Error";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "anyhow";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/dtolnay/anyhow";
    CARGO_PKG_RUST_VERSION = "1.39";
    CARGO_PKG_VERSION = "1.0.69";
    CARGO_PKG_VERSION_MAJOR = "1";
    CARGO_PKG_VERSION_MINOR = "0";
    CARGO_PKG_VERSION_PATCH = "69";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
