"""OpenAPI Generator's own tests of its python client, run against our package.

The suite (`../shared/corpus/og-suite/tests`, unedited) is copied beside a package generated
from the same spec as `petstore_api`, and run with pytest in a subprocess. Each test's outcome is
read from pytest's JUnit report. `python -m tests.og.run_suite` prints the failures.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "tests") not in sys.path:  # run as a script: conftest is the tests' own module
    sys.path.insert(0, str(ROOT / "tests"))
from conftest import EXTERNAL

SUITE = EXTERNAL["og-suite"].path  # ../shared/corpus/og-suite, or where APIGEN_SHARED / APIGEN_CORPUS say
EXCEPTIONS = Path(__file__).resolve().parent / "expected_failures.txt"
# The only reasons a test of OpenAPI Generator's may fail on our package.
REASONS = ("needs a live petstore server", "tests a private helper of OpenAPI Generator no user calls",
           "HTTP signing is not supported")


def run(work: Path) -> dict[str, tuple[str, str]]:
    """{test id: (outcome, first line of the failure)} for every test of the suite."""
    from generator.emit.write import write_package
    from generator.pipeline import generate

    package = work / "package"
    result = generate(SUITE / "spec.yaml", "petstore_api")
    write_package(package, result.files)
    shutil.copytree(SUITE / "tests", work / "tests")
    shutil.copytree(SUITE / "testfiles", work / "testfiles")
    env = {**os.environ, "PYTHONPATH": str(package), "PYTHONDONTWRITEBYTECODE": "1"}
    report = work / "report.xml"
    subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", "--continue-on-collection-errors",
                    f"--junitxml={report}", "-o", "junit_family=xunit2", "--rootdir", str(work), "tests"],
                   cwd=work, env=env, capture_output=True, text=True, timeout=600, check=False)
    outcomes: dict[str, tuple[str, str]] = {}
    for case in ElementTree.parse(report).getroot().iter("testcase"):
        test_id = f"{case.get('classname')}::{case.get('name')}"
        outcome, message = "passed", ""
        for kind in ("failure", "error", "skipped"):
            found = case.find(kind)
            if found is not None:
                outcome = "skipped" if kind == "skipped" else "failed"
                message = (found.get("message") or "").splitlines()[0][:300] if found.get("message") else ""
        outcomes[test_id] = (outcome, message)
    return outcomes


def expected_failures() -> dict[str, str]:
    """{test id: reason} from expected_failures.txt (`test id | reason` per line, # comments)."""
    found = {}
    for line in EXCEPTIONS.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            test_id, _, reason = line.partition("|")
            found[test_id.strip()] = reason.strip()
    return found


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        outcomes = run(Path(folder))
    failed = {t: m for t, (o, m) in outcomes.items() if o == "failed"}
    print(f"{len(outcomes)} tests: {len(outcomes) - len(failed)} passed or skipped, {len(failed)} failed")
    for test_id, message in sorted(failed.items()):
        print(f"{test_id} | {message}")
