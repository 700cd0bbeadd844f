# libz-sys 1.1.8 (registry, replaced by debian): lib `libz_sys`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."libz-sys-1.1.8"; in
lib.compile {
  name = "1-03-libz-sys-1.1.8-lib-187c57e6";
  unit = "187c57e640144b35a040baf5448fe2c1";
  pkgName = "libz-sys";
  pkgVersion = "1.1.8";
  cargoStart = "{\"crate\":\"libz-sys\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"libz_sys\",\"type\":\"start\",\"unit\":\"187c57e640144b35a040baf5448fe2c1\",\"v\":2,\"version\":\"1.1.8\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "libz_sys"
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
    "--check-cfg" "cfg(feature, values(\"asm\", \"default\", \"libc\", \"stock-zlib\"))"
    "-C" "metadata=187c57e640144b35"
    "-C" "extra-filename=-a040baf5448fe2c1"
  ];
  targetArgs = [ ];
  libDeps = [ ];
  externArgs = [
    "--cap-lints"
    "allow"
  ];
  ownRuns = [
    units."8b4b1e37136908f8f994952a25f4915f"
  ];
  linkRuns = [
    units."8b4b1e37136908f8f994952a25f4915f"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "libz_sys";
    CARGO_PKG_AUTHORS = "Alex Crichton <alex@alexcrichton.com>:Josh Triplett <josh@joshtriplett.org>";
    CARGO_PKG_DESCRIPTION = "Low-level bindings to the system libz library (also known as zlib).";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "libz-sys";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/rust-lang/libz-sys";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "1.1.8";
    CARGO_PKG_VERSION_MAJOR = "1";
    CARGO_PKG_VERSION_MINOR = "1";
    CARGO_PKG_VERSION_PATCH = "8";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
