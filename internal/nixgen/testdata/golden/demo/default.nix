# The Nix build of the cargo workspace demo (profile dev): one derivation per cargo unit.
# Written by nix-emit from crate-plan's plan; edits are overwritten.
# From the workspace root (target/debug/nix/build is nix-build with the sandbox options the toolchain needs):
#   target/debug/nix/build -A all            every unit cargo was asked for
#   target/debug/nix/build -A bins.NAME      one binary (bin/NAME)
#   target/debug/nix/build -A units.ID       any unit (units/ID.nix says what it is)
#   target/debug/nix/build -A testRuns       run every test binary (testArgs: their arguments)
#   --argstr salt S             new derivations for every unit: a from-scratch build
#   --arg clippyArgs '[ ]'      workspace members' units linted by clippy-driver (the list: clippy's arguments)
{ toolchain ? "host", pkgs ? null, rustc ? pkgs.rustc, cargo ? pkgs.cargo, clippy ? pkgs.clippy, salt ? "", testArgs ? [ ], testThreads ? 0, testQuiet ? false, clippyArgs ? null }:
let
  tc = import ./toolchain.nix { inherit toolchain pkgs rustc cargo clippy; };
  ws = ./../../..;
  # Cargo.dependencies.nix next to Cargo.toml: per-crate build inputs and environment.
  depsFile = ws + "/Cargo.dependencies.nix";
  deps = if builtins.pathExists depsFile then (let d = import depsFile; in if builtins.isFunction d then d { inherit pkgs toolchain; } else d) else { };
  lib = import ./lib.nix { toolchain = tc; overrides = deps; inherit packages salt testArgs testThreads testQuiet clippyArgs; };
  packages = [
    "aho-corasick"
    "aho-corasick@0.7.19"
    "anyhow"
    "anyhow@1.0.69"
    "atty"
    "atty@0.2.14"
    "autocfg"
    "autocfg@1.1.0"
    "bitflags"
    "bitflags@1.3.2"
    "cc"
    "cc@1.0.73"
    "cfg-if"
    "cfg-if@1.0.0"
    "clap"
    "clap@4.0.32"
    "clap_derive"
    "clap_derive@4.0.21"
    "clap_lex"
    "clap_lex@0.3.0"
    "crc32fast"
    "crc32fast@1.3.2"
    "demo"
    "demo@0.1.0"
    "flate2"
    "flate2@1.0.25"
    "foreign-types"
    "foreign-types-shared"
    "foreign-types-shared@0.1.1"
    "foreign-types@0.3.2"
    "heck"
    "heck@0.4.0"
    "itoa"
    "itoa@1.0.1"
    "libc"
    "libc@0.2.139"
    "libz-sys"
    "libz-sys@1.1.8"
    "memchr"
    "memchr@2.5.0"
    "once_cell"
    "once_cell@1.17.0"
    "openssl"
    "openssl-macros"
    "openssl-macros@0.1.0"
    "openssl-sys"
    "openssl-sys@0.9.80"
    "openssl@0.10.45"
    "os_str_bytes"
    "os_str_bytes@6.0.0"
    "pkg-config"
    "pkg-config@0.3.25"
    "proc-macro-error"
    "proc-macro-error-attr"
    "proc-macro-error-attr@1.0.3"
    "proc-macro-error@1.0.3"
    "proc-macro2"
    "proc-macro2@1.0.47"
    "quote"
    "quote@1.0.21"
    "regex"
    "regex-syntax"
    "regex-syntax@0.6.27"
    "regex@1.7.1"
    "ryu"
    "ryu@1.0.2"
    "serde"
    "serde@1.0.152"
    "serde_derive"
    "serde_derive@1.0.152"
    "serde_json"
    "serde_json@1.0.87"
    "strsim"
    "strsim@0.10.0"
    "syn"
    "syn-mid"
    "syn-mid@0.5.0"
    "syn@1.0.107"
    "termcolor"
    "termcolor@1.1.2"
    "unicode-ident"
    "unicode-ident@1.0.0"
    "version_check"
    "version_check@0.9.4"
  ];
  sources = import ./sources.nix { inherit lib ws; };
  unit = id: import (./units + "/${id}.nix") { inherit lib units sources; };
  units = {
    "495cbb957c6d05eb5e4a1ca663614abc" = unit "495cbb957c6d05eb5e4a1ca663614abc"; # 1-03-aho-corasick-0.7.19-lib-495cbb95
    "65c0696c3ac5ecb63daef797fae0e7c5" = unit "65c0696c3ac5ecb63daef797fae0e7c5"; # 1-02-anyhow-1.0.69-lib-65c0696c
    "e4b8894f76844f06d0414effabd5c3d3" = unit "e4b8894f76844f06d0414effabd5c3d3"; # 0-00-anyhow-1.0.69-build-script-compile-e4b8894f
    "4a519f90cf03549ecfa764019d475981" = unit "4a519f90cf03549ecfa764019d475981"; # 0-01-anyhow-1.0.69-build-script-run-4a519f90
    "67ecd39e51385568c1735b83b6768566" = unit "67ecd39e51385568c1735b83b6768566"; # 1-03-atty-0.2.14-lib-67ecd39e
    "ad4f225a6db9d806b6ae5c98e1c55101" = unit "ad4f225a6db9d806b6ae5c98e1c55101"; # 0-00-autocfg-1.1.0-lib-ad4f225a
    "d56e27382afd3f532a10530d3b463305" = unit "d56e27382afd3f532a10530d3b463305"; # 1-00-bitflags-1.3.2-lib-d56e2738
    "1c13b05bde9af0462b8ebc23895555f3" = unit "1c13b05bde9af0462b8ebc23895555f3"; # 0-00-cc-1.0.73-lib-1c13b05b
    "a2480e477550a81d92c1f1a121a0d6f0" = unit "a2480e477550a81d92c1f1a121a0d6f0"; # 1-00-cfg-if-1.0.0-lib-a2480e47
    "b948fd4be0f8b00c95590d51c7cf8cb4" = unit "b948fd4be0f8b00c95590d51c7cf8cb4"; # 1-09-clap-4.0.32-lib-b948fd4b
    "4a82793cbccdf4d3185a799c50422112" = unit "4a82793cbccdf4d3185a799c50422112"; # 0-08-clap_derive-4.0.21-proc-macro-4a82793c
    "455c9c41bc7d4d81dbd41754e90c7e78" = unit "455c9c41bc7d4d81dbd41754e90c7e78"; # 1-01-clap_lex-0.3.0-lib-455c9c41
    "03fd7090a1100b5c9d3a5fd2c18cec4e" = unit "03fd7090a1100b5c9d3a5fd2c18cec4e"; # 1-02-crc32fast-1.3.2-lib-03fd7090
    "d1d4a50982a5632856c2a15f77b9f726" = unit "d1d4a50982a5632856c2a15f77b9f726"; # 0-00-crc32fast-1.3.2-build-script-compile-d1d4a509
    "849057eb8b52f398ea31e5292be3e73b" = unit "849057eb8b52f398ea31e5292be3e73b"; # 0-01-crc32fast-1.3.2-build-script-run-849057eb
    "6872f8076f1b2cfbf3c3f201189256bd" = unit "6872f8076f1b2cfbf3c3f201189256bd"; # 1-10-demo-0.1.0-bin-6872f807
    "27aaa5d25662dc413201b3e3019d3dff" = unit "27aaa5d25662dc413201b3e3019d3dff"; # 1-04-flate2-1.0.25-lib-27aaa5d2
    "30324ea03c5b41202f2b784ae0154691" = unit "30324ea03c5b41202f2b784ae0154691"; # 1-01-foreign-types-0.3.2-lib-30324ea0
    "343fed426ad055e5940ee48807e24613" = unit "343fed426ad055e5940ee48807e24613"; # 1-00-foreign-types-shared-0.1.1-lib-343fed42
    "8becb514e9ae142b5277fdea2c7abb5f" = unit "8becb514e9ae142b5277fdea2c7abb5f"; # 0-00-heck-0.4.0-lib-8becb514
    "806e510f652f98841e1278c18a2cf35d" = unit "806e510f652f98841e1278c18a2cf35d"; # 1-00-itoa-1.0.1-lib-806e510f
    "72c1ef0e2edf756083bf965328c06ede" = unit "72c1ef0e2edf756083bf965328c06ede"; # 1-02-libc-0.2.139-lib-72c1ef0e
    "48278c2787fb13304f47d5d934105670" = unit "48278c2787fb13304f47d5d934105670"; # 0-00-libc-0.2.139-build-script-compile-48278c27
    "abd9884d8692e7f0db99bd373be58aaa" = unit "abd9884d8692e7f0db99bd373be58aaa"; # 0-01-libc-0.2.139-build-script-run-abd9884d
    "187c57e640144b35a040baf5448fe2c1" = unit "187c57e640144b35a040baf5448fe2c1"; # 1-03-libz-sys-1.1.8-lib-187c57e6
    "bc001d399155d0d9bc1c925cf071172e" = unit "bc001d399155d0d9bc1c925cf071172e"; # 0-01-libz-sys-1.1.8-build-script-compile-bc001d39
    "8b4b1e37136908f8f994952a25f4915f" = unit "8b4b1e37136908f8f994952a25f4915f"; # 0-02-libz-sys-1.1.8-build-script-run-8b4b1e37
    "55975b43212661198825f8ee8102b85e" = unit "55975b43212661198825f8ee8102b85e"; # 1-02-memchr-2.5.0-lib-55975b43
    "9571eb31c9650052c53c43a3e2871ab8" = unit "9571eb31c9650052c53c43a3e2871ab8"; # 0-00-memchr-2.5.0-build-script-compile-9571eb31
    "64ef101aaa275bb501d72f72d8dbd44d" = unit "64ef101aaa275bb501d72f72d8dbd44d"; # 0-01-memchr-2.5.0-build-script-run-64ef101a
    "1d9a1f0fc11871f8ffe396e2c7d5517d" = unit "1d9a1f0fc11871f8ffe396e2c7d5517d"; # 1-00-once_cell-1.17.0-lib-1d9a1f0f
    "d4c87915e86ab3cbd5bb2a4df3ff11b2" = unit "d4c87915e86ab3cbd5bb2a4df3ff11b2"; # 1-06-openssl-0.10.45-lib-d4c87915
    "f6a60dd8cebf76684f1c577b5acef656" = unit "f6a60dd8cebf76684f1c577b5acef656"; # 0-00-openssl-0.10.45-build-script-compile-f6a60dd8
    "d8ae8e9d25d5e0f471944e6d01377be9" = unit "d8ae8e9d25d5e0f471944e6d01377be9"; # 0-03-openssl-0.10.45-build-script-run-d8ae8e9d
    "af47a92007388ce47511326ad7129d7a" = unit "af47a92007388ce47511326ad7129d7a"; # 0-05-openssl-macros-0.1.0-proc-macro-af47a920
    "0676b7a43c83fbd148f81462588ca40f" = unit "0676b7a43c83fbd148f81462588ca40f"; # 1-03-openssl-sys-0.9.80-lib-0676b7a4
    "1c44fe5c7cf91d321be4ec5e9d417c35" = unit "1c44fe5c7cf91d321be4ec5e9d417c35"; # 0-01-openssl-sys-0.9.80-build-script-compile-1c44fe5c
    "55448716eb07cf9eb0a40cbc1529df00" = unit "55448716eb07cf9eb0a40cbc1529df00"; # 0-02-openssl-sys-0.9.80-build-script-run-55448716
    "ba6f8980ccc6a501f4e5b53d58f4a5e3" = unit "ba6f8980ccc6a501f4e5b53d58f4a5e3"; # 1-00-os_str_bytes-6.0.0-lib-ba6f8980
    "5724aa08aa31ed397c4694107b25cb23" = unit "5724aa08aa31ed397c4694107b25cb23"; # 0-00-pkg-config-0.3.25-lib-5724aa08
    "5ee19c43f6f97aa1a03da8a40b13b4de" = unit "5ee19c43f6f97aa1a03da8a40b13b4de"; # 0-07-proc-macro-error-1.0.3-lib-5ee19c43
    "6170542d1db61eb94248806c5f953479" = unit "6170542d1db61eb94248806c5f953479"; # 0-02-proc-macro-error-1.0.3-build-script-run-6170542d
    "b0216e1caae6bb728bbca6967d4546cd" = unit "b0216e1caae6bb728bbca6967d4546cd"; # 0-01-proc-macro-error-1.0.3-build-script-compile-b0216e1c
    "bf96f0f73db4ba3f6ad5d716b6c33038" = unit "bf96f0f73db4ba3f6ad5d716b6c33038"; # 0-06-proc-macro-error-attr-1.0.3-proc-macro-bf96f0f7
    "350fc4592e856126c5570ce6f8c37e7c" = unit "350fc4592e856126c5570ce6f8c37e7c"; # 0-02-proc-macro-error-attr-1.0.3-build-script-run-350fc459
    "f3fcda7698cddd20951bc1660b030301" = unit "f3fcda7698cddd20951bc1660b030301"; # 0-01-proc-macro-error-attr-1.0.3-build-script-compile-f3fcda76
    "d5b176aa03d1576145778f1f31e12816" = unit "d5b176aa03d1576145778f1f31e12816"; # 0-02-proc-macro2-1.0.47-lib-d5b176aa
    "7065e4faf37e0574bf200e7cf534ab79" = unit "7065e4faf37e0574bf200e7cf534ab79"; # 0-01-proc-macro2-1.0.47-build-script-run-7065e4fa
    "660d480dd254f91d9f7100147dc27853" = unit "660d480dd254f91d9f7100147dc27853"; # 0-00-proc-macro2-1.0.47-build-script-compile-660d480d
    "c11752f635b428074a0d6c48db00be93" = unit "c11752f635b428074a0d6c48db00be93"; # 0-03-quote-1.0.21-lib-c11752f6
    "e84ac119e651db6fce846c3e56d36fb8" = unit "e84ac119e651db6fce846c3e56d36fb8"; # 0-01-quote-1.0.21-build-script-run-e84ac119
    "8278098cc55d5cd47ff6d6c1aed03c87" = unit "8278098cc55d5cd47ff6d6c1aed03c87"; # 0-00-quote-1.0.21-build-script-compile-8278098c
    "e06abe07e690e299f09790f350640e97" = unit "e06abe07e690e299f09790f350640e97"; # 1-04-regex-1.7.1-lib-e06abe07
    "14319ed135aa00c48627859f92c7a1ed" = unit "14319ed135aa00c48627859f92c7a1ed"; # 1-00-regex-syntax-0.6.27-lib-14319ed1
    "5ab4efd7ea7f50d474696dc90bf20ce3" = unit "5ab4efd7ea7f50d474696dc90bf20ce3"; # 1-02-ryu-1.0.2-lib-5ab4efd7
    "cbaf332b2947ec52a8c47bd2260e5f9e" = unit "cbaf332b2947ec52a8c47bd2260e5f9e"; # 0-00-ryu-1.0.2-build-script-compile-cbaf332b
    "889abd600fb2360176819d45a2f05041" = unit "889abd600fb2360176819d45a2f05041"; # 0-01-ryu-1.0.2-build-script-run-889abd60
    "af10ef2a7d7b4ef6f3295a7f9ff366fe" = unit "af10ef2a7d7b4ef6f3295a7f9ff366fe"; # 1-06-serde-1.0.152-lib-af10ef2a
    "c25e6e707a7be93b95259ee0cb4c1cab" = unit "c25e6e707a7be93b95259ee0cb4c1cab"; # 0-00-serde-1.0.152-build-script-compile-c25e6e70
    "7082ef3160c11e57e6cf30ca21a700c1" = unit "7082ef3160c11e57e6cf30ca21a700c1"; # 0-01-serde-1.0.152-build-script-run-7082ef31
    "37a1dd8fd01e25e3ca72fd3e48b6b7c8" = unit "37a1dd8fd01e25e3ca72fd3e48b6b7c8"; # 0-05-serde_derive-1.0.152-proc-macro-37a1dd8f
    "7db91de073343dd00c89c92212457159" = unit "7db91de073343dd00c89c92212457159"; # 0-01-serde_derive-1.0.152-build-script-run-7db91de0
    "0fd1e4c7b7870fb1f5f8e761d753e0d0" = unit "0fd1e4c7b7870fb1f5f8e761d753e0d0"; # 0-00-serde_derive-1.0.152-build-script-compile-0fd1e4c7
    "cf8fe8f7dc2c5ba65610b6e22f4ae905" = unit "cf8fe8f7dc2c5ba65610b6e22f4ae905"; # 1-07-serde_json-1.0.87-lib-cf8fe8f7
    "7288b0bb49843e5a93bb428bc4dbfa54" = unit "7288b0bb49843e5a93bb428bc4dbfa54"; # 0-00-serde_json-1.0.87-build-script-compile-7288b0bb
    "bb4260b5ac3874c8b95d17c00d7912de" = unit "bb4260b5ac3874c8b95d17c00d7912de"; # 0-01-serde_json-1.0.87-build-script-run-bb4260b5
    "7dd298d929ee7d7650b5a597d3ab3a1b" = unit "7dd298d929ee7d7650b5a597d3ab3a1b"; # 1-00-strsim-0.10.0-lib-7dd298d9
    "09540d0f637f06f6396ad8769ed222ba" = unit "09540d0f637f06f6396ad8769ed222ba"; # 0-04-syn-1.0.107-lib-09540d0f
    "e3a3876cd7ff5ac479417588cfdae742" = unit "e3a3876cd7ff5ac479417588cfdae742"; # 0-01-syn-1.0.107-build-script-run-e3a3876c
    "aeca6a717f309b32a0e9de1f083b5267" = unit "aeca6a717f309b32a0e9de1f083b5267"; # 0-00-syn-1.0.107-build-script-compile-aeca6a71
    "b67be51f1205c87deed1f8574d32363d" = unit "b67be51f1205c87deed1f8574d32363d"; # 0-05-syn-mid-0.5.0-lib-b67be51f
    "a66d3457879c75c9f354e13a368a76df" = unit "a66d3457879c75c9f354e13a368a76df"; # 1-00-termcolor-1.1.2-lib-a66d3457
    "f0b3801ba44eef194e089c01c77fb545" = unit "f0b3801ba44eef194e089c01c77fb545"; # 0-00-unicode-ident-1.0.0-lib-f0b3801b
    "d048b49e639b74e8be2f35a9c4256eb6" = unit "d048b49e639b74e8be2f35a9c4256eb6"; # 0-00-version_check-0.9.4-lib-d048b49e
  };
