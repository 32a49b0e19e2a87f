"""Write generated packages to disk atomically; or compare them with what is there.

A package folder holds `.apigen-manifest` (the files the generator wrote last time) and may hold
`.apigen-ignore` (glob patterns of hand-kept files the generator must never touch). Files of the
old manifest that are no longer generated are removed; files in neither are left alone.
"""

from __future__ import annotations

import difflib
import fnmatch
import hashlib
import json
import os
import secrets
import shutil
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = ".apigen-manifest"
IGNORE = ".apigen-ignore"
# Local and not committed (git-ignored): what the last run was generated from, so that a run
# with nothing changed can stop before loading anything.
STATE = ".apigen-state"


class OutputError(Exception):
    """An output folder that cannot be read or written: one line naming the path and why."""


def _output_error(exc: OSError, root: Path, verb: str = "write") -> OutputError:
    # Named by the folder asked for: the staging folder beside it is ours, not the user's business.
    return OutputError(f"cannot {verb} {root}: {(exc.strerror or str(exc)).lower()}")


def check_output_folder(root: Path) -> None:
    """Refuse, before any work, a package folder that cannot be one."""
    if root.exists() and not root.is_dir():
        raise OutputError(f"cannot write {root}: it exists and is not a folder")
    if root.is_dir() and not os.access(root, os.W_OK):  # the swap would replace it all the same
        raise OutputError(f"cannot write {root}: permission denied")
    resolved = root.resolve()
    if Path.cwd().resolve().is_relative_to(resolved) or resolved == Path.home().resolve():
        raise OutputError(f"cannot write {root}: the package folder is replaced as a whole, "
                          "so it must not hold the current folder or be your home folder")


@dataclass
class Drift:
    changed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    diffs: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.changed or self.added or self.removed)


def _ignored(root: Path) -> list[str]:
    path = root / IGNORE
    if not path.exists():
        return []
    return [line.strip() for line in path.read_text("utf-8").splitlines() if line.strip() and not line.startswith("#")]


def _kept(path: str, patterns: list[str]) -> bool:
    return any(fnmatch.fnmatch(path, pattern) for pattern in patterns)


def _manifest(root: Path) -> list[str]:
    path = root / MANIFEST
    return path.read_text("utf-8").split() if path.exists() else []


def compare(root: Path, files: dict[str, str], context_lines: int = 2) -> Drift:
    """How the folder differs from the files the generator would write now."""
    try:
        return _compare(root, files, context_lines)
    except OSError as exc:
        raise _output_error(exc, root, "read") from None
    except UnicodeDecodeError as exc:
        raise OutputError(f"cannot read {root}: a file is not UTF-8 text ({exc.reason})") from None


def _compare(root: Path, files: dict[str, str], context_lines: int) -> Drift:
    drift = Drift()
    patterns = _ignored(root)
    wanted = {p: t for p, t in files.items() if not _kept(p, patterns)}
    for path in sorted(wanted):
        target = root / path
        if not target.exists():
            drift.added.append(path)
            continue
        current = target.read_text("utf-8")
        if current != wanted[path]:
            drift.changed.append(path)
            diff = difflib.unified_diff(current.splitlines(), wanted[path].splitlines(),
                                        f"{root.name}/{path} (on disk)", f"{root.name}/{path} (generated)",
                                        n=context_lines, lineterm="")
            drift.diffs.append("\n".join(diff))
    for path in _manifest(root):
        if path not in wanted and (root / path).exists() and not _kept(path, patterns):
            drift.removed.append(path)
    manifest = "\n".join(sorted(wanted)) + "\n"
    if (root / MANIFEST).exists() and (root / MANIFEST).read_text("utf-8") != manifest and not drift.removed:
        drift.changed.append(MANIFEST)
    return drift


def _digest(text: bytes) -> str:
    return hashlib.sha256(text).hexdigest()


