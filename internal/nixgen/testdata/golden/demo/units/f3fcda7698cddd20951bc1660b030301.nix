# proc-macro-error-attr 1.0.3 (registry, replaced by debian): build-script-compile `build-script-build`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."proc-macro-error-attr-1.0.3"; in
lib.compile {
  name = "0-01-proc-macro-error-attr-1.0.3-build-script-compile-f3fcda76";
  unit = "f3fcda7698cddd20951bc1660b030301";
  pkgName = "proc-macro-error-attr";
  pkgVersion = "1.0.3";
  cargoStart = "{\"crate\":\"proc-macro-error-attr\",\"kind\":\"build-script\",\"local\":false,\"mode\":\"build\",\"target\":\"build-script-build\",\"type\":\"start\",\"unit\":\"f3fcda7698cddd20951bc1660b030301\",\"v\":2,\"version\":\"1.0.3\"}";
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
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
    "-C" "metadata=f3fcda7698cddd20"
    "-C" "extra-filename=-951bc1660b030301"
  ];
  targetArgs = [ ];
  libDeps = [
    units."d048b49e639b74e8be2f35a9c4256eb6"
  ];
  externArgs = [
    "--extern" "version_check=${units."d048b49e639b74e8be2f35a9c4256eb6"}/lib/libversion_check-be2f35a9c4256eb6.rlib"
    "--cap-lints"
    "allow"
  ];
  ownRuns = [ ];
  linkRuns = [ ];
  cdylibRuns = [ ];
  linkLibs = false;
  linkArgFile = "";
  exeFile = "build_script_build-951bc1660b030301";
  exeName = "build-script-build";
  unitEnv = {
    CARGO_CRATE_NAME = "build_script_build";
    CARGO_PKG_AUTHORS = "CreepySkeleton <creepy-skeleton@yandex.ru>";
    CARGO_PKG_DESCRIPTION = "Attribute macro for proc-macro-error crate";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "proc-macro-error-attr";
    CARGO_PKG_README = "";
    CARGO_PKG_REPOSITORY = "https://gitlab.com/CreepySkeleton/proc-macro-error";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "1.0.3";
    CARGO_PKG_VERSION_MAJOR = "1";
    CARGO_PKG_VERSION_MINOR = "0";
    CARGO_PKG_VERSION_PATCH = "3";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
