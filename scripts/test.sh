#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run calls this script):
#   installs what is missing (Debian, as root: PostgreSQL server, chromium-headless-shell, poppler-utils, docker-compose),
#   starts a throwaway PostgreSQL cluster on a free loopback port (ZI_TEST_PG), builds once (Release), then runs
#   unit tests, integration tests on SQLite and on PostgreSQL, browser tests (headless Chromium),
#   the C# files' final newline/LF/BOM check (formatting itself is a build error, IDE0055), the open-source check of the native libraries a linux-x64 publish takes
#   and `docker-compose config -q` (also with the sqlserver profile; when docker-compose is available).
# Every test project under tests/ is run: *.IntegrationTests twice (SQLite and PostgreSQL; classes with the trait
# Provider=Any need no database of the run and run on SQLite only), the others once, all side by side with the checks
# (ZI_TEST_SERIAL=1: one after another).
# TRX files, logs and screenshots go to test-output/. The last line is always `Tests: N passed, M failed`;
# the exit code is 0 only when nothing failed and every step ran.
# Options: --no-install (never call apt-get), --filter EXPR (passed to every dotnet test run).
# Environment: ZI_CHROMIUM (browser, default /usr/bin/chromium-headless-shell); ZI_INSTALL_CLAMAV=1 also installs clamav-daemon;
# ZI_TEST_SERIAL=1 runs every test run one after the other (no runs side by side); ZI_TEST_TIMEOUT (default 20m) ends
# a run that hangs.
# Exported to the tests: ZI_TEST_PG (PostgreSQL server connection string), ZI_SCREENSHOTS (folder),
# ZI_CLAMD (path of clamd when installed, else unset: tests that need a virus scanner start their own clamd).
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
OUT=$ROOT/test-output
START_TIME=$SECONDS

INSTALL=1
FILTER=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --no-install) INSTALL=0 ;;
        --filter) FILTER=${2:?--filter needs an expression}; shift ;;
        *) echo "Unknown option: $1 (use --no-install, --filter EXPR)" >&2; exit 2 ;;
    esac
    shift
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_CLI_UI_LANGUAGE=en MSBUILDDISABLENODEREUSE=1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export ZI_SCREENSHOTS=$OUT/screenshots
exec </dev/null

TOTAL_PASSED=0
TOTAL_FAILED=0
SUMMARY=()
PG_TMP=""
PG_BIN=""
PG_CTL_USER=""
declare -A RUNNING=()

log() { printf '\n=== %s [%ds]\n' "$*" $((SECONDS - START_TIME)); }

