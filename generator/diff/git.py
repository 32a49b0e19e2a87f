"""The spec as it was at a git revision: read with `git show REV:path` into a temporary folder,
never through the working tree (no checkout, no stash: the working tree is not touched)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from generator.errors import SpecError

SPEC_SUFFIXES = (".yaml", ".yml", ".json")
_TIMEOUT = 60


class GitError(SpecError):
    """Not a git checkout, an unknown revision, or git failing: bad input, exit 2."""

    def __init__(self, message: str) -> None:
        super().__init__("git", "", message)

    def __str__(self) -> str:
        return f"apigen diff: {self.message}"


def _git(root: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[bytes]:
    try:
        result = subprocess.run(["git", "-C", str(root), *args], capture_output=True, timeout=_TIMEOUT, check=False)
    except FileNotFoundError:
        raise GitError("git is not installed") from None
    except subprocess.TimeoutExpired:
        raise GitError(f"git {args[0]} took longer than {_TIMEOUT}s") from None
    if check and result.returncode != 0:
        detail = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(f"git {' '.join(args[:2])} failed: {detail[0] if detail else result.returncode}")
    return result


def toplevel(path: Path) -> Path | None:
    """The root of the git checkout holding `path`, or None."""
    folder = path if path.is_dir() else path.parent
    try:
        result = _git(folder.resolve() if folder.exists() else Path.cwd(), "rev-parse", "--show-toplevel", check=False)
    except GitError:
        return None
    if result.returncode != 0:
        return None
    return Path(result.stdout.decode().strip()).resolve()


def resolve(root: Path, rev: str) -> str:
    """The commit `rev` names, or GitError."""
    if rev.startswith("-"):
        raise GitError(f"{rev!r} is not a revision")
    result = _git(root, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}", check=False)
    if result.returncode != 0:
        raise GitError(f"unknown revision {rev!r} (not a commit in {root})")
    return result.stdout.decode().strip()


def exists(root: Path, commit: str, rel: Path) -> bool:
    return _git(root, "cat-file", "-e", f"{commit}:{rel.as_posix()}", check=False).returncode == 0


def materialize(root: Path, commit: str, folder: Path, dest: Path) -> None:
    """Write the spec files (YAML, JSON) below `folder` (relative to `root`) as they were at
    `commit` into `dest`, at the same relative paths."""
    prefix = folder.as_posix().strip("/")
    listed = _git(root, "ls-tree", "-r", "-z", "--name-only", commit, "--", prefix or ".")
    for name in listed.stdout.decode("utf-8", "surrogateescape").split("\0"):
        if not name or not name.endswith(SPEC_SUFFIXES):
            continue
        target = dest / name
        if target.exists():
            continue
        shown = _git(root, "show", f"{commit}:{name}")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(shown.stdout)


def differs(root: Path, commit: str, paths: list[Path]) -> bool:
    """Whether any of `paths` (in the working tree) differs from `commit`, or was not there."""
    rels = []
    for path in paths:
        if not path.resolve().is_relative_to(root):
            continue
        rel = path.resolve().relative_to(root).as_posix()
        there = exists(root, commit, Path(rel))
        if there != path.exists():  # added or deleted since
            return True
        if there:
            rels.append(rel)
    return bool(rels) and _git(root, "diff", "--quiet", commit, "--", *rels, check=False).returncode != 0


def last_commit(root: Path, path: Path) -> str | None:
    """The last commit that changed `path` (a file or folder), or None."""
    rel = path.resolve().relative_to(root).as_posix() if path.resolve().is_relative_to(root) else ""
    if not rel:
        return None
    result = _git(root, "log", "-1", "--format=%H", "--", rel, check=False)
    commit = result.stdout.decode().strip()
    return commit if result.returncode == 0 and commit else None


def short(root: Path, commit: str) -> str:
    result = _git(root, "rev-parse", "--short", commit, check=False)
    return result.stdout.decode().strip() or commit[:7]
