"""Our generated API docs against the seeds' docs, field by field, for every seeded operation:
signature line, parameter rows, return type, content types and response rows."""

from __future__ import annotations

import pytest

from conftest import GENERATED
from seeddocs import compare, parse_api_doc, readme_endpoints, readme_models
from test_specs import seeds_dir

pytestmark = pytest.mark.external("seeds")  # ../shared: absent, the tests skip saying how to get it

SEEDED = [  # (seed file, our doc, operations the seed documents)
    ("oden-IntervalsApi.md", "oden/docs/IntervalsApi.md", 6),
    ("ubiops-CoreApi.md", "ubiops/docs/CoreApi.md", 125),
    ("pieces_os_client-WorkstreamEventsApi.md", "pieces_os_client/docs/WorkstreamEventsApi.md", 5),
]


@pytest.mark.parametrize(("seed_name", "ours_path", "count"), SEEDED, ids=[s[0] for s in SEEDED])
def test_every_seeded_operation_is_documented_the_same(seed_name: str, ours_path: str, count: int) -> None:
    seed = parse_api_doc((seeds_dir() / seed_name).read_text("utf-8"))
    ours = parse_api_doc((GENERATED / ours_path).read_text("utf-8"))
    assert seed.class_name == ours.class_name
    assert len(seed.operations) == count
    mismatches = []
    for name, seed_op in seed.operations.items():
        if name not in ours.operations:
            mismatches.append(f"{name}: missing from {ours_path}")
            continue
        mismatches += compare(seed_op, ours.operations[name])
    assert not mismatches, f"{len(mismatches)} mismatches:\n" + "\n".join(mismatches)


def test_readme_lists_the_seeds_endpoints_and_models() -> None:
    seed = (seeds_dir() / "oden-README.md").read_text("utf-8")
    ours = (GENERATED / "oden/README.md").read_text("utf-8")
    assert readme_endpoints(ours) == readme_endpoints(seed)
    assert readme_models(ours) == readme_models(seed)
