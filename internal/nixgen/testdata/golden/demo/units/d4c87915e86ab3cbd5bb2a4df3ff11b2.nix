# openssl 0.10.45 (registry, replaced by debian): lib `openssl`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."openssl-0.10.45"; in
lib.compile {
  name = "1-06-openssl-0.10.45-lib-d4c87915";
  unit = "d4c87915e86ab3cbd5bb2a4df3ff11b2";
  pkgName = "openssl";
  pkgVersion = "0.10.45";
  cargoStart = "{\"crate\":\"openssl\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"openssl\",\"type\":\"start\",\"unit\":\"d4c87915e86ab3cbd5bb2a4df3ff11b2\",\"v\":2,\"version\":\"0.10.45\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "openssl"
    "--edition=2018"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "lib"
    "--emit=dep-info,metadata,link"
    "-C" "embed-bitcode=no"
    "-C" "debuginfo=2"
    "--cfg" "feature=\"default\""
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values(\"bindgen\", \"default\", \"v101\", \"v102\", \"v110\", \"v111\", \"vendored\"))"
    "-C" "metadata=d4c87915e86ab3cb"
    "-C" "extra-filename=-d5bb2a4df3ff11b2"
  ];
  targetArgs = [ ];
  libDeps = [
    units."d56e27382afd3f532a10530d3b463305"
    units."a2480e477550a81d92c1f1a121a0d6f0"
    units."30324ea03c5b41202f2b784ae0154691"
    units."72c1ef0e2edf756083bf965328c06ede"
    units."1d9a1f0fc11871f8ffe396e2c7d5517d"
    units."af47a92007388ce47511326ad7129d7a"
    units."0676b7a43c83fbd148f81462588ca40f"
  ];
  externArgs = [
    "--extern" "bitflags=${units."d56e27382afd3f532a10530d3b463305"}/lib/libbitflags-2a10530d3b463305.rmeta"
    "--extern" "cfg_if=${units."a2480e477550a81d92c1f1a121a0d6f0"}/lib/libcfg_if-92c1f1a121a0d6f0.rmeta"
    "--extern" "foreign_types=${units."30324ea03c5b41202f2b784ae0154691"}/lib/libforeign_types-2f2b784ae0154691.rmeta"
    "--extern" "libc=${units."72c1ef0e2edf756083bf965328c06ede"}/lib/liblibc-83bf965328c06ede.rmeta"
    "--extern" "once_cell=${units."1d9a1f0fc11871f8ffe396e2c7d5517d"}/lib/libonce_cell-ffe396e2c7d5517d.rmeta"
    "--extern" "openssl_macros=${units."af47a92007388ce47511326ad7129d7a"}/lib/libopenssl_macros-7511326ad7129d7a.so"
    "--extern" "ffi=${units."0676b7a43c83fbd148f81462588ca40f"}/lib/libopenssl_sys-48f81462588ca40f.rmeta"
    "--cap-lints"
    "allow"
  ];
  ownRuns = [
    units."d8ae8e9d25d5e0f471944e6d01377be9"
  ];
  linkRuns = [
    units."d8ae8e9d25d5e0f471944e6d01377be9"
    units."abd9884d8692e7f0db99bd373be58aaa"
    units."55448716eb07cf9eb0a40cbc1529df00"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "openssl";
    CARGO_PKG_AUTHORS = "Steven Fackler <sfackler@gmail.com>";
    CARGO_PKG_DESCRIPTION = "OpenSSL bindings";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "openssl";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/sfackler/rust-openssl";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "0.10.45";
    CARGO_PKG_VERSION_MAJOR = "0";
    CARGO_PKG_VERSION_MINOR = "10";
    CARGO_PKG_VERSION_PATCH = "45";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
