# openssl-macros 0.1.0 (registry, replaced by debian): proc-macro `openssl_macros`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."openssl-macros-0.1.0"; in
lib.compile {
  name = "0-05-openssl-macros-0.1.0-proc-macro-af47a920";
  unit = "af47a92007388ce47511326ad7129d7a";
  pkgName = "openssl-macros";
  pkgVersion = "0.1.0";
  cargoStart = "{\"crate\":\"openssl-macros\",\"kind\":\"proc-macro\",\"local\":false,\"mode\":\"build\",\"target\":\"openssl_macros\",\"type\":\"start\",\"unit\":\"af47a92007388ce47511326ad7129d7a\",\"v\":2,\"version\":\"0.1.0\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "openssl_macros"
    "--edition=2018"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "proc-macro"
    "--emit=dep-info,link"
    "-C" "prefer-dynamic"
    "-C" "embed-bitcode=no"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
    "-C" "metadata=af47a92007388ce4"
    "-C" "extra-filename=-7511326ad7129d7a"
  ];
  targetArgs = [ ];
  libDeps = [
    units."d5b176aa03d1576145778f1f31e12816"
    units."c11752f635b428074a0d6c48db00be93"
    units."09540d0f637f06f6396ad8769ed222ba"
  ];
  externArgs = [
    "--extern" "proc_macro2=${units."d5b176aa03d1576145778f1f31e12816"}/lib/libproc_macro2-45778f1f31e12816.rlib"
    "--extern" "quote=${units."c11752f635b428074a0d6c48db00be93"}/lib/libquote-4a0d6c48db00be93.rlib"
    "--extern" "syn=${units."09540d0f637f06f6396ad8769ed222ba"}/lib/libsyn-396ad8769ed222ba.rlib"
    "--extern"
    "proc_macro"
    "--cap-lints"
    "allow"
  ];
  ownRuns = [ ];
  linkRuns = [
    units."7065e4faf37e0574bf200e7cf534ab79"
    units."e84ac119e651db6fce846c3e56d36fb8"
    units."e3a3876cd7ff5ac479417588cfdae742"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "openssl_macros";
    CARGO_PKG_AUTHORS = "";
    CARGO_PKG_DESCRIPTION = "Internal macros used by the openssl crate.";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "MIT/Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "openssl-macros";
    CARGO_PKG_README = "";
    CARGO_PKG_REPOSITORY = "";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "0.1.0";
    CARGO_PKG_VERSION_MAJOR = "0";
    CARGO_PKG_VERSION_MINOR = "1";
    CARGO_PKG_VERSION_PATCH = "0";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
