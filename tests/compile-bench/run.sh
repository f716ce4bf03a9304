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
# Usage: tests/compile-bench/run.sh [ROUNDS]
#   ROUNDS        rounds of clean builds (default 5)
#   MODEL_ROUNDS  rounds of incremental model builds (default 4 x ROUNDS: they are short)
#   SIZES, SHAPES, STACKS   passed to gen.py (defaults: all)
#   SKIP_WARMUP=1 skip the first build of every crate (only when nothing changed)
#   FREEZE=head|worktree|0  which version of our crates is measured (see below)
# Writes results/raw.csv (every timing), results/matrix.csv, results/model.csv and
# results/results.md, and prints the tables.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"
export CARGO_TARGET_DIR="$here/target"
# Every crate gets the same, default dev profile; nothing from the environment.
unset RUSTFLAGS CARGO_INCREMENTAL CARGO_BUILD_RUSTFLAGS CARGO_PROFILE_DEV_OPT_LEVEL CARGO_PROFILE_DEV_DEBUG

rounds=${1:-${ROUNDS:-5}}
model_rounds=${MODEL_ROUNDS:-$((4 * rounds))}
cargo_flags=(--quiet --offline)
if [[ "${CARGO_NET:-}" == 1 ]]; then cargo_flags=(--quiet); fi

gen_args=()
[[ -n "${SIZES:-}" ]] && gen_args+=(--sizes "$SIZES")
[[ -n "${SHAPES:-}" ]] && gen_args+=(--shapes "$SHAPES")
[[ -n "${STACKS:-}" ]] && gen_args+=(--stacks "$STACKS")

echo "== generating crates (gen.py ${gen_args[*]:-})"
mapfile -t generated < <(python3 gen.py "${gen_args[@]}")
matrix=()
models=()
for line in "${generated[@]}"; do
    case "$line" in
        model\ *) models+=("${line#model }") ;;
        *) matrix+=("$line") ;;
    esac
done
# The model crates are timed clean too, in the same rounds.
clean_crates=("${matrix[@]}" "${models[@]}")
echo "   ${#matrix[@]} matrix crates, ${#models[@]} model crates"

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
        if [[ "$revision" == *uncommitted* ]]; then
            echo "   note: uncommitted changes to our crates are not measured (FREEZE=worktree measures them)"
        fi
        revision=$(git -C "$repo" rev-parse --short HEAD)
        export BENCH_REVISION=$revision
        echo "== freezing callback-derive and callback-model at HEAD ($revision) into target/frozen"
        git -C "$repo" archive HEAD callback-derive callback-model | tar -x -C "$frozen"
        main_manifest=$(git -C "$repo" show HEAD:Cargo.toml)
    fi
    # New mtimes: cargo decides freshness by mtime, and the copy replaces whatever
    # version was frozen (and built) at this path before.
    find "$frozen/callback-derive" "$frozen/callback-model" -type f -exec touch {} +
    sed -E 's/^members = \[.*\]$/members = ["callback-derive", "callback-model"]/' <<<"$main_manifest" >"$frozen/Cargo.toml"
    cp -a "$here/Cargo.toml" "$here/Cargo.lock" "$here/generated" "$frozen/tests/compile-bench/"
    bench="$frozen/tests/compile-bench"
fi
cd "$bench"

mkdir -p "$here/results"
raw="$here/results/raw.csv"
echo "kind,round,crate,seconds,cpu_seconds" >"$raw"

errors=$(mktemp)
trap 'rm -f "$errors"' EXIT

# "WALL CPU": the seconds `cargo build -p $1` takes, by the clock and in CPU time
# (user + system, of cargo and the rustc it waits for). The clock is the measure, as
# in bon's benchmark; CPU time is printed beside it because it moves less when other
# work shares the machine.
time_build() {
    local TIMEFORMAT='%3R %3U %3S' times
    if ! times=$({ time cargo build "${cargo_flags[@]}" -p "$1" >/dev/null 2>"$errors"; } 2>&1); then
        cat "$errors" >&2
        echo "cargo build -p $1 failed" >&2
        exit 1
    fi
    awk '{ printf "%.3f %.3f", $1, $2 + $3 }' <<<"$times"
}

if [[ "${SKIP_WARMUP:-}" != 1 ]]; then
    # Builds every dependency once, in the feature set each crate alone selects
    # (`-p` unifies features over the selected package only), and checks that every
    # generated crate compiles.
    echo "== warm-up: building every crate and its dependencies once"
    for crate in "${clean_crates[@]}"; do
        cargo build "${cargo_flags[@]}" -p "$crate"
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
        cargo clean "${cargo_flags[@]}" -p "$crate"
        result=$(time_build "$crate")
        read -r seconds cpu <<<"$result"
        echo "clean,$round,$crate,$seconds,$cpu" >>"$raw"
        printf '   round %d/%d  %-36s %7.3f s  (cpu %7.3f s)\n' "$round" "$rounds" "$crate" "$seconds" "$cpu"
    done
done

echo "== incremental model builds: $model_rounds rounds x ${#models[@]} crates (touch src/lib.rs, then cargo build -p)"
for crate in "${models[@]}"; do # one untimed incremental build each, to start from the same state
    touch "generated/$crate/src/lib.rs"
    cargo build "${cargo_flags[@]}" -p "$crate"
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
        read -r seconds cpu <<<"$result"
        echo "incremental,$round,$crate,$seconds,$cpu" >>"$raw"
        printf '   round %d/%d  %-36s %7.3f s  (cpu %7.3f s)\n' "$round" "$model_rounds" "$crate" "$seconds" "$cpu"
    done
done

echo
python3 "$here/report.py" "$raw" "$here/results"
