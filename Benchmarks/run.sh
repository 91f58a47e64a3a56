#!/usr/bin/env bash
# Every benchmark of roadmap, in one command; see README.md.
#
#   Benchmarks/run.sh [--quick] [--sizes "builtin 200 1000 10000 100000"] [--rev REV] [--out FILE] [--keep-data]
#
# Installs hyperfine and Taskwarrior when missing, builds roadmap (the static
# binary the README installs, and the ordinary release build beside it) and the
# benchmark tools in release mode, generates the data ("builtin" is the built-in
# 21-milestone roadmap), runs the whole-process
# comparison with Taskwarrior (hyperfine, interleaved rounds), the in-process
# benchmarks, the peak-memory probes and the first-frame measurement, and
# writes RESULTS.md. Repeatable: the data are regenerated from a fixed seed and
# every run starts from the same files.
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH")
SIZES="builtin 200 1000 10000 100000"
QUICK=0
REV=""
OUT="$BENCH/RESULTS.md"
KEEP_DATA=0
WORK="${BENCH_WORK:-${TMPDIR:-/tmp}/roadmap-bench}"

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) QUICK=1 ;;
        --sizes) SIZES="$2"; shift ;;
        --rev) REV="$2"; shift ;;
        --out) OUT="$2"; shift ;;
        --keep-data) KEEP_DATA=1 ;;
        -h|--help) usage 0 ;;
        *) echo "run.sh: unknown option $1" >&2; usage 64 ;;
    esac
    shift