in
{
  inherit units;
  profile = "dev";
  profileDir = "debug";
  sandboxPaths = tc.sandboxPaths;
  bins = {
    demo = units."6872f8076f1b2cfbf3c3f201189256bd";
  };
  examples = {
  };
  libs = {
  };
  tests = {
  };
  # The roots in the plan's order: the units cargo was asked for.
  roots = [
    units."6872f8076f1b2cfbf3c3f201189256bd"
  ];
  # What libnix-build builds: the roots, then every other unit, whose outputs
  # it reads too (warnings to show again, cargo's JSON messages) and keeps.
  build = [
    units."6872f8076f1b2cfbf3c3f201189256bd"
    units."495cbb957c6d05eb5e4a1ca663614abc"
    units."65c0696c3ac5ecb63daef797fae0e7c5"
    units."e4b8894f76844f06d0414effabd5c3d3"
    units."4a519f90cf03549ecfa764019d475981"
    units."67ecd39e51385568c1735b83b6768566"
    units."ad4f225a6db9d806b6ae5c98e1c55101"
    units."d56e27382afd3f532a10530d3b463305"
    units."1c13b05bde9af0462b8ebc23895555f3"
    units."a2480e477550a81d92c1f1a121a0d6f0"
    units."b948fd4be0f8b00c95590d51c7cf8cb4"
    units."4a82793cbccdf4d3185a799c50422112"
    units."455c9c41bc7d4d81dbd41754e90c7e78"
    units."03fd7090a1100b5c9d3a5fd2c18cec4e"
    units."d1d4a50982a5632856c2a15f77b9f726"
    units."849057eb8b52f398ea31e5292be3e73b"
    units."27aaa5d25662dc413201b3e3019d3dff"
    units."30324ea03c5b41202f2b784ae0154691"
    units."343fed426ad055e5940ee48807e24613"
    units."8becb514e9ae142b5277fdea2c7abb5f"
    units."806e510f652f98841e1278c18a2cf35d"
    units."72c1ef0e2edf756083bf965328c06ede"
    units."48278c2787fb13304f47d5d934105670"
    units."abd9884d8692e7f0db99bd373be58aaa"
    units."187c57e640144b35a040baf5448fe2c1"
    units."bc001d399155d0d9bc1c925cf071172e"
    units."8b4b1e37136908f8f994952a25f4915f"
    units."55975b43212661198825f8ee8102b85e"
    units."9571eb31c9650052c53c43a3e2871ab8"
    units."64ef101aaa275bb501d72f72d8dbd44d"
    units."1d9a1f0fc11871f8ffe396e2c7d5517d"
    units."d4c87915e86ab3cbd5bb2a4df3ff11b2"
    units."f6a60dd8cebf76684f1c577b5acef656"
    units."d8ae8e9d25d5e0f471944e6d01377be9"
    units."af47a92007388ce47511326ad7129d7a"
    units."0676b7a43c83fbd148f81462588ca40f"
    units."1c44fe5c7cf91d321be4ec5e9d417c35"
    units."55448716eb07cf9eb0a40cbc1529df00"
    units."ba6f8980ccc6a501f4e5b53d58f4a5e3"
    units."5724aa08aa31ed397c4694107b25cb23"
    units."5ee19c43f6f97aa1a03da8a40b13b4de"
    units."6170542d1db61eb94248806c5f953479"
    units."b0216e1caae6bb728bbca6967d4546cd"
    units."bf96f0f73db4ba3f6ad5d716b6c33038"
    units."350fc4592e856126c5570ce6f8c37e7c"
    units."f3fcda7698cddd20951bc1660b030301"
    units."d5b176aa03d1576145778f1f31e12816"
    units."7065e4faf37e0574bf200e7cf534ab79"
    units."660d480dd254f91d9f7100147dc27853"
    units."c11752f635b428074a0d6c48db00be93"
    units."e84ac119e651db6fce846c3e56d36fb8"
    units."8278098cc55d5cd47ff6d6c1aed03c87"
    units."e06abe07e690e299f09790f350640e97"
    units."14319ed135aa00c48627859f92c7a1ed"
    units."5ab4efd7ea7f50d474696dc90bf20ce3"
    units."cbaf332b2947ec52a8c47bd2260e5f9e"
    units."889abd600fb2360176819d45a2f05041"
    units."af10ef2a7d7b4ef6f3295a7f9ff366fe"
    units."c25e6e707a7be93b95259ee0cb4c1cab"
    units."7082ef3160c11e57e6cf30ca21a700c1"
    units."37a1dd8fd01e25e3ca72fd3e48b6b7c8"
    units."7db91de073343dd00c89c92212457159"
    units."0fd1e4c7b7870fb1f5f8e761d753e0d0"
    units."cf8fe8f7dc2c5ba65610b6e22f4ae905"
    units."7288b0bb49843e5a93bb428bc4dbfa54"
    units."bb4260b5ac3874c8b95d17c00d7912de"
    units."7dd298d929ee7d7650b5a597d3ab3a1b"
    units."09540d0f637f06f6396ad8769ed222ba"
    units."e3a3876cd7ff5ac479417588cfdae742"
    units."aeca6a717f309b32a0e9de1f083b5267"
    units."b67be51f1205c87deed1f8574d32363d"
    units."a66d3457879c75c9f354e13a368a76df"
    units."f0b3801ba44eef194e089c01c77fb545"
    units."d048b49e639b74e8be2f35a9c4256eb6"
  ];
  # What cargo test runs, in its order; run: the run's derivation (output, status).
  testRuns = [ ];
  all = lib.linkFarm "demo-all" {
    "bin/demo" = "${units."6872f8076f1b2cfbf3c3f201189256bd"}/bin/demo";
  };
}
