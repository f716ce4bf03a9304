#!/usr/bin/env bash
# Runs every fuzz target for a bounded time: fuzz/run.sh [SECONDS] (default 60 each).
#
# Needs nightly and cargo-fuzz (`cargo install cargo-fuzz --locked`); without them it
# says so and exits 0, unless FUZZ_REQUIRED=1 (what .ci/run sets, after installing
# cargo-fuzz), where it fails. A crash fails the script: libFuzzer prints the input and
# saves it under fuzz/artifacts/<target>/.
#
# Each run starts from the committed seeds (fuzz/seeds/<target>/, the golden files)
# plus what earlier runs found (fuzz/corpus/<target>/, git-ignored), with the token
# dictionary fuzz/callback.dict. Environment:
#   FUZZ_SANITIZER  none (the default: about 25 000 runs a second; the crate has no
#                   unsafe code) or address (about 5 times slower; also stops at any
#                   single allocation above FUZZ_MALLOC_LIMIT_MB)
#   FUZZ_MALLOC_LIMIT_MB  64 by default, with address: inputs are at most 4 KiB
#   FUZZ_JOBS       parallel fuzzing jobs per target, 1 by default
#   FUZZ_REQUIRED   1: fail, rather than skip, when cargo-fuzz or nightly is missing
set -euo pipefail
cd "$(dirname "$0")"

seconds="${1:-60}"
sanitizer="${FUZZ_SANITIZER:-none}"
malloc_limit="${FUZZ_MALLOC_LIMIT_MB:-64}"
jobs="${FUZZ_JOBS:-1}"
required="${FUZZ_REQUIRED:-0}"

if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    if [ "$required" = 1 ]; then
        echo "fuzz: 'cargo +nightly fuzz' is not available and FUZZ_REQUIRED=1 (rustup toolchain install nightly; cargo install cargo-fuzz --locked)" >&2
        exit 1
    fi
    echo "fuzz: skipped, 'cargo +nightly fuzz' is not available (rustup toolchain install nightly; cargo install cargo-fuzz --locked)"
    exit 0
fi

cargo +nightly fuzz build --sanitizer "$sanitizer"
for target in $(cargo +nightly fuzz list); do
    echo "fuzz: $target for ${seconds}s"
    mkdir -p "corpus/$target"
    flags=(-max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 -dict=callback.dict -print_final_stats=1)
    if [ "$sanitizer" = address ]; then
        flags+=(-malloc_limit_mb="$malloc_limit")
    fi
    if [ "$jobs" -gt 1 ]; then
        flags+=(-jobs="$jobs" -workers="$jobs")
    fi
    cargo +nightly fuzz run --sanitizer "$sanitizer" "$target" "corpus/$target" "seeds/$target" -- "${flags[@]}"
done
echo "fuzz: no crash"
