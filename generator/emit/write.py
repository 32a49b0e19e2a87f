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


def _compare(root: Path, files: dict[str, str], context_lines: int, with_diffs: bool = True) -> Drift:
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
            if with_diffs:  # headers name the file where it is: `generated/pets/pets/api/pet_api.py`
                shown = (root / path).as_posix()
                diff = difflib.unified_diff(current.splitlines(), wanted[path].splitlines(), shown, shown,
                                            n=context_lines, lineterm="")
                drift.diffs.append("\n".join(diff))
    for path in _manifest(root):
        if path not in wanted and (root / path).exists() and not _kept(path, patterns):
            drift.removed.append(path)
    manifest = "\n".join(sorted(wanted)) + "\n"
    if (root / MANIFEST).exists() and (root / MANIFEST).read_text("utf-8") != manifest and not drift.removed:
        drift.changed.append(MANIFEST)
    return drift


@dataclass(frozen=True)
class WriteResult:
    """What a write changed in the package folder (relative paths); true when anything did."""

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    @property
    def files(self) -> int:
        return len(self.added) + len(self.changed) + len(self.removed)


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
        # each input on its own, so `check` can tell a changed spec from a changed generator
        "inputs": {os.path.relpath(source.resolve(), root.resolve()): _file_digest(source) for source in sources},
        "files": {path: _digest(text.encode("utf-8")) for path, text in sorted(files.items())},
    }
    (root / STATE).write_text(json.dumps(state, indent=1) + "\n", "utf-8")


def _file_digest(path: Path) -> str:
    try:
        return _digest(path.read_bytes())
    except OSError:
        return "<missing>"


@dataclass(frozen=True)
class Provenance:
    """What the recorded state says about a folder that differs from a fresh generation."""

    known: bool  # a state was recorded (a fresh clone has none: nothing can be told apart)
    edited: tuple[str, ...] = ()  # files changed or deleted since the generator wrote them
    inputs_changed: tuple[str, ...] = ()  # spec files and settings changed since (paths as recorded)
    inputs_known: bool = False  # the state records each input (older states hold only the fingerprint)


def provenance(root: Path, paths: list[str]) -> Provenance:
    """Which of `paths` (relative, differing from what the generator writes now) were edited by
    hand since the last run recorded them, and which inputs changed since then."""
    try:
        state = json.loads((root / STATE).read_text("utf-8"))
        files, inputs = dict(state["files"]), state.get("inputs")
    except (OSError, ValueError, KeyError, TypeError):
        return Provenance(False)
    edited = []
    for path in paths:
        target = root / path
        recorded = files.get(path)
        if recorded is None:
            continue
        if not target.exists() or _file_digest(target) != recorded:
            edited.append(path)
    if not isinstance(inputs, dict):
        return Provenance(True, tuple(sorted(edited)))
    changed = [rel for rel, digest in sorted(inputs.items()) if _file_digest(root / rel) != digest]
    return Provenance(True, tuple(sorted(edited)), tuple(changed), inputs_known=True)


def orphans(out_dir: Path, packages: set[str]) -> list[Path]:
    """Package folders in `out_dir` the generator wrote (they hold a manifest) that no spec makes now."""
    if not out_dir.is_dir():
        return []
    return sorted(p for p in out_dir.iterdir() if p.is_dir() and (p / MANIFEST).exists() and p.name not in packages)


def write_package(root: Path, files: dict[str, str], fingerprint: str = "",
                  sources: tuple[Path, ...] = ()) -> WriteResult:
    """Make `root` hold exactly `files` (plus hand-kept ones). Returns what changed (false: nothing).

    The new tree is built beside `root` and swapped in with renames, so an interrupted run
    leaves either the old folder or the new one, never a mix. OutputError if it cannot.
    """
    check_output_folder(root)
    try:
        return _write_package(root, files, fingerprint, sources)
    except OSError as exc:
        raise _output_error(exc, root) from None


def _write_package(root: Path, files: dict[str, str], fingerprint: str, sources: tuple[Path, ...]) -> WriteResult:
    backup = root.parent / f".{root.name}.old"
    if backup.is_dir() and not root.exists():  # a swap cut short by a crash: the old folder is the backup
        backup.rename(root)
    patterns = _ignored(root)
    wanted = {p: t for p, t in files.items() if not _kept(p, patterns)}
    drift = _compare(root, files, 2, with_diffs=False) if root.exists() else Drift(added=sorted(wanted))
    if root.exists() and drift.clean and (root / MANIFEST).exists():
        if fingerprint:
            record_state(root, fingerprint, list(sources), wanted)
        return WriteResult()
    result = WriteResult(tuple(drift.added), tuple(p for p in drift.changed if p != MANIFEST), tuple(drift.removed))
    if not result:  # only the manifest was missing or stale
        result = WriteResult(changed=(MANIFEST,))
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
    return result


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
