# proc-macro2 1.0.47 (registry, replaced by debian): build-script-compile `build-script-build`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."proc-macro2-1.0.47"; in
lib.compile {
  name = "0-00-proc-macro2-1.0.47-build-script-compile-660d480d";
  unit = "660d480dd254f91d9f7100147dc27853";
  pkgName = "proc-macro2";
  pkgVersion = "1.0.47";
  cargoStart = "{\"crate\":\"proc-macro2\",\"kind\":\"build-script\",\"local\":false,\"mode\":\"build\",\"target\":\"build-script-build\",\"type\":\"start\",\"unit\":\"660d480dd254f91d9f7100147dc27853\",\"v\":2,\"version\":\"1.0.47\"}";
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
    "--check-cfg" "cfg(feature, values(\"default\", \"nightly\", \"proc-macro\", \"span-locations\"))"
    "-C" "metadata=660d480dd254f91d"
    "-C" "extra-filename=-9f7100147dc27853"
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
  exeFile = "build_script_build-9f7100147dc27853";
  exeName = "build-script-build";
  unitEnv = {
    CARGO_CRATE_NAME = "build_script_build";
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
