"""Model behaviours of the golden packages: constraints bind what the client builds but not what
it reads, and typed additionalProperties type the extra fields."""

from __future__ import annotations

import subprocess
import sys

from conftest import golden_package

LIMITS_PROBE = """
from golden_types._model import READING
from golden_types.models import Thing

def refused(**fields):
    try:
        Thing(when="2024-01-01T00:00:00Z", **{"count": 1, **fields})
    except ValueError as error:
        return str(error)
    return ""

assert "Input should be less than or equal to 1000" in refused(count=2000)
assert "Input should be greater than or equal to 0" in refused(count=-1)
assert "must validate the regular expression" in refused(label="ABC")
assert "String should have at most 20 characters" in refused(label="a" * 21)
assert "Input should be a multiple of 0.5" in refused(ratio=0.3)
assert "List should have at most 5 items after validation, not 6" in refused(tags=list("abcdef"))
assert refused(count=1000, label="abc", ratio=1.5) == ""
read = Thing.model_validate_json(b'{"when": "2024-01-01T00:00:00Z", "count": 5000, "label": "ABC"}',
                                  context={READING: True})
assert (read.count, read.label) == (5000, "ABC"), read
print("ok")
"""

EXTRAS_PROBE = """
from golden_composition.models import Labeled
labeled = Labeled.from_dict({"name": "a", "hits": "3"})
assert labeled.model_extra == {"hits": 3}, labeled.model_extra
try:
    Labeled.from_dict({"name": "a", "hits": "many"})
except ValueError:
    print("ok")
"""


def _run(probe: str, case: str) -> str:
    result = subprocess.run([sys.executable, "-c", probe], cwd=golden_package(case), capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.strip()


def test_constraints_bind_what_the_client_builds_but_not_what_it_reads() -> None:
    assert _run(LIMITS_PROBE, "types") == "ok"


def test_typed_additional_properties_type_the_extra_fields() -> None:
    assert _run(EXTRAS_PROBE, "composition") == "ok"
