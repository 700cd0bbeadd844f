# openssl-sys 0.9.80 (registry, replaced by debian): lib `openssl_sys`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."openssl-sys-0.9.80"; in
lib.compile {
  name = "1-03-openssl-sys-0.9.80-lib-0676b7a4";
  unit = "0676b7a43c83fbd148f81462588ca40f";
  pkgName = "openssl-sys";
  pkgVersion = "0.9.80";
  cargoStart = "{\"crate\":\"openssl-sys\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"openssl_sys\",\"type\":\"start\",\"unit\":\"0676b7a43c83fbd148f81462588ca40f\",\"v\":2,\"version\":\"0.9.80\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "openssl_sys"
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
    "--check-cfg" "cfg(feature, values(\"bindgen\"))"
    "-C" "metadata=0676b7a43c83fbd1"
    "-C" "extra-filename=-48f81462588ca40f"
  ];
  targetArgs = [ ];
  libDeps = [
    units."72c1ef0e2edf756083bf965328c06ede"
  ];
  externArgs = [
    "--extern" "libc=${units."72c1ef0e2edf756083bf965328c06ede"}/lib/liblibc-83bf965328c06ede.rmeta"
    "--cap-lints"
    "allow"
  ];
  ownRuns = [
    units."55448716eb07cf9eb0a40cbc1529df00"
  ];
  linkRuns = [
    units."55448716eb07cf9eb0a40cbc1529df00"
    units."abd9884d8692e7f0db99bd373be58aaa"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "openssl_sys";
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
