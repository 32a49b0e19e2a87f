"""`apigen diff OLD NEW` on two files is one package: named and versioned by the settings of either
side (or NEW's info.title), never a package per file name; `--bump` writes NEW's settings file and
creates none; a bumped pair is not bumped again; only the specs' differences are changes."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

CASE = Path(__file__).parent / "endpoint_added"  # one addition: a minor release
SETTINGS = "package_name: library\npackage_version: 2.0.0\ndescription: The library\nhost: https://lib.example\n"


def run(args: list[str], cwd: Path) -> tuple[int, str, str]:
    old = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, args, catch_exceptions=False)
    finally:
        os.chdir(old)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def pair(tmp_path: Path) -> Path:
    (tmp_path / "library_v2.yaml").write_bytes((CASE / "old.yaml").read_bytes())
    (tmp_path / "library_v3.yaml").write_bytes((CASE / "new.yaml").read_bytes())
    return tmp_path


# Which side has a settings file (with the package's settings): every combination.
@pytest.mark.parametrize(("old_has", "new_has"), list(itertools.product([False, True], repeat=2)))
def test_two_files_are_one_package_whatever_side_has_the_settings(pair: Path, old_has: bool, new_has: bool) -> None:
    for has, name in ((old_has, "library_v2"), (new_has, "library_v3")):
        if has:
            (pair / f"{name}.settings.yaml").write_text(SETTINGS)
    code, stdout, stderr = run(["diff", "library_v2.yaml", "library_v3.yaml"], pair)
    assert code == 0, stderr
    package = "library" if old_has or new_has else "pets"  # the settings' name, else info.title ("Pets")
    version = "2.0.0 -> 2.1.0" if old_has or new_has else "1.0.0 -> 1.1.0"
    assert stdout.splitlines()[0] == f"{package} {version} (minor, suggested): 1 addition"
    assert "library_v3 " not in stdout and "library_v2 " not in stdout, "no package is named after a file"
    assert "package-description-changed" not in stdout and "default-host-changed" not in stdout
    assert "[endpoint-added]" in stdout


def test_bump_writes_news_settings_and_a_bumped_pair_is_not_bumped_again(pair: Path) -> None:
    (pair / "library_v2.settings.yaml").write_text(SETTINGS)
    before = sorted(p.name for p in pair.iterdir())
    code, _, stderr = run(["diff", "library_v2.yaml", "library_v3.yaml", "--bump"], pair)
    assert code == 2 and len(stderr.splitlines()) == 1, stderr
    assert stderr.startswith("library_v3.settings.yaml: --bump with two files needs the settings file of each")
    assert sorted(p.name for p in pair.iterdir()) == before, "no settings file is made up beside a spec"
    (pair / "library_v3.settings.yaml").write_text(SETTINGS)
    code, _, stderr = run(["diff", "library_v2.yaml", "library_v3.yaml", "--bump"], pair)
    assert code == 0 and "library_v3.settings.yaml: package_version 2.0.0 -> 2.1.0" in stderr
    assert (pair / "library_v2.settings.yaml").read_text() == SETTINGS, "OLD's settings hold the released version"
    code, stdout, stderr = run(["diff", "library_v2.yaml", "library_v3.yaml", "--bump"], pair)
    assert code == 0 and "package_version 2.1.0 already set" in stderr
    assert stdout.splitlines()[0] == "library 2.0.0 -> 2.1.0 (minor, set in the settings): 1 addition"
    assert "package_version: 2.1.0" in (pair / "library_v3.settings.yaml").read_text()


def test_only_the_version_changed_is_no_change(pair: Path) -> None:
    (pair / "library_v3.yaml").write_bytes((pair / "library_v2.yaml").read_bytes())
    (pair / "library_v2.settings.yaml").write_text(SETTINGS)
    (pair / "library_v3.settings.yaml").write_text(SETTINGS.replace("2.0.0", "2.0.1"))
    code, stdout, _ = run(["diff", "library_v2.yaml", "library_v3.yaml", "--format", "json"], pair)
    assert code == 0 and '"changes": []' in stdout
