"""Writing packages: atomic, stale files removed, hand-kept files protected, no-op runs fast."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import ROOT
from generator.cli import main
from generator.emit import write

PETS = ROOT / "tests/golden/cases/basics/spec.yaml"


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _generate(args: list[str], cwd: Path) -> tuple[int, str]:
    old = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, ["generate", *args], catch_exceptions=False)
    finally:
        os.chdir(old)
    return result.exit_code, result.output


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "specs").mkdir()
    shutil.copy(PETS, tmp_path / "specs/pets.yaml")
    code, output = _generate([], tmp_path)
    assert code == 0, output
    return tmp_path


def test_a_failure_halfway_leaves_the_folder_byte_identical(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = project / "generated/pets"
    before = _tree(root)
    files = {path: text + "# changed\n" for path, text in _read_text_tree(root).items()}
    calls = {"n": 0}
    real_write_text = Path.write_text

    def failing_write_text(self: Path, data: str, *args: object, **kwargs: object) -> int:
        calls["n"] += 1
        if calls["n"] == 5:
            raise OSError("disk full")
        return real_write_text(self, data, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "write_text", failing_write_text)
    with pytest.raises(write.OutputError, match=f"^cannot write {root}: disk full$"):
        write.write_package(root, files)
    monkeypatch.undo()
    assert _tree(root) == before
    assert not [p for p in root.parent.iterdir() if p.name.startswith(".pets")], "no staging folder is left behind"


def _read_text_tree(root: Path) -> dict[str, str]:
    return {k: v.decode() for k, v in _tree(root).items() if not k.startswith(".apigen")}


def test_files_of_a_removed_operation_are_removed_and_protected_files_survive(project: Path) -> None:
    root = project / "generated/pets"
    assert (root / "pets/api/store_api.py").exists() and (root / "docs/StoreApi.md").exists()
    (root / "NOTES.md").write_text("kept: not the generator's\n")
    (root / ".apigen-ignore").write_text("docs/Pet.md\n")
    (root / "docs/Pet.md").write_text("hand-edited\n")
    spec = project / "specs/pets.yaml"
    text = spec.read_text()
    start = text.index("  /store/inventory:")
    end = text.index("  /health:")
    spec.write_text(text[:start] + text[end:])  # drop the only `store` operation
    code, output = _generate([], project)
    assert code == 0, output
    assert not (root / "pets/api/store_api.py").exists() and not (root / "docs/StoreApi.md").exists()
    assert (root / "NOTES.md").read_text() == "kept: not the generator's\n"
    assert (root / "docs/Pet.md").read_text() == "hand-edited\n"


def test_a_run_with_nothing_changed_touches_nothing_and_a_hand_edit_is_undone(project: Path) -> None:
    root = project / "generated/pets"
    before = _tree(root)
    code, output = _generate([], project)
    assert (code, output) == (0, "generated/pets: unchanged\n")
    assert _tree(root) == before
    (root / "README.md").write_text("edited by hand\n")
    code, output = _generate([], project)
    assert (code, output) == (0, "generated/pets: 1 changed (README.md)\n")
    assert (root / "README.md").read_bytes() == before["README.md"]


def test_a_no_op_says_unchanged_on_the_fast_path_and_the_slow_one(project: Path) -> None:
    assert _generate([], project) == (0, "generated/pets: unchanged\n")  # stops at the recorded state
    assert _generate(["--lenient"], project) == (0, "generated/pets: unchanged\n")  # generates, writes nothing
    out = project / "elsewhere"
    args = ["--spec", "specs/pets.yaml", "--out", str(out)]
    code, output = _generate(args, project)
    named = rf"{out}: package 'pet_store', named by the spec's info.title \(--package-name NAME chooses another\)\n"
    assert code == 0 and re.fullmatch(rf"{out}: \d+ added \(-v lists them\)\n{named}", output), output
    assert _generate(args, project) == (0, f"{out}: unchanged\n")


def test_generate_names_the_files_it_added_changed_and_removed(project: Path) -> None:
    root = project / "generated/pets"
    spec = project / "specs/pets.yaml"
    text = spec.read_text()
    spec.write_text(text.replace("The pet's name.", "The pet's given name."))
    code, output = _generate([], project)
    assert (code, output) == (0, "generated/pets: 4 changed (-v lists them)\n")  # NewPet, and Pet (allOf NewPet)
    spec.write_text(text)
    code, output = _generate(["-v"], project)
    assert (code, output) == (0, ("generated/pets: 4 changed\n  changed: docs/NewPet.md\n  changed: docs/Pet.md\n"
                                 "  changed: pets/models/new_pet.py\n  changed: pets/models/pet.py\n"))
    start, end = text.index("  /store/inventory:"), text.index("  /health:")
    spec.write_text(text[:start] + text[end:])  # drops StoreApi: files removed, and every list of APIs changes
    code, output = _generate(["-v"], project)
    lines = output.splitlines()
    assert code == 0 and re.fullmatch(r"generated/pets: \d+ changed, \d+ removed", lines[0]), lines[0]
    assert "  removed: pets/api/store_api.py" in lines and "  removed: docs/StoreApi.md" in lines
    assert not (root / "pets/api/store_api.py").exists()
    assert all(line.startswith(("  changed: ", "  removed: ")) for line in lines[1:])


def test_two_runs_give_identical_bytes(tmp_path: Path) -> None:
    for name in ("a", "b"):
        code, output = _generate(["--spec", str(PETS), "--out", str(tmp_path / name), "--package-name", "pets"],
                                 tmp_path)
        assert code == 0, output
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")
    assert str(tmp_path) not in "".join(v.decode() for v in _tree(tmp_path / "a").values())


def test_check_fails_on_a_changed_description_and_shows_the_line(project: Path) -> None:
    spec = project / "specs/pets.yaml"
    spec.write_text(spec.read_text().replace("The pet's name.", "The pet's given name."))
    old = Path.cwd()
    os.chdir(project)
    try:
        result = CliRunner().invoke(main, ["check"], catch_exceptions=False)
    finally:
        os.chdir(old)
    assert result.exit_code == 1
    assert "out of date" in result.output
    assert "+    name: str = Field(description=\"The pet's given name.\")" in result.output
    assert "-    name: str = Field(description=\"The pet's name.\")" in result.output


def _run(args: list[str], cwd: Path) -> tuple[int, str]:
    old = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, args, catch_exceptions=False)
    finally:
        os.chdir(old)
    return result.exit_code, result.stderr


def test_an_out_path_that_is_a_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine\n")
    code, stderr = _run(["generate", "--spec", str(PETS), "--out", "notes.txt"], tmp_path)
    assert (code, stderr) == (2, "cannot write notes.txt: it exists and is not a folder\n")
    assert (tmp_path / "notes.txt").read_text() == "mine\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


@pytest.mark.parametrize("out", [".", ".."])
def test_an_out_folder_holding_the_current_folder_is_refused(tmp_path: Path, out: str) -> None:
    (tmp_path / "here").mkdir()
    code, stderr = _run(["generate", "--spec", str(PETS), "--out", out], tmp_path / "here")
    assert code == 2 and stderr.startswith(f"cannot write {out}: the package folder is replaced as a whole")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["here"]


def test_package_folders_and_files_follow_the_umask(tmp_path: Path) -> None:
    previous = os.umask(0o002)
    try:
        code, output = _generate(["--spec", str(PETS), "--out", str(tmp_path / "pkg"), "--package-name", "pets"],
                                 tmp_path)
    finally:
        os.umask(previous)
    assert code == 0, output
    root = tmp_path / "pkg"
    assert {oct(p.stat().st_mode & 0o777) for p in [root, *root.rglob("*")] if p.is_dir()} == {oct(0o775)}
    assert {oct(p.stat().st_mode & 0o777) for p in root.rglob("*") if p.is_file()} == {oct(0o664)}


def _unprivileged(command: list[str]) -> list[str]:
    """`command` run without root's power to write anywhere (as root: without CAP_DAC_OVERRIDE)."""
    if os.geteuid() != 0:
        return command
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: cannot make a folder read-only to us")
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", *command]


