#!/usr/bin/env bash
# Page benchmark of issue 19: builds Release, starts the portal on the demo set and on the Kanwil-sized set
# (`seed-demo --large`), logging at Warning, signs in (cookie + antiforgery via curl) and measures /health and each
# daily page at 1, 8 and 32 connections with wrk. One table: req/s, p50, p95, % of /health at the same
# connections in the same process, and server CPU per request (process utime+stime from /proc/PID/stat ÷ requests).
# Then: one worksheet answer save (the htmx POST, with token) with 16 concurrent editors, start-up time to /health
# 200 on an empty data folder and on the large set, and scripts/bench/evidence-upload-memory.sh.
# Targets (issue 19, large set): each page ≥ 10 % of /health at 32 connections, p95 < 150 ms, ≥ 70 % of its own
# small-set throughput; save p95 < 100 ms. Timed numbers are benchmarks, never test assertions.
# Usage: scripts/bench/pages.sh [seconds-per-run]   (default 5; installs wrk with apt-get when missing and root)
# Set SKIP_UPLOAD=1 to leave out the upload-memory run; ONLY=save measures only the answer save (both sets);
# PAGE_CACHE=0 renders every page on every request (the page cache off, ADR 0021): the cost of a first view.
# Every request carries what a browser sends when the user follows a link inside the portal over HTTPS
# (Accept-Encoding with br, Sec-Fetch-Site: same-origin), so pages come compressed as they do for users (ADR 0022);
# ENCODING=identity asks for uncompressed pages instead.
set -euo pipefail
seconds=${1:-5}
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d /tmp/zi-pages.XXXXXX)"
server_pid=""
stop_portal() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    server_pid=""
}
trap 'stop_portal; rm -rf "$work"' EXIT

if ! command -v wrk >/dev/null; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        apt-get -o DPkg::Lock::Timeout=600 -qq update && apt-get -o DPkg::Lock::Timeout=600 -qq install -y wrk >/dev/null
    fi
    command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
fi

echo "Building (Release)…" >&2
dotnet build "$root/src/ZonaIntegritas.Web" -c Release -v q -nologo >/dev/null
bin="$root/src/ZonaIntegritas.Web/bin/Release/net10.0"
# The admin account signs in with its password only (2FA for administrators is off for the benchmark).
export ASPNETCORE_ENVIRONMENT=Testing Serilog__MinimumLevel__Default=Warning Jobs__Enabled=false Security__RequireTwoFactorForAdministrators=false
[[ ${PAGE_CACHE:-1} == 0 ]] && export PageCache__Enabled=false
accept_encoding=${ENCODING:-gzip, deflate, br, zstd}

portal() { # DATA_DIR DEMO_SEED ARGS… (runs in the foreground)
    local data=$1 seed=$2
    shift 2
    (cd "$bin" && Storage__DataPath="$data" Demo__Seed="$seed" exec dotnet ZonaIntegritas.Web.dll "$@")
}

start_portal() { # DATA_DIR DEMO_SEED -> sets server_pid, base, startup_ms
    local port
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
    base="http://127.0.0.1:$port"
    local start
    start=$(date +%s%N)
    # The subshell execs into dotnet, so $! is the server process (CPU time from /proc/PID/stat, kill on stop).
    (cd "$bin" && Storage__DataPath="$1" Demo__Seed="$2" exec dotnet ZonaIntegritas.Web.dll --urls "$base") >"$work/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 6000); do
        curl -fsS -o /dev/null "$base/health" 2>/dev/null && break
        kill -0 "$server_pid" 2>/dev/null || { tail -20 "$work/server.log" >&2; exit 1; }
        sleep 0.05
    done
    curl -fsS -o /dev/null "$base/health"
    startup_ms=$(( ($(date +%s%N) - start) / 1000000 ))
}

jar_cookie() { awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$1"; }
# Reads the whole page (an early exit would break curl's pipe under pipefail) and prints the first form token.
token_of() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed -n '1{s/.*value="//; s/"$//; p}'; }
sign_in() { # EMAIL -> jar file
    local jar="$work/$1.jar" token
    rm -f "$jar"
    token=$(curl -fsS -c "$jar" -b "$jar" "$base/akun/masuk" | token_of)
    # -L: the landing page reads and clears the sign-in flash message (TempData cookie), as a browser does.
    curl -fsSL -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Email=$1" --data-urlencode "Password=ZonaIntegritas#Demo1" \
        --data-urlencode "__RequestVerificationToken=$token" "$base/akun/masuk"
    echo "$jar"
}

