#!/usr/bin/env bash
# Publishes the portal for linux-x64 and fails on any native library (.so, .dylib, or a .dll that is not a .NET
# assembly) whose NuGet package is not under an open-source licence. The owning package of each native file comes
# from the publish's deps.json; its licence from the package's .nuspec in the NuGet cache.
# Usage: scripts/check-native-libraries.sh [PUBLISH_DIR]   (ZI_SKIP_PUBLISH=1 checks an existing PUBLISH_DIR)
# ZI_RIDS="linux-x64 linux unix": check a portable build folder (bin/Release/net10.0) instead, counting only the
# runtimes/<rid>/ files that `publish -r linux-x64` would take — the same files, without a second compilation
# (scripts/test.sh does this).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=${1:-$(mktemp -d /tmp/zi-publish.XXXXXX)}
[[ ${ZI_SKIP_PUBLISH:-0} == 1 ]] || dotnet publish src/ZonaIntegritas.Web -c Release -r linux-x64 --self-contained false -o "$out" -nologo -v q -clp:ErrorsOnly
packages=$(dotnet nuget locals global-packages -l | sed 's/^global-packages: //')
python3 - "$out" "$packages" "${ZI_RIDS:-}" <<'PY'
import json, os, re, sys, xml.etree.ElementTree as ET

out, cache = sys.argv[1], sys.argv[2]
rids = set(sys.argv[3].split())
# SPDX identifiers of OSI-approved licences the portal accepts for native code.
OPEN = {"MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "Zlib", "ISC", "MS-PL", "PostgreSQL", "Unlicense",
        "LGPL-2.1-only", "LGPL-2.1-or-later", "MPL-2.0", "BSL-1.0", "blessing", "X11", "NCSA"}

def is_managed(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:2] != b"MZ" or len(data) < 0x40:
        return False
    pe = int.from_bytes(data[0x3C:0x40], "little")
    if data[pe:pe + 4] != b"PE\0\0":
        return False
    magic = int.from_bytes(data[pe + 24:pe + 26], "little")
    dirs = pe + 24 + (96 if magic == 0x10B else 112)
    clr_rva = int.from_bytes(data[dirs + 14 * 8:dirs + 14 * 8 + 4], "little")
    return clr_rva != 0

natives = []
for root, _, files in os.walk(out):
    for name in files:
        path = os.path.join(root, name)
        rel = os.path.relpath(path, out)
        parts = rel.split(os.sep)
        # A portable build: its own files and runtimes/<rid>/ for the RIDs asked (not other builds' sub-folders).
        if rids and len(parts) > 1 and (parts[0] != "runtimes" or len(parts) < 3 or parts[1] not in rids):
            continue
        if re.search(r"\.(so(\.\d+)*|dylib)$", name) or (name.endswith(".dll") and not is_managed(path)):
            natives.append(rel)

deps_file = next(os.path.join(out, f) for f in os.listdir(out) if f.endswith(".deps.json"))
deps = json.load(open(deps_file))
owner = {}
for target in deps["targets"].values():
    for lib, info in target.items():
        for kind in ("native", "runtimeTargets", "runtime"):
            for asset in (info.get(kind) or {}):
                owner[os.path.basename(asset)] = lib

def licence(lib):
    name, version = lib.split("/")
    folder = os.path.join(cache, name.lower(), version.lower())
    nuspec = next((os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".nuspec")), None) if os.path.isdir(folder) else None
    if not nuspec:
        return None
    tree = ET.parse(nuspec)
    for el in tree.iter():
        if el.tag.endswith("license") and el.get("type") == "expression":
            return el.text.strip()
    return None

failures = 0
print(f"{len(natives)} native file(s) in {out}:")
for rel in sorted(natives):
    lib = owner.get(os.path.basename(rel))
    lic = licence(lib) if lib else None
    ids = set(re.findall(r"[A-Za-z0-9.\-+]+", lic or "")) - {"OR", "AND", "WITH"}
    ok = lib is not None and lic is not None and ids and ids <= OPEN
    print(f"  {'ok  ' if ok else 'FAIL'} {rel}  ←  {lib or 'unknown package'}  ({lic or 'no licence expression'})")
    failures += not ok
if failures:
    print(f"{failures} native file(s) are not from an open-source package.")
    sys.exit(1)
print("Every native library comes from an open-source package.")
PY
