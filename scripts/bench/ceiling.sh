#!/usr/bin/env bash
# What this machine can do at most for two of issue 19's targets, measured without the portal (not a test):
#  1. a response body of the report PDF's size (1,330,850 bytes: the Kanwil-sized office's 585-page report) written
#     from memory by a bare Kestrel process, against its own /health, at 32 connections with wrk;
#  2. a 100 MB multipart upload with curl into a bare Kestrel endpoint that reads the body and throws it away
#     (/sink), or also hashes it with SHA-256 (/sink-hash), against dd writing 100 MB with fdatasync in the same
#     folder (the comparison of scripts/bench/evidence-upload-memory.sh). Medians of three.
# Usage: scripts/bench/ceiling.sh [body-bytes=1330850] [seconds=5]
set -euo pipefail
bytes=${1:-1330850}
seconds=${2:-5}
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d /tmp/zi-ceiling.XXXXXX)"
server_pid=""
trap '[[ -n $server_pid ]] && kill $server_pid 2>/dev/null; rm -rf "$work"' EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }

echo "command: scripts/bench/ceiling.sh $bytes $seconds   ($(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ))"
dotnet build "$root/scripts/bench/Ceiling" -c Release -v quiet -nologo -clp:ErrorsOnly >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
dotnet "$root/scripts/bench/Ceiling/bin/Release/net10.0/Ceiling.dll" "$bytes" --urls "$base" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 200); do curl -fsS -o /dev/null "$base/health" 2>/dev/null && break; sleep 0.05; done

rps() { wrk -t2 -c32 -d"${seconds}s" "$base$1" | awk '/Requests\/sec/ { print $2 }'; }
median() { sort -n | sed -n 2p; }
rps /health >/dev/null; rps /blob >/dev/null # warm-up
health=(); blob=()
for _ in 1 2 3; do health+=("$(rps /health)"); blob+=("$(rps /blob)"); done
h=$(printf '%s\n' "${health[@]}" | median)
b=$(printf '%s\n' "${blob[@]}" | median)
printf '\n/health               : %9.1f req/s (32 connections; runs %s)\n' "$h" "${health[*]}"
printf '/blob (%d bytes): %9.1f req/s = %.1f %% of /health (runs %s)\n' "$bytes" "$b" "$(echo "$b * 100 / $h" | bc -l)" "${blob[*]}"

head -c $((100 * 1024 * 1024)) /dev/urandom >"$work/upload.bin"
upload() { # ENDPOINT -> MB/s
    local start end
    start=$(date +%s.%N)
    curl -fsS -o /dev/null -F "file=@$work/upload.bin;type=application/pdf" "$base/$1"
    end=$(date +%s.%N)
    echo "100 / ($end - $start)" | bc -l
}
upload sink >/dev/null; upload sink-hash >/dev/null # warm-up
sink=(); sink_hash=(); dd_speed=()
for _ in 1 2 3; do
    sink+=("$(upload sink)"); sink_hash+=("$(upload sink-hash)")
    s=$(dd if=/dev/zero of="$work/dd.bin" bs=1M count=100 conv=fdatasync 2>&1 | tail -1 | grep -o '[0-9.,]* s,' | tr -d ' s,' | tr ',' '.')
    dd_speed+=("$(echo "100 / $s" | bc -l)")
    rm -f "$work/dd.bin"
done
d=$(printf '%s\n' "${dd_speed[@]}" | median)
s=$(printf '%s\n' "${sink[@]}" | median)
sh=$(printf '%s\n' "${sink_hash[@]}" | median)
printf '\ndd (bs=1M conv=fdatasync) : %7.1f MB/s\n' "$d"
printf 'upload, body thrown away  : %7.1f MB/s = %.0f %% of dd\n' "$s" "$(echo "$s * 100 / $d" | bc -l)"
printf 'upload, SHA-256, no write : %7.1f MB/s = %.0f %% of dd\n' "$sh" "$(echo "$sh * 100 / $d" | bc -l)"
