# quote 1.0.21 (registry, replaced by debian): lib `quote`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."quote-1.0.21"; in
lib.compile {
  name = "0-03-quote-1.0.21-lib-c11752f6";
  unit = "c11752f635b428074a0d6c48db00be93";
  pkgName = "quote";
  pkgVersion = "1.0.21";
  cargoStart = "{\"crate\":\"quote\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"quote\",\"type\":\"start\",\"unit\":\"c11752f635b428074a0d6c48db00be93\",\"v\":2,\"version\":\"1.0.21\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "quote"
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
    "--check-cfg" "cfg(feature, values(\"default\", \"proc-macro\"))"
    "-C" "metadata=c11752f635b42807"
    "-C" "extra-filename=-4a0d6c48db00be93"
  ];
  targetArgs = [ ];
  libDeps = [
    units."d5b176aa03d1576145778f1f31e12816"
  ];
  externArgs = [
    "--extern" "proc_macro2=${units."d5b176aa03d1576145778f1f31e12816"}/lib/libproc_macro2-45778f1f31e12816.rmeta"
    "--cap-lints"
    "allow"
  ];
  ownRuns = [
    units."e84ac119e651db6fce846c3e56d36fb8"
  ];
  linkRuns = [
    units."e84ac119e651db6fce846c3e56d36fb8"
    units."7065e4faf37e0574bf200e7cf534ab79"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "quote";
    CARGO_PKG_AUTHORS = "David Tolnay <dtolnay@gmail.com>";
    CARGO_PKG_DESCRIPTION = "Quasi-quoting macro quote!(...)";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "quote";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/dtolnay/quote";
    CARGO_PKG_RUST_VERSION = "1.31";
    CARGO_PKG_VERSION = "1.0.21";
    CARGO_PKG_VERSION_MAJOR = "1";
    CARGO_PKG_VERSION_MINOR = "0";
    CARGO_PKG_VERSION_PATCH = "21";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
