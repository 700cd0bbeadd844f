# bitflags 1.3.2 (registry, replaced by debian): lib `bitflags`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."bitflags-1.3.2"; in
lib.compile {
  name = "1-00-bitflags-1.3.2-lib-d56e2738";
  unit = "d56e27382afd3f532a10530d3b463305";
  pkgName = "bitflags";
  pkgVersion = "1.3.2";
  cargoStart = "{\"crate\":\"bitflags\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"bitflags\",\"type\":\"start\",\"unit\":\"d56e27382afd3f532a10530d3b463305\",\"v\":2,\"version\":\"1.3.2\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "bitflags"
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
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values(\"compiler_builtins\", \"core\", \"default\", \"example_generated\", \"rustc-dep-of-std\"))"
    "-C" "metadata=d56e27382afd3f53"
    "-C" "extra-filename=-2a10530d3b463305"
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
    CARGO_CRATE_NAME = "bitflags";
    CARGO_PKG_AUTHORS = "The Rust Project Developers";
    CARGO_PKG_DESCRIPTION = "A macro to generate structures which behave like bitflags.\n";
    CARGO_PKG_HOMEPAGE = "https://github.com/bitflags/bitflags";
    CARGO_PKG_LICENSE = "MIT/Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "bitflags";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/bitflags/bitflags";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "1.3.2";
    CARGO_PKG_VERSION_MAJOR = "1";
    CARGO_PKG_VERSION_MINOR = "3";
    CARGO_PKG_VERSION_PATCH = "2";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
