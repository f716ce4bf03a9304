#!/usr/bin/env bash
# Compile-time benchmark of `#[derive(Builder)]` (and the three derives together)
# against no macro, bon, typed-builder and derive_builder; and of the six model types
# with our derives against serde only and against bon + garde + getset.
#
# Method (bon's benchmarks/compilation): every crate's dependencies are built once;
# then each measurement is `cargo build -p <crate>` right after `cargo clean -p <crate>`,
# so only the crate itself is compiled. The model crates are also timed incrementally:
# `touch src/lib.rs` then `cargo build -p <crate>`.
#
# Rounds are interleaved: each round builds every crate once (alternating the order
# from one round to the next), so a slow drift in machine load hits every crate alike.
# The tables give medians over the rounds.
#
# The wide shape (`run.sh wide`): one struct of N String fields built by one chain of
# N setters, timed in release, and the stack that chain needs in a debug build: for
# each wide crate, the smallest thread stack (KiB, a multiple of 4, by bisection, each
# trial its own process since an overflow aborts) on which its `make()` returns.
#
# Usage: tests/compile-bench/run.sh [wide|model] [ROUNDS]
#   wide          the wide shape: SIZES=wide50,wide100,wide200, SHAPES=required,optional,
#                 STACKS=none,ours,bon,typed_builder,derive_builder, no model crates,
#                 PROFILE=release; each can still be set
#   model         the model crates only (no matrix crates), results in results/model/
#   MODEL_STACKS  the model stacks, passed to gen.py (default all:
#                 plain,serde,ours,bon_garde_getset,ours_schema,serde_schemars)
#   ROUNDS        rounds of clean builds (default 5; 0: none)
#   MODEL_ROUNDS  rounds of incremental model builds (default 4 x ROUNDS: they are short)
#   SIZES, SHAPES, STACKS   passed to gen.py (defaults: the matrix sizes, all shapes, all stacks)
#   PROFILE=dev|release     the cargo profile of the timed builds (default dev; wide: release)
#   STACK=0       skip the stack search (which runs when there are wide crates)
#   RESULTS=DIR   where the results go (default results/; results/release/ with
#                 PROFILE=release; wide: results/wide/, results/wide-dev/ with PROFILE=dev;
#                 model: results/model/, results/model-release/ with PROFILE=release)
#   SKIP_WARMUP=1 skip the first build of every crate (only when nothing changed)
#   FREEZE=head|worktree|REV|0  which version of our crates is measured (see below)
# Writes RESULTS/raw.csv (every timing), RESULTS/stack.csv (the stack search), and
# from them (report.py) RESULTS/matrix.csv, model.csv, wide.csv and results.md (each
# if it has rows), and prints the tables.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"
export CARGO_TARGET_DIR="$here/target"
# Every crate gets the same profile, as Cargo.toml writes it out; nothing from the
# environment.
unset RUSTFLAGS CARGO_INCREMENTAL CARGO_BUILD_RUSTFLAGS
while read -r var; do unset "$var"; done < <(compgen -e | grep '^CARGO_PROFILE_' || true)

mode=matrix
if [[ "${1:-}" == wide ]]; then
    mode=wide
    shift
    : "${SIZES:=wide50,wide100,wide200}" "${SHAPES:=required,optional}"
    : "${STACKS:=none,ours,bon,typed_builder,derive_builder}" "${PROFILE:=release}"
elif [[ "${1:-}" == model ]]; then
    mode=model
    shift
fi
profile=${PROFILE:-dev}
if [[ "$profile" != dev && "$profile" != release ]]; then
    echo "PROFILE=$profile: dev or release" >&2
    exit 1
fi
if [[ "$mode" == wide ]]; then
    default_results=results/wide
    [[ "$profile" == release ]] || default_results+="-$profile"
elif [[ "$mode" == model ]]; then
    default_results=results/model
    [[ "$profile" == dev ]] || default_results+="-$profile"
