"""Every Python example in the generated docs runs and completes against the project's mock server.

Each ```python block of generated/<package>/README.md and generated/<package>/docs/*.md is run
as a script in its own interpreter, with the package importable, `<PACKAGE>_HOST` pointing at
the package's mock server (the examples read it to pick the host) and credentials in the
environment (`API_KEY`, and `USERNAME`/`PASSWORD`/`BEARER_TOKEN` for specs that use them). An
example completes when it exits 0 and does not print "Exception when calling" (the API examples
catch ApiException and print that, so a request the mock rejects would otherwise go unnoticed).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import GENERATED, SPECS
from generator.mock.server import MockServer
from generator.pipeline import discover
from generator.read.load import load_spec

CREDENTIALS = {"API_KEY": "test-key", "USERNAME": "user", "PASSWORD": "test-password", "BEARER_TOKEN": "test-token"}
CAUGHT_API_ERROR = "Exception when calling"
TIMEOUT = 60  # seconds for one example; a healthy one takes well under one
# Examples run side by side, each in its own interpreter: starting Python and importing pydantic
# is most of an example's time, and two per core halve the module's wall time.
WORKERS = min(8, 2 * (os.cpu_count() or 1))
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*```")
_OPERATION = re.compile(r"\*\*`?([^*`]+)`?\*\*")


@dataclass(frozen=True)
class Example:
    package: str  # the import package, also its folder under generated/
    path: Path  # the markdown file
    anchor: str  # the operation (API docs) or the nearest heading's anchor
    line: int  # where the code starts in the markdown file
    code: str

    @property
    def id(self) -> str:
        return f"{self.package}/{self.path.relative_to(GENERATED / self.package)}#{self.anchor}"

    @property
    def host_variable(self) -> str:
        return f"{self.package.upper()}_HOST"


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading: `Getting Started` -> `getting-started`."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


def python_blocks(markdown: str) -> Iterator[tuple[str, int, str]]:
    """(anchor, first code line number, code) of each python block. The anchor is the operation
    the block documents (API docs head each one `# **operation_name**`), else the nearest heading."""
    operation, nearest = "", "top"
    block: list[str] | None = None
    start, fenced = 0, False
    for number, line in enumerate(markdown.splitlines(), start=1):
        if fenced:
            if _FENCE.match(line):
                fenced = False
                if block is not None:
                    yield operation or nearest, start, "\n".join(block) + "\n"
            elif block is not None:
                block.append(line)
        elif _FENCE.match(line):
            fenced = True
            info = line.strip()[3:].strip().split()
            block, start = ([], number + 1) if info[:1] == ["python"] else (None, 0)
        elif heading := _HEADING.match(line):
            title = heading.group(2)
            if bold := _OPERATION.fullmatch(title):
                operation = bold.group(1)
            elif len(heading.group(1)) <= 2:  # a new section: no longer under an operation
                operation, nearest = "", _slug(title)
            else:
                nearest = _slug(title)


def collect_examples() -> list[Example]:
    examples: list[Example] = []
    for root in sorted(p for p in GENERATED.iterdir() if (p / "pyproject.toml").exists()):
        for path in [root / "README.md", *sorted((root / "docs").glob("*.md"))]:
            seen: dict[str, int] = {}
            for anchor, line, code in python_blocks(path.read_text(encoding="utf-8")):
                seen[anchor] = seen.get(anchor, 0) + 1
                unique = anchor if seen[anchor] == 1 else f"{anchor}-{seen[anchor]}"
                examples.append(Example(root.name, path, unique, line, code))
    return examples


EXAMPLES = collect_examples()
PACKAGES = sorted({example.package for example in EXAMPLES})


def _discard(line: str) -> None:
    """The mock's request log; an example's own output says what went wrong."""


@pytest.fixture(scope="module")
def mock_hosts() -> Iterator[dict[str, str]]:
    """A mock server for each package's spec, started once for the module and stopped after it."""
    specs = {load_spec(path).settings.package_name: path for path in discover(SPECS).values()}
    started: dict[str, MockServer] = {}
    try:
        for package in PACKAGES:
            server = MockServer(load_spec(specs[package]).document, log=_discard)
            started[package] = server.start()
        yield {package: server.url for package, server in started.items()}
    finally:
        for server in started.values():
            server.stop()


def run_example(example: Example, host: str, workdir: Path) -> subprocess.CompletedProcess[str]:
    """The example as a script of its own (named after it, so tracebacks show its lines)."""
    script = workdir / "doc_example.py"
    script.write_text(f"# {example.id} (line {example.line})\n{example.code}", encoding="utf-8")
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(GENERATED / example.package),
        "PYTHONDONTWRITEBYTECODE": "1",  # nothing written under generated/
        "PYTHONIOENCODING": "utf-8",
        example.host_variable: host,
        **CREDENTIALS,
    }
    return subprocess.run([sys.executable, str(script)], cwd=workdir, env=env, capture_output=True, text=True,
                          timeout=TIMEOUT, check=False)


@pytest.fixture(scope="module")
def example_runs(
    request: pytest.FixtureRequest, mock_hosts: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Future[subprocess.CompletedProcess[str]]]]:
    """Starts every selected example on a pool of worker threads; each test waits for its own."""
    selected = [
        item.callspec.params["example"] for item in request.session.items
        if isinstance(getattr(item, "callspec", None) and item.callspec.params.get("example"), Example)
    ]
    with ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="doc-example") as pool:
        runs = {
            example.id: pool.submit(run_example, example, mock_hosts[example.package], tmp_path_factory.mktemp("example"))
            for example in selected
        }
        yield runs
        for run in runs.values():  # after an interrupted session: start nothing new
            run.cancel()


def test_examples_are_found_in_every_kind_of_doc() -> None:
    """The extraction itself: READMEs, API docs and model docs of every package all have some."""
    assert PACKAGES == sorted(load_spec(path).settings.package_name for path in discover(SPECS).values())
    for package in PACKAGES:
        mine = [e for e in EXAMPLES if e.package == package]
        assert any(e.path.name == "README.md" for e in mine), package
        assert any(e.path.name.endswith("Api.md") for e in mine), package
        assert any(e.path.parent.name == "docs" and not e.path.name.endswith("Api.md") for e in mine), package
    assert len({e.id for e in EXAMPLES}) == len(EXAMPLES), "example ids are unique"


def test_python_blocks_skips_other_languages_and_names_blocks_by_heading() -> None:
    markdown = (
        "# **op_one**\n### Example\n```sh\npip x\n```\n```python\nprint(1)\n# comment, not a heading\n```\n"
        "## Getting Started\n```python\nx = 2\n```\n"
    )
    assert list(python_blocks(markdown)) == [
        ("op_one", 7, "print(1)\n# comment, not a heading\n"),
        ("getting-started", 12, "x = 2\n"),
    ]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_doc_example_completes_against_the_mock(
    example: Example, example_runs: dict[str, Future[subprocess.CompletedProcess[str]]]
) -> None:
    if "Configuration(" in example.code:
        assert example.host_variable in example.code, (
            f"{example.id}: the example does not read {example.host_variable}, so it cannot be pointed at a server"
        )
    result = example_runs[example.id].result()
    output = f"--- stdout\n{result.stdout[-3000:]}\n--- stderr\n{result.stderr[-3000:]}"
    assert result.returncode == 0, f"{example.id} (line {example.line}) exited {result.returncode}\n{output}"
    assert CAUGHT_API_ERROR not in result.stdout, f"{example.id} (line {example.line}): the call failed\n{output}"
