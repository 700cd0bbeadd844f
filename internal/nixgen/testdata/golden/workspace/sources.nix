# Where every package's files come from. Written by nix-emit; edits are overwritten.
{ lib, ws }:
{
  "app-0.3.1-beta.2" = lib.localSrc { path = ws + "/app"; name = "app-0.3.1-beta.2"; exclude = [ ]; };
  "itoa-1.0.1" = lib.localSrc { path = /. + "/usr/share/cargo/registry/itoa-1.0.1"; name = "itoa-1.0.1"; sha256 = "cd3054ffbda92517563e4a6690e5a66f7650439e206a4c663a3afa65796be61d"; };
  "libc-0.2.139" = lib.localSrc { path = /. + "/usr/share/cargo/registry/libc-0.2.139"; name = "libc-0.2.139"; sha256 = "4ee9ebfd98cc39a8f585cc80dbbd7676814ee5362f40e176a79d4839373022ab"; };
  "macros-0.1.0" = lib.localSrc { path = ws + "/macros"; name = "macros-0.1.0"; exclude = [ ]; };
  "text-utils-0.2.0" = lib.localSrc { path = ws + "/text-utils"; name = "text-utils-0.2.0"; exclude = [ ]; };
}
