# flate2 1.0.25 (registry, replaced by debian): lib `flate2`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."flate2-1.0.25"; in
lib.compile {
  name = "1-04-flate2-1.0.25-lib-27aaa5d2";
  unit = "27aaa5d25662dc413201b3e3019d3dff";
  pkgName = "flate2";
  pkgVersion = "1.0.25";
  cargoStart = "{\"crate\":\"flate2\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"flate2\",\"type\":\"start\",\"unit\":\"27aaa5d25662dc413201b3e3019d3dff\",\"v\":2,\"version\":\"1.0.25\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "flate2"
    "--edition=2018"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "lib"
    "--emit=dep-info,metadata,link"
    "-C" "embed-bitcode=no"
    "-C" "debuginfo=2"
    "--cfg" "feature=\"libz-sys\""
    "--cfg" "feature=\"zlib\""
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values(\"default\", \"libz-sys\", \"miniz-sys\", \"miniz_oxide\", \"rust_backend\", \"zlib\"))"
    "-C" "metadata=27aaa5d25662dc41"
    "-C" "extra-filename=-3201b3e3019d3dff"
  ];
  targetArgs = [ ];
  libDeps = [
    units."03fd7090a1100b5c9d3a5fd2c18cec4e"
    units."187c57e640144b35a040baf5448fe2c1"
  ];
  externArgs = [
    "--extern" "crc32fast=${units."03fd7090a1100b5c9d3a5fd2c18cec4e"}/lib/libcrc32fast-9d3a5fd2c18cec4e.rmeta"
    "--extern" "libz_sys=${units."187c57e640144b35a040baf5448fe2c1"}/lib/liblibz_sys-a040baf5448fe2c1.rmeta"
    "--cap-lints"
    "allow"
  ];
  ownRuns = [ ];
  linkRuns = [
    units."849057eb8b52f398ea31e5292be3e73b"
    units."8b4b1e37136908f8f994952a25f4915f"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "flate2";
    CARGO_PKG_AUTHORS = "Alex Crichton <alex@alexcrichton.com>:Josh Triplett <josh@joshtriplett.org>";
    CARGO_PKG_DESCRIPTION = "DEFLATE compression and decompression exposed as Read/BufRead/Write streams.\nSupports miniz_oxide and multiple zlib implementations. Supports zlib, gzip,\nand raw deflate streams.\n";
    CARGO_PKG_HOMEPAGE = "https://github.com/rust-lang/flate2-rs";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "flate2";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/rust-lang/flate2-rs";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "1.0.25";
    CARGO_PKG_VERSION_MAJOR = "1";
    CARGO_PKG_VERSION_MINOR = "0";
    CARGO_PKG_VERSION_PATCH = "25";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
