#!/usr/bin/env bash
# Instructions a call under callgrind (a run of ITERATIONS calls less one of none)
# of the floor, ours, garde and validator, on the valid and the invalid Callback, with
# each one's ratio to the floor. Needs valgrind.
# Usage: tests/validate-peers/callgrind.sh [ITERATIONS]
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
for input in valid invalid; do
    floor=""
    for name in floor ours garde validator; do
        n=$(( ($(collected "${name}_$input" "$iterations") - $(collected "${name}_$input" 0)) / iterations ))
        floor=${floor:-$n}
        python3 -c "print(f'{\"$input\":<8} {\"$name\":<10} {$n:>7,} instructions a call   {$n/$floor:.3f} x the floor')"
    done
done
