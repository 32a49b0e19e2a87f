"""Write generated packages to disk atomically; or compare them with what is there.

A package folder holds `.apigen-manifest` (the files the generator wrote last time) and may hold
`.apigen-ignore` (glob patterns of hand-kept files the generator must never touch). Files of the
old manifest that are no longer generated are removed; files in neither are left alone, and a
file the generator would replace that its manifest does not prove its own is refused (`force`).
What is in the folder is untrusted: nothing is read, copied or written through a symbolic link
(`nofollow.py`), and a manifest entry that is not a plain relative path is ignored with a warning.
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
from pathlib import Path, PurePosixPath

from generator.emit import nofollow

MANIFEST = ".apigen-manifest"
IGNORE = ".apigen-ignore"
# Local and not committed (git-ignored): what the last run was generated from, so that a run
# with nothing changed can stop before loading anything.
STATE = ".apigen-state"
# Written beside a package by `apigen diff --changelog` (diff/release.py), never by the generator.
RELEASE_FILES = ("CHANGELOG.md", "MANIFEST.in")


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
    warnings: list[str] = field(default_factory=list)  # manifest entries ignored

    @property
    def clean(self) -> bool:
        return not (self.changed or self.added or self.removed)


def _ignored(root: Path) -> list[str]:
    text = nofollow.read_text(root, IGNORE) or ""
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _kept(path: str, patterns: list[str]) -> bool:
    return any(fnmatch.fnmatch(path, pattern) for pattern in patterns)


def _manifest(root: Path) -> list[str] | None:
    """The plain relative paths the manifest lists (None without a manifest, or when it is a link)."""
    text = nofollow.read_text(root, MANIFEST)
    return None if text is None else [entry for entry in text.splitlines() if nofollow.plain_relative(entry)]


def manifest_warnings(root: Path) -> list[str]:
    """One line per manifest entry that is not a plain relative path inside the package: ignored."""
    text = nofollow.read_text(root, MANIFEST) or ""
    return [f"{root / MANIFEST}: warning: entry {entry!r} is not a plain relative path inside the package: ignored"
            for entry in text.splitlines() if entry.strip() and not nofollow.plain_relative(entry)]


def refusal(root: Path, files: dict[str, str]) -> str | None:
    """Why writing `files` into `root` would replace something the user owns, or None.

    The generator may write into an empty folder, or replace in one that its manifest proves it
    wrote. Anything else it would replace (a user's README.md; a link where its folder goes) is
    named; a folder without a manifest that holds anything is refused as a whole."""
    if root.is_symlink():
        return (f"cannot write {root}: it is a symbolic link (apigen replaces the folder and never writes "
                "through a link); use --force to replace the link with a folder")
    patterns = _ignored(root)
    wanted = {p for p in files if not _kept(p, patterns)}
    folders = {str(parent) for path in wanted for parent in PurePosixPath(path).parents if str(parent) != "."}
    manifest = _manifest(root)
    owned = set(manifest or ())
    owned_folders = {str(parent) for path in owned for parent in PurePosixPath(path).parents}
    replaced, present = [], []
    for rel, entry in nofollow.entries(root):
        if rel in (MANIFEST, STATE, IGNORE) or _kept(rel, patterns) or rel in owned:
            continue
        if entry.is_symlink() and rel in owned_folders:  # a link where the generator's folder was
            continue
        if rel not in RELEASE_FILES:  # what `apigen diff --changelog` writes may come before the package
            present.append(rel)
        # the path itself, a file or link where a folder goes, or a folder where a file goes
        if rel in wanted or rel in folders or any(str(parent) in wanted for parent in PurePosixPath(rel).parents):
            replaced.append(rel)
    replaced.sort()
    present.sort()
    if replaced:
        return (f"cannot write {root}: it would replace files apigen did not write: {_listed(replaced)} "
                "(move them away, or use --force to replace them)")
    if manifest is None and present:
        return (f"cannot write {root}: it holds files apigen did not write ({_listed(present)}); write into an "
                "empty folder or one apigen wrote, or use --force")
    return None


def _listed(paths: list[str], most: int = 10) -> str:
    shown = ", ".join(paths[:most])
    return shown + (f" and {len(paths) - most} more" if len(paths) > most else "")


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
        data = nofollow.read_bytes(root, path)
        if data is None:  # missing, or a link (never read: the file will replace it)
            (drift.changed if nofollow.lexists(root, path) else drift.added).append(path)
            continue
        if data != wanted[path].encode("utf-8"):
            drift.changed.append(path)
            if with_diffs:  # headers name the file where it is: `generated/pets/pets/api/pet_api.py`
                shown = (root / path).as_posix()
                diff = difflib.unified_diff(data.decode("utf-8").splitlines(), wanted[path].splitlines(), shown,
                                            shown, n=context_lines, lineterm="")
                drift.diffs.append("\n".join(diff))
    for path in _manifest(root) or ():
        if path not in wanted and nofollow.lexists(root, path) and not _kept(path, patterns):
            drift.removed.append(path)
    manifest = "\n".join(sorted(wanted)) + "\n"
    current = nofollow.read_text(root, MANIFEST)
    if nofollow.lexists(root, MANIFEST) and current != manifest and not drift.removed:
        drift.changed.append(MANIFEST)
    drift.warnings.extend(manifest_warnings(root))
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
        state = json.loads(nofollow.read_text(root, STATE) or "")
        return [(root / source).resolve() for source in state["sources"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_current(root: Path, fingerprint: str) -> bool:
    """Whether the folder holds, untouched, what the last run generated from these same inputs."""
    try:
        state = json.loads(nofollow.read_text(root, STATE) or "")
        if state["fingerprint"] != fingerprint:
            return False
        if nofollow.read_text(root, MANIFEST) != "".join(f"{path}\n" for path in sorted(state["files"])):
            return False  # the manifest edited, removed or made a link since
        return all(_digest(nofollow.read_bytes(root, path) or b"") == digest for path, digest in state["files"].items())
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
    nofollow.replace_text(root / STATE, json.dumps(state, indent=1) + "\n")


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
        state = json.loads(nofollow.read_text(root, STATE) or "")
        files, inputs = dict(state["files"]), state.get("inputs")
    except (OSError, ValueError, KeyError, TypeError):
        return Provenance(False)
    edited = []
    for path in paths:
        recorded = files.get(path)
        if recorded is None:
            continue
        data = nofollow.read_bytes(root, path)
        if data is None or _digest(data) != recorded:
            edited.append(path)
    if not isinstance(inputs, dict):
        return Provenance(True, tuple(sorted(edited)))
    changed = [rel for rel, digest in sorted(inputs.items()) if _file_digest(root / rel) != digest]
    return Provenance(True, tuple(sorted(edited)), tuple(changed), inputs_known=True)


def orphans(out_dir: Path, packages: set[str]) -> list[Path]:
    """Package folders in `out_dir` the generator wrote (they hold a manifest) that no spec makes now."""
    if not out_dir.is_dir():
        return []
    return sorted(p for p in out_dir.iterdir()
                  if p.name not in packages and nofollow.read_bytes(p, MANIFEST) is not None)


def write_package(root: Path, files: dict[str, str], fingerprint: str = "",
                  sources: tuple[Path, ...] = (), force: bool = False) -> WriteResult:
    """Make `root` hold exactly `files` (plus hand-kept ones). Returns what changed (false: nothing).

    The new tree is built beside `root` and swapped in with renames, so an interrupted run
    leaves either the old folder or the new one, never a mix. OutputError if it cannot, or if
    it would replace files the manifest does not prove the generator's (unless `force`).
    """
    check_output_folder(root)
    refused = None if force else refusal(root, files)
    if refused:
        raise OutputError(refused)
    try:
        return _write_package(root, files, fingerprint, sources)
    except OSError as exc:
        raise _output_error(exc, root) from None


def _write_package(root: Path, files: dict[str, str], fingerprint: str, sources: tuple[Path, ...]) -> WriteResult:
    backup = root.parent / f".{root.name}.old"
    if backup.is_dir() and not os.path.lexists(root):  # a swap cut short by a crash: the old folder is the backup
        backup.rename(root)
    patterns = _ignored(root)
    wanted = {p: t for p, t in files.items() if not _kept(p, patterns)}
    drift = _compare(root, files, 2, with_diffs=False) if root.exists() else Drift(added=sorted(wanted))
    if root.exists() and drift.clean and nofollow.read_bytes(root, MANIFEST) is not None:
        if fingerprint:
            record_state(root, fingerprint, list(sources), wanted)
        return WriteResult()
    result = WriteResult(tuple(drift.added), tuple(p for p in drift.changed if p != MANIFEST), tuple(drift.removed))
    if not result:  # only the manifest was missing or stale
        result = WriteResult(changed=(MANIFEST,))
    root.parent.mkdir(parents=True, exist_ok=True)
    staging = _make_staging(root)
    try:
        _carry_over(root, staging, wanted, set(_manifest(root) or ()), patterns)
        for rel, text in wanted.items():
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, "utf-8")
        (staging / MANIFEST).write_text("\n".join(sorted(wanted)) + "\n", "utf-8")
        _remove(backup)
        with _signals_held():  # no Ctrl-C between the two renames
            if os.path.lexists(root):
                root.rename(backup)
            staging.rename(root)
        _remove(backup)
        if fingerprint:
            record_state(root, fingerprint, list(sources), wanted)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return result


def _carry_over(root: Path, staging: Path, wanted: dict[str, str], previous: set[str], patterns: list[str]) -> None:
    """Copy into the staging folder everything of `root` the generator does not own: files as
    files, links as links (never followed). What the generator writes now replaces what is there,
    a link where one of its folders goes included."""
    folders = {str(parent) for path in wanted for parent in PurePosixPath(path).parents if str(parent) != "."}
    for rel, entry in nofollow.entries(root):
        if rel in wanted or rel in (MANIFEST, STATE) or rel in folders:
            continue
        if (rel in previous and not _kept(rel, patterns)) or any(str(p) in wanted for p in PurePosixPath(rel).parents):
            continue
        target = staging / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if entry.is_symlink():
            os.symlink(os.readlink(entry.path), target)
        elif entry.is_file(follow_symlinks=False):
            shutil.copy2(entry.path, target, follow_symlinks=False)
        else:
            raise OutputError(f"cannot write {root}: {rel} is not a file, folder or link, so it cannot be kept")


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
