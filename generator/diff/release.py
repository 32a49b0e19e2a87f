"""Acting on a report: the new version into the settings file, a dated entry into the changelog.

The settings file is edited on its one `package_version:` line, so its comments, order and
everything else stay as the maintainer wrote them. `generated/<pkg>/CHANGELOG.md` is not the
generator's (it is in no manifest): `make generate` keeps it, and a `MANIFEST.in` beside it puts
it in the sdist.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from generator.diff.changes import Report
from generator.diff.rules import Severity
from generator.emit import nofollow
from generator.emit.write import OutputError

_VERSION_LINE = re.compile(r"^(?P<head>package_version\s*:\s*)(?P<quote>[\"']?)(?P<value>[^\"'#\s]*)(?P=quote)"
                           r"(?P<tail>\s*(#.*)?)$")
CHANGELOG = "CHANGELOG.md"
_TITLE = "# Changelog"
_ENTRY = re.compile(r"^## (\S+)", re.MULTILINE)


def target_version(report: Report) -> str:
    """The version the release gets: the suggested one, unless the settings already hold a later one."""
    return report.new_version if report.version_status == "set" else report.suggested_version


def write_version(settings_file: Path, version: str) -> bool:
    """Set `package_version` in the settings file (made if missing). Returns whether it changed."""
    _refuse_link(settings_file)
    text = settings_file.read_bytes().decode("utf-8") if settings_file.exists() else ""  # line endings as they are
    lines = text.splitlines(keepends=True)
    for index, line in enumerate(lines):
        body = line.rstrip("\r\n")
        match = _VERSION_LINE.match(body)
        if match:
            if match["value"] == version:
                return False
            ending = line[len(body):]
            lines[index] = f"{match['head']}{match['quote']}{version}{match['quote']}{match['tail']}{ending}"
            break
    else:
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        lines.append(f"package_version: {version}\n")
    nofollow.replace_text(settings_file, "".join(lines))
    return True


def _refuse_link(path: Path) -> None:
    """A release never writes through a link: the file it points to may be anyone's."""
    for link in (path.parent, path):
        if link.is_symlink():
            raise OutputError(f"cannot write {path}: {link} is a symbolic link (not followed; make it a file "
                              "or folder of its own)")


_HEADINGS = ((Severity.BREAKING, "Breaking changes"), (Severity.ADDITION, "Additions"),
             (Severity.PATCH, "Fixes and documentation"))


def changelog_entry(report: Report, version: str, date: datetime.date) -> str:
    lines = [f"## {version} ({date.isoformat()})", ""]
    for level, heading in _HEADINGS:
        changes = [c for c in report.sorted_changes() if c.severity is level]
        if not changes:
            continue
        lines += [f"### {heading}", ""]
        lines += [f"- {_one_line(c.message)} (`{c.python}`{', ' + _code(c.wire) if c.wire else ''})" for c in changes]
        lines.append("")
    return "\n".join(lines)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _code(text: str) -> str:
    fence = "``" if "`" in text else "`"
    return f"{fence}{text}{fence}"


def prepend_changelog(package_dir: Path, entry: str, version: str) -> tuple[Path, bool]:
    """Put `entry` first in `package_dir/CHANGELOG.md`; an entry for the same version is replaced,
    so running it twice before a release leaves one entry. Returns the file and whether it changed:
    an entry for the version that already says the same (its date aside) is left as it is."""
    path = package_dir / CHANGELOG
    _refuse_link(path)
    text = path.read_text("utf-8") if path.exists() else f"{_TITLE}\n\n"
    entries = list(_ENTRY.finditer(text))
    head = text[:entries[0].start()] if entries else text
    rest = text[entries[0].start():] if entries else ""
    if entries and entries[0].group(1) == version:
        current = rest[:entries[1].start() - entries[0].start()] if len(entries) > 1 else rest
        if _body(current) == _body(entry):
            _ship(package_dir)
            return path, False
        rest = rest[len(current):]
    if not head.strip():
        head = f"{_TITLE}\n\n"
    if not head.endswith("\n\n"):
        head = head.rstrip("\n") + "\n\n"
    package_dir.mkdir(parents=True, exist_ok=True)
    nofollow.replace_text(path, head + entry.rstrip("\n") + "\n" + ("\n" + rest if rest else ""))
    _ship(package_dir)
    return path, True


def _body(entry: str) -> str:
    """An entry without its heading line (`## 1.2.0 (date)`): what it says, whenever it was written."""
    return entry.split("\n", 1)[1].strip() if "\n" in entry else ""


def _ship(package_dir: Path) -> None:
    """setuptools puts a top-level README and licence in the sdist, not a CHANGELOG: `MANIFEST.in` does."""
    manifest = package_dir / "MANIFEST.in"
    _refuse_link(manifest)
    line = f"include {CHANGELOG}"
    text = manifest.read_text("utf-8") if manifest.exists() else ""
    if line in text.splitlines():
        return
    nofollow.replace_text(manifest, text + ("" if not text or text.endswith("\n") else "\n") + line + "\n")


def today() -> datetime.date:
    """The date of a changelog entry (a function, so tests can stand in for the clock)."""
    return datetime.date.today()