done
case "$WORK" in *[[:space:]]*) echo "run.sh: BENCH_WORK ($WORK) must not contain spaces" >&2; exit 64 ;; esac
case "$OUT" in /*) ;; *) OUT="$PWD/$OUT" ;; esac

log() { printf '\n== %s  %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { echo "run.sh: $*" >&2; exit 1; }

# Same clock, time zone and locale for both tools and every run.
export TZ=UTC LC_ALL=C.UTF-8 LANG=C.UTF-8
unset ROADMAP_FILE ROADMAP_TODAY ROADMAP_NOW ROADMAP_LOCK_TIMEOUT TASKRC TASKDATA

# ---------------------------------------------------------------- 1. tools
need=()
command -v hyperfine >/dev/null 2>&1 || need+=(hyperfine)
command -v task >/dev/null 2>&1 || need+=(taskwarrior)
if [ "${#need[@]}" -gt 0 ]; then
    log "install ${need[*]}"
    SUDO=""
    [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${need[@]}" >&2
fi
command -v swift >/dev/null 2>&1 || die "swift is not on PATH"

# ---------------------------------------------------------------- 2. sources and build
mkdir -p "$WORK"
PKG="$BENCH"
if [ -n "$REV" ]; then
    # Measure a committed revision, exported with git archive, so that edits in
    # progress in the working tree neither break nor colour the build. The
    # benchmark's own sources are taken from the working tree.
    SHA=$(git -C "$ROOT" rev-parse --verify "$REV^{commit}")
    SRC="$WORK/src-${SHA:0:12}"
    if [ ! -d "$SRC" ]; then
        log "export $REV ($SHA) to $SRC"
        mkdir -p "$SRC"
        git -C "$ROOT" archive "$SHA" | tar -x -C "$SRC"
    fi
    mkdir -p "$SRC/Benchmarks"
    find "$SRC/Benchmarks" -mindepth 1 -maxdepth 1 ! -name '.build' -exec rm -rf {} +
    (cd "$ROOT" && tar -c --exclude='Benchmarks/.build*' Benchmarks) | tar -x -C "$SRC"
    PKG="$SRC/Benchmarks"
    TREE="git archive of $REV (${SHA:0:12}), isolated from the working tree"
    COMMIT="${SHA:0:12} $(git -C "$ROOT" log -1 --format=%s "$SHA")"
else
    COMMIT="$(git -C "$ROOT" log -1 --format='%h %s' 2>/dev/null || echo unknown)"
    if [ -n "$(git -C "$ROOT" status --porcelain -- Sources Package.swift 2>/dev/null)" ]; then
        TREE="working tree, with uncommitted changes in Sources/ or Package.swift"
    else
        TREE="working tree (clean in Sources/ and Package.swift)"
    fi
fi

log "build (release): roadmap, roadmap-bench-gen, roadmap-bench in $PKG"
BUILD_LOG="$WORK/build.log"
{
    swift build -c release --static-swift-stdlib --package-path "$PKG" 2>&1
    swift build -c release --static-swift-stdlib --package-path "$PKG" --product roadmap 2>&1
} | tee "$BUILD_LOG" | grep -E 'error|warning:|Compiling|Build' >&2 || true
grep -q "error:" "$BUILD_LOG" && die "the build failed (see $BUILD_LOG)"
if grep -q "warning:" "$BUILD_LOG"; then echo "run.sh: the build has warnings (see $BUILD_LOG)" >&2; fi
BIN=$(swift build -c release --static-swift-stdlib --package-path "$PKG" --show-bin-path)
for tool in roadmap roadmap-bench-gen roadmap-bench; do
    [ -x "$BIN/$tool" ] || die "$BIN/$tool was not built"
done
# The ordinary release build (Swift runtime and Foundation loaded as shared
# libraries), reported beside the static one; a scratch folder of its own so
# that neither build undoes the other.
MAIN_PKG=$(dirname "$PKG")
DYN_SCRATCH="$WORK/build-dynamic"
log "build (release, dynamically linked): roadmap in $DYN_SCRATCH"
swift build -c release --package-path "$MAIN_PKG" --scratch-path "$DYN_SCRATCH" --product roadmap 2>&1 \
    | tee "$WORK/build-dynamic.log" | grep -E 'error|warning:|Build' >&2 || true
DYN_BIN=$(swift build -c release --package-path "$MAIN_PKG" --scratch-path "$DYN_SCRATCH" --show-bin-path)
[ -x "$DYN_BIN/roadmap" ] || die "$DYN_BIN/roadmap was not built (see $WORK/build-dynamic.log)"

# ---------------------------------------------------------------- 3. the run's record
RESULTS="$WORK/results"
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
# "builtin" is recorded as its size, 21, with a marker file in its folder.
echo "$SIZES" | sed 's/builtin/21/' > "$RESULTS/sizes.txt"

# The machine's load, every 5 s, for the whole run (other people build on these cores).
(
    while true; do
        printf '%s %s\n' "$(date +%s)" "$(cut -d' ' -f1,4 /proc/loadavg)"
        sleep 5
    done
) > "$RESULTS/load.tsv" &
SAMPLER=$!
cleanup() { kill "$SAMPLER" 2>/dev/null || true; }
trap cleanup EXIT

PLAN_NOTE="full"
[ "$QUICK" = 1 ] && PLAN_NOTE="--quick (few runs: for checking the script, not for numbers)"
{
    printf 'date\t%s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
    printf 'commit\t%s\n' "$COMMIT"
    printf 'tree\t%s\n' "$TREE"
    printf 'machine\t%s\n' "$(uname -m)"
    printf 'cpu\t%s\n' "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    printf 'nproc\t%s\n' "$(nproc)"
    printf 'ram\t%s\n' "$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
    printf 'os\t%s\n' "$(. /etc/os-release && echo "$PRETTY_NAME")"
    printf 'kernel\t%s\n' "$(uname -r)"
    printf 'swift\t%s\n' "$(swift --version 2>&1 | head -1)"
    printf 'taskwarrior\t%s\n' "$(task --version)"
    printf 'hyperfine\t%s\n' "$(hyperfine --version)"
    printf 'data on\t%s\n' "$(df -PT "$WORK" | awk 'NR==2 {print $2 " (" $1 "), " "'"$WORK"'"}')"
    printf 'settings\t%s\n' "$PLAN_NOTE; TZ=UTC, LC_ALL=C.UTF-8; roadmap runs with --today 2027-03-10 (BENCH_TODAY)"
} > "$RESULTS/machine.tsv"

# hyperfine --prepare: put the data back as generated and flush it to disk, so
# that every run of every command does the same work on the same files.
RESTORE="$WORK/restore.sh"
cat > "$RESTORE" <<'EOF'
#!/bin/sh
set -e
case "$1" in
    roadmap) cp -f "$2/roadmap.json" "$2/work/roadmap.json" ;;
    task) cp -f "$2/task/base/"*.data "$2/task/data/" ;;
    none) ;;
esac
sync
EOF
chmod +x "$RESTORE"

plan() {  # rounds, runs per round, warm-up runs in round 1, first-frame runs
    if [ "$QUICK" = 1 ]; then echo "2 1 0 2"; return; fi
    if [ "$1" -le 300 ]; then echo "6 5 1 15"  # start-up dominated: more runs, each cheap
    elif [ "$1" -le 2000 ]; then echo "6 3 1 15"
    elif [ "$1" -le 20000 ]; then echo "5 3 1 15"
    else echo "4 1 1 5"  # 100,000: Taskwarrior takes seconds per command
    fi
}

# ---------------------------------------------------------------- 4. each size
for SIZE in $SIZES; do
    N=$SIZE
    [ "$SIZE" = builtin ] && N=21
    R="$RESULTS/$N"
    D="$WORK/data/$N"
    TW="$D/task"
    rm -rf "$D"
    mkdir -p "$R" "$D/work" "$TW/data"
    [ "$SIZE" = builtin ] && touch "$R/builtin"

    date +%s > "$R/started"
    log "$N: generate"
    "$BIN/roadmap-bench-gen" "$SIZE" "$D" >&2
    # shellcheck disable=SC1091
    . "$D/bench.env"
    cp "$D/roadmap.json" "$D/work/roadmap.json"

    # Taskwarrior: its own rc file and data folder; nothing from ~/.taskrc.
    cat > "$TW/taskrc" <<EOF
# Written by Benchmarks/run.sh; the choices are explained in Benchmarks/README.md.
data.location=$TW/data
confirmation=off
verbose=nothing
hooks=off
color=off
defaultwidth=0
nag=
gc=on
uda.mid.type=string
uda.mid.label=Milestone
uda.owner.type=string
uda.owner.label=Owner
uda.thai.type=string
uda.thai.label=Thai
uda.japanese.type=string
uda.japanese.label=Japanese
uda.lead.type=string
uda.lead.label=Lead
EOF
    export TASKRC="$TW/taskrc" TASKDATA="$TW/data"
    log "$N: task import"
    task import "$D/tasks.json" >/dev/null
    task list >/dev/null  # one read, with gc: completed and deleted tasks are already in completed.data
    cp -a "$TW/data" "$TW/base"
    TASK_ID=$(task mid:"$BENCH_SET_ID" _ids)
    case "$TASK_ID" in ''|*[!0-9]*) die "no task id for $BENCH_SET_ID (got '$TASK_ID')" ;; esac
    { cat "$D/bench.env"; echo "TASK_ID=$TASK_ID"; } > "$R/env"
    {
        for f in roadmap.json tasks.json; do printf '%s\t%s\n' "$f" "$(stat -c %s "$D/$f")"; done
        for f in "$TW"/base/*.data; do printf '%s\t%s\n' "$(basename "$f")" "$(stat -c %s "$f")"; done
    } > "$R/files.tsv"

    RM=("$BIN/roadmap")
    FILE_ARGS="--file $D/work/roadmap.json --today $BENCH_TODAY"
    # Pairs: roadmap's command, then Taskwarrior's counterpart.
    names=("roadmap list" "task list" "roadmap snapshot" "task summary" "roadmap set" "task modify" "roadmap show" "task info")
    cmds=(
        "$BIN/roadmap list $FILE_ARGS"
        "task list"
        "$BIN/roadmap snapshot $FILE_ARGS"
        "task summary"
        "$BIN/roadmap set $BENCH_SET_ID --status done $FILE_ARGS"
        "task $TASK_ID modify status:completed"
        "$BIN/roadmap show $BENCH_SET_ID $FILE_ARGS"
        "task $TASK_ID info"
    )
    preps=(
        "$RESTORE none $D" "$RESTORE none $D" "$RESTORE none $D" "$RESTORE none $D"
        "$RESTORE roadmap $D" "$RESTORE task $D" "$RESTORE none $D" "$RESTORE none $D"
    )
    # The ordinary (dynamically linked) release build of the same four
    # commands, where start-up is most of the time.
    if [ "$N" -le 2000 ]; then
        names+=("roadmap list (dynamic)" "roadmap snapshot (dynamic)" "roadmap set (dynamic)" "roadmap show (dynamic)")
        cmds+=(
            "$DYN_BIN/roadmap list $FILE_ARGS"
            "$DYN_BIN/roadmap snapshot $FILE_ARGS"
            "$DYN_BIN/roadmap set $BENCH_SET_ID --status done $FILE_ARGS"
            "$DYN_BIN/roadmap show $BENCH_SET_ID $FILE_ARGS"
        )
        preps+=("$RESTORE none $D" "$RESTORE none $D" "$RESTORE roadmap $D" "$RESTORE none $D")
    fi

    # Both changes must really change the data (hyperfine then checks every exit code).
    "${RM[@]}" set "$BENCH_SET_ID" --status done --file "$D/work/roadmap.json" --today "$BENCH_TODAY" >/dev/null
    cmp -s "$D/roadmap.json" "$D/work/roadmap.json" && die "roadmap set changed nothing"
    task "$TASK_ID" modify status:completed >/dev/null
    cmp -s "$TW/base/pending.data" "$TW/data/pending.data" && die "task modify changed nothing"
    [ "$(task _get "$BENCH_SET_UUID.status")" = completed ] || die "task $TASK_ID is not $BENCH_SET_ID"
    "$RESTORE" roadmap "$D"
    "$RESTORE" task "$D"

    read -r ROUNDS RUNS WARMUP FF_RUNS <<< "$(plan "$N")"
    printf '%s\t%s\t%s\t%s\n' "$ROUNDS" "$RUNS" "$WARMUP" "$FF_RUNS" > "$R/plan.tsv"
    # hyperfine runs all runs of one command before the next one, so the
    # interleaving is done here: ROUNDS calls, each running every command RUNS
    # times, the order of each pair swapped every other round.
    for ((round = 1; round <= ROUNDS; round++)); do
        order=()
        for ((i = 0; i < ${#cmds[@]}; i++)); do
            # Even rounds swap each pair; the unpaired dynamic rows run last.
            if ((round % 2 == 0 && i < 8)); then order+=($((i ^ 1))); else order+=("$i"); fi
        done
        args=()
        for i in "${order[@]}"; do args+=(--command-name "${names[$i]}" --prepare "${preps[$i]}" "${cmds[$i]}"); done
        warm=0
        ((round == 1)) && warm=$WARMUP
        log "$N: hyperfine round $round of $ROUNDS ($RUNS run(s) per command)"
        hyperfine -N --style basic --output null --warmup "$warm" --runs "$RUNS" \
            --export-json "$R/round-$round.json" "${args[@]}" >&2
    done
    "$RESTORE" roadmap "$D"
    "$RESTORE" task "$D"

    log "$N: in process"
    quick=()
    [ "$QUICK" = 1 ] && quick=(--quick)
    "$BIN/roadmap-bench" inprocess "$D/roadmap.json" --scratch "$D/work/scratch.json" --today "$BENCH_TODAY" \
        --out "$R/inprocess.tsv" "${quick[@]}"

    log "$N: peak memory"
    {
        printf 'baseline\t%s\n' "$("$BIN/roadmap-bench" memory baseline)"
        printf 'load\t%s\n' "$("$BIN/roadmap-bench" memory load "$D/roadmap.json")"
        printf 'retained\t%s\n' "$("$BIN/roadmap-bench" memory retained "$D/roadmap.json")"
        printf 'heap\t%s\n' "$("$BIN/roadmap-bench" memory heap "$D/roadmap.json")"
        cp "$D/roadmap.json" "$D/work/ui.json"
        printf 'ui\t%s\n' "$("$BIN/roadmap-bench" memory ui "$D/work/ui.json" --today "$BENCH_TODAY")"
        rm -f "$D/work/ui.json" "$D/work/ui.json.lock"
        for i in 0 1 2 3 4 5 6 7; do
            kind=$(echo "${preps[$i]}" | cut -d' ' -f2)
            peak=0
            for _ in 1 2 3; do
                "$RESTORE" "$kind" "$D"
                # shellcheck disable=SC2086
                kib=$("$BIN/roadmap-bench" rss ${cmds[$i]})
                [ "$kib" -gt "$peak" ] && peak=$kib
            done
            printf 'rss %s\t%s\n' "${names[$i]}" "$peak"
        done
        "$RESTORE" roadmap "$D"
        "$RESTORE" task "$D"
    } > "$R/memory.tsv"

    log "$N: first frame in a pseudo-terminal ($FF_RUNS runs)"
    "$BIN/roadmap-bench" first-frame --roadmap "$BIN/roadmap" --file "$D/work/roadmap.json" --today "$BENCH_TODAY" \
        --runs "$FF_RUNS" > "$R/first-frame.tsv"

    date +%s > "$R/ended"
    unset TASKRC TASKDATA
    [ "$KEEP_DATA" = 1 ] || rm -rf "$D"
done

# ---------------------------------------------------------------- 5. the report
cleanup
{
    "$BIN/roadmap-bench" report "$RESULTS"
    # Hand-written notes (what is slow and why, what was changed) are kept in
    # NOTES.md, so that a new run does not lose them; they follow the numbers.
    if [ -f "$BENCH/NOTES.md" ]; then
        echo
        cat "$BENCH/NOTES.md"
    fi
} > "$OUT"
log "wrote $OUT (raw results in $RESULTS)"
