# openssl-sys 0.9.80 (registry, replaced by debian): build-script-compile `build-script-main`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."openssl-sys-0.9.80"; in
lib.compile {
  name = "0-01-openssl-sys-0.9.80-build-script-compile-1c44fe5c";
  unit = "1c44fe5c7cf91d321be4ec5e9d417c35";
  pkgName = "openssl-sys";
  pkgVersion = "0.9.80";
  cargoStart = "{\"crate\":\"openssl-sys\",\"kind\":\"build-script\",\"local\":false,\"mode\":\"build\",\"target\":\"build-script-main\",\"type\":\"start\",\"unit\":\"1c44fe5c7cf91d321be4ec5e9d417c35\",\"v\":2,\"version\":\"0.9.80\"}";
  src = src;
  srcPath = "build/main.rs";
  preArgs = [
    "--crate-name" "build_script_main"
    "--edition=2015"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "bin"
    "--emit=dep-info,link"
    "-C" "embed-bitcode=no"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values(\"bindgen\"))"
    "-C" "metadata=1c44fe5c7cf91d32"
    "-C" "extra-filename=-1be4ec5e9d417c35"
  ];
  targetArgs = [ ];
  libDeps = [
    units."ad4f225a6db9d806b6ae5c98e1c55101"
    units."1c13b05bde9af0462b8ebc23895555f3"
    units."5724aa08aa31ed397c4694107b25cb23"
  ];
  externArgs = [
    "--extern" "autocfg=${units."ad4f225a6db9d806b6ae5c98e1c55101"}/lib/libautocfg-b6ae5c98e1c55101.rlib"
    "--extern" "cc=${units."1c13b05bde9af0462b8ebc23895555f3"}/lib/libcc-2b8ebc23895555f3.rlib"
    "--extern" "pkg_config=${units."5724aa08aa31ed397c4694107b25cb23"}/lib/libpkg_config-7c4694107b25cb23.rlib"
    "--cap-lints"
    "allow"
  ];
  ownRuns = [ ];
  linkRuns = [ ];
  cdylibRuns = [ ];
  linkLibs = false;
  linkArgFile = "";
  exeFile = "build_script_main-1be4ec5e9d417c35";
  exeName = "build-script-main";
  unitEnv = {
    CARGO_CRATE_NAME = "build_script_main";
    CARGO_PKG_AUTHORS = "Alex Crichton <alex@alexcrichton.com>:Steven Fackler <sfackler@gmail.com>";
    CARGO_PKG_DESCRIPTION = "FFI bindings to OpenSSL";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "MIT";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "openssl-sys";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/sfackler/rust-openssl";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "0.9.80";
    CARGO_PKG_VERSION_MAJOR = "0";
    CARGO_PKG_VERSION_MINOR = "9";
    CARGO_PKG_VERSION_PATCH = "80";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
