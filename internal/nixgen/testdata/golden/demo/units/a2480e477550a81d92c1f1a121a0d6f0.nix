# cfg-if 1.0.0 (registry, replaced by debian): lib `cfg_if`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."cfg-if-1.0.0"; in
lib.compile {
  name = "1-00-cfg-if-1.0.0-lib-a2480e47";
  unit = "a2480e477550a81d92c1f1a121a0d6f0";
  pkgName = "cfg-if";
  pkgVersion = "1.0.0";
  cargoStart = "{\"crate\":\"cfg-if\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"cfg_if\",\"type\":\"start\",\"unit\":\"a2480e477550a81d92c1f1a121a0d6f0\",\"v\":2,\"version\":\"1.0.0\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "cfg_if"
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
    "--check-cfg" "cfg(feature, values(\"core\"))"
    "-C" "metadata=a2480e477550a81d"
    "-C" "extra-filename=-92c1f1a121a0d6f0"
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
    CARGO_CRATE_NAME = "cfg_if";
    CARGO_PKG_AUTHORS = "Alex Crichton <alex@alexcrichton.com>";
    CARGO_PKG_DESCRIPTION = "A macro to ergonomically define an item depending on a large number of #[cfg]\nparameters. Structured like an if-else chain, the first matching branch is the\nitem that gets emitted.\n";
    CARGO_PKG_HOMEPAGE = "https://github.com/alexcrichton/cfg-if";
    CARGO_PKG_LICENSE = "MIT/Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "cfg-if";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/alexcrichton/cfg-if";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "1.0.0";
    CARGO_PKG_VERSION_MAJOR = "1";
    CARGO_PKG_VERSION_MINOR = "0";
    CARGO_PKG_VERSION_PATCH = "0";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
