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
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = ".apigen-manifest"
IGNORE = ".apigen-ignore"
# Local and not committed (git-ignored): what the last run was generated from, so that a run
# with nothing changed can stop before loading anything.
STATE = ".apigen-state"


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
    leaves either the old folder or the new one, never a mix.
    """
    patterns = _ignored(root)
    wanted = {p: t for p, t in files.items() if not _kept(p, patterns)}
    if root.exists() and compare(root, files).clean and (root / MANIFEST).exists():
        if fingerprint:
            record_state(root, fingerprint, list(sources), wanted)
        return False
    previous = set(_manifest(root))
    root.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{root.name}.", dir=root.parent))
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
        backup = root.parent / f".{root.name}.old"
        if backup.exists():
            shutil.rmtree(backup)
        if root.exists():
            root.rename(backup)
        staging.rename(root)
        if backup.exists():
            shutil.rmtree(backup)
        if fingerprint:
            record_state(root, fingerprint, list(sources), wanted)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return True
