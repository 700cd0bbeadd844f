# clap_derive 4.0.21 (registry, replaced by debian): proc-macro `clap_derive`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."clap_derive-4.0.21"; in
lib.compile {
  name = "0-08-clap_derive-4.0.21-proc-macro-4a82793c";
  unit = "4a82793cbccdf4d3185a799c50422112";
  pkgName = "clap_derive";
  pkgVersion = "4.0.21";
  cargoStart = "{\"crate\":\"clap_derive\",\"kind\":\"proc-macro\",\"local\":false,\"mode\":\"build\",\"target\":\"clap_derive\",\"type\":\"start\",\"unit\":\"4a82793cbccdf4d3185a799c50422112\",\"v\":2,\"version\":\"4.0.21\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "clap_derive"
    "--edition=2021"
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
    "--check-cfg" "cfg(feature, values(\"debug\", \"default\", \"deprecated\", \"raw-deprecated\", \"unstable-v5\"))"
    "-C" "metadata=4a82793cbccdf4d3"
    "-C" "extra-filename=-185a799c50422112"
  ];
  targetArgs = [ ];
  libDeps = [
    units."8becb514e9ae142b5277fdea2c7abb5f"
    units."5ee19c43f6f97aa1a03da8a40b13b4de"
    units."d5b176aa03d1576145778f1f31e12816"
    units."c11752f635b428074a0d6c48db00be93"
    units."09540d0f637f06f6396ad8769ed222ba"
  ];
  externArgs = [
    "--extern" "heck=${units."8becb514e9ae142b5277fdea2c7abb5f"}/lib/libheck-5277fdea2c7abb5f.rlib"
    "--extern" "proc_macro_error=${units."5ee19c43f6f97aa1a03da8a40b13b4de"}/lib/libproc_macro_error-a03da8a40b13b4de.rlib"
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
    units."6170542d1db61eb94248806c5f953479"
    units."7065e4faf37e0574bf200e7cf534ab79"
    units."e84ac119e651db6fce846c3e56d36fb8"
    units."e3a3876cd7ff5ac479417588cfdae742"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "clap_derive";
    CARGO_PKG_AUTHORS = "";
    CARGO_PKG_DESCRIPTION = "Parse command line argument by defining a struct, derive crate.";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "clap_derive";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/clap-rs/clap/tree/master/clap_derive";
    CARGO_PKG_RUST_VERSION = "1.60.0";
    CARGO_PKG_VERSION = "4.0.21";
    CARGO_PKG_VERSION_MAJOR = "4";
    CARGO_PKG_VERSION_MINOR = "0";
    CARGO_PKG_VERSION_PATCH = "21";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
