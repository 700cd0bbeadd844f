# libc 0.2.139 (registry, replaced by debian): lib `libc`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."libc-0.2.139"; in
lib.compile {
  name = "1-02-libc-0.2.139-lib-b5b5855b";
  unit = "b5b5855bbe4f035b7e6f7f7c8794a788";
  pkgName = "libc";
  pkgVersion = "0.2.139";
  cargoStart = "{\"crate\":\"libc\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"libc\",\"type\":\"start\",\"unit\":\"b5b5855bbe4f035b7e6f7f7c8794a788\",\"v\":2,\"version\":\"0.2.139\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "libc"
    "--edition=2015"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "lib"
    "--emit=dep-info,metadata,link"
    "-C" "embed-bitcode=no"
    "-C" "debuginfo=2"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values(\"align\", \"const-extern-fn\", \"default\", \"extra_traits\", \"rustc-dep-of-std\", \"rustc-std-workspace-core\", \"std\", \"use_std\"))"
    "-C" "metadata=b5b5855bbe4f035b"
    "-C" "extra-filename=-7e6f7f7c8794a788"
  ];
  targetArgs = [ ];
  libDeps = [ ];
  externArgs = [
    "--cap-lints"
    "allow"
  ];
  ownRuns = [
    units."f82482e9326c30c74fa85e291bbcb209"
  ];
  linkRuns = [
    units."f82482e9326c30c74fa85e291bbcb209"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "libc";
    CARGO_PKG_AUTHORS = "The Rust Project Developers";
    CARGO_PKG_DESCRIPTION = "Raw FFI bindings to platform libraries like libc.\n";
    CARGO_PKG_HOMEPAGE = "https://github.com/rust-lang/libc";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "libc";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/rust-lang/libc";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "0.2.139";
    CARGO_PKG_VERSION_MAJOR = "0";
    CARGO_PKG_VERSION_MINOR = "2";
    CARGO_PKG_VERSION_PATCH = "139";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
