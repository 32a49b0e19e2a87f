"""`apigen diff --since`, `--bump`, `--changelog`, and the API summaries of `generate` and `check`,
in throwaway git repositories (git init in tmp_path, commit, edit, run)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

CORPUS = Path(__file__).parent
BASE = (CORPUS / "no_change" / "old.yaml").read_text()
SETTINGS = "# Settings for pets: see README.md\npackage_name: pets\npackage_version: 1.2.0  # released in May\nstrict: false\n"
_ENV = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com", "GIT_CONFIG_NOSYSTEM": "1", "HOME": "/nonexistent"}

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=repo, env=_ENV, capture_output=True, text=True, check=True)
    return result.stdout


def run(args: list[str], cwd: Path) -> tuple[int, str, str]:
    old = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, args, catch_exceptions=False)
    finally:
        os.chdir(old)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A checkout with one API whose Error schema lives in a file of its own, committed."""
    (tmp_path / "specs").mkdir()
    spec = BASE.replace("Error:\n      type: object", "Error:\n      $ref: shared/common.yaml#/Error\n    Unused:\n      type: object")
    (tmp_path / "specs/pets.yaml").write_text(spec)
    (tmp_path / "specs/shared").mkdir()
    (tmp_path / "specs/shared/common.yaml").write_text(
        "Error:\n  type: object\n  required: [code, message]\n  properties:\n"
        "    code: {type: integer}\n    message: {type: string}\n")
    (tmp_path / "specs/pets.settings.yaml").write_text(SETTINGS)
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "pets")
    return tmp_path


def _edit(repo: Path) -> None:
    """A breaking change in the spec, an addition in the file it refers to."""
    spec = repo / "specs/pets.yaml"
    text = spec.read_text()
    start, end = text.index("    delete:\n"), text.index("  /pets/{petId}/feed:")
    spec.write_text(text[:start] + text[end:])
    common = repo / "specs/shared/common.yaml"
    common.write_text(common.read_text() + "    detail: {type: string}\n")


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and ".git" not in p.relative_to(root).parts}


def test_since_reads_the_revision_without_touching_the_working_tree(repo: Path) -> None:
    _edit(repo)
    before, status = _tree(repo), git(repo, "status", "--porcelain")
    code, stdout, stderr = run(["diff", "--since", "HEAD", "--format", "json"], repo)
    assert code == 1, stderr
    [package] = json.loads(stdout)["packages"]
    assert sorted((c["rule"], c["python"]) for c in package["changes"]) == [
        ("endpoint-removed", "PetsApi.delete_pet"), ("response-optional-property-added", "Error.detail")]
    assert package["old"] == {"source": "HEAD:specs/pets.yaml", "version": "1.2.0"}
    assert (package["bump"], package["suggested_version"]) == ("major", "2.0.0")
    assert _tree(repo) == before and git(repo, "status", "--porcelain") == status


def test_since_an_older_revision_and_only_the_apis_named(repo: Path) -> None:
    _edit(repo)
    git(repo, "commit", "-qam", "edit")
    code, stdout, _ = run(["diff", "--since", "HEAD~1", "pets"], repo)
    assert code == 1
    assert stdout.startswith("pets 1.2.0 -> 2.0.0 (major, suggested): 1 breaking, 1 addition\n  HEAD~1:specs/pets.yaml")
    code, stdout, _ = run(["diff", "--since", "HEAD", "pets"], repo)
    assert (code, stdout.splitlines()[0]) == (0, "pets 1.2.0: no change to the API; the version stays")


