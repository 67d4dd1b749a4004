#!/usr/bin/env bash
# Refuses two crafted packages through the work plan import's reader and prints the resident-memory growth:
#   an .xlsx whose one cell inflates to CELL_MB MB (default 400; the file is a few hundred KB), and
#   a ZIP64 package listing 100,000 entries (under the 5 MB upload limit).
# Each is read 20 times; "growth" is the peak RSS during the refusals minus the RSS before them.
# Usage: scripts/bench/xlsx-caps.sh [CELL_MB]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build scripts/bench/xlsx-caps/XlsxCapsBench.csproj -c Release -v quiet -nologo -p:SkipNpm=true >&2
dotnet scripts/bench/xlsx-caps/bin/Release/net10.0/XlsxCapsBench.dll "${1:-400}"
