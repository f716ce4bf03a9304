#!/usr/bin/env bash
# Instruction counts of the benches' functions under callgrind, 10,000 iterations
# each, and the ratio of each pair: repeatable whatever else the machine is doing.
# Needs valgrind. Usage: tests/benches/callgrind.sh [ITERATIONS]
set -euo pipefail
cd "$(dirname "$0")/../.."
iterations="${1:-10000}"
binary=$(cargo bench -p callback-tests --bench loops --no-run --message-format=json 2>/dev/null \
    | python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "loops" and m.get("executable"):
        print(m["executable"])')
count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$binary" "$1" "$iterations" 2>&1 \
        | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
for pair in construct_literal:construct_builder \
            validate_valid_hand_written:validate_valid_derived \
            validate_invalid_hand_written:validate_invalid_derived \
            parse:parse_and_validate; do
    base=${pair%%:*}; ours=${pair##*:}
    b=$(count "$base"); o=$(count "$ours")
    python3 -c "print(f'{\"$ours\":<26} {$o:>12,} instructions  {\"$base\":<30} {$b:>12,}  ratio {$o/$b:.3f}')"
done
