#!/usr/bin/env bash
# Issue 13 benchmark (not a timed test): the time of a full PMPZI report (110 questions, both bases, N evidence
# rows) and the resident-memory growth while the TPN pack of a large evidence set is streamed.
# Usage: scripts/bench/report.sh [EVIDENCE_ROWS=500] [PACK_MEGABYTES=2048] [PACK_FILES=64]
# Runs on a temporary SQLite database with the demo data; needs a few GB of free disk for the evidence files.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS="${1:-500}"; MB="${2:-2048}"; FILES="${3:-64}"
echo "command: scripts/bench/report.sh $ROWS $MB $FILES   ($(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ))"
dotnet build scripts/bench/ReportBench -c Release -v quiet -nologo -clp:ErrorsOnly >/dev/null
export ASPNETCORE_TEST_CONTENTROOT_ZONAINTEGRITAS_WEB="$PWD/src/ZonaIntegritas.Web"
dotnet scripts/bench/ReportBench/bin/Release/net10.0/ReportBench.dll "$ROWS" "$MB" "$FILES"
