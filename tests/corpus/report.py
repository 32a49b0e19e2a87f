"""The corpus report: per spec, operations generated / in the spec, warnings by kind, generation
time, and how each check went (imports, mypy --strict, the calls against the mock server).

The test session prints it at its end (see conftest.py). To write it to tests/corpus/REPORT.md:

    .venv/bin/python tests/corpus/report.py            # runs tests/corpus, then writes the file

(or set APIGEN_CORPUS_REPORT=<path> for any run of tests/corpus).
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPORT_ENV = "APIGEN_CORPUS_REPORT"


@dataclass(frozen=True)
class Result:
    """One corpus test's outcome, as the session saw it."""

    spec: str
    test: str  # the test function's name
    label: str  # what it checked: the endpoint for a call, else ""
    outcome: str  # passed | failed | xfailed | xpassed | skipped | error
    message: str  # the first lines of the failure, or the xfail reason
    seconds: float


_CHECKS = {"test_every_module_imports": "imports", "test_passes_mypy_strict": "mypy --strict"}
_CALLS = "test_operation_call"
_OPERATIONS = "test_generates_every_operation"


@dataclass(frozen=True)
class SpecFacts:
    """What the session measured of one spec's generation (None: it did not generate)."""

    operations_generated: int | None
    operations_in_spec: int | None
    warnings_by_kind: Mapping[str, int]
    generation_seconds: float | None
    error: str = ""


def render(specs: list[str], facts: Mapping[str, SpecFacts], results: list[Result], total_seconds: float) -> str:
    by_spec: dict[str, list[Result]] = defaultdict(list)
    for result in results:
        by_spec[result.spec].append(result)
    lines = [
        "# Corpus report",
        "",
        (f"Written by `tests/corpus` ({len(results)} checks of specs, {total_seconds:.0f} s on {os.cpu_count()} cores, "
         f"Python {platform.python_version()}). Operations are counted from each spec file (paths × HTTP "
         "methods); warnings are `apigen generate`'s stderr lines, by `Finding.kind`; generation time is "
         "`generator.pipeline.generate` (load … format, no writing). Calls go through the generated sync "
         "client to `apigen mock` on the same spec."),
        "",
        f"Generator: {_provenance()}.",
        "",
        "| spec | operations generated / in spec | warnings by kind | generation | imports | mypy --strict | calls ok / made |",
        "|---|---|---|---|---|---|---|",
    ]
    for spec in specs:
        fact = facts.get(spec)
        mine = by_spec.get(spec, [])
        if fact is None and not mine:
            continue
        fact = fact or SpecFacts(None, None, {}, None)
        kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(fact.warnings_by_kind.items())) or "none"
        operations = f"{_n(fact.operations_generated)} / {_n(fact.operations_in_spec)}"
        seconds = "failed" if fact.error else ("" if fact.generation_seconds is None else f"{fact.generation_seconds:.1f} s")
        checks = [_outcome([r for r in mine if r.test == test]) for test in _CHECKS]
        calls = [r for r in mine if r.test == _CALLS]
        ok = sum(r.outcome == "passed" for r in calls)
        called = f"{ok} / {len(calls)}" + (f" ({_counts(calls)})" if ok != len(calls) else "")
        lines.append(f"| {spec} | {operations} | {kinds} | {seconds} | {checks[0]} | {checks[1]} | {called} |")
    calls = [r for r in results if r.test == _CALLS]
    if calls:
        lines += ["", "## Operations called", ""]
        for spec in specs:
            mine = [r for r in calls if r.spec == spec]
            if mine:
                lines.append(f"- **{spec}**: " + "; ".join(f"`{r.label}` {r.outcome}" for r in mine))
    problems = [r for r in results if r.outcome not in ("passed", "skipped")]
    if problems:
        lines += ["", "## Failures and expected failures", ""]
        for r in problems:
            where = f"{r.spec} {r.test}" + (f" `{r.label}`" if r.label else "")
            message = " ".join(r.message.split())[:600]
            lines.append(f"- {where}: **{r.outcome}** — {message}")
    return "\n".join(lines) + "\n"


def _provenance() -> str:
    """Which generator code ran: the repository's (at which commit, edited or not) or another copy."""
    import generator

    root = HERE.parent.parent
    where = Path(generator.__file__).resolve().parent
    if where != root / "generator":
        stamp = where.parent / "COMMIT"  # a `git archive` copy may say which commit it is
        copy = f", a copy of commit {stamp.read_text().strip()}" if stamp.is_file() else ""
        return f"`{where}` (not the repository's `generator/`{copy})"

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)
        return done.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown commit"
    edited = git("status", "--porcelain", "--", "generator", "templates")
    return f"the repository's, at {commit}" + (" with uncommitted changes to generator/ or templates/" if edited else "")


def _n(value: int | None) -> str:
    return "?" if value is None else str(value)


def _counts(results: list[Result]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for result in results:
        if result.outcome != "passed":
            counts[result.outcome] += 1
    return ", ".join(f"{count} {outcome}" for outcome, count in sorted(counts.items()))


def _outcome(results: list[Result]) -> str:
    if not results:
        return "not run"
    outcomes = {r.outcome for r in results}
    return "ok" if outcomes == {"passed"} else "/".join(sorted(outcomes))


if __name__ == "__main__":
    root = HERE.parent.parent
    env = {**os.environ, REPORT_ENV: str(HERE / "REPORT.md")}
    # The venv's pytest script, not `python -m pytest`, which would put the working folder (and so
    # its generator/) ahead of PYTHONPATH: the report can be made with another copy of the generator.
    command = [str(Path(sys.executable).with_name("pytest")), str(HERE.relative_to(root)), *sys.argv[1:]]
    sys.exit(subprocess.run(command, cwd=root, env=env, check=False).returncode)