finish() {
    local rc=$?
    stop_postgres
    if [[ ${#SUMMARY[@]} -gt 0 ]]; then
        printf '\n=== Summary (%ds)\n' $((SECONDS - START_TIME))
        printf '  %s\n' "${SUMMARY[@]}"
    fi
    if [[ $TOTAL_FAILED -gt 0 && $rc -eq 0 ]]; then
        rc=1
    fi
    echo "Tests: $TOTAL_PASSED passed, $TOTAL_FAILED failed"
    exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

record() { # record NAME PASSED FAILED [NOTE]
    TOTAL_PASSED=$((TOTAL_PASSED + $2))
    TOTAL_FAILED=$((TOTAL_FAILED + $3))
    SUMMARY+=("$(printf '%-34s %4d passed, %3d failed%s' "$1" "$2" "$3" "${4:+  ($4)}")")
}

# ---------------------------------------------------------------- tools
find_pg_bin() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [[ -x $dir/pg_ctl && -x $dir/initdb ]]; then
            echo "$dir"
            return
        fi
    done
    if command -v pg_ctl >/dev/null && command -v initdb >/dev/null; then
        dirname "$(readlink -f "$(command -v pg_ctl)")"
    fi
}

find_clamd() { command -v clamd 2>/dev/null || { [[ -x /usr/sbin/clamd ]] && echo /usr/sbin/clamd; }; }

# The browser the browser tests use (BrowserFixture.ChromiumExecutable picks the same): $ZI_CHROMIUM, else Debian's
# chromium-headless-shell (what Playwright uses for headless runs; half the CPU of the full browser), else chromium.
chromium_path() {
    if [[ -n ${ZI_CHROMIUM:-} ]]; then
        echo "$ZI_CHROMIUM"
    elif [[ -x /usr/bin/chromium-headless-shell || ! -x /usr/bin/chromium ]]; then
        echo /usr/bin/chromium-headless-shell
    else
        echo /usr/bin/chromium
    fi
}

install_missing() {
    local missing=()
    [[ -n $(find_pg_bin) ]] || missing+=(postgresql)
    # The headless shell on its own (below): where it is not packaged, the full chromium is the fallback.
    local want_shell=0
    if [[ -z ${ZI_CHROMIUM:-} && ! -x /usr/bin/chromium-headless-shell ]]; then
        want_shell=1
    elif [[ ! -x $(chromium_path) ]]; then
        missing+=(chromium)
    fi
    command -v pdftotext >/dev/null || missing+=(poppler-utils)
    if [[ ${ZI_INSTALL_CLAMAV:-0} == 1 ]] && ! find_clamd >/dev/null; then
        missing+=(clamav-daemon)
    fi
    local want_compose=0
    command -v docker-compose >/dev/null || want_compose=1
    if [[ ${#missing[@]} -eq 0 && $want_compose -eq 0 && $want_shell -eq 0 ]]; then
        return 0
    fi
    if [[ $INSTALL -eq 0 || $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
        [[ ${#missing[@]} -gt 0 ]] && echo "Missing: ${missing[*]} (install them, or run this script as root on Debian)." >&2
        [[ $want_shell -eq 1 && ! -x /usr/bin/chromium ]] && echo "Missing: chromium-headless-shell (or chromium)." >&2
        return 0
    fi
    log "Installing ${missing[*]}${missing[*]:+ }$([[ $want_shell -eq 1 ]] && echo "chromium-headless-shell ")$([[ $want_compose -eq 1 ]] && echo docker-compose)"
    export DEBIAN_FRONTEND=noninteractive
    local apt=(apt-get -o DPkg::Lock::Timeout=600 -o Dpkg::Use-Pty=0 -qq)
    "${apt[@]}" update || echo "apt-get update failed; trying the installed lists." >&2
    if [[ ${#missing[@]} -gt 0 ]]; then
        "${apt[@]}" install -y "${missing[@]}" >"$OUT/logs/apt-install.log" 2>&1 \
            || { echo "apt-get install ${missing[*]} failed:" >&2; tail -20 "$OUT/logs/apt-install.log" >&2; }
    fi
    if [[ $want_shell -eq 1 ]]; then
        if ! "${apt[@]}" install -y chromium-headless-shell >>"$OUT/logs/apt-install.log" 2>&1 && [[ ! -x /usr/bin/chromium ]]; then
            echo "chromium-headless-shell could not be installed; installing chromium instead." >&2
            "${apt[@]}" install -y chromium >>"$OUT/logs/apt-install.log" 2>&1 \
                || { echo "apt-get install chromium failed:" >&2; tail -20 "$OUT/logs/apt-install.log" >&2; }
        fi
    fi
    if [[ $want_compose -eq 1 ]]; then
        # Optional: the Python docker-compose (v1) without the docker engine, only to validate docker-compose.yml.
        "${apt[@]}" install -y --no-install-recommends docker-compose >>"$OUT/logs/apt-install.log" 2>&1 \
            || echo "docker-compose could not be installed; its check is skipped." >&2
    fi
}

# ---------------------------------------------------------------- PostgreSQL
free_port() {
    python3 - 2>/dev/null <<'EOF' && return
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
EOF
    local port
    for port in $(shuf -i 20000-60000 -n 50); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    return 1
}

as_pg() { # runs a command as the cluster owner (from /, which that user can read)
    if [[ -n $PG_CTL_USER ]]; then
        (cd / && runuser -u "$PG_CTL_USER" -- "$@")
    else
        "$@"
    fi
}

start_postgres() {
    PG_BIN=$(find_pg_bin)
    if [[ -z $PG_BIN ]]; then
        echo "PostgreSQL server (initdb/pg_ctl) not found." >&2
        return 1
    fi
    PG_TMP=$(mktemp -d /tmp/zi-pg.XXXXXX)
    if [[ $(id -u) -eq 0 ]]; then
        PG_CTL_USER=postgres
        id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
        chown postgres: "$PG_TMP"
    fi
    local pwfile=$PG_TMP/superuser.pw
    printf '%s\n' "postgres-$RANDOM$RANDOM" >"$pwfile"
    [[ -n $PG_CTL_USER ]] && chown postgres: "$pwfile"
    if ! as_pg "$PG_BIN/initdb" -D "$PG_TMP/data" -U postgres --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 \
            --auth-local=trust --auth-host=scram-sha-256 --no-instructions >"$PG_TMP/initdb.log" 2>&1; then
        cat "$PG_TMP/initdb.log" >&2
        return 1
    fi
    local attempt port
    for attempt in 1 2 3; do
        port=$(free_port) || return 1
        if as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 60 start \
                -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_TMP -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c autovacuum=off -c wal_level=minimal -c max_wal_senders=0" >/dev/null; then
            break
        fi
        port=""
    done
    if [[ -z $port ]]; then
        echo "PostgreSQL did not start:" >&2
        tail -20 "$PG_TMP/server.log" >&2
        return 1
    fi
    local password="zi-$RANDOM$RANDOM$RANDOM"
    if ! as_pg "$PG_BIN/psql" -h "$PG_TMP" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt \
            -c "CREATE ROLE zi LOGIN CREATEDB PASSWORD '$password'" \
            -c "GRANT pg_signal_backend TO zi" >/dev/null; then
        return 1
    fi
    export ZI_TEST_PG="Host=127.0.0.1;Port=$port;Username=zi;Password=$password;Database=postgres"
    echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $PG_TMP)"
}

stop_postgres() {
    if [[ -n $PG_TMP && -d $PG_TMP ]]; then
        if [[ -f $PG_TMP/data/postmaster.pid ]]; then
            as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate -w stop >/dev/null 2>&1
        fi
        rm -rf "$PG_TMP"
        PG_TMP=""
    fi
}

# ---------------------------------------------------------------- test runs
# Reads a TRX file: prints failed tests (name, message, top of the stack) on stderr and
# "passed failed skipped" on stdout (failed includes errors, timeouts and aborts).
trx_attr() { # trx_attr NAME '<Counters ...>' : the attribute's number, 0 when absent
    local v
    v=$(grep -o " $1=\"[0-9]*\"" <<<"$2" | grep -o '[0-9][0-9]*')
    echo "${v:-0}"
}

trx_counts() {
    if ! command -v python3 >/dev/null; then
        # Without python3: the counters only, from the one <Counters .../> element.
        local counters
        counters=$(grep -o '<Counters [^>]*>' "$1" | head -1)
        echo "$(trx_attr passed "$counters") $(($(trx_attr failed "$counters") + $(trx_attr error "$counters") \
            + $(trx_attr timeout "$counters") + $(trx_attr aborted "$counters"))) $(trx_attr notExecuted "$counters")"
        return
    fi
    python3 - "$1" <<'EOF'
import sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
root = ET.parse(sys.argv[1]).getroot()
for r in root.iterfind(".//t:UnitTestResult", ns):
    if r.get("outcome") not in ("Passed", "NotExecuted"):
        message = (r.findtext(".//t:Message", "", ns) or "").strip()
        stack = (r.findtext(".//t:StackTrace", "", ns) or "").strip().splitlines()
        print(f"  FAILED {r.get('testName')}", file=sys.stderr)
        for line in message.splitlines()[:15] + [l for l in stack if "ZonaIntegritas" in l][:5]:
            print(f"      {line}", file=sys.stderr)
c = root.find(".//t:Counters", ns)
n = lambda k: int(c.get(k, "0")) if c is not None else 0
print(n("passed"), n("failed") + n("error") + n("timeout") + n("aborted"), n("notExecuted"))
EOF
}

# start_tests NAME PROJECT [ENV=VALUE...]: starts one test run in the background (see finish_tests).
# RUN_FILTER=EXPR start_tests ...: this run also filters on EXPR (and on --filter when given).
start_tests() {
    local name=$1 project=$2
    shift 2
    local slug=${name//[^A-Za-z0-9]/-}
    local trx=$OUT/trx/$slug.trx logfile=$OUT/logs/$slug.log
    rm -f "$trx" "$OUT/logs/$slug.rc"
    log "$name (started)"
    local args=(test "$project" -c Release --no-build --nologo --results-directory "$OUT/trx"
        --logger "trx;LogFileName=$slug.trx" --logger "console;verbosity=minimal")
    local filter=$FILTER
    if [[ -n ${RUN_FILTER:-} ]]; then
        filter=${filter:+($filter)&}$RUN_FILTER
    fi
    [[ -n $filter ]] && args+=(--filter "$filter")
    # A hung run is ended by timeout (exit 124), not by vstest's blame collector: that collector is a process per run that
    # follows every test and cost as much CPU as a tenth of the tests.
    (timeout --kill-after=30s "${ZI_TEST_TIMEOUT:-20m}" env "$@" dotnet "${args[@]}" >"$logfile" 2>&1
        echo $? >"$OUT/logs/$slug.rc") &
    RUNNING[$name]=$!
}

# finish_tests NAME: waits for the run started by start_tests and records its counts from the TRX file.
finish_tests() {
    local name=$1
    local slug=${name//[^A-Za-z0-9]/-}
    local trx=$OUT/trx/$slug.trx logfile=$OUT/logs/$slug.log
    wait "${RUNNING[$name]}"
    local rc
    rc=$(cat "$OUT/logs/$slug.rc" 2>/dev/null || echo 1)
    log "$name (finished)"
    local passed=0 failed=0 skipped=0 note="" counts=""
    [[ -f $trx ]] && counts=$(trx_counts "$trx")
    if [[ -n $counts ]]; then
        read -r passed failed skipped <<<"$counts"
        if [[ $rc -ne 0 && $failed -eq 0 ]]; then
            failed=1
            note="test host exited with $rc"
            tail -30 "$logfile"
        fi
    else
        failed=1
        note="did not run (exit $rc)"
        [[ $rc -eq 124 || $rc -eq 137 ]] && note="stopped after ${ZI_TEST_TIMEOUT:-20m}: a test hangs"
        tail -30 "$logfile"
    fi
    [[ $skipped -gt 0 ]] && note="${note:+$note, }$skipped skipped"
    echo "$name: $passed passed, $failed failed${note:+ ($note)}"
    record "$name" "$passed" "$failed" "$note"
}

run_check() { # run_check NAME COMMAND... : one test, passed when the command exits 0
    local name=$1
    shift
    local logfile=$OUT/logs/${name//[^A-Za-z0-9]/-}.log
    log "$name"
    if "$@" >"$logfile" 2>&1; then
        echo "$name: passed"
        check_result "$name" 1 0
    else
        tail -40 "$logfile"
        echo "$name: failed"
        check_result "$name" 0 1 "see ${logfile#"$ROOT"/}"
    fi
}

check_result() { # like record; inside the background checks (CHECK_RESULTS set) written to a file the main script records
    if [[ -n ${CHECK_RESULTS:-} ]]; then
        printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "${4:-}" >>"$CHECK_RESULTS"
    else
        record "$@"
    fi
}

run_checks() { # the checks that are not test projects, one after another
    # Formatting (ADR 0018): indentation, spacing and new lines (IDE0055), file-scoped namespaces (IDE0161) and every
    # analyzer are errors of the build above (EnforceCodeStyleInBuild); this checks what the build does not read.
    run_check "C# files: final newline, LF, no BOM" scripts/check-cs-files.sh
    # The Release build's own output, restricted to what a linux-x64 publish takes (no second compilation).
    run_check "native libraries (linux-x64)" env ZI_SKIP_PUBLISH=1 ZI_RIDS="linux-x64 linux unix" \
        scripts/check-native-libraries.sh src/ZonaIntegritas.Web/bin/Release/net10.0
    if command -v docker-compose >/dev/null; then
        run_check "docker-compose config" docker-compose --env-file .env.example -f docker-compose.yml config -q
        run_check "docker-compose config (sqlserver)" docker-compose --env-file .env.example -f docker-compose.yml --profile sqlserver config -q
    else
        echo "docker-compose not installed: docker-compose.yml not validated."
    fi
}

# ---------------------------------------------------------------- main
rm -rf "$OUT/trx" "$OUT/logs" "$OUT/screenshots"
mkdir -p "$OUT/trx" "$OUT/logs" "$OUT/screenshots"

install_missing
if clamd_path=$(find_clamd); then
    export ZI_CLAMD=$clamd_path
fi

log "Starting PostgreSQL"
if ! start_postgres; then
    echo "The PostgreSQL test runs will be counted as failed." >&2
    unset ZI_TEST_PG
fi

log "Restoring tools and building (Release)"
if ! dotnet tool restore >"$OUT/logs/tool-restore.log" 2>&1; then
    cat "$OUT/logs/tool-restore.log"
    record "dotnet tool restore" 0 1
fi
if ! dotnet build ZonaIntegritas.sln -c Release -nologo -clp:ErrorsOnly >"$OUT/logs/build.log" 2>&1; then
    grep -E 'error|Error' "$OUT/logs/build.log" | sort -u | head -60
    record "build" 0 1 "see test-output/logs/build.log"
    exit 1
fi
echo "Build succeeded."

# Every run side by side (the unit tests, the SQLite, PostgreSQL and browser runs, the checks): each waits on its
# database or on Chromium part of the time, and together they keep both cores busy (ADR 0018). Results are reported
# in that order, the unit tests (the quick signal) first.
PENDING=()
launch() { # launch NAME PROJECT [ENV=VALUE...]: starts a run; ZI_TEST_SERIAL=1 waits for it at once
    start_tests "$@"
    if [[ ${ZI_TEST_SERIAL:-0} == 1 ]]; then
        finish_tests "$1"
    else
        PENDING+=("$1")
    fi
}
mapfile -t PROJECTS < <(for p in tests/*/*.csproj; do
    case "$p" in *UnitTests*) r=1 ;; *IntegrationTests*) r=2 ;; *BrowserTests*) r=4 ;; *) r=3 ;; esac
    echo "$r $p"
done | sort | cut -d' ' -f2-)
for project in "${PROJECTS[@]}"; do
    name=$(basename "$project" .csproj)
    name=${name#ZonaIntegritas.}
    case "$name" in
        *IntegrationTests)
            # Classes that never use the run's database (trait Provider=Any) run in the SQLite run only.
            launch "$name (SQLite)" "$project" ZI_TEST_PROVIDER=Sqlite
            if [[ -n ${ZI_TEST_PG:-} ]]; then
                RUN_FILTER="Provider!=Any" launch "$name (PostgreSQL)" "$project" ZI_TEST_PROVIDER=PostgreSQL
            else
                record "$name (PostgreSQL)" 0 1 "no PostgreSQL server"
            fi
            ;;
        *BrowserTests)
            if [[ -x $(chromium_path) ]]; then
                launch "$name (Chromium)" "$project"
            else
                record "$name (Chromium)" 0 1 "$(chromium_path) missing"
            fi
            ;;
        *)
            launch "$name" "$project"
            ;;
    esac
done
CHECKS_PID=""
if [[ -z $FILTER ]]; then
    if [[ ${ZI_TEST_SERIAL:-0} == 1 ]]; then
        run_checks
    else
        CHECK_RESULTS=$OUT/logs/checks.tsv
        : >"$CHECK_RESULTS"
        (CHECK_RESULTS=$CHECK_RESULTS run_checks >"$OUT/logs/checks.out" 2>&1) &
        CHECKS_PID=$!
    fi
fi
for name in "${PENDING[@]}"; do
    finish_tests "$name"
done
if [[ -n $CHECKS_PID ]]; then
    wait "$CHECKS_PID" || true
    cat "$OUT/logs/checks.out"
    [[ -s $CHECK_RESULTS ]] || record "checks" 0 1 "the checks did not run; see test-output/logs/checks.out"
    while IFS=$'\t' read -r check passed failed note; do
        record "$check" "$passed" "$failed" "$note"
    done <"$CHECK_RESULTS"
    unset CHECK_RESULTS
fi

exit 0
