"""Draw the benchmark plots from run.py's results.json.

    bench/work/peers-venv/bin/python bench/plots.py RESULTS_JSON OUT_DIR

Writes OUT_DIR/scaling.png (generation time and peak RSS against operations,
log-log, one line per tool) and OUT_DIR/corpus.png (time and peak RSS per
corpus spec and tool, failures marked), and prints the names written.
run.py runs this with the bench venv's python: matplotlib is pinned in the
`bench` extra of pyproject.toml and is never needed by the generator.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, no display
import matplotlib.pyplot as plt
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter, NullLocator

TOOLS = {
    "ours": ("apigen (ours)", "tab:blue"),
    "og": ("OpenAPI Generator", "tab:orange"),
    "opc": ("openapi-python-client", "tab:green"),
}
METRICS = (("wall", "generation time (s)"), ("rss_mb", "peak RSS of the largest process (MB)"))
GOAL_RSS = 300  # MB at N=200, from the goals in report.py
SAVE = {"dpi": 110, "metadata": {"Software": None}}  # no version stamp: same numbers, same bytes


def short_error(cell: dict) -> str:
    if cell.get("timeout"):
        return "timeout"
    err = cell.get("error", "")
    return "out of memory" if "OutOfMemoryError" in err else "failed"


def plain(x: float, _pos: object = None) -> str:
    return f"{x:g}"


def scaling(raw: dict, out: Path) -> None:
    sizes = raw["sizes"]
    ops = {n: raw["operations"][str(n)] for n in sizes}
    fig, axes = plt.subplots(1, 2, figsize=(12, 4.8))
    for ax, (key, title) in zip(axes, METRICS, strict=True):
        for tool, (name, color) in TOOLS.items():
            cells = raw["generation"].get(tool, {})
            good = [(ops[n], cells[str(n)][key]) for n in sizes if "error" not in cells.get(str(n), {"error": 1})]
            if good:
                ax.plot(*zip(*good, strict=True), "o-", color=color, label=name)
            for n in sizes:  # failures: at the time (or memory) they had reached when they stopped
                cell = cells.get(str(n), {})
                if "error" in cell and key in cell:
                    marker = "^" if cell.get("timeout") else "X"
                    ax.plot(ops[n], cell[key], marker, color=color, markersize=10, markeredgecolor="black")
                    ax.annotate(
                        short_error(cell),
                        (ops[n], cell[key]),
                        textcoords="offset points",
                        xytext=(-8, -4),
                        ha="right",
                        va="top",
                        fontsize=8,
                        color=color,
                    )
        ours = [
            (ops[n], raw["generation"]["ours"][str(n)]) for n in sizes if str(n) in raw["generation"].get("ours", {})
        ]
        ours = [(x, c[key]) for x, c in ours if "error" not in c]
        if key == "wall" and len(sizes) > 1 and ours:  # linear reference through ours' first point
            x0, y0 = ours[0]
            xs = [ops[n] for n in sizes]
            ax.plot(xs, [y0 * x / x0 for x in xs], "--", color="grey", linewidth=1, label="∝ operations (linear)")
        if key == "rss_mb":
            ax.axhline(GOAL_RSS, color="grey", linestyle=":", linewidth=1)
            ax.annotate(f"goal at N=200: {GOAL_RSS} MB", (ops[sizes[0]], GOAL_RSS), xytext=(0, 3),
                        textcoords="offset points", fontsize=8, color="grey")  # fmt: skip
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xticks([ops[n] for n in sizes])
        ax.set_xticklabels([f"{ops[n]}\nN={n}" for n in sizes], fontsize=8)
        ax.xaxis.set_minor_locator(NullLocator())
        ax.margins(x=0.1)
        ax.yaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
        ax.yaxis.set_major_formatter(FuncFormatter(plain))
        ax.yaxis.set_minor_formatter(NullFormatter())
        ax.set_xlabel("operations in the spec")
        ax.set_title(title)
        ax.grid(True, which="both", alpha=0.3)
    marks = [
        Line2D(
            [], [], marker="X", linestyle="", color="grey", markeredgecolor="black", label="failed (where it stopped)"
        ),
        Line2D([], [], marker="^", linestyle="", color="grey", markeredgecolor="black", label="timeout"),
    ]
    handles, _ = axes[0].get_legend_handles_labels()
    axes[0].legend(handles=handles + marks, fontsize=8, loc="upper left")
    fig.suptitle("Generation from synthetic specs (bench/make_spec.py)")
    fig.tight_layout()
    fig.savefig(out, **SAVE)
    plt.close(fig)


def corpus(raw: dict, out: Path) -> None:
    names = raw["corpus"]
    fig, axes = plt.subplots(1, 2, figsize=(12, 4.8))
    width = 0.8 / len(TOOLS)
    for ax, (key, title) in zip(axes, METRICS, strict=True):
        bottom = 0.1 if key == "wall" else 10
        tops = [1.0]
        for i, (tool, (_, color)) in enumerate(TOOLS.items()):
            cells = raw["corpus_generation"].get(tool, {})
            for j, spec in enumerate(names):
                cell = cells.get(spec, {})
                x = j + (i - (len(TOOLS) - 1) / 2) * width
                if "error" not in cell and key in cell:
                    ax.bar(x, cell[key], width, color=color)
                    label = f"{cell[key]:.1f}" if key == "wall" else f"{cell[key]:.0f}"
                    ax.annotate(label, (x, cell[key]), xytext=(0, 2), textcoords="offset points",
                                ha="center", fontsize=7)  # fmt: skip
                    tops.append(cell[key])
                    continue
                # failed, timed out or not run: a hatched outline up to where it stopped, and why
                height = cell.get(key)
                if height:
                    ax.bar(x, height, width, facecolor="none", edgecolor=color, hatch="///")
                    tops.append(height)
                text = short_error(cell) if "error" in cell else "not run"
                ax.annotate(text, (x, height or bottom), xytext=(0, 3), textcoords="offset points",
                            ha="center", va="bottom", rotation=90, fontsize=8, color="red")  # fmt: skip
        ax.set_yscale("log")
        ax.set_ylim(bottom, max(tops) * 6)
        ax.yaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
        ax.yaxis.set_major_formatter(FuncFormatter(plain))
        ax.yaxis.set_minor_formatter(NullFormatter())
        ax.set_xticks(range(len(names)))
        ops = raw["operations"]
        ax.set_xticklabels([f"{s}\n({ops[s]} ops)" if s in ops else s for s in names])
        ax.set_title(title)
        ax.grid(True, axis="y", which="major", alpha=0.3)
    legend = [Patch(color=color, label=name) for name, color in TOOLS.values()]
    legend.append(Patch(facecolor="none", edgecolor="grey", hatch="///", label="failed or timed out: where it stopped"))
    axes[0].legend(handles=legend, fontsize=8, loc="upper left")
    fig.suptitle("Generation from real-world specs (corpus)")
    fig.tight_layout()
    fig.savefig(out, **SAVE)
    plt.close(fig)


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    raw = json.loads(Path(argv[1]).read_text())
    out_dir = Path(argv[2])
    written = []
    if raw["sizes"]:
        scaling(raw, out_dir / "scaling.png")
        written.append("scaling.png")
    if raw["corpus"]:
        corpus(raw, out_dir / "corpus.png")
        written.append("corpus.png")
    print(" ".join(written))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