else
    default_results=results
    [[ "$profile" == dev ]] || default_results+="/$profile"
fi
results=${RESULTS:-$default_results}
[[ "$results" == /* ]] || results=$here/$results

rounds=${1:-${ROUNDS:-5}}
model_rounds=${MODEL_ROUNDS:-$((4 * rounds))}
cargo_flags=(--quiet --offline)
if [[ "${CARGO_NET:-}" == 1 ]]; then cargo_flags=(--quiet); fi
# The timed builds' profile; the stack search always builds in dev (debug).
profile_flags=(--profile "$profile")

gen_args=()
[[ -n "${SIZES:-}" ]] && gen_args+=(--sizes "$SIZES")
[[ -n "${SHAPES:-}" ]] && gen_args+=(--shapes "$SHAPES")
[[ -n "${STACKS:-}" ]] && gen_args+=(--stacks "$STACKS")
[[ -n "${MODEL_STACKS:-}" ]] && gen_args+=(--model-stacks "$MODEL_STACKS")
[[ "$mode" == wide ]] && gen_args+=(--no-model)
[[ "$mode" == model ]] && gen_args+=(--no-matrix)

echo "== generating crates (gen.py ${gen_args[*]:-})"
mapfile -t generated < <(python3 gen.py "${gen_args[@]}")
matrix=()
models=()
wide=()
for line in "${generated[@]}"; do
    case "$line" in
        model\ *) models+=("${line#model }") ;;
        *-wide[0-9]*) matrix+=("$line") wide+=("$line") ;;
        *) matrix+=("$line") ;;
    esac
done
# The model crates are timed clean too, in the same rounds.
clean_crates=("${matrix[@]}" "${models[@]}")
echo "   ${#matrix[@]} matrix crates (${#wide[@]} of them wide), ${#models[@]} model crates; profile $profile"

# Which version of our crates is measured, for the results.
repo=$(cd "$here/../.." && pwd)
revision=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ -n "$(git -C "$repo" status --porcelain -- callback-derive callback-model Cargo.toml 2>/dev/null)" ]]; then
    revision="$revision + uncommitted changes"
fi
export BENCH_REVISION=$revision

# A frozen copy of our crates, so that an edit to callback-derive made while the
# benchmark runs (it takes a while) is not rebuilt inside a timed build, mixing two
# versions in one table. The copy keeps the repository's layout (the main workspace
# manifest, trimmed to our two crates, and this workspace under tests/compile-bench),
# so `path = "../../callback-model"` resolves to the copy.
#   FREEZE=head (default)  the committed HEAD of callback-derive and callback-model
#   FREEZE=worktree        the working tree as it is when the run starts
#   FREEZE=REV             the committed REV (a commit), to measure an older version
#                          against the same generated crates (those of this checkout)
#   FREEZE=0               build in place, against the live working tree
bench=$here
freeze=${FREEZE:-head}
if [[ "$freeze" != 0 ]]; then
    frozen="$here/target/frozen"
    rm -rf "$frozen/callback-derive" "$frozen/callback-model" "$frozen/tests/compile-bench/generated"
    mkdir -p "$frozen/tests/compile-bench"
    if [[ "$freeze" == worktree ]]; then
        echo "== freezing the working tree of callback-derive and callback-model ($revision) into target/frozen"
        cp -a "$repo/callback-derive" "$repo/callback-model" "$frozen/"
        main_manifest=$(cat "$repo/Cargo.toml")
    else
        rev=HEAD
        [[ "$freeze" == head ]] || rev=$freeze
        if ! git -C "$repo" rev-parse --verify --quiet "$rev^{commit}" >/dev/null; then
            echo "FREEZE=$freeze: head, worktree, 0 or a commit" >&2
            exit 1
        fi
        if [[ "$rev" == HEAD && "$revision" == *uncommitted* ]]; then
            echo "   note: uncommitted changes to our crates are not measured (FREEZE=worktree measures them)"
        fi
        revision=$(git -C "$repo" rev-parse --short "$rev^{commit}")
        export BENCH_REVISION=$revision
        echo "== freezing callback-derive and callback-model at $rev ($revision) into target/frozen"
        git -C "$repo" archive "$revision" callback-derive callback-model | tar -x -C "$frozen"
        main_manifest=$(git -C "$repo" show "$revision:Cargo.toml")
    fi
    # New mtimes: cargo decides freshness by mtime, and the copy replaces whatever
    # version was frozen (and built) at this path before.
    find "$frozen/callback-derive" "$frozen/callback-model" -type f -exec touch {} +
    sed -E 's/^members = \[.*\]$/members = ["callback-derive", "callback-model"]/' <<<"$main_manifest" >"$frozen/Cargo.toml"
    cp -a "$here/Cargo.toml" "$here/Cargo.lock" "$here/generated" "$frozen/tests/compile-bench/"
    bench="$frozen/tests/compile-bench"
fi
cd "$bench"

mkdir -p "$results"
raw="$results/raw.csv"
echo "kind,round,crate,seconds,cpu_seconds,max_rss_kib,profile" >"$raw"
stack_csv="$results/stack.csv"
rm -f "$stack_csv"

errors=$(mktemp)
rss=$(mktemp)
trap 'rm -f "$errors" "$rss"' EXIT

# GNU time's %M around cargo: the largest resident set of cargo and of every process
# it waited for (getrusage's RUSAGE_CHILDREN rule: the largest child, not a sum), so
# the rustc that compiles the crate. Left out (-1) if /usr/bin/time is missing.
peak=()
if /usr/bin/time -f %M -o "$rss" true 2>/dev/null; then peak=(/usr/bin/time -f %M -o "$rss"); fi

# "WALL CPU RSS": the seconds `cargo build -p $1` takes, by the clock and in CPU time
# (user + system, of cargo and the rustc it waits for), and the peak memory (KiB) of
# its largest process. The clock is the measure, as in bon's benchmark; CPU time is
# printed beside it because it moves less when other work shares the machine.
time_build() {
    local TIMEFORMAT='%3R %3U %3S' times max=-1
    if ! times=$({ time "${peak[@]}" cargo build "${cargo_flags[@]}" "${profile_flags[@]}" -p "$1" >/dev/null 2>"$errors"; } 2>&1); then
        cat "$errors" >&2
        echo "cargo build -p $1 failed" >&2
        exit 1
    fi
    if ((${#peak[@]})); then max=$(tail -n 1 "$rss"); fi
    awk -v max="$max" '{ printf "%.3f %.3f %d", $1, $2 + $3, max }' <<<"$times"
}

if [[ "${SKIP_WARMUP:-}" != 1 ]] && ((rounds > 0 || ${#models[@]} > 0)); then
    # Builds every dependency once, in the feature set each crate alone selects
    # (`-p` unifies features over the selected package only), and checks that every
    # generated crate compiles.
    echo "== warm-up: building every crate and its dependencies once"
    for crate in "${clean_crates[@]}"; do
        cargo build "${cargo_flags[@]}" "${profile_flags[@]}" -p "$crate"
    done
fi

echo "== clean builds: $rounds rounds x ${#clean_crates[@]} crates (cargo clean -p, then cargo build -p)"
for ((round = 1; round <= rounds; round++)); do
    order=("${clean_crates[@]}")
    if ((round % 2 == 0)); then
        reversed=()
        for ((i = ${#order[@]} - 1; i >= 0; i--)); do reversed+=("${order[i]}"); done
        order=("${reversed[@]}")
    fi
    for crate in "${order[@]}"; do
        cargo clean "${cargo_flags[@]}" "${profile_flags[@]}" -p "$crate"
        result=$(time_build "$crate")
        read -r seconds cpu max <<<"$result"
        echo "clean,$round,$crate,$seconds,$cpu,$max,$profile" >>"$raw"
        printf '   round %d/%d  %-36s %7.3f s  (cpu %7.3f s, %5d MB)\n' "$round" "$rounds" "$crate" "$seconds" "$cpu" \
            $((max * 1024 / 1000000))
    done
done

echo "== incremental model builds: $model_rounds rounds x ${#models[@]} crates (touch src/lib.rs, then cargo build -p)"
for crate in "${models[@]}"; do # one untimed incremental build each, to start from the same state
    touch "generated/$crate/src/lib.rs"
    cargo build "${cargo_flags[@]}" "${profile_flags[@]}" -p "$crate"
done
for ((round = 1; round <= model_rounds; round++)); do
    order=("${models[@]}")
    if ((round % 2 == 0)); then
        reversed=()
        for ((i = ${#order[@]} - 1; i >= 0; i--)); do reversed+=("${order[i]}"); done
        order=("${reversed[@]}")
    fi
    for crate in "${order[@]}"; do
        touch "generated/$crate/src/lib.rs"
        result=$(time_build "$crate")
        read -r seconds cpu max <<<"$result"
        echo "incremental,$round,$crate,$seconds,$cpu,$max,$profile" >>"$raw"
        printf '   round %d/%d  %-36s %7.3f s  (cpu %7.3f s, %5d MB)\n' "$round" "$model_rounds" "$crate" "$seconds" "$cpu" \
            $((max * 1024 / 1000000))
    done
done

# The stack search. Each wide crate's example `<crate>-stack KIB` calls `make()` on a
# thread of a KIB-KiB stack (std::thread::Builder::stack_size) and prints "ok", or
# aborts with "has overflowed its stack". Debug build (dev profile), whatever PROFILE
# is: the issue's figure is the debug stack, where nothing is inlined or merged. The
# answer is the smallest multiple of 4 KiB that suffices: the first power of two from
# 64 KiB up that suffices, then bisection. A request below the platform's minimum
# thread stack (glibc: 16 KiB plus the static TLS) gets that minimum, so 4 KiB means
# "the minimum is enough".
# trial EXE KIB: whether make() returns on a KIB-KiB stack; anything but an overflow
# stops the run. (A subshell that is not replaced by EXE waits for it, so bash's
# "Aborted" notice goes to the subshell's stderr, not the run's output.)
trial() {
    if ("$1" "$2" >/dev/null 2>"$errors"; exit $?) 2>/dev/null; then return 0; fi
    if ! grep -q "has overflowed its stack" "$errors"; then
        cat "$errors" >&2
        echo "$1 $2 failed, and not by a stack overflow" >&2
        exit 1
    fi
    return 1
}
if [[ "${STACK:-1}" != 0 ]] && ((${#wide[@]})); then
    echo "== stack search: ${#wide[@]} crates (debug build of each crate's example, then one process per trial)"
    ulimit -c 0 # no core file for every overflow
    echo "crate,stack_kib,trials" >"$stack_csv"
    for crate in "${wide[@]}"; do
        cargo build "${cargo_flags[@]}" --profile dev -p "$crate" --example "$crate-stack"
        exe=$CARGO_TARGET_DIR/debug/examples/$crate-stack
        lo=0 hi=64 trials=1
        until trial "$exe" "$hi"; do
            lo=$hi hi=$((hi * 2)) trials=$((trials + 1))
            if ((hi > 4 * 1024 * 1024)); then
                echo "$crate overflows a 4 GiB stack" >&2
                exit 1
            fi
        done
        while ((hi - lo > 4)); do
            mid=$(((lo + hi) / 8 * 4)) trials=$((trials + 1))
            if trial "$exe" "$mid"; then hi=$mid; else lo=$mid; fi
        done
        echo "$crate,$hi,$trials" >>"$stack_csv"
        printf '   %-36s %7d KiB  (%d trials)\n' "$crate" "$hi" "$trials"
    done
fi

echo
python3 "$here/report.py" "$raw" "$results"
