"""The spec as it was at a git revision: its files read from git's objects into a temporary folder,
never through the working tree (no checkout, no stash: the working tree is not touched). Git trees
are input: only the paths a spec asks for are written there, each component a plain name, and only
regular files (never a symlink)."""

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


def is_plain_name(name: str) -> bool:
    """Whether a tree entry's name is safe to create as one path component: not empty, `.`, `..`
    or `.git` (in any case), and without `/`, `\\` or NUL. Git trees are input: a crafted one
    can hold any of these."""
    return name not in ("", ".", "..") and name.casefold() != ".git" and not any(c in name for c in "/\\\0")


def _entries(root: Path, treeish: str) -> list[tuple[str, str, str, str]]:
    """(mode, type, object id, name) of each entry of a tree, names as git stores them."""
    listed = _git(root, "ls-tree", "-z", treeish)
    found = []
    for line in listed.stdout.decode("utf-8", "surrogateescape").split("\0"):
        meta, tab, name = line.partition("\t")
        if tab and len(meta.split()) == 3:
            mode, kind, oid = meta.split()
            found.append((mode, kind, oid, name))
    return found


def spec_files(root: Path, commit: str, folder: Path) -> list[str]:
    """The names of the spec files (YAML, JSON; regular files) in `folder` (relative to `root`,
    not below it) at `commit`. A name that is not a plain file name is refused: GitError."""
    prefix = folder.as_posix().strip("/")
    if prefix in ("", "."):
        prefix = ""
    if prefix and not exists(root, commit, Path(prefix)):
        return []
    names = []
    for mode, kind, _, name in _entries(root, f"{commit}:{prefix}"):
        if not is_plain_name(name):
            raise GitError(f"the tree of {prefix or '.'} at {commit[:12]} has an entry named {name!r}, "
                           "which is not a plain file name: refused")
        if kind == "blob" and mode in _REGULAR and name.endswith(SPEC_SUFFIXES):
            names.append(name)
    return names


_REGULAR = ("100644", "100755")  # not symlinks (120000), submodules or trees


def read_blob(root: Path, commit: str, rel: Path) -> bytes | None:
    """The content of the regular file at `rel` at `commit`, or None (absent, a symlink, a folder,
    or a path with a component that is not a plain name)."""
    parts = rel.parts
    if not parts or not all(is_plain_name(part) for part in parts):
        return None
    parent = "/".join(parts[:-1])
    if parent and not exists(root, commit, Path(parent)):
        return None
    for mode, kind, oid, name in _entries(root, f"{commit}:{parent}"):
        if name == parts[-1]:
            return _git(root, "cat-file", "blob", oid).stdout if kind == "blob" and mode in _REGULAR else None
    return None


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
