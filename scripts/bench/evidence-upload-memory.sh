#!/usr/bin/env bash
# Measures how much a 100 MB evidence upload raises the server's resident memory.
# Starts the portal on a free loopback port with a throwaway data folder and demo accounts, signs in as
# ketua@zi.demo, warms the upload path with a small file, resets the peak-RSS counter of the server process
# (/proc/<pid>/clear_refs), uploads a generated 100 MB file with a PDF signature and prints
# VmRSS before and VmHWM (peak) during the uploads, and the upload's write speed (median of three, after a full-size
# warm-up upload) against dd on the same file system.
# Usage: scripts/bench/evidence-upload-memory.sh [size-in-MB]   (default 100; must not exceed Storage:MaxUploadMegabytes)
set -euo pipefail
size_mb=${1:-100}
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

echo "Building…" >&2
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
for _ in $(seq 1 120); do
    curl -fsS "$base/health" >/dev/null 2>&1 && break
    sleep 0.5
done
curl -fsS "$base/health" >/dev/null

jar="$work/cookies.txt"
token_of() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
login_token=$(curl -fsS -c "$jar" -b "$jar" "$base/akun/masuk" | token_of)
curl -fsS -o /dev/null -c "$jar" -b "$jar" \
    --data-urlencode "Email=ketua@zi.demo" --data-urlencode "Password=ZonaIntegritas#Demo1" \
    --data-urlencode "__RequestVerificationToken=$login_token" "$base/akun/masuk"
header_token=$(curl -fsS -c "$jar" -b "$jar" "$base/" | grep -o '"RequestVerificationToken": "[^"]*"' | sed 's/.*: "//; s/"$//')
unit_id=$(curl -fsS -b "$jar" "$base/eviden/unggah" | grep -o '<option value="[0-9]*" selected="selected">' | head -1 | grep -o '[0-9]\+')

upload() {
    curl -sS -b "$jar" -H "RequestVerificationToken: $header_token" \
        -F "UnitId=$unit_id" -F "Year=$(date +%Y)" -F "DocumentDate=$(date +%Y-%m-%d)" -F "QuestionCodes=PPA1A" \
        -F "Title=$2" -F "file=@$1;type=application/pdf" "$base/eviden/unggahan"
}
kb() { awk -v k="$1:" '$1 == k { print $2 }' "/proc/$server_pid/status"; }

{ printf '%%PDF-1.4\n'; head -c 100000 /dev/urandom; } >"$work/small.pdf"
# Distinct contents (no deduplication): one full-size warm-up (the upload path compiled as a running server has it),
# then three measured uploads; the speed printed is their median, the memory their peak.
for n in 0 1 2 3; do
    { printf '%%PDF-1.4\n'; head -c $((size_mb * 1024 * 1024 - 9)) /dev/urandom; } >"$work/big$n.pdf"
done
echo "Warm-up: $(upload "$work/small.pdf" warmup)" >&2
echo "Warm-up: $(upload "$work/big0.pdf" "warmup ${size_mb} MB")" >&2
sleep 1

rss_before=$(kb VmRSS)
echo 5 >"/proc/$server_pid/clear_refs"   # reset VmHWM to the current RSS
hwm_reset=$(kb VmHWM)
seconds=()
for n in 1 2 3; do
    start=$(date +%s.%N)
    answer=$(upload "$work/big$n.pdf" "Bench ${size_mb} MB $n")
    end=$(date +%s.%N)
    seconds+=("$(echo "$end - $start" | bc -l)")
done
upload_seconds=$(printf '%s\n' "${seconds[@]}" | sort -n | sed -n 2p)
hwm_after=$(kb VmHWM)
rss_after=$(kb VmRSS)

echo "Server answer: $answer"
printf 'Upload of %d MB took %s s (three uploads; median %.2f s)\n' "$size_mb" "$(printf '%.2f ' "${seconds[@]}")" "$upload_seconds"
echo "VmRSS before upload : $((rss_before / 1024)) MB ($rss_before kB)"
echo "VmHWM after reset   : $((hwm_reset / 1024)) MB ($hwm_reset kB)"
echo "VmHWM during upload : $((hwm_after / 1024)) MB ($hwm_after kB)"
echo "VmRSS after upload  : $((rss_after / 1024)) MB ($rss_after kB)"
echo "Peak increase       : $(((hwm_after - rss_before) / 1024)) MB ($((hwm_after - rss_before)) kB)"

# Write speed of the upload against dd writing the same amount to the same file system (the data folder).
dd_out=$(dd if=/dev/zero of="$work/data/dd.bin" bs=1M count="$size_mb" conv=fdatasync 2>&1 | tail -1)
dd_seconds=$(echo "$dd_out" | grep -o '[0-9.,]* s,' | tr -d ' s,' | tr ',' '.')
rm -f "$work/data/dd.bin"
upload_mbps=$(echo "$size_mb / $upload_seconds" | bc -l)
dd_mbps=$(echo "$size_mb / $dd_seconds" | bc -l)
printf 'Upload write speed  : %.1f MB/s (HTTP upload, hash, scan, store)\n' "$upload_mbps"
printf 'dd write speed      : %.1f MB/s (dd bs=1M conv=fdatasync, same file system)\n' "$dd_mbps"
printf 'Upload vs dd        : %.0f %% (target ≥ 50 %%)\n' "$(echo "$upload_mbps * 100 / $dd_mbps" | bc -l)"
echo "Extra resident memory during the upload: $(((hwm_after - rss_before) / 1024)) MB (target < 16 MB)"
