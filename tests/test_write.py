"""Writing packages: atomic, stale files removed, hand-kept files protected, no-op runs fast."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT
from generator import write
from generator.cli import main

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
    with pytest.raises(OSError, match="disk full"):
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
    assert code == 0 and "up to date" in output
    assert _tree(root) == before
    (root / "README.md").write_text("edited by hand\n")
    code, output = _generate([], project)
    assert code == 0 and "written" in output
    assert (root / "README.md").read_bytes() == before["README.md"]


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
