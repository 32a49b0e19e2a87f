"""Which files a spec's external `$ref`s may read.

A spec, every file it refers to and its settings file are untrusted input: a pull request changes
a settings file as easily as a spec. Reading stays inside the tree the spec was published in:

- by default, the git work tree that holds the spec (published specs put their schemas in sibling
  folders: `reference/api.json` -> `../models/Ship.json`); outside the spec's own folder only
  files git tracks, so an untracked secret beside the checkout is never read. Without git, the
  spec's folder;
- `ref_root` in the settings narrows or widens that, but only within the git work tree (without
  git: within the spec's folder);
- `--ref-root DIR` on the command line, the maintainer's word, may name any folder holding the spec;
- never a file inside a `.git` folder, and never through a symlink out of the root (paths are
  resolved before they are checked).
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from contextvars import ContextVar, Token
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from generator.errors import SpecError
from generator.read.settings import Settings

__all__ = ["RefRoot", "SourceTree", "ref_root_override", "source_tree_override", "work_tree"]

_T = TypeVar("_T")
_GIT_TIMEOUT = 60


@dataclass(frozen=True)
class SourceTree:
    """The tree a spec was published in: a git work tree, or a revision's copy of one."""

    root: Path  # resolved
    tracked: Callable[[Path], bool] | None = None  # outside the spec's folder a file must be tracked; None: any
    fetch: Callable[[Path], None] | None = None  # brings a file into `root` before it is read (diff --since)


# `--ref-root` of the running command: wins over the `ref_root` setting.
_REF_ROOT_OVERRIDE: ContextVar[Path | None] = ContextVar("ref_root_override", default=None)
# The tree specs are read from when it is not a work tree on disk (a git revision in a temporary folder).
_TREE_OVERRIDE: ContextVar[SourceTree | None] = ContextVar("source_tree_override", default=None)


class _Override(Generic[_T]):
    """`with ...:` sets a context variable for the specs loaded inside (None: no change).

    A class, not @contextmanager: that would set `__traceback__` on the frozen SpecError passing out.
    """

    def __init__(self, variable: ContextVar[_T | None], value: _T | None) -> None:
        self.variable, self.value = variable, value
        self.token: Token[_T | None] | None = None

    def __enter__(self) -> None:
        self.token = self.variable.set(self.value)

    def __exit__(self, *exc_info: object) -> None:
        if self.token is not None:
            self.variable.reset(self.token)


def ref_root_override(folder: Path | None) -> _Override[Path]:
    """Let external `$ref`s of every spec loaded inside read files below `folder` (`--ref-root`)."""
    return _Override(_REF_ROOT_OVERRIDE, folder)


def source_tree_override(tree: SourceTree | None) -> _Override[SourceTree]:
    """Specs loaded inside were published in `tree` (a revision's copy), whatever holds them on disk."""
    return _Override(_TREE_OVERRIDE, tree)


def work_tree(folder: Path) -> SourceTree | None:
    """The git work tree holding `folder` (the nearest folder up with a `.git`), or None."""
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return SourceTree(candidate, _Tracked(candidate))
    return None


@dataclass
class _Tracked:
    """Whether git tracks a file of the work tree at `root`: `git ls-files`, asked once."""

    root: Path
    files: set[str] | None = field(default=None, repr=False)

    def __call__(self, path: Path) -> bool:
        if self.files is None:
            self.files = set()
            try:
                listed = subprocess.run(["git", "-C", str(self.root), "ls-files", "-z", "--full-name"],
                                        capture_output=True, timeout=_GIT_TIMEOUT, check=False)
            except (OSError, subprocess.TimeoutExpired):
                return False  # no git to ask: only the spec's folder can be read
            if listed.returncode == 0:
                self.files = set(listed.stdout.decode("utf-8", "surrogateescape").split("\0"))
        return path.relative_to(self.root).as_posix() in self.files


@dataclass(frozen=True)
class RefRoot:
    """The folder external `$ref`s may read below, and what else a file there must be."""

    folder: Path
    name: str  # how messages call it
    spec_dir: Path
    tracked: Callable[[Path], bool] | None = None
    fetch: Callable[[Path], None] | None = None

    @staticmethod
    def of(spec_path: Path, settings: Settings, settings_file: str) -> RefRoot:
        spec_dir = spec_path.resolve().parent
        tree = _TREE_OVERRIDE.get() or work_tree(spec_dir)
        fetch = tree.fetch if tree else None
        override = _REF_ROOT_OVERRIDE.get()
        if override is not None:
            root, name, file = override.resolve(), f"--ref-root {str(override)!r}", str(spec_path)
            tracked = None  # the maintainer named the folder: all of it
        elif settings.ref_root:
            file, name = settings_file, f"ref_root {settings.ref_root!r}"
            if Path(settings.ref_root).is_absolute():
                raise SpecError(file, "", f"{name} must be relative to the spec's folder")
            root = (spec_dir / settings.ref_root).resolve()
            bound, within = (tree.root, "the git work tree") if tree else (spec_dir, "the spec's folder")
            if not root.is_relative_to(bound):
                raise SpecError(file, "", f"{name} leaves {within}: a wider folder needs --ref-root on the "
                                          "command line")
            tracked = tree.tracked if tree else None
        elif tree is not None:
            return RefRoot(tree.root, "the git work tree", spec_dir, tree.tracked, fetch)
        else:
            return RefRoot(spec_dir, "the spec's folder", spec_dir)
        if not root.is_dir():
            raise SpecError(file, "", f"{name} is not a folder")
        if not spec_dir.is_relative_to(root):
            raise SpecError(file, "", f"{name} does not contain the spec's folder {str(spec_dir)!r}")
        return RefRoot(root, name, spec_dir, tracked, fetch)

    def refusal(self, path: Path) -> str | None:
        """Why the file at `path` (resolved) may not be read, or None if it may (then it is on disk,
        if the tree has it)."""
        if not path.is_relative_to(self.folder):
            return f"reads a file outside {self.name}; widen that with the ref_root setting or --ref-root"
        if any(part.casefold() == ".git" for part in path.relative_to(self.folder).parts):
            return "reads a file inside a .git folder"
        if self.fetch is not None:
            self.fetch(path)
        if self.tracked is not None and not path.is_relative_to(self.spec_dir) and path.exists() \
                and not self.tracked(path):
            return ("reads a file outside the spec's folder that git does not track: only the published "
                    "(tracked) tree is read there; `git add` it, or name the folder with --ref-root")
        return None
