"""`generate --out` never replaces a user's files: a folder is written when it is empty or when its
manifest proves the files replaced are apigen's; otherwise one line names them (exit 2) and
nothing changes; `--force` replaces exactly what was named."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from generator.cli import main
from generator.emit import write

PETS = ROOT / "tests/golden/cases/basics/spec.yaml"
# A small package as the writer sees it: what the generator would write now.
FILES = {"README.md": "# pets\n", "pyproject.toml": "[project]\n", "pets/__init__.py": "",
         "pets/api/pet_api.py": "x = 1\n", "docs/Pet.md": "# Pet\n"}
USER_NAMES = ["README.md", "pyproject.toml", "docs/Pet.md", "pets/api/pet_api.py", "docs/Book.md", "notes.txt",
              "pets/mine.py", "pets", "docs"]


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _generate(args: list[str], cwd: Path) -> tuple[int, str, str]:
    old = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, ["generate", *args], catch_exceptions=False)
    finally:
        os.chdir(old)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def user_folder(tmp_path: Path) -> Path:
    """A user's folder holding their own README, a doc page and a pyproject, named like generated files."""
    scratch = tmp_path / "scratch"
    (scratch / "docs").mkdir(parents=True)
    (scratch / "README.md").write_text("my own readme\n")
    (scratch / "docs/Book.md").write_text("my own book\n")
    (scratch / "pyproject.toml").write_text("[project]\nname = 'mine'\n")
    return scratch


@pytest.mark.parametrize("absolute", [False, True])
def test_generate_out_refuses_a_users_folder_and_changes_nothing(user_folder: Path, absolute: bool) -> None:
    before = _tree(user_folder)
    out = str(user_folder) if absolute else "scratch"
    code, stdout, stderr = _generate(["--spec", str(PETS), "--out", out], user_folder.parent)
    assert code == 2, stdout + stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert "README.md, pyproject.toml" in lines[0] and "--force" in lines[0]
    assert "docs/Book.md" not in lines[0]  # not generated, so not replaced: not named
    assert "Traceback" not in stderr
    assert _tree(user_folder) == before
    assert sorted(p.name for p in user_folder.parent.iterdir()) == ["scratch"], "no staging folder left"


def test_generate_out_with_force_replaces_only_what_it_named(user_folder: Path) -> None:
    code, _, stderr = _generate(["--spec", str(PETS), "--out", "scratch", "--force"], user_folder.parent)
    assert code == 0, stderr
    assert (user_folder / "docs/Book.md").read_text() == "my own book\n"
    assert (user_folder / "README.md").read_text() != "my own readme\n"
    assert "name = 'mine'" not in (user_folder / "pyproject.toml").read_text()
    # written once, the folder is apigen's: the next run needs no --force and keeps the user's page
    code, _, stderr = _generate(["--spec", str(PETS), "--out", "scratch"], user_folder.parent)
    assert code == 0, stderr
    assert (user_folder / "docs/Book.md").read_text() == "my own book\n"


def test_a_folder_without_a_manifest_is_refused_even_when_nothing_collides(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out/notes.txt").write_text("mine\n")
    code, _, stderr = _generate(["--spec", str(PETS), "--out", "out"], tmp_path)
    assert code == 2 and "notes.txt" in stderr and len(stderr.splitlines()) == 1
    assert _tree(tmp_path / "out") == {"notes.txt": b"mine\n"}


def test_an_empty_or_missing_folder_is_written(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    for out in ("empty", "missing"):
        code, _, stderr = _generate(["--spec", str(PETS), "--out", out], tmp_path)
        assert code == 0, stderr
        assert (tmp_path / out / write.MANIFEST).is_file()


def test_a_generated_package_with_a_users_file_where_a_new_file_goes_is_refused(tmp_path: Path) -> None:
    """The manifest proves only what it lists: a user's file at a path the generator now wants is theirs."""
    root = tmp_path / "pkg"
    write.write_package(root, FILES)
    (root / "docs/Order.md").write_text("my notes on orders\n")
    with pytest.raises(write.OutputError, match=r"would replace files apigen did not write: docs/Order\.md "):
        write.write_package(root, {**FILES, "docs/Order.md": "# Order\n"})
    assert (root / "docs/Order.md").read_text() == "my notes on orders\n"
    write.write_package(root, {**FILES, "README.md": "# changed\n"})  # its own files: no question asked


def test_generate_from_specs_refuses_before_writing_any_package(tmp_path: Path) -> None:
    (tmp_path / "specs").mkdir()
    for api in ("a_pets", "b_pets"):
        (tmp_path / "specs" / f"{api}.yaml").write_bytes(PETS.read_bytes())
    (tmp_path / "generated/b_pets").mkdir(parents=True)
    (tmp_path / "generated/b_pets/README.md").write_text("mine\n")
    code, _, stderr = _generate([], tmp_path)
    assert code == 2 and "generated/b_pets" in stderr and "README.md" in stderr
    assert not (tmp_path / "generated/a_pets").exists(), "nothing is written unless every package can be"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.sets(st.sampled_from(USER_NAMES), min_size=1), owned=st.booleans())
def test_refusal_names_exactly_the_users_files_the_write_would_replace(
        tmp_path_factory: pytest.TempPathFactory, names: set[str], owned: bool) -> None:
    root = tmp_path_factory.mktemp("w") / "pkg"
    if owned:
        write.write_package(root, {"old.py": "old\n"})  # a folder apigen wrote, owning only old.py
    root.mkdir(exist_ok=True)
    for name in sorted(names, key=len, reverse=True):
        target = root / name
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(f"user's {name}\n")
    user = {p: b for p, b in _tree(root).items() if not p.startswith(".apigen") and p != "old.py"}
    before = _tree(root)
    folders = {"pets", "pets/api", "docs"}
    collide = sorted(p for p in user if p in FILES or p in folders)
    if not collide and (owned or not user):
        write.write_package(root, FILES)
        assert {p: b for p, b in _tree(root).items() if p in user} == user
        return
    with pytest.raises(write.OutputError) as raised:
        write.write_package(root, FILES)
    message = str(raised.value)
    assert "\n" not in message
    listed = re.search(r"did not write(?:: | \()(.*?)(?: \(|\);)", message)
    assert listed is not None, message
    assert listed.group(1).split(", ") == (collide or sorted(user)), message
    assert _tree(root) == before
    write.write_package(root, FILES, force=True)
    after = _tree(root)
    assert all(after[p] == user[p] for p in user if p not in collide)
    assert all(after[p] == FILES[p].encode() for p in FILES)


def test_a_changelog_written_before_the_package_does_not_block_it(tmp_path: Path) -> None:
    """`apigen diff --changelog` may write generated/<pkg>/CHANGELOG.md before the package exists
    (a renamed package): not the generator's file, never replaced, and no reason to refuse."""
    root = tmp_path / "pkg"
    root.mkdir()
    (root / "CHANGELOG.md").write_text("# Changelog\n")
    (root / "MANIFEST.in").write_text("include CHANGELOG.md\n")
    write.write_package(root, FILES)
    assert (root / "CHANGELOG.md").read_text() == "# Changelog\n"
    assert (root / "MANIFEST.in").read_text() == "include CHANGELOG.md\n"
