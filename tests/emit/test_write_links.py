"""Writing never follows links: a symbolic link already in an output folder, at any level, is never
read, copied or written through; manifest entries are untrusted paths.

Each case plants a link to a file or folder outside the project holding a secret, runs a command,
and checks: the outside is byte-for-byte as it was, its secret appears in no output file nor in
what the command printed, and the command ended with exit 0 (the link replaced by a file or folder
of the generator's own) or with one clean line and exit 2.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from generator.cli import main
from generator.emit import nofollow, write

PETS = ROOT / "tests/golden/cases/basics/spec.yaml"
SECRET = "TOP-SECRET-7f3a"


def _run(args: list[str], cwd: Path) -> tuple[int, str]:
    old = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, args, catch_exceptions=False)
    finally:
        os.chdir(old)
    return result.exit_code, result.output


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _real_files(folder: Path) -> dict[str, bytes]:
    """Every file below `folder`, walked without following links."""
    found = {}
    for rel, entry in nofollow.entries(folder):
        if entry.is_file(follow_symlinks=False):
            found[rel] = Path(entry.path).read_bytes()
    return found


@pytest.fixture(scope="module")
def generated_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("project")
    (project / "specs").mkdir()
    shutil.copy(PETS, project / "specs/pets.yaml")
    code, output = _run(["generate"], project)
    assert code == 0, output
    return project


@pytest.fixture
def setup(generated_project: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A fresh copy of a generated project, and an outside folder with a secret file and folder."""
    project = tmp_path / "project"
    shutil.copytree(generated_project, project, symlinks=True)
    outside = tmp_path / "outside"
    (outside / "folder").mkdir(parents=True)
    (outside / "secret.txt").write_text(f"{SECRET}\n")
    (outside / "folder/secret.md").write_text(f"{SECRET}\n")
    return project, outside


