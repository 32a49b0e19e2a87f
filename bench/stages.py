"""Where one `apigen generate` run spends its time, per stage, in process.

    .venv/bin/python bench/stages.py SPEC [SPEC ...]    # prints JSON: {spec: {stage: seconds}}

Each spec runs once through `generator.pipeline.generate` as the command line runs it (a big
spec's validation in a forked process beside build, render and format); the stages are timed
by wrapping the pipeline's own functions, so `total` is the real wall time of the run and
`format / total` the share formatting takes of it. One warm-up run first (imports, caches).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator import pipeline
from generator.emit import format as formatting

STAGES = {"load": "_load", "check": "check_spec", "build": "_build", "plan": "plan_package",
          "render": "render_files", "format": "format_files"}


def timed(spent: dict[str, float], stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[stage] = spent.get(stage, 0.0) + time.perf_counter() - start

    return run


def measure(spec: Path) -> dict[str, float]:
    spent: dict[str, float] = {}
    originals = {name: getattr(pipeline, name) for name in STAGES.values()}
    for stage, name in STAGES.items():
        setattr(pipeline, name, timed(spent, stage, originals[name]))
    try:
        start = time.perf_counter()
        pipeline.generate(spec, "bench_pkg")
        spent["total"] = time.perf_counter() - start
    finally:
        for name, function in originals.items():
            setattr(pipeline, name, function)
    # The validator's verdict is awaited at the end: what the stages do not account for.
    spent["waiting for validation"] = spent["total"] - sum(spent[s] for s in STAGES)
    return spent


def main() -> None:
    specs = [Path(arg) for arg in sys.argv[1:]]
    if specs:
        measure(specs[0])  # warm-up
    results = {}
    for spec in specs:
        formatting._black.cache_clear()  # each spec formats as a fresh run would
        results[spec.stem] = measure(spec)
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
