"""Reports for the command line: two spec files, the specs against a git revision, and the short
summaries `generate` and `check` print."""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Self

from generator.diff import git
from generator.diff.changes import Change, Report
from generator.diff.rules import Severity
from generator.errors import SpecError, SpecErrors
from generator.ir.nodes import Package
from generator.read.confine import SourceTree, source_tree_override
from generator.read.load import discover, read_settings, ref_root_override, settings_path
from generator.read.settings import Settings


def build(path: Path, package_name: str | None = None, settings: Settings | None = None,
          titled: bool = False) -> Package:
    """The IR of a spec, read leniently (the diff describes a spec; `validate` judges it), with
    its own settings or those given; `titled`: named after info.title unless a name is set.

    As `pipeline.build_checked`, with a big spec's schema validation run in a forked process
    while the IR is built (as `generate` does): on the largest corpus spec that is the better
    part of the time. Its verdict is awaited, and a spec error wins over what it caused.
    """
    from generator.ir.build import build_package
    from generator.read.check import check_spec
    from generator.read.load import load_spec

    spec = load_spec(path, settings or read_settings(path, package_name))
    if titled:
        from generator.pipeline import titled_settings

        spec.settings = titled_settings(path, spec.document, spec.settings)[0]
    checked = check_spec(spec, background=True, strict=False)
    try:
        package = build_package(spec)
    except RecursionError:
        checked.validation.wait()
        raise SpecError(str(path), "", "schemas nest too deeply to generate") from None
    except Exception:
        checked.validation.wait()
        raise
    checked.validation.wait()
    return package


def report(api: str, old: Package, new: Package, old_source: str, new_source: str) -> Report:
    from generator.diff import compare_packages

    return Report(api, new.package_name, old.version, new.version, old_source, new_source,
                  compare_packages(old, new))


def compare_files(old_path: Path, new_path: Path) -> Report:
    """`apigen diff OLD NEW`. Both sides are one package: each is read with its own settings file,
    and a side without one with the other's, all of it (name, version, description, host), so
    only the specs' differences show. Without any settings file, the package is named after
    NEW's info.title."""
    old_own, new_own = settings_path(old_path).exists(), settings_path(new_path).exists()
    if not old_own and not new_own:
        new = build(new_path, titled=True)
        old = build(old_path, package_name=new.package_name)
        old = dataclasses.replace(old, project_name=new.project_name)
    else:
        # the package's settings are shared; names, ref_root and strict belong to each spec
        shared = dataclasses.replace(read_settings(new_path if new_own else old_path), names=(), ref_root="",
                                     strict=False)
        new = build(new_path, settings=shared if not new_own else None)
        old = build(old_path, settings=shared if not old_own else None)
    return report(new.package_name, old, new, str(old_path), str(new_path))


@contextmanager
def _relabelled(temp: Path, label: str) -> Iterator[None]:
    """Spec errors in the old side name `REV:path`, not the temporary folder."""

    def fix(error: SpecError) -> SpecError:
        file = error.file
        if file.startswith(str(temp)):
            file = label + file[len(str(temp)):].lstrip("/")
        return dataclasses.replace(error, file=file, message=error.message.replace(str(temp) + "/", label))

    try:
        yield
    except SpecErrors as exc:
        raise SpecErrors([fix(e) for e in exc.errors]) from None
    except git.GitError:
        raise
    except SpecError as exc:
        raise fix(exc) from None


class Revision:
    """The specs of a checkout as they were at one revision, read into a temporary folder."""

    def __init__(self, spec_dir: Path, rev: str) -> None:
        root = git.toplevel(spec_dir)
        if root is None:
            raise git.GitError(f"{spec_dir} is not in a git checkout")
        self.root = root
        self.rev = rev
        self.commit = git.resolve(root, rev)
        self._temp = tempfile.TemporaryDirectory(prefix="apigen-diff-")
        self.temp = Path(self._temp.name).resolve()

    def close(self) -> None:
        self._temp.cleanup()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def relative(self, path: Path) -> Path:
        resolved = path.resolve()
        if not resolved.is_relative_to(self.root):
            raise git.GitError(f"{path} is outside the git checkout {self.root}")
        return resolved.relative_to(self.root)

    def fetch(self, path: Path) -> None:
        """Bring the file at `path` (in the copy) from the revision when it is there as a regular
        file: the loader asks for each file a spec refers to, so nothing else is written."""
        if not path.is_relative_to(self.temp) or path.exists():
            return
        data = git.read_blob(self.root, self.commit, path.relative_to(self.temp))
        if data is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
            except OSError:  # a file where the path needs a folder: the loader says "not found"
                pass

    def spec(self, path: Path) -> Path | None:
        """Where `path` (a spec in the working tree) is in the revision's copy; None if it was not there."""
        rel = self.relative(path)
        if not git.exists(self.root, self.commit, rel):
            return None
        old_path = self.temp / rel
        self.fetch(old_path)
        self.fetch(settings_path(old_path))
        return old_path

    def build(self, old_path: Path, ref_root: Path | None = None) -> Package:
        mapped = self.temp / self.relative(ref_root) if ref_root is not None else None
        tree = SourceTree(self.temp, fetch=self.fetch)  # the copy stands for the work tree
        with _relabelled(self.temp, f"{self.rev}:"), source_tree_override(tree), ref_root_override(mapped):
            return build(old_path)

    def label(self, path: Path) -> str:
        return f"{self.rev}:{self.relative(path).as_posix()}"

    def specs(self, spec_dir: Path) -> dict[str, Path]:
        """API name → spec file (in the copy) of every spec in `spec_dir` at the revision."""
        rel = self.relative(spec_dir)
        for name in git.spec_files(self.root, self.commit, rel):
            self.fetch(self.temp / rel / name)
        return discover(self.temp / rel)


