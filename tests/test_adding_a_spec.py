"""README's "Adding or changing a spec", done in a temporary copy of the repository: put a spec and
its settings in specs/, `make generate`, then the tests that read specs/ and generated/ pass (no
test lists the APIs by hand), and `make dist API=<api>` builds that one package."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

SPEC = ROOT / "tests/golden/cases/basics/spec.yaml"  # a spec as a maintainer would bring one
SETTINGS = "package_name: library\npackage_version: 1.0.0\nstrict: true\n"
# Every test module that goes over specs/ or generated/ (selected to what the new API touches).
TESTS = ["tests/test_in_sync.py", "tests/contract/test_all_operations.py", "tests/test_doc_examples.py",
         "tests/test_generated_code.py", "tests/ir/test_names.py", "tests/test_model_roundtrip.py"]
SELECTED = "library or covered or every_spec_has or examples_are_found"


def _tracked_copy(target: Path) -> None:
    """The working tree as a fresh clone has it: git's tracked files (their current content)."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, check=True).stdout.decode().split("\0")
    for rel in filter(None, listed):
        source = ROOT / rel
        if source.is_file() and not source.is_symlink():
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / rel)


@pytest.mark.skipif(shutil.which("git") is None or shutil.which("make") is None, reason="needs git and make")
def test_a_spec_added_as_readme_says_generates_and_passes_the_tests(tmp_path: Path) -> None:
    copy = tmp_path / "apigen"
    _tracked_copy(copy)
    (copy / ".venv").symlink_to(ROOT / ".venv")  # the bootstrapped venv (make -o: not bootstrapped again)
    shutil.copy(SPEC, copy / "specs/library.yaml")
    (copy / "specs/library.settings.yaml").write_text(SETTINGS)
    # the copy's own generator, not the one the venv's editable install points at
    env = {**os.environ, "PYTHONPATH": str(copy), "APIGEN_SHARED": str(tmp_path / "no-shared")}
    env.pop("CI", None)
    made = subprocess.run(["make", "-o", ".venv/.installed", "generate", "API=library"], cwd=copy, env=env,
                          capture_output=True, text=True, timeout=600, check=False)
    assert made.returncode == 0, made.stdout + made.stderr
    assert (copy / "generated/library/library/__init__.py").is_file()
    tested = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-k", SELECTED, *TESTS],
                            cwd=copy, env=env, capture_output=True, text=True, timeout=900, check=False)
    tail = tested.stdout[-4000:]
    assert tested.returncode == 0, tail
    assert " failed" not in tail and " error" not in tail, tail
    passed = re.search(r"(\d+) passed", tail)
    assert passed is not None and int(passed.group(1)) >= 40, tail  # the new API's calls, checks and docs ran
    # and it is released alone: `make dist API=library` builds that package, not every one
    dist = subprocess.run(["make", "-o", ".venv/.installed", "dist", "API=library"], cwd=copy, env=env,
                          capture_output=True, text=True, timeout=600, check=False)
    assert dist.returncode == 0, dist.stdout + dist.stderr
    assert sorted(p.name for p in (copy / "dist").iterdir()) == ["library-1.0.0-py3-none-any.whl",
                                                                  "library-1.0.0.tar.gz"]
