# Where every package's files come from. Written by nix-emit; edits are overwritten.
{ lib, ws }:
{
  "aho-corasick-0.7.19" = lib.localSrc { path = /. + "/usr/share/cargo/registry/aho-corasick-0.7.19"; name = "aho-corasick-0.7.19"; sha256 = "46de0391cae0fd85f225f9aedd82a61657aebc09defad5ce029ab9462f2979fb"; };
  "anyhow-1.0.69" = lib.localSrc { path = /. + "/usr/share/cargo/registry/anyhow-1.0.69"; name = "anyhow-1.0.69"; sha256 = "025825d8bd3a20fccd1da8dadb3d1d34d0dd85535c4c10d8af0e576bf5d2dcbb"; };
  "atty-0.2.14" = lib.localSrc { path = /. + "/usr/share/cargo/registry/atty-0.2.14"; name = "atty-0.2.14"; sha256 = "c04b8c71f928a0f2299fd14d02aee2a08f6a58f79e52fe984f4d5a13cb7ce23c"; };
  "autocfg-1.1.0" = lib.localSrc { path = /. + "/usr/share/cargo/registry/autocfg-1.1.0"; name = "autocfg-1.1.0"; sha256 = "3c8e27070a3b552bef2eef2946704312e8caca41aaa2b82cfdeeee5bee2efee4"; };
  "bitflags-1.3.2" = lib.localSrc { path = /. + "/usr/share/cargo/registry/bitflags-1.3.2"; name = "bitflags-1.3.2"; sha256 = "9a6df2189ef9515e1098630daf070ef0cc6d4f2d9ddfa0ada95b91af05d0a66f"; };
  "cc-1.0.73" = lib.localSrc { path = /. + "/usr/share/cargo/registry/cc-1.0.73"; name = "cc-1.0.73"; sha256 = "2dc33bb4bd50471b6f4879a82384adb4af9b84fefe0e1d62618346b161a260f5"; };
  "cfg-if-1.0.0" = lib.localSrc { path = /. + "/usr/share/cargo/registry/cfg-if-1.0.0"; name = "cfg-if-1.0.0"; sha256 = "4fb39ca842b33e0ec245040381b7bbd184b552d09c01560f3e9fbe3d3062b887"; };
  "clap-4.0.32" = lib.localSrc { path = /. + "/usr/share/cargo/registry/clap-4.0.32"; name = "clap-4.0.32"; sha256 = "220668f3f399b0f8f1073c735588b2dc766176d7aa194dfed7930954c6abf8d8"; };
  "clap_derive-4.0.21" = lib.localSrc { path = /. + "/usr/share/cargo/registry/clap_derive-4.0.21"; name = "clap_derive-4.0.21"; sha256 = "cc8a53031da8d3279f860adf27c2a0482ebc2e6bfad9574e13dbc1041e395453"; };
  "clap_lex-0.3.0" = lib.localSrc { path = /. + "/usr/share/cargo/registry/clap_lex-0.3.0"; name = "clap_lex-0.3.0"; sha256 = "ab3712aac2a8b6cac65e320812d7554a04b3d850ee82d0dd8fa307d822fa5370"; };
  "crc32fast-1.3.2" = lib.localSrc { path = /. + "/usr/share/cargo/registry/crc32fast-1.3.2"; name = "crc32fast-1.3.2"; sha256 = "564364459c03d3e0422b6a8dfbcfd3439b27f49e9d58b77cad2c893e0e4abcee"; };
  "demo-0.1.0" = lib.localSrc { path = ws; name = "demo-0.1.0"; exclude = [ ]; };
  "flate2-1.0.25" = lib.localSrc { path = /. + "/usr/share/cargo/registry/flate2-1.0.25"; name = "flate2-1.0.25"; sha256 = "0d3d3cfc61d754c5c241a6f281e3653675bfea2480d0d619ffd0700ad1aa868d"; };
  "foreign-types-0.3.2" = lib.localSrc { path = /. + "/usr/share/cargo/registry/foreign-types-0.3.2"; name = "foreign-types-0.3.2"; sha256 = "6afeb8314a920126ebe73506ca946774b54f5522897677b334612baba08309bc"; };
  "foreign-types-shared-0.1.1" = lib.localSrc { path = /. + "/usr/share/cargo/registry/foreign-types-shared-0.1.1"; name = "foreign-types-shared-0.1.1"; sha256 = "349b5a4f851ac328b7558bad182f77b69272599f8d5252523790290039f7a18b"; };
  "heck-0.4.0" = lib.localSrc { path = /. + "/usr/share/cargo/registry/heck-0.4.0"; name = "heck-0.4.0"; sha256 = "2fe1a19ab658facf4306e50de707733efd7f497e1c61ee54e5e7c04f5dd56150"; };
  "itoa-1.0.1" = lib.localSrc { path = /. + "/usr/share/cargo/registry/itoa-1.0.1"; name = "itoa-1.0.1"; sha256 = "cd3054ffbda92517563e4a6690e5a66f7650439e206a4c663a3afa65796be61d"; };
  "libc-0.2.139" = lib.localSrc { path = /. + "/usr/share/cargo/registry/libc-0.2.139"; name = "libc-0.2.139"; sha256 = "4ee9ebfd98cc39a8f585cc80dbbd7676814ee5362f40e176a79d4839373022ab"; };
  "libz-sys-1.1.8" = lib.localSrc { path = /. + "/usr/share/cargo/registry/libz-sys-1.1.8"; name = "libz-sys-1.1.8"; sha256 = "9703c0dcf4794a49f996f9a28093d049f3887146fb31f3d3621d79318fdf3391"; };
  "memchr-2.5.0" = lib.localSrc { path = /. + "/usr/share/cargo/registry/memchr-2.5.0"; name = "memchr-2.5.0"; sha256 = "db7db68e1556e2bfcd2d431259c26db35968c7729542f3a675514cd215b5f3b4"; };
  "once_cell-1.17.0" = lib.localSrc { path = /. + "/usr/share/cargo/registry/once_cell-1.17.0"; name = "once_cell-1.17.0"; sha256 = "8246e1982f026300bf25b4eb9066875cbf135619e10bb95c2d462cbe2112f675"; };
  "openssl-0.10.45" = lib.localSrc { path = /. + "/usr/share/cargo/registry/openssl-0.10.45"; name = "openssl-0.10.45"; sha256 = "ba1f0f7174d8e4d9a16204608ba0bbad39782b1447ad6f80b888c77576df73af"; };
  "openssl-macros-0.1.0" = lib.localSrc { path = /. + "/usr/share/cargo/registry/openssl-macros-0.1.0"; name = "openssl-macros-0.1.0"; sha256 = "a4f5c2c3ec899e845bde2245db7ef0e8ceb4fdc0efabc5c44dfbf90803d8e496"; };
  "openssl-sys-0.9.80" = lib.localSrc { path = /. + "/usr/share/cargo/registry/openssl-sys-0.9.80"; name = "openssl-sys-0.9.80"; sha256 = "3eb51861735ab7cb3980d0dc82e927db445bc54b68b7ddec01b314226a013787"; };
  "os_str_bytes-6.0.0" = lib.localSrc { path = /. + "/usr/share/cargo/registry/os_str_bytes-6.0.0"; name = "os_str_bytes-6.0.0"; sha256 = "4aa590fa0abef28dd46fac3eacaa0184d43aaf7f6baec5fd2ca6fbd9f167ce8b"; };
  "pkg-config-0.3.25" = lib.localSrc { path = /. + "/usr/share/cargo/registry/pkg-config-0.3.25"; name = "pkg-config-0.3.25"; sha256 = "15178ae2e7cfff230f77e5dc6ddfd1845ca33b3432b7d5a258afec239a5d99a7"; };
  "proc-macro-error-1.0.3" = lib.localSrc { path = /. + "/usr/share/cargo/registry/proc-macro-error-1.0.3"; name = "proc-macro-error-1.0.3"; sha256 = "16c8cb763d70455c1b09adef6994c167035467eafd25d7510c13e7b3bb8219a1"; };
  "proc-macro-error-attr-1.0.3" = lib.localSrc { path = /. + "/usr/share/cargo/registry/proc-macro-error-attr-1.0.3"; name = "proc-macro-error-attr-1.0.3"; sha256 = "20a38a983dffc4a1f0c053cdef0376b7e680943a42858cc3018d35069d3d4beb"; };
  "proc-macro2-1.0.47" = lib.localSrc { path = /. + "/usr/share/cargo/registry/proc-macro2-1.0.47"; name = "proc-macro2-1.0.47"; sha256 = "4d54b58b7492c5afb4ff1737dd8f4c26d239e1aaa1cb1718904a2e7182dffe66"; };
  "quote-1.0.21" = lib.localSrc { path = /. + "/usr/share/cargo/registry/quote-1.0.21"; name = "quote-1.0.21"; sha256 = "b163622402e3df72e3863dcafb628730b3dbe0e90dbfd33ecf338f00a0727504"; };
  "regex-1.7.1" = lib.localSrc { path = /. + "/usr/share/cargo/registry/regex-1.7.1"; name = "regex-1.7.1"; sha256 = "ca67bac7a0eff6b950c2c41e140b125aefc9bc14372deb8abc0b3c105da06f74"; };
  "regex-syntax-0.6.27" = lib.localSrc { path = /. + "/usr/share/cargo/registry/regex-syntax-0.6.27"; name = "regex-syntax-0.6.27"; sha256 = "b407c2ad99f0e0950f42bc4ddc8b80e8983cd20d81bd6c85464e5ff212b22698"; };
  "ryu-1.0.2" = lib.localSrc { path = /. + "/usr/share/cargo/registry/ryu-1.0.2"; name = "ryu-1.0.2"; sha256 = "b4baa02eb554b891bb6131c6302de60ed1fd76595ab27dbdb5070843fbf8230d"; };
  "serde-1.0.152" = lib.localSrc { path = /. + "/usr/share/cargo/registry/serde-1.0.152"; name = "serde-1.0.152"; sha256 = "a228b2113d62e7c98e8f099cb5020a21f93e583550b5e649badec7a00b03087b"; };
  "serde_derive-1.0.152" = lib.localSrc { path = /. + "/usr/share/cargo/registry/serde_derive-1.0.152"; name = "serde_derive-1.0.152"; sha256 = "979fc0cede71894246e8618acf7844db266e35a027f688bc4a3404508451d614"; };
  "serde_json-1.0.87" = lib.localSrc { path = /. + "/usr/share/cargo/registry/serde_json-1.0.87"; name = "serde_json-1.0.87"; sha256 = "0fc3fad3432ccd14b3893d2352a70d7dde0bb4d57c613f50b2399a2814017393"; };
  "strsim-0.10.0" = lib.localSrc { path = /. + "/usr/share/cargo/registry/strsim-0.10.0"; name = "strsim-0.10.0"; sha256 = "337910c4c9385b776fca5c8f347323bf13512880b2fae08a8667c695a374a1bf"; };
  "syn-1.0.107" = lib.localSrc { path = /. + "/usr/share/cargo/registry/syn-1.0.107"; name = "syn-1.0.107"; sha256 = "f26dfed447ab23dcc773c28aa1251d625848f9530f71aac795ff861ba7b6b725"; };
  "syn-mid-0.5.0" = lib.localSrc { path = /. + "/usr/share/cargo/registry/syn-mid-0.5.0"; name = "syn-mid-0.5.0"; sha256 = "02da555d621fcfd25b232a3a0a3054847ee8806b4bf1803859193ad69cede4f9"; };
  "termcolor-1.1.2" = lib.localSrc { path = /. + "/usr/share/cargo/registry/termcolor-1.1.2"; name = "termcolor-1.1.2"; sha256 = "a50b68ade1e035cfb9287f568971845d7913191092073bae67bdfe45e6370ecb"; };
  "unicode-ident-1.0.0" = lib.localSrc { path = /. + "/usr/share/cargo/registry/unicode-ident-1.0.0"; name = "unicode-ident-1.0.0"; sha256 = "6c45d0251af66ad4b6594a811437d1b3763b93cc65a18ea7c5e4d9e427653351"; };
  "version_check-0.9.4" = lib.localSrc { path = /. + "/usr/share/cargo/registry/version_check-0.9.4"; name = "version_check-0.9.4"; sha256 = "d2bf32153e10c4c8346b0f23f62dad34b7e1cd901154aadb58b810bfdae29dfa"; };
}
