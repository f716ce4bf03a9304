#!/usr/bin/env python3
"""Draws results/compile-times.svg from results/matrix.csv: for each size and shape,
one bar per stack, the median clean-build time as a multiple of the no-macro crate's
(in the same run). Plain SVG, no dependencies: python3 tests/compile-bench/chart.py"""

import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
STACKS = [
    ("ours", "our Builder", "#1b7f3b"),
    ("ours3", "our three derives", "#5cb85c"),
    ("derive-builder", "derive_builder", "#7f7f7f"),
    ("bon", "bon", "#d9822b"),
    ("typed-builder", "typed-builder", "#b3443c"),
]


def main():
    with open(os.path.join(HERE, "results", "matrix.csv"), newline="") as f:
        rows = list(csv.DictReader(f))
    groups = []
    for row in rows:
        key = (row["size"], row["shape"])
        if key not in groups:
            groups.append(key)
    ratio = {(r["size"], r["shape"], r["stack"]): float(r["x_none"]) for r in rows}
    stacks = [s for s in STACKS if any(k[2] == s[0] for k in ratio)]
    top = max(ratio.values())

    bar_h, gap, label_w, plot_w, legend_h = 11, 12, 150, 520, 40
    group_h = len(stacks) * bar_h + gap
    height = legend_h + len(groups) * group_h + 40
    width = label_w + plot_w + 70
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'font-family="sans-serif" font-size="11">',
        f'<rect width="{width}" height="{height}" fill="white"/>',
        f'<text x="8" y="16" font-size="13" font-weight="bold">Clean build of the crate, '
        f'x the same structs without a macro (median of the run; lower is better)</text>',
    ]
    for i, (_, name, color) in enumerate(stacks):
        x = 8 + i * 140
        out.append(f'<rect x="{x}" y="24" width="10" height="10" fill="{color}"/>')
        out.append(f'<text x="{x + 14}" y="33">{name}</text>')
    y = legend_h + 8
    for size, shape in groups:
        out.append(f'<text x="8" y="{y + group_h / 2}">{size} {shape}</text>')
        for stack, _, color in stacks:
            value = ratio.get((size, shape, stack))
            if value is None:
                continue
            w = plot_w * value / top
            out.append(f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h - 2}" fill="{color}"/>')
            out.append(f'<text x="{label_w + w + 4:.1f}" y="{y + bar_h - 3}">{value:.1f}x</text>')
            y += bar_h
        y += gap
    out.append("</svg>")
    path = os.path.join(HERE, "results", "compile-times.svg")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")
    print(path)


if __name__ == "__main__":
    main()
