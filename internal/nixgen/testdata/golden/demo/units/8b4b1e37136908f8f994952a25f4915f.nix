# libz-sys 1.1.8 (registry, replaced by debian): build-script-run `build-script-build`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."libz-sys-1.1.8"; in
lib.run {
  name = "0-02-libz-sys-1.1.8-build-script-run-8b4b1e37";
  unit = "8b4b1e37136908f8f994952a25f4915f";
  pkgName = "libz-sys";
  pkgVersion = "1.1.8";
  cargoStart = "{\"crate\":\"libz-sys\",\"kind\":\"build-script-run\",\"local\":false,\"mode\":\"run-custom-build\",\"target\":\"build-script-build\",\"type\":\"start\",\"unit\":\"8b4b1e37136908f8f994952a25f4915f\",\"v\":2,\"version\":\"1.1.8\"}";
  src = src;
  script = "${units."bc001d399155d0d9bc1c925cf071172e"}/bin/build-script-build";
  depRuns = [ ];
  parseArgs = [
    "--package"
    "libz-sys"
    "--version"
    "1.1.8"
    "--links"
    "z"
    "--lib-name"
    "libz_sys"
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
    CARGO_MANIFEST_LINKS = "z";
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
    DEBUG = "true";
    HOST = "x86_64-unknown-linux-gnu";
    OPT_LEVEL = "0";
    PROFILE = "debug";
    TARGET = "x86_64-unknown-linux-gnu";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
