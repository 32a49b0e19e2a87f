"""generated/ must be exactly what specs/ generate now (else: `make generate`)."""

from __future__ import annotations

import pytest

from conftest import GENERATED, SPECS
from generator.pipeline import discover, generate_files
from generator.write import compare

APIS = discover(SPECS)


def test_every_spec_has_a_package() -> None:
    assert set(APIS) == {"oden", "ubiops", "pieces_os_client", "pytm4srv"}


@pytest.mark.parametrize("api", sorted(APIS))
def test_generated_matches_a_fresh_generation(api: str) -> None:
    package, files = generate_files(APIS[api])
    drift = compare(GENERATED / package, files)
    assert drift.clean, (
        f"generated/{package} is stale: run `make generate`. changed {drift.changed}, "
        f"missing {drift.added}, stale {drift.removed}\n" + "\n".join(drift.diffs)[:5000]
    )
