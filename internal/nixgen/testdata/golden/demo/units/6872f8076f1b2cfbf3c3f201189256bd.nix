# demo 0.1.0 (path .): bin `demo`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."demo-0.1.0"; in
lib.compile {
  name = "1-10-demo-0.1.0-bin-6872f807";
  unit = "6872f8076f1b2cfbf3c3f201189256bd";
  pkgName = "demo";
  pkgVersion = "0.1.0";
  cargoStart = "{\"crate\":\"demo\",\"kind\":\"bin\",\"local\":true,\"mode\":\"build\",\"target\":\"demo\",\"type\":\"start\",\"unit\":\"6872f8076f1b2cfbf3c3f201189256bd\",\"v\":2,\"version\":\"0.1.0\"}";
  src = src;
  relDir = ".";
  member = true;
  srcPath = "src/main.rs";
  preArgs = [
    "--crate-name" "demo"
    "--edition=2024"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "bin"
    "--emit=dep-info,link"
    "-C" "embed-bitcode=no"
    "-C" "debuginfo=2"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
    "-C" "metadata=6872f8076f1b2cfb"
    "-C" "extra-filename=-f3c3f201189256bd"
  ];
  targetArgs = [ ];
  libDeps = [
    units."65c0696c3ac5ecb63daef797fae0e7c5"
    units."b948fd4be0f8b00c95590d51c7cf8cb4"
    units."27aaa5d25662dc413201b3e3019d3dff"
    units."d4c87915e86ab3cbd5bb2a4df3ff11b2"
    units."e06abe07e690e299f09790f350640e97"
    units."af10ef2a7d7b4ef6f3295a7f9ff366fe"
    units."cf8fe8f7dc2c5ba65610b6e22f4ae905"
  ];
  incremental = "6872f8076f1b2cfbf3c3f201189256bd";
  externArgs = [
    "--extern" "anyhow=${units."65c0696c3ac5ecb63daef797fae0e7c5"}/lib/libanyhow-3daef797fae0e7c5.rlib"
    "--extern" "clap=${units."b948fd4be0f8b00c95590d51c7cf8cb4"}/lib/libclap-95590d51c7cf8cb4.rlib"
    "--extern" "flate2=${units."27aaa5d25662dc413201b3e3019d3dff"}/lib/libflate2-3201b3e3019d3dff.rlib"
    "--extern" "openssl=${units."d4c87915e86ab3cbd5bb2a4df3ff11b2"}/lib/libopenssl-d5bb2a4df3ff11b2.rlib"
    "--extern" "regex=${units."e06abe07e690e299f09790f350640e97"}/lib/libregex-f09790f350640e97.rlib"
    "--extern" "serde=${units."af10ef2a7d7b4ef6f3295a7f9ff366fe"}/lib/libserde-f3295a7f9ff366fe.rlib"
    "--extern" "serde_json=${units."cf8fe8f7dc2c5ba65610b6e22f4ae905"}/lib/libserde_json-5610b6e22f4ae905.rlib"
  ];
  ownRuns = [ ];
  linkRuns = [
    units."4a519f90cf03549ecfa764019d475981"
    units."abd9884d8692e7f0db99bd373be58aaa"
    units."849057eb8b52f398ea31e5292be3e73b"
    units."8b4b1e37136908f8f994952a25f4915f"
    units."d8ae8e9d25d5e0f471944e6d01377be9"
    units."55448716eb07cf9eb0a40cbc1529df00"
    units."64ef101aaa275bb501d72f72d8dbd44d"
    units."7082ef3160c11e57e6cf30ca21a700c1"
    units."bb4260b5ac3874c8b95d17c00d7912de"
    units."889abd600fb2360176819d45a2f05041"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.bin.demo";
  exeFile = "demo-f3c3f201189256bd";
  exeName = "demo";
  unitEnv = {
    CARGO_BIN_NAME = "demo";
    CARGO_CRATE_NAME = "demo";
    CARGO_PKG_AUTHORS = "";
    CARGO_PKG_DESCRIPTION = "";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "demo";
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
