"""Tests that read data from outside the repository (../shared: the corpus, OpenAPI Generator's
suite, the seed docs) skip on a fresh clone, one line saying what is missing and how to get it;
on CI, which has ../shared, none may skip for want of it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXTERNAL, ROOT, TESTS

# One module per kind of external data: each must skip (fresh clone) or fail (CI) as a whole.
USERS = {"seeds": "tests/test_doc_fidelity.py", "og-suite": "tests/test_og_suite.py",
         "corpus": "tests/corpus/test_corpus.py"}


def _pytest(test_file: str, shared: Path, ci: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "APIGEN_CORPUS", "APIGEN_SEEDS")}
    env["APIGEN_SHARED"] = str(shared)
    if ci:
        env["CI"] = "true"
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test_file], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=600, check=False)


@pytest.mark.parametrize("name", sorted(USERS))
def test_a_fresh_clone_skips_and_says_what_is_missing_and_how_to_get_it(name: str, tmp_path: Path) -> None:
    result = _pytest(USERS[name], tmp_path / "no-shared-folder", ci=False)
    assert result.returncode == 0, result.stdout[-3000:]
    assert " passed" not in result.stdout and " failed" not in result.stdout
    lines = [line for line in result.stdout.splitlines() if line.startswith("skipped ")]
    assert len(lines) == 1, result.stdout[-3000:]
    assert re.fullmatch(rf"skipped \d+ tests?: {re.escape(str(tmp_path))}/no-shared-folder/\S+ is missing \(.+\): "
                        r"put the project's shared folder beside the checkout \(\.\./shared, see its README\.md\) "
                        r"or set APIGEN_SHARED=DIR", lines[0]), lines[0]


@pytest.mark.parametrize("name", sorted(USERS))
def test_ci_with_the_shared_folder_fails_a_test_that_would_skip(name: str, tmp_path: Path) -> None:
    (tmp_path / "shared").mkdir()  # present, but without the data the tests need
    result = _pytest(USERS[name], tmp_path / "shared", ci=True)
    assert result.returncode != 0, result.stdout[-3000:]
    assert "so no test may skip for want of it" in result.stdout
    assert " skipped" not in result.stdout.splitlines()[-1]


def test_no_test_finds_external_data_but_through_conftest() -> None:
    """The class, not the three examples: any path built to ../shared outside conftest.EXTERNAL
    would fail a fresh clone without saying why."""
    offenders = []
    for path in sorted(TESTS.rglob("*.py")):
        if "golden/cases" in path.as_posix() or path in (TESTS / "conftest.py", Path(__file__)):
            continue
        text = path.read_text("utf-8")
        if re.search(r"""(?<!tmp_path )/\s*["']shared["']|environ\W+\w*\W*APIGEN_(CORPUS|SEEDS|SHARED)\b""", text):
            offenders.append(path.relative_to(ROOT).as_posix())
    assert offenders == []
    assert set(USERS) == set(EXTERNAL)
