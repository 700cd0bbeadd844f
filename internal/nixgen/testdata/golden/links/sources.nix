# Where every package's files come from. Written by nix-emit; edits are overwritten.
{ lib, ws }:
{
  "cc-1.0.73" = lib.localSrc { path = /. + "/usr/share/cargo/registry/cc-1.0.73"; name = "cc-1.0.73"; sha256 = "2dc33bb4bd50471b6f4879a82384adb4af9b84fefe0e1d62618346b161a260f5"; };
  "cmath-0.1.0" = lib.localSrc { path = ws + "/cmath"; name = "cmath-0.1.0"; exclude = [ ]; };
  "pkg-config-0.3.25" = lib.localSrc { path = /. + "/usr/share/cargo/registry/pkg-config-0.3.25"; name = "pkg-config-0.3.25"; sha256 = "15178ae2e7cfff230f77e5dc6ddfd1845ca33b3432b7d5a258afec239a5d99a7"; };
  "user-0.1.0" = lib.localSrc { path = ws + "/user"; name = "user-0.1.0"; exclude = [ ]; };
  "zprobe-sys-0.1.0" = lib.localSrc { path = ws + "/zprobe-sys"; name = "zprobe-sys-0.1.0"; exclude = [ ]; };
}
