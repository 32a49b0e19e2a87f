"""Hostile specs finish or are refused within bounded memory and CPU: one line, exit 2.

Each case runs the real command in a subprocess under resource limits (1 GiB of address space,
20 s of CPU), so a crash, a kill by a limit or an internal error (exit 3) fails the test; no test
here measures wall-clock time.
"""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest

from generator.errors import SpecError
from generator.read import parse as read
from generator.read.parse import Budget, read_document

MEMORY = 1024**3
CPU_SECONDS = 20
HEAD = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n"


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))


def run_limited(args: list[str], cwd: Path) -> tuple[int, str, str]:
    result = subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True,
                            preexec_fn=_limited, timeout=120, check=False)
    return result.returncode, result.stdout, result.stderr


def validate(spec: Path) -> tuple[int, str]:
    code, _, stderr = run_limited(["-m", "generator", "validate", spec.name], spec.parent)
    return code, stderr


def test_a_yaml_alias_bomb_is_refused(tmp_path: Path) -> None:
    """"Billion laughs": nine levels of nine aliases each would be 387 million strings."""
    levels = ["x0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    levels += [f"x{i}: &x{i} [{', '.join([f'*x{i - 1}'] * 9)}]" for i in range(1, 9)]
    (tmp_path / "spec.yaml").write_text(HEAD + "paths: {}\n" + "\n".join(levels) + "\n")
    assert validate(tmp_path / "spec.yaml") == (
        2, "spec.yaml:9 (/x5/0): YAML aliases or repeated $refs expand the spec by more than 100,000 nodes\n")


def test_a_few_anchors_and_aliases_still_work(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(HEAD + """\
paths:
  /pets:
    get:
      operationId: listPets
      parameters: [&limit {name: limit, in: query, schema: {type: integer}}]
      responses: &ok {"200": {description: ok}}
  /cats:
    get:
      operationId: listCats
      parameters: [*limit]
      responses: *ok
""")
    assert validate(tmp_path / "spec.yaml") == (0, "")


def _ref_bomb(folder: Path, prefix: str) -> Path:
    """Ten levels of schemas in another file, each referring to the next ten times."""
    props = [", ".join(f"p{j}: {{$ref: '#{prefix}/l{i + 1}'}}" for j in range(10)) for i in range(9)]
    levels = [f"l{i}: {{type: object, properties: {{{props[i]}}}}}" for i in range(9)] + ["l9: {type: string}"]
    body = "\n".join(levels) if not prefix else "defs:\n" + "\n".join(f"  {level}" for level in levels)
    (folder / "bomb.yaml").write_text(body + "\n")
    (folder / "spec.yaml").write_text(HEAD + f"""\
paths:
  /a:
    get:
      operationId: getA
      responses:
        "200":
          description: ok
          content: {{application/json: {{schema: {{$ref: 'bomb.yaml#{prefix}/l0'}}}}}}
""")
    return folder / "spec.yaml"


def test_a_ref_bomb_across_files_is_refused(tmp_path: Path) -> None:
    """The same: $refs to nested parts of another file (`#/defs/l1`) are inlined, each time anew."""
    code, stderr = validate(_ref_bomb(tmp_path, "/defs"))
    assert code == 2 and len(stderr.splitlines()) == 1
    assert stderr.endswith(": YAML aliases or repeated $refs expand the spec by more than 100,000 nodes\n")


def test_named_schemas_of_another_file_are_read_once(tmp_path: Path) -> None:
    """`bomb.yaml#/l1` where a schema stands becomes the component `l1`: ten levels of ten
    references each are ten components, not 10**9 copies."""
    code, stderr = validate(_ref_bomb(tmp_path, ""))
    assert (code, stderr) == (0, "")


@pytest.mark.parametrize(("name", "text"), [
    ("deep.json", '{"openapi": "3.0.3", "x": ' + "[" * 30000 + "]" * 30000 + "}"),
    ("objects.json", '{"openapi": "3.0.3", "x": ' + '{"a": ' * 30000 + "1" + "}" * 30000 + "}"),
    # An escaped emoji makes libyaml refuse the file, so it is read by the JSON reader.
    ("emoji.json", '{"openapi": "3.0.3", "e": "\\ud83d\\ude00", "x": ' + "[" * 30000 + "]" * 30000 + "}"),
    ("deep.yaml", "openapi: 3.0.3\nx: " + "[" * 30000 + "]" * 30000 + "\n"),
])
def test_a_document_nested_30000_levels_deep_is_refused(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text)
    code, stderr = validate(tmp_path / name)
    assert code == 2 and len(stderr.splitlines()) == 1, stderr
    assert stderr.startswith(f"{name}:") and stderr.endswith(": nested deeper than 500 levels\n")


def _chain(count: int, link: str) -> str:
    schemas = "".join(f"    A{i}: {link.format(f'#/components/schemas/A{i + 1}')}\n" for i in range(count))
    return (HEAD + "paths: {}\ncomponents:\n  schemas:\n" + schemas
            + f"    A{count}: {{type: object, properties: {{x: {{type: string}}}}}}\n")


@pytest.mark.parametrize("link", ["{{$ref: '{}'}}", "{{allOf: [{{$ref: '{}'}}]}}"], ids=["ref", "allOf"])
def test_a_chain_of_10000_references_is_checked_in_linear_time(tmp_path: Path, link: str) -> None:
    (tmp_path / "spec.yaml").write_text(_chain(10000, link))
    code, stdout, stderr = run_limited(
        ["-c", ("import sys; from pathlib import Path; from generator.pipeline import load_checked; "
                "load_checked(Path(sys.argv[1])); print('checked')"), "spec.yaml"], tmp_path)
    assert (code, stdout, stderr) == (0, "checked\n", "")
    code, stderr = validate(tmp_path / "spec.yaml")  # the builders may refuse it, but cleanly
    assert code in (0, 2) and len(stderr.splitlines()) <= 1 and "internal error" not in stderr, stderr


def test_a_reference_cycle_through_1000_schemas_validates(tmp_path: Path) -> None:
    schemas = "".join(f"    A{i}: {{type: object, properties: {{next: {{$ref: '#/components/schemas/A{(i + 1) % 1000}'}}}}}}\n"
                      for i in range(1000))
    (tmp_path / "spec.yaml").write_text(HEAD + "paths: {}\ncomponents:\n  schemas:\n" + schemas)
    assert validate(tmp_path / "spec.yaml") == (0, "")


def test_a_schema_including_itself_through_allof_is_read_without_the_cycle(tmp_path: Path) -> None:
    """The validator used to recurse without end on it (and the process grew to 23 GB). Now it is
    a warning and a sound model (strict: an error), within the limits, in both modes."""
    (tmp_path / "spec.yaml").write_text(HEAD + """\
paths: {}
components:
  schemas:
    Animal: {type: object, properties: {name: {type: string}}}
    Tiger:
      allOf:
        - $ref: '#/components/schemas/Tiger'
        - type: object
          properties: {skill: {type: string}}
""")
    message = ("spec.yaml:9 (/components/schemas/Tiger/allOf/0/$ref): {}schema includes itself through allOf "
               "(Tiger → Tiger): that reference is left out\n")
    code, _, stderr = run_limited(["-m", "generator", "validate", "spec.yaml"], tmp_path)
    assert (code, stderr) == (0, message.format("warning: "))
    code, _, stderr = run_limited(["-m", "generator", "validate", "--strict", "spec.yaml"], tmp_path)
    assert (code, stderr) == (2, message.format(""))


def test_a_spec_that_is_not_a_regular_file_is_refused_before_reading() -> None:
    with pytest.raises(SpecError, match="not a regular file"):
        read_document(Path("/dev/zero"), Budget())


def test_a_spec_over_the_size_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "MAX_FILE_BYTES", 2 * 1024 * 1024)
    (tmp_path / "big.yaml").write_text(HEAD + "x: '" + "a" * (3 * 1024 * 1024) + "'\n")
    with pytest.raises(SpecError, match="file is larger than 2 MiB"):
        read_document(tmp_path / "big.yaml", Budget())


def test_the_node_budget_counts_every_file_of_a_spec(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(read, "MAX_NODES", 1000)
    items = ", ".join(str(i) for i in range(600))
    (tmp_path / "a.yaml").write_text(f"x: [{items}]\n")
    budget = Budget()
    read_document(tmp_path / "a.yaml", budget)
    with pytest.raises(SpecError, match="the spec has more than 1,000 nodes"):
        read_document(tmp_path / "a.yaml", budget)


def test_the_json_reader_finds_the_lines_the_yaml_reader_finds(tmp_path: Path) -> None:
    """JSON libyaml refuses is read by json.loads after a flat scan: same data, same lines."""
    text = ('{\n "openapi": "3.0.3",\n "a/b~c": {"x": [1, -2.5e+3, {"y": "q\\"uote"}, [], {}],\n'
            '  "z": null},\n "t": true\n}\n')
    (tmp_path / "spec.json").write_text(text)
    data, positions = read_document(tmp_path / "spec.json", Budget())  # libyaml reads this one
    scanned = read._read_json("spec.json", text, Budget())
    assert scanned[0] == data
    assert {k: v.line for k, v in scanned[1].items()} == {k: v.line for k, v in positions.items()}
    assert positions["/a~1b~0c/x/2/y"].line == 3 and positions["/a~1b~0c/z"].line == 4


def test_long_keys_nested_deep_are_refused(tmp_path: Path) -> None:
    """4 MB of JSON whose JSON pointers would add up to 800 million characters."""
    key = "k" * 10000
    (tmp_path / "spec.json").write_text('{"openapi": "3.0.3", "x": ' + "".join(f'{{"{key}{i}": ' for i in range(400))
                                        + "1" + "}" * 401)
    assert validate(tmp_path / "spec.json") == (2, (
        "spec.json:1: the spec's JSON pointers add up to more than 100,000,000 characters (long keys nested deep)\n"))
