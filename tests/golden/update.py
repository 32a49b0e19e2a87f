"""`make goldens`: rewrite each golden case's expected/ tree with the generator itself.

The client runtime is left out: it is copied verbatim into every package, and a golden case
holds only what its spec changes (`test_golden.py` checks the copies once).
"""

from __future__ import annotations

import sys
from pathlib import Path

from generator.emit.plan import runtime_paths
from generator.emit.write import write_package
from generator.pipeline import generate_files

CASES = Path(__file__).resolve().parent / "cases"


def spec_owned_files(spec: Path) -> dict[str, str]:
    package, files = generate_files(spec)
    runtime = runtime_paths(package)
    return {path: text for path, text in files.items() if path not in runtime}


def main() -> int:
    for case in sorted(p for p in CASES.iterdir() if (p / "spec.yaml").exists()):
        changed = write_package(case / "expected", spec_owned_files(case / "spec.yaml"))
        print(f"{case.name}: {'rewritten' if changed else 'unchanged'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
