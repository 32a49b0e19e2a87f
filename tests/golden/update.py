"""`make goldens`: rewrite each golden case's expected/ tree with the generator itself."""

from __future__ import annotations

import sys
from pathlib import Path

from generator.pipeline import generate_files
from generator.write import write_package

CASES = Path(__file__).resolve().parent / "cases"


def main() -> int:
    for case in sorted(p for p in CASES.iterdir() if (p / "spec.yaml").exists()):
        _, files = generate_files(case / "spec.yaml")
        changed = write_package(case / "expected", files)
        print(f"{case.name}: {'rewritten' if changed else 'unchanged'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
