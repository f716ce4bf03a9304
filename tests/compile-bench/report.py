#!/usr/bin/env python3
"""Turns run.sh's raw timings into tables of medians and ratios.

Usage: python3 report.py results/raw.csv results
Prints the tables and writes results/matrix.csv, results/model.csv and
results/results.md.
"""

import csv
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections import defaultdict

STACK_ORDER = ["none", "ours", "ours3", "bon", "typed-builder", "derive-builder"]
STACK_LABEL = {
    "none": "no macro",
    "ours": "our Builder",
    "ours3": "our Builder+Validate+Accessors",
    "bon": "bon",
    "typed-builder": "typed-builder",
    "derive-builder": "derive_builder",
}
SHAPE_ORDER = ["required", "optional", "mixed"]
MODEL_ORDER = ["plain", "serde", "ours", "bon-garde-getset"]
MODEL_LABEL = {
    "plain": "plain (no derive, hand-written validate)",
    "serde": "serde only (+ hand-written validate)",
    "ours": "our three derives + serde",
    "bon-garde-getset": "bon + garde + getset + serde",
}
MATRIX_RE = re.compile(r"^cb-(.+)-(\d+)x(\d+)-(required|optional|mixed)$")
MODEL_RE = re.compile(r"^cb-model-(.+)$")