def test_bump_edits_one_line_and_changelog_prepends_a_dated_entry(repo: Path) -> None:
    _edit(repo)
    code, _, stderr = run(["diff", "--since", "HEAD", "--bump", "--changelog", "--date", "2024-05-01"], repo)
    assert code == 0, "asked to bump and write the changelog, it did: success, breaking or not"
    assert (repo / "specs/pets.settings.yaml").read_text() == SETTINGS.replace("1.2.0  #", "2.0.0  #")
    changelog = repo / "generated/pets/CHANGELOG.md"
    text = changelog.read_text()
    assert text.startswith("# Changelog\n\n## 2.0.0 (2024-05-01)\n\n### Breaking changes\n\n- PetsApi.delete_pet removed")
    assert "### Additions\n\n- new optional field detail: str in Error" in text
    assert (repo / "generated/pets/MANIFEST.in").read_text() == "include CHANGELOG.md\n"
    assert "specs/pets.settings.yaml: package_version 1.2.0 -> 2.0.0" in stderr
    # run again: the version is set now, and the entry for it says the same: nothing is written
    settings = (repo / "specs/pets.settings.yaml").read_bytes()
    code, stdout, stderr = run(["diff", "--since", "HEAD", "--bump", "--changelog", "--date", "2024-05-02"], repo)
    assert code == 0
    assert "(major, set in the settings)" in stdout and "package_version 2.0.0 already set" in stderr
    assert "generated/pets/CHANGELOG.md: entry for 2.0.0 already there" in stderr
    assert changelog.read_text() == text and (repo / "specs/pets.settings.yaml").read_bytes() == settings
    # the spec changes again before the release: the entry for 2.0.0 is rewritten, still one
    spec = repo / "specs/pets.yaml"
    spec.write_text(spec.read_text().replace("summary: List pets", "summary: List the pets"))
    code, _, stderr = run(["diff", "--since", "HEAD", "--changelog", "--date", "2024-05-03"], repo)
    again = changelog.read_text()
    assert code == 0 and again.count("## 2.0.0") == 1 and "## 2.0.0 (2024-05-03)" in again and "PetsApi.list_pets changed" in again


def test_changelog_keeps_older_entries_and_takes_todays_date(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime

    from generator.diff import release

    monkeypatch.setattr(release, "today", lambda: datetime.date(2030, 1, 2))
    (repo / "generated/pets").mkdir(parents=True)
    (repo / "generated/pets/CHANGELOG.md").write_text("# Changelog\n\nHand-written intro.\n\n## 1.2.0 (2024-01-01)\n\n- old\n")
    spec = repo / "specs/pets.yaml"
    spec.write_text(spec.read_text().replace("summary: List pets", "summary: List the pets"))
    code, _, _ = run(["diff", "--since", "HEAD", "--changelog"], repo)
    assert code == 0
    assert (repo / "generated/pets/CHANGELOG.md").read_text() == (
        "# Changelog\n\nHand-written intro.\n\n## 1.2.1 (2030-01-02)\n\n### Fixes and documentation\n\n- summary or description of PetsApi.list_pets changed (`PetsApi.list_pets`, "
        "`GET /pets`)\n\n## 1.2.0 (2024-01-01)\n\n- old\n")


def test_a_settings_file_without_the_line_gets_it(tmp_path: Path) -> None:
    from generator.diff.release import write_version

    settings = tmp_path / "a.settings.yaml"
    settings.write_text("package_name: a\n# no version yet")
    assert write_version(settings, "1.1.0")
    assert settings.read_text() == "package_name: a\n# no version yet\npackage_version: 1.1.0\n"
    settings.write_text("package_version: '0.1'  # quoted\r\nstrict: true\r\n")
    assert write_version(settings, "0.2.0") and not write_version(settings, "0.2.0")
    assert settings.read_bytes() == b"package_version: '0.2.0'  # quoted\r\nstrict: true\r\n"


def test_new_and_removed_specs(repo: Path) -> None:
    shutil.copy(repo / "specs/pets.yaml", repo / "specs/extra.yaml")
    (repo / "specs/extra.yaml").write_text((repo / "specs/pets.yaml").read_text())
    code, stdout, _ = run(["diff", "--since", "HEAD", "--format", "json"], repo)
    assert code == 0
    states = {p["api"]: (p["state"], p["bump"]) for p in json.loads(stdout)["packages"]}
    assert states == {"extra": ("added", "none"), "pets": ("unchanged", "none")}
    git(repo, "rm", "-q", "specs/pets.yaml", "specs/pets.settings.yaml")
    code, stdout, _ = run(["diff", "--since", "HEAD", "--format", "json"], repo)
    assert code == 1
    removed = next(p for p in json.loads(stdout)["packages"] if p["api"] == "pets")
    assert (removed["state"], [c["rule"] for c in removed["changes"]]) == ("removed", ["package-removed"])


@pytest.mark.parametrize(("setup", "args", "message"), [
    ("nogit", ["--since", "HEAD"], "apigen diff: specs is not in a git checkout\n"),
    ("", ["--since", "no-such-rev"], "apigen diff: unknown revision 'no-such-rev' (not a commit in {repo})\n"),
    ("", ["--since", "HEAD", "nope"], "specs: no spec for API 'nope' (known: pets)\n"),
])
def test_bad_input_is_one_line_and_exit_2(repo: Path, tmp_path: Path, setup: str, args: list[str],
                                          message: str) -> None:
    if setup == "nogit":
        shutil.rmtree(repo / ".git")
    code, _, stderr = run(["diff", *args], repo)
    assert (code, stderr) == (2, message.format(repo=repo.resolve()))


def test_a_spec_broken_at_the_revision_is_named_by_revision(repo: Path) -> None:
    (repo / "specs/pets.yaml").write_text("openapi: 3.0.3\npaths: [\n")
    git(repo, "commit", "-qam", "broken")
    (repo / "specs/pets.yaml").write_text(BASE)
    code, _, stderr = run(["diff", "--since", "HEAD"], repo)
    assert code == 2 and stderr.startswith("HEAD:specs/pets.yaml:") and str(repo) not in stderr


# -- generate and check ---------------------------------------------------------------------------


def test_generate_ends_with_one_line_per_package_whose_api_changed(repo: Path) -> None:
    code, stdout, stderr = run(["generate"], repo)
    assert code == 0, stderr
    assert stdout.splitlines()[-1].startswith("generated/pets: ")  # the spec is as at HEAD: no summary
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "generated")
    spec = repo / "specs/pets.yaml"
    spec.write_text(spec.read_text().replace("  /pets/{petId}/feed:", "  /pets/{petId}/toys:\n    get:\n"
                                             "      tags: [pets]\n      operationId: listToys\n      parameters:\n"
                                             "      - {name: petId, in: path, required: true, schema: {type: integer}}\n"
                                             "      responses:\n        '204': {description: none}\n"
                                             "  /pets/{petId}/feed:"))
    code, stdout, _ = run(["generate"], repo)
    assert code == 0
    assert stdout.splitlines()[-1] == ("pets: 1 addition, 0 breaking -> 1.3.0 suggested "
                                       "(apigen diff --since HEAD pets for details)")