cat >"$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
    local non2xx = summary.errors.status
    io.write(string.format("RESULT %.1f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, summary.requests, non2xx))
end
LUA
cat >"$work/save.lua" <<'LUA'
local counter = 0
local token = os.getenv("ZI_TOKEN")
local cookie = os.getenv("ZI_COOKIE")
local path = os.getenv("ZI_PATH")
request = function()
    counter = counter + 1
    local option = (counter % 2 == 0) and "Ya" or "Tidak"
    return wrk.format("POST", path, {
        ["Content-Type"] = "application/x-www-form-urlencoded",
        ["HX-Request"] = "true",
        ["Cookie"] = cookie,
        ["Accept-Encoding"] = os.getenv("ZI_ENCODING"),
        ["Sec-Fetch-Site"] = "same-origin",
    }, "QuestionCode=PPA1A&OptionKey=" .. option .. "&__RequestVerificationToken=" .. token)
end
LUA
sed -n '/^done/,$p' "$work/report.lua" >>"$work/save.lua"

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }
clk=$(getconf CLK_TCK)

measure() { # URL COOKIE CONNECTIONS [LUA] -> "req/s p50 p95 requests non2xx cpu_ms_per_request"
    local url=$1 cookie=$2 conns=$3 script=${4:-$work/report.lua} threads before after out
    threads=$(( conns < 2 ? 1 : 2 ))
    local args=(-t"$threads" -c"$conns" -d"${seconds}s" --timeout 10s -s "$script")
    [[ -n $cookie ]] && args+=(-H "Cookie: $cookie")
    # /health is asked for as a monitor does (no browser headers): the baseline is never compressed.
    [[ $url != /health ]] && args+=(-H "Accept-Encoding: $accept_encoding" -H "Sec-Fetch-Site: same-origin")
    before=$(cpu_ticks)
    out=$(wrk "${args[@]}" "$base$url" | awk '/^RESULT/ { print $2, $3, $4, $5, $6 }')
    after=$(cpu_ticks)
    read -r rps p50 p95 n bad <<<"$out"
    echo "$rps $p50 $p95 $n $bad $( ((n > 0)) && echo "($after - $before) * 1000 / $clk / $n" | bc -l || echo 0)"
}

declare -A RESULT
run_set() { # NAME DATA_DIR DEMO_SEED
    local name=$1
    echo "== $name: starting the portal…" >&2
    start_portal "$2" "$3"
    local db="$2/zonaintegritas.db"
    local office_assessment review_assessment campaign
    office_assessment=$(sqlite3 "$db" "select a.Id from assessments a join units u on u.Id=a.UnitId where u.Code='KEMENAG-KOTA-MALANG' order by a.Year desc limit 1")
    review_assessment=$(sqlite3 "$db" "select a.Id from assessments a join units u on u.Id=a.UnitId where u.Code='KUA-KLOJEN' order by a.Year desc limit 1")
    campaign=$(sqlite3 "$db" "select c.Id from pact_campaigns c join units u on u.Id=c.UnitId where u.Code='KEMENAG-KOTA-MALANG' order by c.Id limit 1")
    local -A cookie
    for who in ketua pimpinan penilai admin kanwil; do
        cookie[$who]=$(jar_cookie "$(sign_in "$who@zi.demo")")
    done
    PAGES=(
        "health||/health"
        "home|ketua|/"
        "kesiapan|pimpinan|/kesiapan"
        "worksheet|ketua|/lembar-kerja/$office_assessment"
        "evidence|ketua|/eviden"
        "review|penilai|/reviu/$review_assessment"
        "workplan|ketua|/rencana-kerja"
        "pact|admin|/pakta/kampanye/$campaign"
        "rekap|kanwil|/rekap"
        "report-pdf|ketua|/laporan/pdf/$office_assessment"
    )
    [[ ${ONLY:-} == save ]] && PAGES=()
    for entry in "${PAGES[@]}"; do
        IFS='|' read -r page who url <<<"$entry"
        local c=${who:+${cookie[$who]}}
        local code size
        read -r code size < <(curl -s -o /dev/null -w '%{http_code} %{size_download}\n' ${c:+-H "Cookie: $c"} \
            -H "Accept-Encoding: $accept_encoding" -H "Sec-Fetch-Site: same-origin" "$base$url")
        [[ $code == 200 ]] || { echo "GET $url as $who returned $code" >&2; exit 1; }
        RESULT[$name,$page,size]=$size
        measure "$url" "$c" 8 >/dev/null # warm-up
        for conns in 1 8 32; do
            RESULT[$name,$page,$conns]=$(measure "$url" "$c" "$conns")
        done
    done

    # 16 concurrent editors saving one answer (the htmx round trip), with the form's antiforgery token.
    local jar="$work/ketua@zi.demo.jar" token
    token=$(curl -fsS -c "$jar" -b "$jar" "$base/lembar-kerja/$office_assessment?tab=A" | token_of)
    local save_cookie
    save_cookie=$(jar_cookie "$jar")
    # The warm-up lasts 30 s at least: the save path of a freshly started portal is still being compiled by the tiered
    # JIT for about half a minute (a save costs 14–17 ms of CPU in the first 20 s, 4–5 ms from 30 s on; the JIT took
    # 14 % of the CPU in the first 10 s of saves, none after 30 s). That is a start-up cost, not the cost of a save.
    ZI_ENCODING="$accept_encoding" ZI_TOKEN="$token" ZI_COOKIE="$save_cookie" ZI_PATH="/lembar-kerja/simpan/$office_assessment" \
        seconds=$(( seconds > 30 ? seconds : 30 )) measure "/lembar-kerja/simpan/$office_assessment" "" 16 "$work/save.lua" >/dev/null # warm-up
    RESULT[$name,save,16]=$(ZI_ENCODING="$accept_encoding" ZI_TOKEN="$token" ZI_COOKIE="$save_cookie" ZI_PATH="/lembar-kerja/simpan/$office_assessment" \
        measure "/lembar-kerja/simpan/$office_assessment" "" 16 "$work/save.lua")
    stop_portal
}

echo "== Start-up on an empty data folder…" >&2
mkdir -p "$work/empty"
start_portal "$work/empty" false
startup_empty=$startup_ms
stop_portal

echo "== Seeding the large set (seed-demo --large)…" >&2
mkdir -p "$work/large"
seed_start=$(date +%s%N)
seed_line=$(portal "$work/large" false seed-demo --large 2>/dev/null | tail -1)
seed_ms=$(( ($(date +%s%N) - seed_start) / 1000000 ))

mkdir -p "$work/small"
run_set small "$work/small" true
run_set large "$work/large" false
startup_large=$startup_ms

if [[ ${ONLY:-} != save ]]; then
    printf '\n%-11s %-5s %5s %9s %8s %8s %9s %10s %9s\n' "page" "set" "conns" "req/s" "p50 ms" "p95 ms" "% health" "CPU ms/req" "KB sent"
    for page in health home kesiapan worksheet evidence review workplan pact rekap report-pdf; do
        for set in small large; do
            for conns in 1 8 32; do
                read -r rps p50 p95 _ bad cpu <<<"${RESULT[$set,$page,$conns]}"
                read -r hrps _ <<<"${RESULT[$set,health,$conns]}"
                printf '%-11s %-5s %5s %9.1f %8.2f %8.2f %9.1f %10.2f %9.1f%s\n' "$page" "$set" "$conns" "$rps" "$p50" "$p95" \
                    "$(echo "$rps * 100 / $hrps" | bc -l)" "$cpu" "$(echo "${RESULT[$set,$page,size]} / 1024" | bc -l)" \
                    "$([[ $bad -gt 0 ]] && echo "  ($bad non-2xx)")"
            done
        done
    done

    printf '\nLarge vs small at 32 connections (target ≥ 70 %%; large ≥ 10 %% of /health, p95 < 150 ms):\n'
    for page in home kesiapan worksheet evidence review workplan pact rekap report-pdf; do
        read -r s_rps _ <<<"${RESULT[small,$page,32]}"
        read -r l_rps _ l_p95 _ <<<"${RESULT[large,$page,32]}"
        read -r h_rps _ <<<"${RESULT[large,health,32]}"
        printf '  %-11s %6.1f %% of small · %5.1f %% of /health · p95 %.1f ms\n' "$page" "$(echo "$l_rps * 100 / $s_rps" | bc -l)" \
            "$(echo "$l_rps * 100 / $h_rps" | bc -l)" "$l_p95"
    done

fi

printf '\nWorksheet answer save, 16 concurrent editors (target p95 < 100 ms):\n'
for set in small large; do
    read -r rps p50 p95 n bad cpu <<<"${RESULT[$set,save,16]}"
    printf '  %-5s %7.1f saves/s · p50 %.1f ms · p95 %.1f ms · %.2f ms CPU/save · %d requests, %d non-2xx\n' "$set" "$rps" "$p50" "$p95" "$cpu" "$n" "$bad"
done

printf '\nStart-up to /health 200: empty data folder %d ms · large set %d ms\n' "$startup_empty" "$startup_large"
printf 'seed-demo --large: %d ms (process included) — %s\n' "$seed_ms" "$seed_line"
printf 'Large data folder: %s\n' "$(du -sh "$work/large" | cut -f1)"

if [[ ${SKIP_UPLOAD:-0} != 1 && ${ONLY:-} != save ]]; then
    printf '\nUpload memory (scripts/bench/evidence-upload-memory.sh):\n'
    "$root/scripts/bench/evidence-upload-memory.sh" 2>/dev/null
fi