def tool(*cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def fmt(x, digits=3):
    return "-" if x is None else f"{x:.{digits}f}"


def ratio(a, b):
    return None if a is None or b is None or b == 0 else a / b


def main():
    raw_path, out_dir = sys.argv[1], sys.argv[2]
    times = defaultdict(list)  # (kind, crate) -> [(wall seconds, cpu seconds)]
    with open(raw_path) as f:
        for row in csv.DictReader(f):
            times[(row["kind"], row["crate"])].append((float(row["seconds"]), float(row["cpu_seconds"])))

    def stats(kind, crate):
        xs = times.get((kind, crate))
        if not xs:
            return None
        wall = [x[0] for x in xs]
        cpu = [x[1] for x in xs]
        return {"n": len(xs), "median": statistics.median(wall), "min": min(wall), "max": max(wall),
                "cpu": statistics.median(cpu)}

    # ---- matrix
    matrix = {}  # (size, shape, stack) -> stats
    for (kind, crate) in times:
        m = MATRIX_RE.match(crate)
        if kind == "clean" and m:
            stack, s, f, shape = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)
            matrix[((s, f), shape, stack)] = dict(stats(kind, crate), crate=crate)
    sizes = sorted({k[0] for k in matrix}, key=lambda sf: (-sf[1], sf[0]))
    rows = []
    for size in sizes:
        for shape in SHAPE_ORDER:
            base = {st: matrix.get((size, shape, st)) for st in STACK_ORDER}
            med = {st: (v["median"] if v else None) for st, v in base.items()}
            cpu = {st: (v["cpu"] if v else None) for st, v in base.items()}
            for stack in STACK_ORDER:
                v = base[stack]
                if not v:
                    continue
                rows.append(
                    {
                        "size": f"{size[0]}x{size[1]}",
                        "shape": shape,
                        "stack": stack,
                        "crate": v["crate"],
                        "rounds": v["n"],
                        "median_s": v["median"],
                        "min_s": v["min"],
                        "max_s": v["max"],
                        "x_none": ratio(v["median"], med["none"]),
                        "x_derive_builder": ratio(v["median"], med["derive-builder"]),
                        "x_bon": ratio(v["median"], med["bon"]),
                        "excess_s": None if med["none"] is None else v["median"] - med["none"],
                        "cpu_median_s": v["cpu"],
                        "cpu_x_none": ratio(v["cpu"], cpu["none"]),
                        "cpu_x_derive_builder": ratio(v["cpu"], cpu["derive-builder"]),
                        "cpu_x_bon": ratio(v["cpu"], cpu["bon"]),
                    }
                )

    # ---- model
    model = {}
    for (kind, crate) in times:
        m = MODEL_RE.match(crate)
        if m:
            model[(kind, m.group(1))] = stats(kind, crate)
    model_rows = []
    inc_serde = model.get(("incremental", "serde"))
    clean_serde = model.get(("clean", "serde"))
    for stack in MODEL_ORDER:
        inc = model.get(("incremental", stack))
        clean = model.get(("clean", stack))
        if not inc and not clean:
            continue
        model_rows.append(
            {
                "stack": stack,
                "incremental_rounds": inc["n"] if inc else 0,
                "incremental_median_s": inc["median"] if inc else None,
                "incremental_min_s": inc["min"] if inc else None,
                "incremental_max_s": inc["max"] if inc else None,
                "incremental_over_serde_s": inc["median"] - inc_serde["median"] if inc and inc_serde else None,
                "incremental_cpu_median_s": inc["cpu"] if inc else None,
                "incremental_cpu_over_serde_s": inc["cpu"] - inc_serde["cpu"] if inc and inc_serde else None,
                "clean_rounds": clean["n"] if clean else 0,
                "clean_median_s": clean["median"] if clean else None,
                "clean_over_serde_s": clean["median"] - clean_serde["median"] if clean and clean_serde else None,
            }
        )

    # ---- targets
    def med(size, shape, stack, key="median"):
        v = matrix.get((size, shape, stack))
        return v[key] if v else None

    targets = []

    def builder_target(shape, peer, peer_name, bound):
        """Our Builder against `peer` on 10x50 structs of `shape`: at most `bound` x."""
        ours, theirs, none = (med((10, 50), shape, stack) for stack in ("ours", peer, "none"))
        r = ratio(ours, theirs)
        if r is None:
            return
        ex = ratio(ours - none, theirs - none) if none is not None else None
        rc = ratio(med((10, 50), shape, "ours", "cpu"), med((10, 50), shape, peer, "cpu"))
        targets.append(
            (
                f"our Builder, 10x50 all-{shape} <= {bound} x {peer_name}",
                f"{r:.2f}x ({fmt(ours)} s vs {fmt(theirs)} s; over no macro: {fmt(ex, 2)}x; cpu: {fmt(rc, 2)}x)",
                r <= bound,
            )
        )

    builder_target("optional", "derive-builder", "derive_builder", 1.25)
    builder_target("required", "bon", "bon", 0.5)
    inc = {row["stack"]: row for row in model_rows}
    if {"serde", "ours", "bon-garde-getset"} <= inc.keys() and inc["serde"]["incremental_median_s"] is not None:
        ours_over = inc["ours"]["incremental_over_serde_s"]
        theirs_over = inc["bon-garde-getset"]["incremental_over_serde_s"]
        r = ratio(ours_over, theirs_over)
        rc = ratio(inc["ours"]["incremental_cpu_over_serde_s"], inc["bon-garde-getset"]["incremental_cpu_over_serde_s"])
        targets.append(
            (
                "model types, incremental overhead over serde-only: ours <= 0.5 x bon+garde+getset",
                f"{fmt(r, 2)}x ({fmt(ours_over)} s vs {fmt(theirs_over)} s; cpu: {fmt(rc, 2)}x)",
                r is not None and r <= 0.5,
            )
        )

    # ---- write
    os.makedirs(out_dir, exist_ok=True)

    def write_csv(name, keys, table):
        with open(os.path.join(out_dir, name), "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(keys)
            for row in table:
                w.writerow([fmt(row[k], 4) if isinstance(row[k], float) else row[k] for k in keys])

    write_csv("matrix.csv", ["size", "shape", "stack", "crate", "rounds", "median_s", "min_s", "max_s", "x_none",
                             "x_derive_builder", "x_bon", "excess_s", "cpu_median_s", "cpu_x_none",
                             "cpu_x_derive_builder", "cpu_x_bon"], rows)
    write_csv("model.csv", list(model_rows[0].keys()) if model_rows else [], model_rows)

    clean_rounds = sorted({row["rounds"] for row in rows} | {r["clean_rounds"] for r in model_rows if r["clean_rounds"]})
    inc_rounds = sorted({r["incremental_rounds"] for r in model_rows if r["incremental_rounds"]})
    md = []
    md.append("# Compile-time benchmark: results")
    md.append("")
    md.append(f"- run finished: {time.strftime('%Y-%m-%d %H:%M:%S %Z')}")
    md.append(f"- measured: callback-derive / callback-model at {os.environ.get('BENCH_REVISION', 'unknown')}")
    md.append(f"- {tool('rustc', '-V')}; {tool('cargo', '-V')}; dev profile")
    md.append(f"- machine: {os.cpu_count()} cores, {platform.machine()}, load average at the end "
              f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    md.append(f"- clean builds: {'/'.join(map(str, clean_rounds))} rounds, interleaved; "
              f"incremental model builds: {'/'.join(map(str, inc_rounds)) or 0} rounds, interleaved; medians")
    md.append("- clean build = `cargo clean -p <crate>` then `cargo build -p <crate>` (dependencies stay built); "
              "times include cargo's own start-up, which the no-macro crate shows")
    md.append("")
    md.append("## Targets")
    md.append("")
    md.append("| target | measured | met |")
    md.append("| --- | --- | --- |")
    for name, measured, met in targets:
        md.append(f"| {name} | {measured} | {'yes' if met else '**no**'} |")
    md.append("")
    md.append("## Clean builds: S structs x F fields")
    md.append("")
    md.append("Ratios are of medians, in the same run. *over no macro* is the median minus the no-macro median.")
    md.append("")
    md.append("| size | shape | stack | median s | min s | max s | x no macro | x derive_builder | x bon "
              "| over no macro s | cpu s | cpu x derive_builder | cpu x bon |")
    md.append("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in rows:
        md.append(
            f"| {row['size']} | {row['shape']} | {STACK_LABEL.get(row['stack'], row['stack'])} | "
            f"{fmt(row['median_s'])} | {fmt(row['min_s'])} | {fmt(row['max_s'])} | {fmt(row['x_none'], 2)} | "
            f"{fmt(row['x_derive_builder'], 2)} | {fmt(row['x_bon'], 2)} | {fmt(row['excess_s'])} | "
            f"{fmt(row['cpu_median_s'])} | {fmt(row['cpu_x_derive_builder'], 2)} | {fmt(row['cpu_x_bon'], 2)} |"
        )
    md.append("")
    md.append("## The six model types")
    md.append("")
    md.append("Incremental = `touch src/lib.rs` then `cargo build -p <crate>`; clean as above.")
    md.append("")
    md.append("| stack | incremental median s | min s | max s | over serde-only s | cpu s | cpu over serde-only s "
              "| clean median s | clean over serde-only s |")
    md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in model_rows:
        md.append(
            f"| {MODEL_LABEL.get(row['stack'], row['stack'])} | {fmt(row['incremental_median_s'])} | "
            f"{fmt(row['incremental_min_s'])} | {fmt(row['incremental_max_s'])} | "
            f"{fmt(row['incremental_over_serde_s'])} | {fmt(row['incremental_cpu_median_s'])} | "
            f"{fmt(row['incremental_cpu_over_serde_s'])} | {fmt(row['clean_median_s'])} | {fmt(row['clean_over_serde_s'])} |"
        )
    md.append("")
    text = "\n".join(md)
    with open(os.path.join(out_dir, "results.md"), "w") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
