"""Files of an output folder read, listed and written without ever following a symbolic link.

What is already in an output folder is untrusted (a committed symlink, a hand-edited manifest):
a link there, at any level, is never read, listed or written through. Each path is opened one
component at a time from the folder, each with O_NOFOLLOW, so a link is seen where it is.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
_FILE_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NONBLOCK", 0)


def plain_relative(path: str) -> bool:
    """Whether `path` names a file inside a folder: relative, `/`-separated, no `.`, `..` or empty
    component, no backslash or control character (what a manifest entry must be to be acted on)."""
    if not path or path.startswith("/") or "\\" in path or any(ord(c) < 32 or c == "\x7f" for c in path):
        return False
    return all(part not in ("", ".", "..") for part in path.split("/"))


def _open_dir(root: Path, parts: tuple[str, ...]) -> int | None:
    """A descriptor of root/parts... reached through real folders only, or None."""
    try:
        fd = os.open(root, _DIR_FLAGS)
    except OSError:
        return None
    for part in parts:
        try:
            child = os.open(part, _DIR_FLAGS, dir_fd=fd)
        except OSError:
            os.close(fd)
            return None
        os.close(fd)
        fd = child
    return fd


def read_bytes(root: Path, rel: str) -> bytes | None:
    """The bytes of the regular file root/rel, or None when it is missing, is not a regular file,
    or any component on the way (root included) is a symbolic link."""
    parts = PurePosixPath(rel).parts
    if not parts or not plain_relative(rel):
        return None
    folder = _open_dir(root, parts[:-1])
    if folder is None:
        return None
    try:
        fd = os.open(parts[-1], _FILE_FLAGS, dir_fd=folder)
    except OSError:
        return None
    finally:
        os.close(folder)
    with os.fdopen(fd, "rb") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            return None
        return file.read()


def read_text(root: Path, rel: str) -> str | None:
    data = read_bytes(root, rel)
    return None if data is None else data.decode("utf-8")


def lexists(root: Path, rel: str) -> bool:
    """Whether root/rel exists (a link counts as itself), reached through real folders only."""
    parts = PurePosixPath(rel).parts
    if not parts or not plain_relative(rel):
        return False
    folder = _open_dir(root, parts[:-1])
    if folder is None:
        return False
    try:
        os.stat(parts[-1], dir_fd=folder, follow_symlinks=False)
        return True
    except OSError:
        return False
    finally:
        os.close(folder)


def entries(root: Path) -> Iterator[tuple[str, os.DirEntry[str]]]:
    """(relative path, entry) of everything below root that is not a real folder: files, links (to
    files or folders: not followed), and anything else; real folders are walked. Nothing if root is
    itself a link."""
    if root.is_symlink() or not root.is_dir():
        return
    pending = [(root, "")]
    while pending:
        folder, prefix = pending.pop()
        with os.scandir(folder) as listing:
            for entry in sorted(listing, key=lambda e: e.name):
                rel = f"{prefix}{entry.name}"
                if entry.is_dir(follow_symlinks=False):
                    pending.append((Path(entry.path), rel + "/"))
                else:
                    yield rel, entry


def replace_text(path: Path, text: str) -> None:
    """Write `path` as a new regular file swapped in with a rename: a link there is replaced, not
    written through (its target is never opened)."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o666)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as file:
            file.write(text)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
