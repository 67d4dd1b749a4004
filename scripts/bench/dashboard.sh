#!/usr/bin/env bash
# Throughput of the unit dashboard (/kesiapan) and the roll-up (/rekap) against /health, with wrk, on a Release
# build with the demo data (logging at Warning). Prints req/s, p95 latency and each page's % of /health.
# The issue's large data set (`seed-demo --large`, 40 units / 20,000 evidence items) belongs to another issue; run
# this again on it when it exists (the ratio to /health should stay about the same: the pages use a fixed
# number of queries). Also prints the `plan` command's wall time on an empty answer file (full LKE; the planner
# itself is < 50 ms, see tests/ZonaIntegritas.UnitTests/Lke/Planning).
# Usage: scripts/bench/dashboard.sh [seconds] [connections]   (default 10 s, 32 connections; needs wrk: apt-get install wrk)
set -euo pipefail
seconds=${1:-10}
connections=${2:-32}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d /tmp/zi-bench.XXXXXX)"
server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "Building (Release)…" >&2
dotnet build "$root/src/ZonaIntegritas.Web" -c Release -v q -nologo >/dev/null
bin="$root/src/ZonaIntegritas.Web/bin/Release/net10.0"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"

echo "Starting the portal on $base (data in $work)…" >&2
(
    cd "$bin"
    ASPNETCORE_ENVIRONMENT=Testing \
    Storage__DataPath="$work/data" \
    Demo__Seed=true \
    Serilog__MinimumLevel=Warning \
    exec dotnet ZonaIntegritas.Web.dll --urls "$base"
) >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 240); do
    curl -fsS "$base/health" >/dev/null 2>&1 && break
    sleep 0.5
done
curl -fsS "$base/health" >/dev/null

cookie_for() { # EMAIL -> "name=value; ..." of a signed-in session
    local jar="$work/$1.jar" token
    token=$(curl -fsS -c "$jar" -b "$jar" "$base/akun/masuk" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Email=$1" --data-urlencode "Password=ZonaIntegritas#Demo1" \
        --data-urlencode "__RequestVerificationToken=$token" "$base/akun/masuk"
    awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$jar"
}
pimpinan=$(cookie_for pimpinan@zi.demo)
kanwil=$(cookie_for kanwil@zi.demo)
for url in /kesiapan /rekap; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $([[ $url == /rekap ]] && echo "$kanwil" || echo "$pimpinan")" "$base$url")
    [[ $code == 200 ]] || { echo "GET $url returned $code" >&2; exit 1; }
done

cat >"$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
    io.write(string.format("RESULT %.1f %.1f\n", summary.requests / (summary.duration / 1e6), latency:percentile(95) / 1000))
end
LUA
run() { # URL COOKIE -> "req/s p95ms"
    local args=(-t2 -c"$connections" -d"${seconds}s" -s "$work/report.lua")
    [[ -n $2 ]] && args+=(-H "Cookie: $2")
    wrk "${args[@]}" "$base$1" | awk '/^RESULT/ { print $2, $3 }'
}
echo "Warm-up…" >&2
run /kesiapan "$pimpinan" >/dev/null
run /rekap "$kanwil" >/dev/null

read -r h_rps h_p95 < <(run /health "")
read -r d_rps d_p95 < <(run /kesiapan "$pimpinan")
read -r r_rps r_p95 < <(run /rekap "$kanwil")
printf '%-12s %10s %10s %10s\n' "page" "req/s" "p95 ms" "% health"
printf '%-12s %10.1f %10.1f %10s\n' "/health" "$h_rps" "$h_p95" "100"
printf '%-12s %10.1f %10.1f %10.1f\n' "/kesiapan" "$d_rps" "$d_p95" "$(echo "$d_rps * 100 / $h_rps" | bc -l)"
printf '%-12s %10.1f %10.1f %10.1f\n' "/rekap" "$r_rps" "$r_p95" "$(echo "$r_rps * 100 / $h_rps" | bc -l)"

printf '{"format":"zi-lke/1","lkeVersion":"permenpanrb-90-2021","year":2026,"target":"WBK","answers":{},"hasil":{}}' >"$work/empty.json"
start=$(date +%s%N)
(cd "$bin" && dotnet ZonaIntegritas.Web.dll plan "$work/empty.json" >/dev/null)
echo "plan command on the full LKE (process start included): $(( ($(date +%s%N) - start) / 1000000 )) ms"