def compare_since(rev: str, spec_dir: Path, apis: tuple[str, ...], ref_root: Path | None = None) -> list[Report]:
    """`apigen diff --since REV [API ...]`: each spec as it was at REV against the working tree."""
    current = discover(spec_dir)
    unknown = [a for a in apis if a not in current]
    reports = []
    with Revision(spec_dir, rev) as revision:
        before = revision.specs(spec_dir)
        if unknown and not all(a in before for a in unknown):
            missing = next(a for a in unknown if a not in before)
            raise SpecError(str(spec_dir), "", f"no spec for API {missing!r} (known: {', '.join(sorted(current))})")
        for api in sorted(apis or set(current) | set(before)):
            if api not in current:  # the spec is gone from the working tree
                old = revision.build(before[api], ref_root)
                gone = Change("package-removed", "package", old.package_name, "", f"specs for {old.package_name} "
                              f"removed since {rev}: the package is no longer generated", old.package_name, None)
                reports.append(Report(api, old.package_name, old.version, old.version,
                                      revision.label(spec_dir / before[api].name), "", [gone], "removed"))
                continue
            path = current[api]
            new = build(path)
            old_path = revision.spec(path)
            if old_path is None:  # a new package: its first release is the version set for it
                reports.append(Report(api, new.package_name, new.version, new.version, "", str(path), [], "added"))
                continue
            old = revision.build(old_path, ref_root)
            reports.append(report(api, old, new, revision.label(path), str(path)))
    return reports


def summary_line(report: Report, rev: str = "HEAD") -> str:
    """One line for the end of `make generate`."""
    hint = f"(apigen diff --since {rev} {report.api} for details)"
    if report.state == "added":
        return f"{report.package}: new package -> {report.new_version} (first release)"
    if not report.changes:
        return f"{report.package}: spec changed, public API unchanged -> {report.new_version} stays {hint}"
    patch = report.count(Severity.PATCH)
    extra = f", {patch} patch-level" if patch else ""
    additions = report.count(Severity.ADDITION)
    counts = f"{additions} addition{'' if additions == 1 else 's'}, {report.count(Severity.BREAKING)} breaking{extra}"
    status = report.version_status
    if status == "set":
        target = f"{report.new_version} (set)"
    elif status == "too-low":
        target = f"{report.suggested_version} suggested, settings say {report.new_version}"
    else:
        target = f"{report.suggested_version} suggested"
    return f"{report.package}: {counts} -> {target} {hint}"


def against_revision(api: str, spec_path: Path, sources: tuple[Path, ...] | list[Path], rev: str = "HEAD",
                     base_of: Path | None = None) -> Report | None:
    """The report of `spec_path` against the spec as it was at `rev` (or, with `base_of`, at the last
    commit that changed that folder), when the checkout knows that spec and it changed since.
    None when there is nothing to compare: no git, an untracked spec, no change."""
    root = git.toplevel(spec_path)
    if root is None or not spec_path.resolve().is_relative_to(root):
        return None
    if base_of is not None:
        found = git.last_commit(root, base_of)
        if found is None:
            return None
        rev = git.short(root, found)
    try:
        commit = git.resolve(root, rev)
    except git.GitError:
        return None
    if not git.exists(root, commit, spec_path.resolve().relative_to(root)):
        return None
    if not git.differs(root, commit, [*sources, settings_path(spec_path)]):
        return None
    with Revision(spec_path.parent, rev) as revision:
        old_path = revision.spec(spec_path)
        if old_path is None:
            return None
        old = revision.build(old_path)
        return report(api, old, build(spec_path), revision.label(spec_path), str(spec_path))
