"""generated/ must be exactly what specs/ generate now (else: `make generate`).

The APIs are whatever specs/ holds: adding a spec as README.md says (spec, settings, `make
generate`) needs no change here.
"""

from __future__ import annotations

import pytest

from conftest import GENERATED, SPECS
from generator.emit.write import MANIFEST, compare
from generator.pipeline import discover, generate_files
from generator.read.load import read_settings

APIS = discover(SPECS)


def test_every_spec_has_a_package_and_every_package_a_spec() -> None:
    assert APIS, "specs/ holds no spec"
    packages = {api: read_settings(path).package_name for api, path in APIS.items()}
    missing = sorted(api for api, package in packages.items() if not (GENERATED / package / MANIFEST).exists())
    assert not missing, f"no package in generated/ for {missing}: run `make generate`"
    generated = {p.name for p in GENERATED.iterdir() if (p / MANIFEST).exists()}
    orphans = sorted(generated - set(packages.values()))
    assert not orphans, f"generated/{orphans[0]} has no spec in specs/ (was it removed?)"


@pytest.mark.parametrize("api", sorted(APIS))
def test_generated_matches_a_fresh_generation(api: str) -> None:
    package, files = generate_files(APIS[api])
    drift = compare(GENERATED / package, files)
    assert drift.clean, (
        f"generated/{package} is stale: run `make generate`. changed {drift.changed}, "
        f"missing {drift.added}, stale {drift.removed}\n" + "\n".join(drift.diffs)[:5000]
    )