@pytest.mark.parametrize("out", ["locked/pkg", "locked/new/pkg"])
def test_a_read_only_output_folder_is_one_line_and_exit_2(tmp_path: Path, out: str) -> None:
    (tmp_path / "locked/pkg").mkdir(parents=True)
    (tmp_path / "locked/pkg").chmod(0o555)
    (tmp_path / "locked").chmod(0o555)
    try:
        result = subprocess.run(_unprivileged([sys.executable, "-m", "generator", "generate", "--spec", str(PETS),
                                               "--out", out]), cwd=tmp_path, capture_output=True, text=True,
                                timeout=120, check=False)
    finally:
        (tmp_path / "locked").chmod(0o755)
        (tmp_path / "locked/pkg").chmod(0o755)
    assert (result.returncode, result.stderr) == (2, f"cannot write {out}: permission denied\n")
    assert [p.name for p in (tmp_path / "locked").iterdir()] == ["pkg"]


@pytest.mark.parametrize("args", [
    ["generate", "--spec", "spec.yaml"],
    ["generate", "--out", "pkg"],
    ["generate", "--package-name", "pets"],
    ["generate", "--spec", "spec.yaml", "--out", "pkg", "pets"],
    ["generate", "--spec", "spec.yaml", "--out", "pkg", "--generated", "gen"],
    ["generate", "--bogus"],
    ["validate"],
    ["validate", "--ref-root", "missing", "spec.yaml"],
    ["nonsense"],
    [],
])
def test_usage_errors_are_one_line_and_exit_2(tmp_path: Path, args: list[str]) -> None:
    shutil.copy(PETS, tmp_path / "spec.yaml")
    code, stderr = _run(args, tmp_path)
    assert code == 2
    assert len(stderr.splitlines()) == 1 and "--help" in stderr, stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["spec.yaml"]