def recorded_sources(root: Path) -> list[Path] | None:
    """The inputs the last run recorded for this folder, or None."""
    try:
        state = json.loads((root / STATE).read_text("utf-8"))
        return [(root / source).resolve() for source in state["sources"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_current(root: Path, fingerprint: str) -> bool:
    """Whether the folder holds, untouched, what the last run generated from these same inputs."""
    try:
        state = json.loads((root / STATE).read_text("utf-8"))
        if state["fingerprint"] != fingerprint:
            return False
        return all(_digest((root / path).read_bytes()) == digest for path, digest in state["files"].items())
    except (OSError, ValueError, KeyError, TypeError):
        return False


def record_state(root: Path, fingerprint: str, sources: list[Path], files: dict[str, str]) -> None:
    state = {
        "fingerprint": fingerprint,
        "sources": sorted(os.path.relpath(source.resolve(), root.resolve()) for source in sources),
        "files": {path: _digest(text.encode("utf-8")) for path, text in sorted(files.items())},
    }
    (root / STATE).write_text(json.dumps(state, indent=1) + "\n", "utf-8")


def write_package(root: Path, files: dict[str, str], fingerprint: str = "",
                  sources: tuple[Path, ...] = ()) -> bool:
    """Make `root` hold exactly `files` (plus hand-kept ones). Returns whether anything changed.

    The new tree is built beside `root` and swapped in with renames, so an interrupted run
    leaves either the old folder or the new one, never a mix. OutputError if it cannot.
    """
    check_output_folder(root)
    try:
        return _write_package(root, files, fingerprint, sources)
    except OSError as exc:
        raise _output_error(exc, root) from None


def _write_package(root: Path, files: dict[str, str], fingerprint: str, sources: tuple[Path, ...]) -> bool:
    backup = root.parent / f".{root.name}.old"
    if backup.is_dir() and not root.exists():  # a swap cut short by a crash: the old folder is the backup
        backup.rename(root)
    patterns = _ignored(root)
    wanted = {p: t for p, t in files.items() if not _kept(p, patterns)}
    if root.exists() and _compare(root, files, 2).clean and (root / MANIFEST).exists():
        if fingerprint:
            record_state(root, fingerprint, list(sources), wanted)
        return False
    previous = set(_manifest(root))
    root.parent.mkdir(parents=True, exist_ok=True)
    staging = _make_staging(root)
    try:
        if root.exists():  # carry over everything the generator does not own
            for dirpath, _, names in os.walk(root):
                for name in names:
                    source = Path(dirpath) / name
                    rel = source.relative_to(root).as_posix()
                    generated = rel in wanted or rel in (MANIFEST, STATE)
                    if generated or (rel in previous and not _kept(rel, patterns)):
                        continue
                    (staging / rel).parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(source, staging / rel)
        for rel, text in wanted.items():
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, "utf-8")
        (staging / MANIFEST).write_text("\n".join(sorted(wanted)) + "\n", "utf-8")
        _remove(backup)
        with _signals_held():  # no Ctrl-C between the two renames
            if root.exists():
                root.rename(backup)
            staging.rename(root)
        _remove(backup)
        if fingerprint:
            record_state(root, fingerprint, list(sources), wanted)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return True


def _make_staging(root: Path) -> Path:
    """A fresh folder beside `root`, made like any other folder (mode 0777 less the umask)."""
    while True:  # tempfile.mkdtemp would make it 0700, and the swap would keep that
        staging = root.parent / f".{root.name}.{secrets.token_hex(4)}"
        try:
            staging.mkdir()
            return staging
        except FileExistsError:
            continue


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.is_dir():
        shutil.rmtree(path)


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM for the duration; act on them after."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = {held: signal.signal(held, lambda number, _: received.append(number))
                for held in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for held, handler in previous.items():
            signal.signal(held, handler if handler is not None else signal.SIG_DFL)
        for number in received:
            signal.raise_signal(number)
