# quote 1.0.21 (registry, replaced by debian): build-script-compile `build-script-build`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."quote-1.0.21"; in
lib.compile {
  name = "0-00-quote-1.0.21-build-script-compile-8278098c";
  unit = "8278098cc55d5cd47ff6d6c1aed03c87";
  pkgName = "quote";
  pkgVersion = "1.0.21";
  cargoStart = "{\"crate\":\"quote\",\"kind\":\"build-script\",\"local\":false,\"mode\":\"build\",\"target\":\"build-script-build\",\"type\":\"start\",\"unit\":\"8278098cc55d5cd47ff6d6c1aed03c87\",\"v\":2,\"version\":\"1.0.21\"}";
  src = src;
  srcPath = "build.rs";
  preArgs = [
    "--crate-name" "build_script_build"
    "--edition=2018"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "bin"
    "--emit=dep-info,link"
    "-C" "embed-bitcode=no"
    "--cfg" "feature=\"default\""
    "--cfg" "feature=\"proc-macro\""
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values(\"default\", \"proc-macro\"))"
    "-C" "metadata=8278098cc55d5cd4"
    "-C" "extra-filename=-7ff6d6c1aed03c87"
  ];
  targetArgs = [ ];
  libDeps = [ ];
  externArgs = [
    "--cap-lints"
    "allow"
  ];
  ownRuns = [ ];
  linkRuns = [ ];
  cdylibRuns = [ ];
  linkLibs = false;
  linkArgFile = "";
  exeFile = "build_script_build-7ff6d6c1aed03c87";
  exeName = "build-script-build";
  unitEnv = {
    CARGO_CRATE_NAME = "build_script_build";
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
