"""References as real specs write them (tests/read/references/: a spec and two files it refers to):
into a sub-schema, to a parameter's schema, recursion across files, a discriminator mapping to
another file, and an array that holds itself. Each generates without a warning, and the package
reads a nested answer into the right classes and passes `mypy --strict`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from test_errors import run_cli

CASE = Path(__file__).parent / "references"
BIN = Path(sys.executable).parent
ANSWER = {"size": "m", "limit": 3, "thing": {"name": "x"}, "workspace": {"agents": [{"workspace": {"agents": []}}]},
          "pet": {"kind": "dog", "bark": True}, "tree": [[[]]]}
PROBE = f"""
import refs
from refs.models import ThingOwner, ThingSize, Workspace, Agent, Dog, Tree
answer = refs.GetThings200Response.from_dict({ANSWER!r})
assert answer.size is ThingSize.M, answer.size
assert type(answer.thing) is ThingOwner and answer.thing.name == "x"
agent = answer.workspace.agents[0]
assert type(agent) is Agent and type(agent.workspace) is Workspace and agent.workspace.agents == []
assert type(answer.pet.actual_instance) is Dog and answer.pet.actual_instance.bark is True
assert type(answer.tree) is Tree and type(answer.tree.root[0]) is Tree
assert sorted(refs.models.__all__) == ["Agent", "Cat", "Dog", "GetThings200Response", "Pet", "Thing",
                                       "ThingOwner", "ThingSize", "Tree", "Workspace"], refs.models.__all__
"""


def test_references_into_schemas_files_and_cycles(tmp_path: Path) -> None:
    code, stderr = run_cli(["generate", "--strict", "--spec", "spec.yaml", "--out", str(tmp_path / "out"),
                            "--package-name", "refs"], CASE)
    assert (code, stderr) == (0, "")
    probe = subprocess.run([sys.executable, "-c", PROBE], cwd=tmp_path / "out", capture_output=True, text=True,
                           timeout=120, check=False)
    assert probe.returncode == 0, probe.stderr[-2000:]
    checked = subprocess.run([str(BIN / "mypy"), "--strict", "--no-incremental", "refs"], cwd=tmp_path / "out",
                             capture_output=True, text=True, timeout=300, check=False)
    assert checked.returncode == 0, checked.stdout[-2000:]