def test_generate_outside_git_says_nothing_more(tmp_path: Path) -> None:
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs/pets.yaml").write_text(BASE)
    code, stdout, _ = run(["generate"], tmp_path)
    assert code == 0 and re.fullmatch(r"generated/pets: \d+ added \(-v lists them\)\n", stdout), stdout


def test_check_shows_what_changed_in_the_api_since_the_last_commit_of_the_package(repo: Path) -> None:
    run(["generate"], repo)
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "generated")
    _edit(repo)
    code, stdout, _ = run(["check", "--diff-lines", "0"], repo)
    assert code == 1
    lines = stdout.splitlines()
    assert lines[0] == "generated/pets: out of date with specs/pets.yaml (run `make generate`)"
    short = git(repo, "rev-parse", "--short", "HEAD").strip()
    assert lines[1] == f"  API changes since {short}:specs/pets.yaml (the last commit of generated/pets):"
    assert lines[2] == "    pets 1.2.0 -> 2.0.0 (major, suggested): 1 breaking, 1 addition"


def test_the_changelog_is_kept_checked_clean_and_shipped_in_the_sdist(repo: Path, tmp_path: Path) -> None:
    run(["generate"], repo)
    _edit(repo)
    code, _, _ = run(["diff", "--since", "HEAD", "--changelog", "--date", "2024-05-01"], repo)
    root = repo / "generated/pets"
    entry = (root / "CHANGELOG.md").read_text()
    code, stdout, _ = run(["generate"], repo)
    assert code == 0 and "CHANGELOG" not in stdout
    assert (root / "CHANGELOG.md").read_text() == entry
    assert "CHANGELOG.md" not in (root / ".apigen-manifest").read_text()
    code, stdout, _ = run(["check"], repo)
    assert (code, stdout) == (0, "generated/pets: up to date\n")
    assert "CHANGELOG.md" in _sdist_members(root, tmp_path / "with")
    (root / "MANIFEST.in").unlink()  # what setuptools does on its own: no changelog
    assert "CHANGELOG.md" not in _sdist_members(root, tmp_path / "without")


def _sdist_members(package: Path, out: Path) -> set[str]:
    work = out / "pkg"
    shutil.copytree(package, work)
    subprocess.run([sys.executable, "-m", "build", "--sdist", "--no-isolation", "--outdir", str(out), str(work)],
                   check=True, capture_output=True, timeout=300)
    [sdist] = out.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        return {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
