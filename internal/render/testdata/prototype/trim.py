#!/usr/bin/env python3
"""Shrink a recorded internal-json log for use as a test fixture.

Drops progress results (types 105/106) of every activity except the Worker's
Builds counter (type 104), which logone needs to tell built from cancelled,
drops activities of type 0 (evaluation chatter such as "copying … to the
store") with their stops, and with --cargo-only also drops build log lines (type 101) that are not
`@cargo` protocol lines. Everything else is kept byte for byte.
usage: trim.py [--cargo-only] IN OUT
"""
import json, sys

args = sys.argv[1:]
cargo_only = args[0] == "--cargo-only"
if cargo_only:
    args = args[1:]
src, dst = args
builds, chatter, out = set(), set(), []
for raw in open(src, "rb").read().split(b"\n"):
    if raw.startswith(b"@nix "):
        try:
            r = json.loads(raw[5:])
        except ValueError:
            out.append(raw)
            continue
        if r.get("action") == "start" and r.get("type") == 104:
            builds.add(r["id"])
        if r.get("action") == "start" and r.get("type") == 0:
            chatter.add(r["id"])
            continue
        if r.get("action") == "stop" and r["id"] in chatter:
            continue
        if r.get("action") == "result":
            if r["type"] in (105, 106) and r["id"] not in builds:
                continue
            if cargo_only and r["type"] == 101 and not r["fields"][0].startswith("@cargo"):
                continue
    out.append(raw)
open(dst, "wb").write(b"\n".join(out))
