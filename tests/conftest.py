"""Shared test helpers: where things are, and how to run the CLI in-process."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
TESTS = ROOT / "tests"

# Tests import helper modules (seeddocs) by plain name.
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))
