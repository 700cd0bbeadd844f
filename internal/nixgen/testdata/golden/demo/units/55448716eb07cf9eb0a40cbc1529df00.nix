# openssl-sys 0.9.80 (registry, replaced by debian): build-script-run `build-script-main`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."openssl-sys-0.9.80"; in
lib.run {
  name = "0-02-openssl-sys-0.9.80-build-script-run-55448716";
  unit = "55448716eb07cf9eb0a40cbc1529df00";
  pkgName = "openssl-sys";
  pkgVersion = "0.9.80";
  cargoStart = "{\"crate\":\"openssl-sys\",\"kind\":\"build-script-run\",\"local\":false,\"mode\":\"run-custom-build\",\"target\":\"build-script-main\",\"type\":\"start\",\"unit\":\"55448716eb07cf9eb0a40cbc1529df00\",\"v\":2,\"version\":\"0.9.80\"}";
  src = src;
  script = "${units."1c44fe5c7cf91d321be4ec5e9d417c35"}/bin/build-script-main";
  depRuns = [ ];
  parseArgs = [
    "--package"
    "openssl-sys"
    "--version"
    "0.9.80"
    "--links"
    "openssl"
    "--lib-name"
    "openssl_sys"
  ];
  unitEnv = {
    CARGO_CFG_DEBUG_ASSERTIONS = "";
    CARGO_CFG_FEATURE = "";
    CARGO_CFG_PANIC = "unwind";
    CARGO_CFG_TARGET_ABI = "";
    CARGO_CFG_TARGET_ARCH = "x86_64";
    CARGO_CFG_TARGET_ENDIAN = "little";
    CARGO_CFG_TARGET_ENV = "gnu";
    CARGO_CFG_TARGET_FAMILY = "unix";
    CARGO_CFG_TARGET_FEATURE = "fxsr,sse,sse2";
    CARGO_CFG_TARGET_HAS_ATOMIC = "16,32,64,8,ptr";
    CARGO_CFG_TARGET_OS = "linux";
    CARGO_CFG_TARGET_POINTER_WIDTH = "64";
    CARGO_CFG_TARGET_VENDOR = "unknown";
    CARGO_CFG_UNIX = "";
    CARGO_ENCODED_RUSTFLAGS = "";
    CARGO_MANIFEST_LINKS = "openssl";
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
    DEBUG = "true";
    HOST = "x86_64-unknown-linux-gnu";
    OPT_LEVEL = "0";
    PROFILE = "debug";
    TARGET = "x86_64-unknown-linux-gnu";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
