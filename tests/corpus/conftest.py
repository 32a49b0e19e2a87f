"""The corpus session: each spec generated once, on first use, into a temporary folder; one mock
server at a time (the spec whose calls are running); and the report printed at the end."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from corpus.report import REPORT_ENV, Result, render
from corpus.support import BY_NAME, CORPUS, CORPUS_SPECS, Corpus

_CORPUS = pytest.StashKey[Corpus]()
_RESULTS = pytest.StashKey[list[Result]]()
_STARTED = pytest.StashKey[float]()


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config) -> Iterator[Corpus]:
    found = Corpus(tmp_path_factory)
    pytestconfig.stash[_CORPUS] = found
    try:
        yield found
    finally:
        found.close()


# --- the report -----------------------------------------------------------------------------------


def pytest_collection_finish(session: pytest.Session) -> None:
    session.config.stash[_STARTED] = time.perf_counter()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    report = yield
    params: dict[str, Any] = getattr(getattr(item, "callspec", None), "params", {})
    spec = params.get("spec")
    failed_setup = report.when == "setup" and not report.passed
    if spec in BY_NAME and (report.when == "call" or failed_setup) and isinstance(item, pytest.Function):
        endpoint = params.get("endpoint")
        label = f"{endpoint[0].upper()} {endpoint[1]}" if isinstance(endpoint, tuple) else ""
        if hasattr(report, "wasxfail"):
            outcome, message = ("xfailed" if report.skipped else "xpassed"), str(report.wasxfail)
        else:
            outcome = "error" if failed_setup and report.failed else report.outcome
            message = _first_lines(report) if report.failed else ""
        result = Result(spec, item.originalname, label, outcome, message, report.duration)
        item.config.stash.setdefault(_RESULTS, []).append(result)
    return report


def _first_lines(report: pytest.TestReport) -> str:
    crash = getattr(report.longrepr, "reprcrash", None)
    text = crash.message if crash is not None else str(report.longrepr)
    return "\n".join(text.splitlines()[:6])


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    results = config.stash.get(_RESULTS, [])
    if not results or not CORPUS.is_dir():  # no corpus, no report: the skips say why
        return
    corpus = config.stash.get(_CORPUS, None)
    facts = corpus.facts() if corpus is not None else {}
    total = time.perf_counter() - config.stash.get(_STARTED, time.perf_counter())
    text = render([spec.name for spec in CORPUS_SPECS], facts, results, total)
    terminalreporter.write_sep("=", "corpus report")
    terminalreporter.write_line(text)
    destination = os.environ.get(REPORT_ENV)
    if destination:
        Path(destination).write_text(text, encoding="utf-8")
        terminalreporter.write_line(f"(written to {destination})")