def test_a_swap_cut_short_is_recovered_on_the_next_run(project: Path) -> None:
    root = project / "generated/pets"
    before = _tree(root)
    root.rename(root.parent / ".pets.old")  # as if killed between the two renames
    code, output = _generate([], project)
    assert code == 0, output
    assert _tree(root) == before
    assert sorted(p.name for p in root.parent.iterdir()) == ["pets"]


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in path.read_text().split()] if path.exists() else []


def test_ctrl_c_during_generation_prints_one_line_and_leaves_nothing(tmp_path: Path) -> None:
    """Big specs are validated in a forked child: Ctrl-C (to the whole group) must not make it talk."""
    if not Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists():
        pytest.skip("needs /proc/<pid>/task/<pid>/children to see the validator start")
    paths = "".join(f"  /r{i}:\n    get:\n      operationId: get{i}\n      responses:\n"
                    f"        '200': {{description: ok, content: {{application/json: {{schema: "
                    f"{{type: object, properties: {{a: {{type: string}}}}}}}}}}}}\n" for i in range(1500))
    (tmp_path / "big.yaml").write_text(f"openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n{paths}")
    process = subprocess.Popen([sys.executable, "-m", "generator", "generate", "--spec", "big.yaml", "--out", "pkg"],
                               cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    deadline = time.monotonic() + 60
    while not _children(process.pid) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert _children(process.pid), "the validator never started in the background"
    time.sleep(0.2)
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C does: the whole foreground group
    _, stderr = process.communicate(timeout=60)
    assert (process.returncode, stderr) == (130, "interrupted\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.yaml"]


def _check(project: Path, *args: str) -> tuple[int, str]:
    old = Path.cwd()
    os.chdir(project)
    try:
        result = CliRunner().invoke(main, ["check", *args], catch_exceptions=False)
    finally:
        os.chdir(old)
    return result.exit_code, result.output


def test_check_diff_headers_name_the_real_paths(project: Path) -> None:
    model = project / "generated/pets/pets/models/error.py"
    model.write_text(model.read_text() + "# hand\n")
    code, output = _check(project)
    assert code == 1
    assert "--- generated/pets/pets/models/error.py\n+++ generated/pets/pets/models/error.py\n" in output
    assert "(on disk)" not in output


def test_check_tells_a_hand_edit_from_a_spec_change(project: Path) -> None:
    model = project / "generated/pets/pets/models/error.py"
    model.write_text(model.read_text() + "# hand\n")
    code, output = _check(project)
    assert code == 1
    assert output.splitlines()[0] == ("generated/pets: hand-edited: pets/models/error.py; "
                                      "`make generate` will undo it")
    assert "out of date" not in output
    (project / "generated/pets/docs/Error.md").unlink()  # deleted by hand: an edit too
    spec = project / "specs/pets.yaml"
    spec.write_text(spec.read_text().replace("The pet's name.", "The pet's given name."))
    code, output = _check(project, "--diff-lines", "0")
    lines = output.splitlines()
    assert lines[:2] == [("generated/pets: hand-edited: docs/Error.md, pets/models/error.py; "
                         "`make generate` will undo it"),
                         "generated/pets: out of date with specs/pets.yaml (run `make generate`)"]
    assert "  missing: docs/Error.md" in lines and "  changed: pets/models/new_pet.py" in lines


def test_check_without_a_recorded_state_says_out_of_date(project: Path) -> None:
    (project / "generated/pets/.apigen-state").unlink()  # a fresh clone: the state is git-ignored
    model = project / "generated/pets/pets/models/error.py"
    model.write_text(model.read_text() + "# hand\n")
    code, output = _check(project, "--diff-lines", "0")
    assert code == 1 and output.splitlines()[0] == "generated/pets: out of date with specs/pets.yaml (run `make generate`)"


def test_check_reports_a_package_whose_spec_is_gone(project: Path) -> None:
    shutil.copy(PETS, project / "specs/zoo.yaml")
    assert _generate([], project)[0] == 0
    (project / "specs/zoo.yaml").unlink()
    code, output = _check(project)
    assert code == 1
    assert output == ("generated/pets: up to date\ngenerated/zoo: no spec in specs generates this package "
                      "(was its spec removed?): delete the folder or restore the spec\n")
    (project / "generated/notes").mkdir()  # not a package the generator wrote: not its business
    assert _check(project, "pets") == (0, "generated/pets: up to date\n")


def test_progress_shows_on_a_terminal_only(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = project / "specs/pets.yaml"
    spec.write_text(spec.read_text().replace("The pet's name.", "The pet's given name."))
    code, stderr = _run(["generate"], project)
    assert (code, stderr) == (0, "")  # not a terminal: nothing on stderr
    spec.write_text(spec.read_text().replace("The pet's given name.", "The pet's name."))
    monkeypatch.setattr("generator.cli._stderr_is_tty", lambda: True)
    code, stderr = _run(["generate"], project)
    assert code == 0
    assert "\r[1/1] generating pets: load, check, build, render, format" in stderr
    assert "\r[1/1] writing generated/pets (" in stderr
    assert stderr.endswith("\r")  # the line is cleared before the results print


def test_version_and_help() -> None:
    import importlib.metadata

    result = CliRunner().invoke(main, ["--version"])
    assert (result.exit_code, result.output) == (0, f"apigen {importlib.metadata.version('apigen')}\n")
    result = CliRunner().invoke(main, ["--help"], terminal_width=200)
    commands = result.output.split("Commands:")[1]
    assert result.exit_code == 0 and "..." not in commands  # click cuts each at 45 characters otherwise
    for name, command in main.commands.items():
        first = " ".join((command.help or "").split("\n\n")[0].split())
        assert first and f"{name} {first}" in " ".join(commands.split()), name


def test_every_option_has_help_text() -> None:
    import click

    missing = [f"{name} {param.opts[0]}" for name, command in main.commands.items() for param in command.params
               if isinstance(param, click.Option) and not param.help]
    assert missing == []


def _restate(project: Path, change: Callable[[dict[str, Any]], None]) -> None:
    path = project / "generated/pets/.apigen-state"
    state = json.loads(path.read_text())
    change(state)
    path.write_text(json.dumps(state))


def test_check_tells_a_changed_generator_from_a_changed_spec(project: Path) -> None:
    model = project / "generated/pets/pets/models/error.py"
    model.write_text(model.read_text() + "# what an older generator wrote\n")
    digest = hashlib.sha256(model.read_bytes()).hexdigest()
    _restate(project, lambda state: state["files"].__setitem__("pets/models/error.py", digest))
    code, output = _check(project, "--diff-lines", "0")
    assert code == 1 and output.splitlines()[0] == ("generated/pets: out of date with the generator (it changed "
                                                    "since generated/pets was written; run `make generate`)")
    _restate(project, lambda state: state.pop("inputs"))  # a state from before inputs were recorded
    code, output = _check(project, "--diff-lines", "0")
    assert output.splitlines()[0] == "generated/pets: out of date with specs/pets.yaml (run `make generate`)"
