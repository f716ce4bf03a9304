#!/usr/bin/env bash
# Instructions a call under callgrind (a run of ITERATIONS constructions less one of
# none) of the struct literal, ours, bon, typed-builder and derive_builder building the
# full Callback, with each one's ratio to the literal. Needs valgrind.
# Usage: tests/builder-peers/callgrind.sh [ITERATIONS]
set -euo pipefail
cd "$(dirname "$0")"
iterations="${1:-10000}"
binary=$(cargo bench --bench peers --no-run --message-format=json 2>/dev/null \
    | python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "peers" and m.get("executable"):
        print(m["executable"])')
collected() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$binary" "$1" "$2" 2>&1 \
        | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
base=""
for name in struct_literal ours bon typed_builder derive_builder; do
    n=$(( ($(collected "$name" "$iterations") - $(collected "$name" 0)) / iterations ))
    base=${base:-$n}
    python3 -c "print(f'{\"$name\":<16} {$n:>7,} instructions a call   {$n/$base:.3f} x the literal')"
done