def _link(path: Path, target: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to(target)


PKG = "generated/pets"
# (what is planted, where, to what) × the commands that read back, copy or write the folder
LINKS: list[tuple[str, str, str]] = [
    ("package folder", PKG, "folder"),
    ("sub-folder", f"{PKG}/docs", "folder"),
    ("sub-sub-folder", f"{PKG}/pets/api", "folder"),
    ("generated file", f"{PKG}/README.md", "secret.txt"),
    ("generated file deep", f"{PKG}/pets/api/pets_api.py", "secret.txt"),
    ("user's file", f"{PKG}/NOTES.md", "secret.txt"),
    ("user's folder", f"{PKG}/extra", "folder"),
    ("manifest", f"{PKG}/{write.MANIFEST}", "secret.txt"),
    ("state file", f"{PKG}/{write.STATE}", "secret.txt"),
    ("ignore file", f"{PKG}/{write.IGNORE}", "secret.txt"),
    ("stale file of the manifest", f"{PKG}/pets/api/old_api.py", "secret.txt"),
]
COMMANDS: dict[str, Callable[[Path], list[str]]] = {
    "generate": lambda project: ["generate"],
    "generate --force": lambda project: ["generate", "--force"],
    "check": lambda project: ["check"],
    "generate --out": lambda project: ["generate", "--spec", "specs/pets.yaml", "--out", PKG, "--package-name", "pets",
                                                  "--force"],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize(("what", "where", "target"), LINKS, ids=[case[0] for case in LINKS])
def test_a_link_in_the_output_is_never_followed(setup: tuple[Path, Path], what: str, where: str, target: str,
                                                command: str) -> None:
    project, outside = setup
    if what.startswith("stale"):  # a file the generator wrote before and writes no more
        manifest = project / PKG / write.MANIFEST
        manifest.write_text(manifest.read_text() + "pets/api/old_api.py\n")
    _link(project / where, outside / target)
    before = _snapshot(outside)
    code, output = _run(COMMANDS[command](project), project)
    assert _snapshot(outside) == before, "nothing outside is written"
    assert SECRET not in output, "nothing outside is read into what the command says"
    assert "Traceback" not in output and "internal error" not in output
    assert all(SECRET.encode() not in data for data in _real_files(project / "generated").values())
    if command == "check":
        assert code in (0, 1), output
        return
    if code == 2:  # refused: one line, and the link is where it was
        assert command == "generate" and what in ("package folder", "manifest"), output
        assert len(output.strip().splitlines()) == 1, output
        assert (project / where).is_symlink()
        return
    assert code == 0, output
    # not the generator's (the ignore file is the maintainer's; --out records no state): kept as a link
    kept = what in ("user's file", "user's folder", "ignore file") or (what, command) == ("state file", "generate --out")
    assert (project / where).is_symlink() == kept
    if what.startswith("stale"):
        assert not os.path.lexists(project / where)
    assert nofollow.read_bytes(project / PKG, "README.md") is not None


def test_generate_warns_of_manifest_entries_outside_the_package_and_never_names_them_removed(
        setup: tuple[Path, Path]) -> None:
    project, outside = setup
    manifest = project / PKG / write.MANIFEST
    manifest.write_text(manifest.read_text() + "../../../outside/secret.txt\n/etc/hostname\n")
    code, output = _run(["generate", "-v"], project)
    assert code == 0, output
    assert "entry '../../../outside/secret.txt' is not a plain relative path inside the package: ignored" in output
    assert "entry '/etc/hostname'" in output and "removed" not in output
    assert (outside / "secret.txt").read_text() == f"{SECRET}\n"


def test_changelog_is_never_written_through_a_link(setup: tuple[Path, Path]) -> None:
    project, outside = setup
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "-q"], cwd=project, check=True)
    subprocess.run([*git, "add", "-A"], cwd=project, check=True)
    subprocess.run([*git, "commit", "-qm", "x"], cwd=project, check=True)
    spec = project / "specs/pets.yaml"
    spec.write_text(spec.read_text().replace("summary: List pets", "summary: List the pets", 1))
    for where, target in (("CHANGELOG.md", "secret.txt"), ("MANIFEST.in", "secret.txt")):
        _link(project / PKG / where, outside / target)
        before = _snapshot(outside)
        code, output = _run(["diff", "--since", "HEAD", "--changelog", "--date", "2026-01-02"], project)
        assert code == 2, output
        assert "symbolic link" in output.splitlines()[-1]
        assert _snapshot(outside) == before
        (project / PKG / where).unlink()


BAD_ENTRIES = ["../outside/secret.txt", "/etc/hostname", "docs/../../outside/secret.txt", "./README.md",
               "docs//Pet.md", "..", "docs/\x1b[2Jx", "docs\\..\\..\\x"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(st.one_of(st.sampled_from(BAD_ENTRIES),
                                  st.lists(st.sampled_from(["..", ".", "", "a", "docs", "outside"]), min_size=1,
                                           max_size=4).map("/".join)), min_size=1, max_size=6))
def test_manifest_entries_outside_the_package_are_ignored_with_a_warning(
        tmp_path_factory: pytest.TempPathFactory, entries: list[str]) -> None:
    base = tmp_path_factory.mktemp("m")
    (base / "outside").mkdir()
    (base / "outside/secret.txt").write_text(SECRET)
    (base / "a").write_text("beside the package\n")
    root = base / "pkg"
    files = {"README.md": "# pkg\n", "docs/Pet.md": "# Pet\n"}
    write.write_package(root, files)
    (root / write.MANIFEST).write_text("\n".join([*files, *entries]) + "\n")
    before = _snapshot(base / "outside"), (base / "a").read_bytes()
    bad = [e for e in entries if e.strip() and not nofollow.plain_relative(e)]
    assert len(write.manifest_warnings(root)) == len(bad)
    result = write.write_package(root, {"README.md": "# pkg 2\n"})
    plain = [e for e in entries if nofollow.plain_relative(e)]
    assert set(result.removed) <= {"docs/Pet.md", *plain}, "only plain paths inside may be removed"
    assert (_snapshot(base / "outside"), (base / "a").read_bytes()) == before
    assert write.manifest_warnings(root) == [], "the manifest written now holds only the generator's own files"
