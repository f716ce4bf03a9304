#!/usr/bin/env python3
"""Turns run.sh's raw timings (and its stack search) into tables of medians and ratios.

Usage: python3 report.py RESULTS/raw.csv RESULTS
Reads RESULTS/stack.csv too if it is there. Prints the tables and writes
RESULTS/matrix.csv, RESULTS/model.csv, RESULTS/wide.csv (each if it has rows) and
RESULTS/results.md.
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
SHAPE_ORDER = ["required", "optional", "mixed", "groups"]
MODEL_ORDER = ["plain", "serde", "ours", "bon-garde-getset", "ours-schema", "serde-schemars"]
MODEL_LABEL = {
    "plain": "plain (no derive, hand-written validate)",
    "serde": "serde only (+ hand-written validate)",
    "ours": "our three derives + serde",
    "bon-garde-getset": "bon + garde + getset + serde",
    "ours-schema": "our three derives + our Schema + serde",
    "serde-schemars": "serde + schemars JsonSchema (+ hand-written validate)",
}
# What a schema derive costs: (label, the stack with it, the same stack without it).
SCHEMA_COSTS = [
    ("our `Schema` (ours + Schema over ours)", "ours-schema", "ours"),
    ("schemars' `JsonSchema` derive (serde + schemars over serde only)", "serde-schemars", "serde"),
]
WIDE_STACK_ORDER = ["none", "ours", "bon", "typed-builder", "derive-builder"]
MATRIX_RE = re.compile(r"^cb-(.+)-(\d+)x(\d+)-(required|optional|mixed|groups)$")
WIDE_RE = re.compile(r"^cb-(.+)-wide(\d+)-(required|optional)$")
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
    # (kind, crate) -> [(wall seconds, cpu seconds, peak KiB or -1)]; a raw.csv from
    # before the peak and the profile were recorded has neither column (it is dev).
    times = defaultdict(list)
    profiles = set()
    with open(raw_path) as f:
        for row in csv.DictReader(f):
            times[(row["kind"], row["crate"])].append(
                (float(row["seconds"]), float(row["cpu_seconds"]), float(row.get("max_rss_kib") or -1))
            )
            profiles.add(row.get("profile") or "dev")
    if len(profiles) > 1:
        sys.exit(f"{raw_path} mixes profiles {sorted(profiles)}")
    profile = profiles.pop() if profiles else "dev"
    stack_kib = {}  # crate -> KiB
    stack_path = os.path.join(out_dir, "stack.csv")
    if os.path.exists(stack_path):
        with open(stack_path) as f:
            stack_kib = {row["crate"]: int(row["stack_kib"]) for row in csv.DictReader(f)}

    def stats(kind, crate):
        xs = times.get((kind, crate))
        if not xs:
            return None
        wall = [x[0] for x in xs]
        cpu = [x[1] for x in xs]
        rss = [x[2] for x in xs if x[2] >= 0]
        return {"n": len(xs), "median": statistics.median(wall), "min": min(wall), "max": max(wall),
                "cpu": statistics.median(cpu), "peak_mb": statistics.median(rss) * 1024 / 1e6 if rss else None}

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

    # ---- wide: one struct of N String fields; the build times and the stack search
    wide = {}  # (n, shape, stack) -> (stats or None, crate)
    for crate in {crate for (kind, crate) in times if kind == "clean"} | stack_kib.keys():
        m = WIDE_RE.match(crate)
        if m:
            wide[(int(m.group(2)), m.group(3), m.group(1))] = (stats("clean", crate), crate)
    wide_rows = []
    for n in sorted({k[0] for k in wide}):
        for shape in SHAPE_ORDER:
            peer = wide.get((n, shape, "derive-builder"), (None, None))
            peer_stats, peer_stack = peer[0] or {}, stack_kib.get(peer[1])
            for stack in WIDE_STACK_ORDER:
                if (n, shape, stack) not in wide:
                    continue
                v, crate = wide[(n, shape, stack)]
                v = v or {}
                kib = stack_kib.get(crate)
                wide_rows.append(
                    {
                        "n": n,
                        "shape": shape,
                        "stack": stack,
                        "crate": crate,
                        "stack_kib": kib,
                        "stack_x_derive_builder": ratio(kib, peer_stack),
                        "profile": profile,
                        "rounds": v.get("n", 0),
                        "median_s": v.get("median"),
                        "min_s": v.get("min"),
                        "max_s": v.get("max"),
                        "x_derive_builder": ratio(v.get("median"), peer_stats.get("median")),
                        "cpu_median_s": v.get("cpu"),
                        "cpu_x_derive_builder": ratio(v.get("cpu"), peer_stats.get("cpu")),
                        "peak_mb": v.get("peak_mb"),
                        "peak_x_derive_builder": ratio(v.get("peak_mb"), peer_stats.get("peak_mb")),
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
                "incremental_x_serde": ratio(inc["median"], inc_serde["median"]) if inc and inc_serde else None,
                "incremental_cpu_x_serde": ratio(inc["cpu"], inc_serde["cpu"]) if inc and inc_serde else None,
                "incremental_peak_mb": inc["peak_mb"] if inc else None,
                "clean_rounds": clean["n"] if clean else 0,
                "clean_median_s": clean["median"] if clean else None,
                "clean_min_s": clean["min"] if clean else None,
                "clean_max_s": clean["max"] if clean else None,
                "clean_over_serde_s": clean["median"] - clean_serde["median"] if clean and clean_serde else None,
                "clean_cpu_median_s": clean["cpu"] if clean else None,
                "clean_cpu_over_serde_s": clean["cpu"] - clean_serde["cpu"] if clean and clean_serde else None,
                "clean_x_serde": ratio(clean["median"], clean_serde["median"]) if clean and clean_serde else None,
                "clean_cpu_x_serde": ratio(clean["cpu"], clean_serde["cpu"]) if clean and clean_serde else None,
                "clean_peak_mb": clean["peak_mb"] if clean else None,
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

    # A group costs what a required field costs: the groups shape is the all-optional
    # struct plus GROUPS `at_least_one_of` rules of two members each (gen.py), so a
    # group's cost is (groups - optional) / GROUPS, and a required field's is
    # (required - optional) / fields. With the three derives in every shape (the
    # `ours` groups crate also derives Validate, for the rules, and the others do not).
    groups_n, fields = 10, 50
    g, o, r_ = (med((10, fields), shape, "ours3") for shape in ("groups", "optional", "required"))
    gc, oc, rc_ = (med((10, fields), shape, "ours3", "cpu") for shape in ("groups", "optional", "required"))
    if None not in (g, o, r_) and r_ > o:
        per_group, per_field = (g - o) / groups_n, (r_ - o) / fields
        per_member = per_group / 2
        cpu = ((gc - oc) / groups_n / 2) / ((rc_ - oc) / fields) if None not in (gc, oc, rc_) and rc_ > oc else None
        targets.append(
            (
                "a group member costs what a required field costs (10x50, three derives): <= 1.25 x",
                f"{per_member / per_field:.2f}x ({per_member * 1000:.1f} ms a member, {per_group * 1000:.1f} ms a group "
                f"of two, {per_field * 1000:.1f} ms a required field; cpu: {fmt(cpu, 2)}x)",
                per_member / per_field <= 1.25,
            )
        )
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

    if rows:
        write_csv("matrix.csv", ["size", "shape", "stack", "crate", "rounds", "median_s", "min_s", "max_s", "x_none",
                                 "x_derive_builder", "x_bon", "excess_s", "cpu_median_s", "cpu_x_none",
                                 "cpu_x_derive_builder", "cpu_x_bon"], rows)
    if model_rows:
        write_csv("model.csv", list(model_rows[0].keys()), model_rows)
    if wide_rows:
        write_csv("wide.csv", list(wide_rows[0].keys()), wide_rows)

    clean_rounds = sorted({row["rounds"] for row in rows + wide_rows if row["rounds"]}
                          | {r["clean_rounds"] for r in model_rows if r["clean_rounds"]})
    inc_rounds = sorted({r["incremental_rounds"] for r in model_rows if r["incremental_rounds"]})
    md = []
    md.append("# Compile-time benchmark: results")
    md.append("")
    md.append(f"- run finished: {time.strftime('%Y-%m-%d %H:%M:%S %Z')}")
    md.append(f"- measured: callback-derive / callback-model at {os.environ.get('BENCH_REVISION', 'unknown')}")
    md.append(f"- {tool('rustc', '-V')}; {tool('cargo', '-V')}; {profile} profile")
    md.append(f"- machine: {os.cpu_count()} cores, {platform.machine()}, load average at the end "
              f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    line = f"- clean builds: {'/'.join(map(str, clean_rounds)) or 0} rounds, interleaved; "
    if model_rows:
        line += f"incremental model builds: {'/'.join(map(str, inc_rounds)) or 0} rounds, interleaved; "
    md.append(line + "medians")
    flag = "" if profile == "dev" else f" --{profile}"
    md.append(f"- clean build = `cargo clean{flag} -p <crate>` then `cargo build{flag} -p <crate>` (dependencies stay "
              "built); times include cargo's own start-up, which the no-macro crate shows")
    md.append("")
    if targets:
        target_lines(md, targets)
    if rows:
        matrix_lines(md, rows)
    if model_rows:
        model_lines(md, model_rows)
    if wide_rows:
        wide_lines(md, wide_rows, profile)
    text = "\n".join(md)
    with open(os.path.join(out_dir, "results.md"), "w") as f:
        f.write(text)
    print(text)


def target_lines(md, targets):
    md.append("## Targets")
    md.append("")
    md.append("| target | measured | met |")
    md.append("| --- | --- | --- |")
    for name, measured, met in targets:
        md.append(f"| {name} | {measured} | {'yes' if met else '**no**'} |")
    md.append("")


def matrix_lines(md, rows):
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


def model_lines(md, model_rows):
    md.append("## The six model types")
    md.append("")
    md.append("Incremental = `touch src/lib.rs` then `cargo build -p <crate>`; clean as above. x serde-only: the "
              "ratio of the medians to serde-only's, same run. *peak MB*: the largest resident set of cargo and the "
              "processes it waited for (the rustc), median.")
    md.append("")
    md.append("| stack | incremental median s | min s | max s | over serde-only s | x serde-only | cpu s "
              "| cpu over serde-only s | cpu x serde-only | peak MB |")
    md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in model_rows:
        md.append(
            f"| {MODEL_LABEL.get(row['stack'], row['stack'])} | {fmt(row['incremental_median_s'])} | "
            f"{fmt(row['incremental_min_s'])} | {fmt(row['incremental_max_s'])} | "
            f"{fmt(row['incremental_over_serde_s'])} | {fmt(row['incremental_x_serde'], 2)} | "
            f"{fmt(row['incremental_cpu_median_s'])} | {fmt(row['incremental_cpu_over_serde_s'])} | "
            f"{fmt(row['incremental_cpu_x_serde'], 2)} | {fmt(row['incremental_peak_mb'], 0)} |"
        )
    md.append("")
    md.append("| stack | clean median s | min s | max s | over serde-only s | x serde-only | cpu s "
              "| cpu over serde-only s | cpu x serde-only | peak MB |")
    md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in model_rows:
        md.append(
            f"| {MODEL_LABEL.get(row['stack'], row['stack'])} | {fmt(row['clean_median_s'])} | "
            f"{fmt(row['clean_min_s'])} | {fmt(row['clean_max_s'])} | {fmt(row['clean_over_serde_s'])} | "
            f"{fmt(row['clean_x_serde'], 2)} | {fmt(row['clean_cpu_median_s'])} | "
            f"{fmt(row['clean_cpu_over_serde_s'])} | {fmt(row['clean_cpu_x_serde'], 2)} | "
            f"{fmt(row['clean_peak_mb'], 0)} |"
        )
    md.append("")
    rows = {row["stack"]: row for row in model_rows}
    costs = [(label, rows[with_], rows[without]) for label, with_, without in SCHEMA_COSTS
             if with_ in rows and without in rows]
    if not costs:
        return
    md.append("What a schema derive costs: the stack with it minus (and over) the same stack without it, medians.")
    md.append("")
    md.append("| derive | incremental s | x | cpu s | cpu x | clean s | x | cpu s | cpu x |")
    md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")

    def cell(a, b):
        if a is None or b is None:
            return "- | -"
        return f"{a - b:+.3f} | {fmt(ratio(a, b), 2)}"

    for label, with_, without in costs:
        md.append(
            f"| {label} | {cell(with_['incremental_median_s'], without['incremental_median_s'])} | "
            f"{cell(with_['incremental_cpu_median_s'], without['incremental_cpu_median_s'])} | "
            f"{cell(with_['clean_median_s'], without['clean_median_s'])} | "
            f"{cell(with_['clean_cpu_median_s'], without['clean_cpu_median_s'])} |"
        )
    md.append("")


def wide_lines(md, wide_rows, profile):
    md.append("## Wide: one struct of N `String` fields, one chain of N setters")
    md.append("")
    md.append("*stack KiB*: the smallest thread stack (a multiple of 4 KiB) on which `make()` of a debug build returns; "
              "4 means the platform's minimum thread stack suffices. "
              f"*{profile} build*: clean build of the crate, median. *peak MB*: the largest resident set of cargo and "
              "the processes it waited for (the rustc), median. x derive_builder: the same N and shape, same run.")
    md.append("")
    md.append(f"| N | shape | stack | stack KiB (debug) | x derive_builder | {profile} build s | min s | max s "
              "| x derive_builder | cpu s | cpu x derive_builder | peak MB | x derive_builder |")
    md.append("| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in wide_rows:
        kib = "-" if row["stack_kib"] is None else str(row["stack_kib"])
        md.append(
            f"| {row['n']} | {row['shape']} | {STACK_LABEL.get(row['stack'], row['stack'])} | {kib} | "
            f"{fmt(row['stack_x_derive_builder'], 2)} | {fmt(row['median_s'])} | {fmt(row['min_s'])} | "
            f"{fmt(row['max_s'])} | {fmt(row['x_derive_builder'], 2)} | {fmt(row['cpu_median_s'])} | "
            f"{fmt(row['cpu_x_derive_builder'], 2)} | {fmt(row['peak_mb'], 0)} | {fmt(row['peak_x_derive_builder'], 2)} |"
        )
    md.append("")
    # The same, one line per N and shape, one column per stack (as in BENCHMARKS.md).
    stacks = [st for st in WIDE_STACK_ORDER if any(row["stack"] == st for row in wide_rows)]
    cells = {(row["n"], row["shape"], row["stack"]): row for row in wide_rows}
    groups = list(dict.fromkeys((row["n"], row["shape"]) for row in wide_rows))

    def pivot(title, cell):
        md.append(title)
        md.append("")
        md.append("| N | shape | " + " | ".join(STACK_LABEL.get(st, st) for st in stacks) + " |")
        md.append("| ---: | --- | " + " | ".join("---:" for _ in stacks) + " |")
        for n, shape in groups:
            row = [cell(cells[(n, shape, st)]) if (n, shape, st) in cells else "-" for st in stacks]
            md.append(f"| {n} | {shape} | " + " | ".join(row) + " |")
        md.append("")

    def times(row):
        text = f"{fmt(row['median_s'], 2)} s (cpu {fmt(row['cpu_median_s'], 2)})"
        if row["peak_mb"] is not None:
            text += f", {fmt(row['peak_mb'], 0)} MB"
        if row["stack"] != "derive-builder" and row["x_derive_builder"] is not None:
            text += f", {fmt(row['x_derive_builder'], 2)}x"
        return text

    def kib(row):
        if row["stack_kib"] is None:
            return "-"
        if row["stack"] == "derive-builder" or row["stack_x_derive_builder"] is None:
            return f"{row['stack_kib']}"
        return f"{row['stack_kib']} ({fmt(row['stack_x_derive_builder'], 2)}x)"

    pivot("Stack the chain needs, debug, KiB (x derive_builder):", kib)
    pivot(f"{profile.capitalize()} build, median wall s (cpu s), peak MB, x derive_builder (wall):", times)


if __name__ == "__main__":
    main()
