#!/usr/bin/env bash
# What the build's formatting rule (IDE0055, an error through .editorconfig) does not see in C# files: every *.cs file
# under src/ and tests/ (not generated migrations) ends with a line feed, has no carriage return and no byte-order mark (.editorconfig:
# insert_final_newline, end_of_line = lf, charset = utf-8). Prints each file that breaks a rule; exit 1 when any does.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
python3 - <<'PY'
import pathlib, sys
bad = []
for root in ("src", "tests"):
    for path in pathlib.Path(root).rglob("*.cs"):
        # Build output, and migrations: generated code (.editorconfig), written by EF as it writes them.
        if any(part in ("bin", "obj", "node_modules", "Migrations") for part in path.parts):
            continue
        data = path.read_bytes()
        if data.startswith(b"\xef\xbb\xbf"):
            bad.append(f"{path}: byte-order mark (charset = utf-8 without BOM)")
        if b"\r" in data:
            bad.append(f"{path}: carriage return (end_of_line = lf)")
        if data and not data.endswith(b"\n"):
            bad.append(f"{path}: no line feed at the end (insert_final_newline)")
for line in bad:
    print(line)
sys.exit(1 if bad else 0)
PY
