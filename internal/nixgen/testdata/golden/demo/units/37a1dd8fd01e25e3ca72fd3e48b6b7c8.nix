# serde_derive 1.0.152 (registry, replaced by debian): proc-macro `serde_derive`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."serde_derive-1.0.152"; in
lib.compile {
  name = "0-05-serde_derive-1.0.152-proc-macro-37a1dd8f";
  unit = "37a1dd8fd01e25e3ca72fd3e48b6b7c8";
  pkgName = "serde_derive";
  pkgVersion = "1.0.152";
  cargoStart = "{\"crate\":\"serde_derive\",\"kind\":\"proc-macro\",\"local\":false,\"mode\":\"build\",\"target\":\"serde_derive\",\"type\":\"start\",\"unit\":\"37a1dd8fd01e25e3ca72fd3e48b6b7c8\",\"v\":2,\"version\":\"1.0.152\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "serde_derive"
    "--edition=2015"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "proc-macro"
    "--emit=dep-info,link"
    "-C" "prefer-dynamic"
    "-C" "embed-bitcode=no"
    "--cfg" "feature=\"default\""
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values(\"default\", \"deserialize_in_place\"))"
    "-C" "metadata=37a1dd8fd01e25e3"
    "-C" "extra-filename=-ca72fd3e48b6b7c8"
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
  ownRuns = [
    units."7db91de073343dd00c89c92212457159"
  ];
  linkRuns = [
    units."7db91de073343dd00c89c92212457159"
    units."7065e4faf37e0574bf200e7cf534ab79"
    units."e84ac119e651db6fce846c3e56d36fb8"
    units."e3a3876cd7ff5ac479417588cfdae742"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "serde_derive";
    CARGO_PKG_AUTHORS = "Erick Tryzelaar <erick.tryzelaar@gmail.com>:David Tolnay <dtolnay@gmail.com>";
    CARGO_PKG_DESCRIPTION = "Macros 1.1 implementation of #[derive(Serialize, Deserialize)]";
    CARGO_PKG_HOMEPAGE = "https://serde.rs";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "serde_derive";
    CARGO_PKG_README = "crates-io.md";
    CARGO_PKG_REPOSITORY = "https://github.com/serde-rs/serde";
    CARGO_PKG_RUST_VERSION = "1.31";
    CARGO_PKG_VERSION = "1.0.152";
    CARGO_PKG_VERSION_MAJOR = "1";
    CARGO_PKG_VERSION_MINOR = "0";
    CARGO_PKG_VERSION_PATCH = "152";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
