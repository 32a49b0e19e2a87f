"""Drop-in for OpenAPI Generator's users: its own tests of its python client
(`../shared/corpus/og-suite/tests`, unedited) pass on our package generated from the unedited spec,
except those listed in tests/og/expected_failures.txt, each for one of three admissible reasons.

The suite's server tests call http://localhost/v2; `apigen mock` on the same spec serves there
for the duration of the run when 127.0.0.1:80 can be bound (root, or a free port 80).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from og.run_suite import REASONS, SUITE, expected_failures, run

from generator.mock.server import MockServer
from generator.pipeline import load_checked

pytestmark = pytest.mark.external("og-suite")  # ../shared: absent, the tests skip saying how to get it

SERVED_BY_MOCK = "passes against apigen mock"
MAX_PRIVATE = 20


@pytest.fixture(scope="module")
def mock_on_port_80() -> Iterator[bool]:
    """Whether the mock serves http://localhost/v2 during the run."""
    server = MockServer(load_checked(SUITE / "spec.yaml").document, "127.0.0.1", 80, log=logging.debug)
    try:
        server.start()
    except OSError:  # not root, or port 80 is taken: the server tests stay without a server
        yield False
        return
    try:
        yield True
    finally:
        server.stop()


def test_the_expected_failures_give_only_admissible_reasons() -> None:
    listed = expected_failures()
    reasons = {test: reason.split(";")[0] for test, reason in listed.items()}
    assert {test: r for test, r in reasons.items() if r not in REASONS} == {}
    private = [test for test, r in reasons.items() if r == REASONS[1]]
    assert len(private) <= MAX_PRIVATE
    served = [test for test, reason in listed.items() if SERVED_BY_MOCK in reason]
    assert all(reasons[test] == REASONS[0] for test in served)


def test_openapi_generators_tests_pass_on_our_package(tmp_path: Path, mock_on_port_80: bool) -> None:
    outcomes = run(tmp_path)
    listed = expected_failures()
    failed = {test: message for test, (outcome, message) in outcomes.items() if outcome == "failed"}
    may_fail = {test for test, reason in listed.items() if not (mock_on_port_80 and SERVED_BY_MOCK in reason)}
    # Every test of the suite ran (a collection error would hide a whole file).
    assert len(outcomes) >= 140, sorted(outcomes)
    assert {test: failed[test] for test in sorted(set(failed) - may_fail)} == {}, "failed, and not listed"
    assert sorted(set(listed) - set(failed) - (set(listed) - may_fail)) == [], "listed, but passed: drop the line"
    assert set(listed) <= set(outcomes), "listed, but not a test of the suite"
