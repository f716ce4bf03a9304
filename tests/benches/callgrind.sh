#!/usr/bin/env bash
# Instruction counts of the benches' functions under callgrind, per call (the count
# of ITERATIONS calls less that of none, which is the set-up), and the ratio of each
# pair: repeatable whatever else the machine is doing. Needs valgrind.
# Usage: tests/benches/callgrind.sh [ITERATIONS]
# LOOPS=path/to/loops-binary measures that build instead of building this checkout.
# PAIRS='construct_full_literal:construct_full_builder' measures only the pairs named.
set -euo pipefail
cd "$(dirname "$0")/../.."
iterations="${1:-10000}"
binary=${LOOPS:-$(cargo bench -p callback-tests --bench loops --no-run --message-format=json 2>/dev/null \
    | python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "loops" and m.get("executable"):
        print(m["executable"])')}
collected() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$binary" "$1" "$2" 2>&1 \
        | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
per_call() {
    echo $(( ($(collected "$1" "$iterations") - $(collected "$1" 0)) / iterations ))
}
for pair in ${PAIRS:-construct_literal:construct_builder \
            construct_full_literal:construct_full_builder \
            validate_valid_hand_written:validate_valid_derived \
            validate_invalid_hand_written:validate_invalid_derived \
            parse:parse_and_validate}; do
    base=${pair%%:*}; ours=${pair##*:}
    b=$(per_call "$base"); o=$(per_call "$ours")
    python3 -c "print(f'{\"$ours\":<26} {$o:>9,} instructions a call   {\"$base\":<30} {$b:>9,}   ratio {$o/$b:.3f}')"
done
