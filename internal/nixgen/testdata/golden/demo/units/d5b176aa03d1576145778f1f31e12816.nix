# proc-macro2 1.0.47 (registry, replaced by debian): lib `proc_macro2`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."proc-macro2-1.0.47"; in
lib.compile {
  name = "0-02-proc-macro2-1.0.47-lib-d5b176aa";
  unit = "d5b176aa03d1576145778f1f31e12816";
  pkgName = "proc-macro2";
  pkgVersion = "1.0.47";
  cargoStart = "{\"crate\":\"proc-macro2\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"proc_macro2\",\"type\":\"start\",\"unit\":\"d5b176aa03d1576145778f1f31e12816\",\"v\":2,\"version\":\"1.0.47\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "proc_macro2"
    "--edition=2018"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "lib"
    "--emit=dep-info,metadata,link"
    "-C" "embed-bitcode=no"
    "--cfg" "feature=\"default\""
    "--cfg" "feature=\"proc-macro\""
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values(\"default\", \"nightly\", \"proc-macro\", \"span-locations\"))"
    "-C" "metadata=d5b176aa03d15761"
    "-C" "extra-filename=-45778f1f31e12816"
  ];
  targetArgs = [ ];
  libDeps = [
    units."f0b3801ba44eef194e089c01c77fb545"
  ];
  externArgs = [
    "--extern" "unicode_ident=${units."f0b3801ba44eef194e089c01c77fb545"}/lib/libunicode_ident-4e089c01c77fb545.rmeta"
    "--cap-lints"
    "allow"
  ];
  ownRuns = [
    units."7065e4faf37e0574bf200e7cf534ab79"
  ];
  linkRuns = [
    units."7065e4faf37e0574bf200e7cf534ab79"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "proc_macro2";
    CARGO_PKG_AUTHORS = "David Tolnay <dtolnay@gmail.com>:Alex Crichton <alex@alexcrichton.com>";
    CARGO_PKG_DESCRIPTION = "A substitute implementation of the compiler's `proc_macro` API to decouple token-based libraries from the procedural macro use case.";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "proc-macro2";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/dtolnay/proc-macro2";
    CARGO_PKG_RUST_VERSION = "1.31";
    CARGO_PKG_VERSION = "1.0.47";
    CARGO_PKG_VERSION_MAJOR = "1";
    CARGO_PKG_VERSION_MINOR = "0";
    CARGO_PKG_VERSION_PATCH = "47";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
