"""Reading stays inside its tree (issue 20, class 3; issue 24's default root).

A spec, its settings file and git history are untrusted. External `$ref`s read the git work tree
holding the spec (files git tracks, outside the spec's folder), else the spec's folder; a settings
file's `ref_root` moves that only within the tree; `--ref-root` (the command line) may go wider.
`diff --since` writes nothing but the files a spec asks for, each path component a plain name.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_errors import run_cli

SECRET = "SECRET-7f3a"
SPEC = """\
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /ships:
    get:
      operationId: getShip
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: '%s'}}}
"""
SHIP = "type: object\ndescription: a ship\nproperties: {name: {type: string}}\n"
STOLEN = f"type: object\ndescription: {SECRET}\nproperties: {{name: {{type: string}}}}\n"


def git(repo: Path, *args: str, stdin: bytes | None = None) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.com"}
    result = subprocess.run(["git", "-C", str(repo), *args], input=stdin, capture_output=True, env=env, check=True)
    return result.stdout.decode().strip()


def published(tmp_path: Path, ref: str = "../models/Ship.yaml", tracked: bool = True) -> Path:
    """A repository as a published multi-file spec lays it out, a secret outside it, one untracked
    inside it, and one in its .git folder."""
    (tmp_path / "outside.yaml").write_text(STOLEN)
    repo = tmp_path / "repo"
    (repo / "reference").mkdir(parents=True)
    (repo / "models").mkdir()
    git(repo, "init", "-q")
    (repo / "reference/api.yaml").write_text(SPEC % ref)
    (repo / "models/Ship.yaml").write_text(SHIP)
    (repo / "models/untracked.yaml").write_text(STOLEN)
    (repo / ".git/stolen.yaml").write_text(STOLEN)
    (repo / "models/out_link.yaml").symlink_to(tmp_path / "outside.yaml")
    if tracked:
        git(repo, "add", "reference/api.yaml", "models/Ship.yaml", "models/out_link.yaml")
    return repo


def test_a_published_layout_generates_without_ref_root(tmp_path: Path) -> None:
    repo = published(tmp_path)
    assert run_cli(["validate", "reference/api.yaml"], repo) == (0, "")
    code, stderr = run_cli(["generate", "--spec", "reference/api.yaml", "--out", str(tmp_path / "out")], repo)
    assert code == 0, stderr
    assert "a ship" in (tmp_path / "out/README.md").read_text() + "".join(
        p.read_text() for p in (tmp_path / "out/docs").iterdir())


@pytest.mark.parametrize(("ref", "why"), [
    ("../../outside.yaml", "reads a file outside the git work tree"),
    ("../models/out_link.yaml", "reads a file outside the git work tree"),  # a tracked symlink out
    ("../models/untracked.yaml", "git does not track"),
    ("../.git/stolen.yaml", "inside a .git folder"),
    ("/etc/passwd", "reads a file outside the git work tree"),
])
def test_refs_outside_the_published_tree_stay_refused(tmp_path: Path, ref: str, why: str) -> None:
    repo = published(tmp_path, ref)
    code, stderr = run_cli(["validate", "reference/api.yaml"], repo)
    assert code == 2 and len(stderr.splitlines()) == 1 and why in stderr, stderr


def test_the_command_line_may_widen_past_the_tree_but_never_into_git(tmp_path: Path) -> None:
    repo = published(tmp_path, "../../outside.yaml")
    assert run_cli(["validate", "--ref-root", str(tmp_path), "reference/api.yaml"], repo) == (0, "")
    (repo / "reference/api.yaml").write_text(SPEC % "../.git/stolen.yaml")
    code, stderr = run_cli(["validate", "--ref-root", str(repo), "reference/api.yaml"], repo)
    assert code == 2 and "inside a .git folder" in stderr


def test_without_git_the_spec_folder_is_the_root(tmp_path: Path) -> None:
    (tmp_path / "reference").mkdir()
    (tmp_path / "models").mkdir()
    (tmp_path / "reference/api.yaml").write_text(SPEC % "../models/Ship.yaml")
    (tmp_path / "models/Ship.yaml").write_text(SHIP)
    code, stderr = run_cli(["validate", "reference/api.yaml"], tmp_path)
    assert code == 2 and "reads a file outside the spec's folder" in stderr
    assert run_cli(["validate", "--ref-root", ".", "reference/api.yaml"], tmp_path) == (0, "")


# Settings ref_root values: what a pull request could write. Inside the work tree they may narrow
# or widen; anything that leaves it (by `..`, an absolute path or a symlink) is one clean line.
@pytest.mark.parametrize(("value", "outcome"), [
    (".", "reads a file outside ref_root '.'"),  # narrowed to the spec's folder: ../models is outside
    ("..", None),
    ("../models", "does not contain the spec's folder"),
    ("../..", "leaves the git work tree"),
    ("/", "must be relative"),
    (str(Path("/tmp")), "must be relative"),
    ("../../../../../../../../..", "leaves the git work tree"),
    ("link_up", "leaves the git work tree"),  # a symlink in the spec's folder to the repo's parent
    ("link_in", None),  # a symlink to the repo root itself
    ("missing", "is not a folder"),
])
def test_a_settings_ref_root_moves_only_within_the_work_tree(tmp_path: Path, value: str, outcome: str | None) -> None:
    repo = published(tmp_path)
    (repo / "reference/link_up").symlink_to(tmp_path)
    (repo / "reference/link_in").symlink_to(repo)
    (repo / "reference/api.settings.yaml").write_text(f"ref_root: {value!r}\n")
    code, stderr = run_cli(["validate", "reference/api.yaml"], repo)
    if outcome is None:
        assert (code, stderr) == (0, "")
    else:
        assert code == 2 and len(stderr.splitlines()) == 1 and outcome in stderr, stderr


PARTS = st.sampled_from(["..", ".", "models", "reference", "link_up", "link_in", ".git", "", "/", "outside.yaml",
                         "untracked.yaml", "Ship.yaml", "stolen.yaml", "out_link.yaml"])


ROOTS = st.one_of(st.sampled_from(["", ".", "..", "../..", "../../..", "link_up", "link_in", "link_up/..", "/",
                                   "../.git", "../models"]), st.lists(PARTS, max_size=6).map("/".join))
REFS = st.one_of(st.sampled_from(["../../outside.yaml", "link_up/outside.yaml", "../models/untracked.yaml",
                                  "../.git/stolen.yaml", "../models/out_link.yaml", "link_in/models/untracked.yaml",
                                  "link_up/repo/.git/stolen.yaml", "link_in/.git/stolen.yaml", "../models/Ship.yaml"]),
                 st.lists(PARTS, min_size=1, max_size=7).map("/".join))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(root=ROOTS, ref=REFS)
def test_no_settings_and_ref_combination_reads_a_file_outside_the_tracked_tree(
        tmp_path_factory: pytest.TempPathFactory, root: str, ref: str) -> None:
    tmp_path = tmp_path_factory.mktemp("confine")
    repo = published(tmp_path, ref.replace("'", ""))
    (repo / "reference/link_up").symlink_to(tmp_path)
    (repo / "reference/link_in").symlink_to(repo)
    if root:
        (repo / "reference/api.settings.yaml").write_text(f"ref_root: {root!r}\n")
    code, stderr = run_cli(["generate", "--spec", "reference/api.yaml", "--out", str(tmp_path / "out")], repo)
    assert code in (0, 2), stderr
    if code == 2:
        assert len(stderr.splitlines()) == 1, stderr
    written = "".join(p.read_text() for p in (tmp_path / "out").rglob("*") if p.is_file()) if code == 0 else ""
    assert SECRET not in written and SECRET not in stderr


# ---- git history: tree entries with hostile names -------------------------------------------

def _tree(repo: Path, entries: list[tuple[str, str, bytes]]) -> str:
    """A tree object written as git stores it, with any names (git's own commands refuse some)."""
    raw = b"".join(mode.encode() + b" " + name + b"\0" + bytes.fromhex(oid)
                   for mode, oid, name in sorted(entries, key=lambda entry: entry[2]))
    return git(repo, "hash-object", "-t", "tree", "-w", "--literally", "--stdin", stdin=raw)


HOSTILE = [b"..", b".", b".git", b".GIT", b"a/b", b"/abs", b"a\\b", b"../../escaped.yaml", b"x.yaml/.."]


@pytest.mark.parametrize("name", HOSTILE, ids=lambda n: n.decode())
@pytest.mark.parametrize("kind", ["folder", "file"])
def test_diff_since_never_writes_outside_its_folder_for_a_hostile_tree(tmp_path: Path, name: bytes,
                                                                        kind: str) -> None:
    """The revision's `specs/` holds the spec and an entry with a hostile name: a folder holding
    `escaped.yaml`, or a spec file. Nothing is written outside the temporary folder; the run ends
    with a report or one clean line."""
    repo = tmp_path / "repo"
    (repo / "specs").mkdir(parents=True)
    git(repo, "init", "-q")
    (repo / "specs/pets.yaml").write_text(SPEC.replace("$ref: '%s'", "type: string"))
    spec_blob = git(repo, "hash-object", "-w", "specs/pets.yaml")
    evil_blob = git(repo, "hash-object", "-w", "--stdin", stdin=SHIP.encode())
    inner = _tree(repo, [("100644", evil_blob, b"escaped.yaml")])
    entry = ("40000", inner, name) if kind == "folder" else ("100644", evil_blob, name)
    specs = _tree(repo, [("100644", spec_blob, b"pets.yaml"), entry])
    top = _tree(repo, [("40000", specs, b"specs")])
    commit = git(repo, "commit-tree", top, "-m", "hostile")
    git(repo, "update-ref", "HEAD", commit)
    (tmp_path / "tmp").mkdir()  # the run's temporary folder goes here, so an escape lands in tmp_path
    before = sorted(p for p in tmp_path.rglob("*") if ".git" not in p.parts)
    result = subprocess.run([sys.executable, "-m", "generator", "diff", "--since", "HEAD"], cwd=repo,
                            capture_output=True, text=True, timeout=120, check=False,
                            env={**os.environ, "TMPDIR": str(tmp_path / "tmp")})
    assert result.returncode in (0, 1, 2), result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    if result.returncode == 2:
        assert len(result.stderr.splitlines()) == 1, result.stderr
    assert sorted(p for p in tmp_path.rglob("*") if ".git" not in p.parts) == before


def test_diff_since_reads_refs_of_a_published_layout_from_the_revision(tmp_path: Path) -> None:
    """The old side's `../models/Ship.yaml` comes from the revision's objects, not the working tree."""
    repo = published(tmp_path)
    git(repo, "commit", "-qm", "first")
    (repo / "models/Ship.yaml").write_text(SHIP.replace("name", "title"))
    result = subprocess.run([sys.executable, "-m", "generator", "diff", "--since", "HEAD", "--format", "json",
                             "--specs", "reference"], cwd=repo, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 1 and "title" in result.stdout and "removed" in result.stdout, result.stderr


def test_the_mock_takes_ref_root(tmp_path: Path) -> None:
    (tmp_path / "reference").mkdir()
    (tmp_path / "models").mkdir()
    (tmp_path / "reference/api.yaml").write_text(SPEC % "../models/Ship.yaml")
    (tmp_path / "models/Ship.yaml").write_text(SHIP)
    command = [sys.executable, "-m", "generator", "mock", "reference/api.yaml", "--port", "0"]
    refused = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False)
    assert refused.returncode == 2 and "reads a file outside the spec's folder" in refused.stderr
    server = subprocess.Popen([*command, "--ref-root", "."], cwd=tmp_path, stderr=subprocess.PIPE, text=True)
    try:
        assert server.stderr is not None
        line = server.stderr.readline()
        assert "127.0.0.1" in line, line
    finally:
        server.terminate()
        server.wait(timeout=30)
