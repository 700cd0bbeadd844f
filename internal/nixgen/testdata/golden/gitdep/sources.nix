# Where every package's files come from. Written by nix-emit; edits are overwritten.
{ lib, ws }:
{
  "gitdep-0.1.0" = lib.localSrc { path = ws; name = "gitdep-0.1.0"; exclude = [ ]; };
  "greet-0.4.0" = lib.gitSrc { url = "file:///tmp/libnix-fixtures/greet-repo"; rev = "0dbd37933c286fc32fa41988b0ec528f213bac4d"; subdir = "crates/greet"; };
  "itoa-1.0.1" = lib.localSrc { path = /. + "/usr/share/cargo/registry/itoa-1.0.1"; name = "itoa-1.0.1"; sha256 = "cd3054ffbda92517563e4a6690e5a66f7650439e206a4c663a3afa65796be61d"; };
}
