"""Command line: `apigen generate | check | diff | validate | mock`. No logic here beyond wiring."""

from __future__ import annotations

import datetime
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

import click
from click.core import ParameterSource

from generator.emit.write import (
    MANIFEST,
    OutputError,
    WriteResult,
    check_output_folder,
    compare,
    is_current,
    manifest_warnings,
    orphans,
    provenance,
    recorded_sources,
    refusal,
    write_package,
)
from generator.errors import SpecError, SpecErrors
from generator.read.load import discover, input_fingerprint, read_settings, ref_root_override, settings_path

# The pipeline (validator, black, jinja) is imported only when there is work to do, so a run
# with nothing changed finishes in a fraction of a second.

EXIT_DRIFT, EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_INTERRUPTED = 1, 2, 3, 130
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_MAX_LINE = 2000


def _printable(line: str) -> str:
    """A message line as the terminal should see it: a spec's escape sequences shown, not obeyed."""
    line = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", line).replace("\n", "\\n")
    if len(line) > _MAX_LINE:  # a pointer through long keys can run to megabytes
        line = line[:_MAX_LINE - 3] + "..."
    return line.encode("utf-8", "backslashreplace").decode("utf-8")


def _fail(lines: list[str], code: int) -> NoReturn:
    if _Progress.active is not None:
        _Progress.active.clear()
    for line in lines:
        click.echo(_printable(line), err=True)
    sys.exit(code)


_MAX_WARNINGS = 200  # shown one per line; the rest are counted


def _warn(warnings: Sequence[SpecError]) -> None:
    """What a run read leniently, one line each, on stderr (`--strict` makes them errors)."""
    for warning in warnings[:_MAX_WARNINGS]:
        click.echo(_printable(str(warning)), err=True)
    if len(warnings) > _MAX_WARNINGS:
        click.echo(f"... and {len(warnings) - _MAX_WARNINGS} more warnings", err=True)


def _guarded(action: Callable[[], int], ref_root: Path | None = None) -> NoReturn:
    """Run `action`; spec problems become one line each and exit 2, never a traceback."""
    try:
        with ref_root_override(ref_root):
            code = action()
    except SpecErrors as exc:
        _fail([str(e) for e in exc.errors], EXIT_BAD_INPUT)
    except (SpecError, OutputError) as exc:
        _fail([str(exc)], EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        _fail(["interrupted"], EXIT_INTERRUPTED)
    except click.ClickException:
        raise
    except Exception as exc:  # noqa: BLE001 -- a bug in apigen itself: say so plainly, exit 3
        _fail([f"apigen internal error: {type(exc).__name__}: {exc}"], EXIT_INTERNAL)
    sys.exit(code)


def _select(spec_dir: Path, apis: tuple[str, ...]) -> dict[str, Path]:
    """The specs to work on; no folder of specs, or none in it, is bad input (a CI step that checked
    nothing must not pass)."""
    where = f"looked in {spec_dir.absolute()}"
    if not spec_dir.is_dir():
        raise SpecError(str(spec_dir), "", f"no such folder of specs ({where}): run apigen in a checkout with a "
                                           "specs/ folder, or give --specs DIR, or --spec FILE --out DIR")
    specs = discover(spec_dir)
    if not specs:
        raise SpecError(str(spec_dir), "", f"no spec in this folder ({where}): specs are <api>.yaml, <api>.yml "
                                           "or <api>.json")
    unknown = [a for a in apis if a not in specs]
    if unknown:
        raise SpecError(str(spec_dir), "", f"no spec for API {unknown[0]!r} (known: {', '.join(sorted(specs)) or 'none'})")
    return {a: specs[a] for a in apis} if apis else specs


def _stderr_is_tty() -> bool:
    stream = sys.stderr
    return bool(getattr(stream, "isatty", None)) and stream.isatty()


class _Progress:
    """Stages and counts of a long run, on one line of stderr rewritten in place; only on a
    terminal (a pipe or a CI log gets nothing)."""

    active: _Progress | None = None  # the one showing now, cleared before an error is printed

    def __init__(self) -> None:
        self.enabled = _stderr_is_tty()
        self.width = 0
        _Progress.active = self

    def show(self, text: str) -> None:
        if self.enabled:
            line = _printable(text)[:200]
            sys.stderr.write("\r" + line.ljust(self.width))
            sys.stderr.flush()
            self.width = len(line)

    def clear(self) -> None:
        if self.enabled and self.width:
            sys.stderr.write("\r" + " " * self.width + "\r")
            sys.stderr.flush()
            self.width = 0

    def echo(self, line: str, err: bool = False) -> None:
        self.clear()
        click.echo(_printable(line), err=err)


class _Group(click.Group):
    """click, with every usage error on one line (exit 2) and Ctrl-C as "interrupted" (exit 130)."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True, **extra: Any) -> Any:
        try:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.UsageError as exc:
            where = exc.ctx.command_path if exc.ctx else "apigen"
            message = exc.format_message()
            if isinstance(exc, click.exceptions.NoArgsIsHelpError):  # its message is the whole help
                message = f"missing command: one of {', '.join(sorted(self.commands))}"
            _fail([f"{where}: {message} (see {where} --help)"], EXIT_BAD_INPUT)
        except click.Abort:
            _fail(["interrupted"], EXIT_INTERRUPTED)
        except click.ClickException as exc:
            _fail([f"apigen: {exc.format_message()}"], exc.exit_code)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Each command with the whole first paragraph of its help, not cut at 45 characters."""
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, " ".join((command.help or "").split("\n\n")[0].split())))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


_REF_ROOT_HELP = ("Let external $refs read any file below DIR (default: the files git tracks in the work tree "
                  "holding the spec, else the spec's folder; the ref_root setting may narrow or widen that within "
                  "it).")
_STRICT_HELP = ("Make every warning an error (what a lenient run reads its own way: default: the spec's "
                "`strict` setting).")


_ref_root_only = click.option("--ref-root", type=click.Path(path_type=Path, exists=True, file_okay=False),
                              help=_REF_ROOT_HELP)


def _ref_root_option(command: Callable[..., None]) -> Callable[..., None]:
    strict = click.option("--strict/--lenient", default=None, help=_STRICT_HELP)
    return strict(_ref_root_only(command))


_SPECS_HELP = "The folder of specs (`<api>.yaml` beside `<api>.settings.yaml`)."
_GENERATED_HELP = "The folder of generated packages (`<package>/`)."


def _folders(command: Callable[..., None]) -> Callable[..., None]:
    specs = click.option("--specs", "spec_dir", default="specs", show_default=True, type=click.Path(path_type=Path),
                         help=_SPECS_HELP)
    generated = click.option("--generated", "out_dir", default="generated", show_default=True,
                             type=click.Path(path_type=Path), help=_GENERATED_HELP)
    return specs(generated(command))


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(None, "--version", package_name="apigen", prog_name="apigen", message="%(prog)s %(version)s",
                      help="Show apigen's version and exit.")
def main() -> None:
    """apigen: typed Python client packages from OpenAPI 3.0/3.1 specs."""


@main.command()
@click.argument("apis", nargs=-1)
@click.option("--spec", "spec_file", type=click.Path(path_type=Path), help="Generate from this spec file instead.")
@click.option("--out", type=click.Path(path_type=Path), help="With --spec: the package folder to write.")
@click.option("--package-name", help="With --spec: the import package name (default: package_name in the spec's "
                                     "settings, else from its info.title).")
@_folders
@click.option("-v", "--verbose", is_flag=True, help="List every file added, changed and removed.")
@click.option("--force", is_flag=True, help="Replace files in the package folder that apigen did not write "
                                           "(by default such a folder is refused and the files named).")
@_ref_root_option
@click.pass_context
def generate(ctx: click.Context, apis: tuple[str, ...], spec_file: Path | None, out: Path | None,
             package_name: str | None, spec_dir: Path, out_dir: Path, verbose: bool, force: bool,
             ref_root: Path | None, strict: bool | None) -> None:
    """Regenerate generated/<package>/ for the named APIs (default: every spec in specs/), then name
    what changed for the callers of each package since the spec at git HEAD.

    Nothing is written unless every package generates: a failing run leaves generated/ as it was.
    A folder is written only when it is empty or apigen's manifest proves the files it replaces are
    apigen's own; otherwise it is refused, naming them (--force replaces them).
    """
    if spec_file is not None:
        if out is None:
            raise click.UsageError("--spec needs --out (the package folder to write)", ctx)
        given = [flag for flag, name in (("--specs", "spec_dir"), ("--generated", "out_dir"))
                 if ctx.get_parameter_source(name) is ParameterSource.COMMANDLINE]
        if apis or given:
            raise click.UsageError(f"--spec generates one spec: drop {' '.join(apis) or ' '.join(given)}", ctx)
    elif out is not None or package_name is not None:
        raise click.UsageError(f"{'--out' if out is not None else '--package-name'} works with --spec only", ctx)
    progress = _Progress()

    def run() -> int:
        if spec_file is not None and out is not None:
            check_output_folder(out)  # before any work
            from generator.pipeline import generate as generate_one

            progress.show(f"generating {spec_file}")
            result = generate_one(spec_file, package_name, strict, name_from_title=True)
            progress.clear()
            _warn(result.warnings)
            _refuse_foreign(progress, [(out, result.files)], force)
            progress.show(f"writing {out} ({len(result.files)} files)")
            changes = write_package(out, result.files, force=force)
            _written(progress, out, changes, verbose)
            if package_name is None and f"{result.package_name}/__init__.py" in changes.added:  # a new name: say why
                progress.echo(f"{out}: package {result.package_name!r}, named by {result.named_by} "
                              "(--package-name NAME chooses another)")
            return 0
        selected = _select(spec_dir, apis)
        pending = {}
        for api, path in selected.items():
            root = out_dir / read_settings(path).package_name
            sources = recorded_sources(root)
            if sources and strict is None and is_current(root, input_fingerprint(sources)):
                progress.echo(f"{root}: unchanged")
            else:
                pending[api] = path
        if not pending:
            return 0
        from generator.pipeline import generate

        results = []
        for index, (api, path) in enumerate(pending.items(), 1):
            progress.show(f"[{index}/{len(pending)}] generating {api}: load, check, build, render, format")
            results.append((api, path, generate(path, strict=strict)))
        progress.clear()
        for _, _, result in results:
            _warn(result.warnings)
        _refuse_foreign(progress, [(out_dir / result.package_name, result.files) for _, _, result in results], force)
        written = []
        for index, (api, path, result) in enumerate(results, 1):
            root = out_dir / result.package_name
            progress.show(f"[{index}/{len(results)}] writing {root} ({len(result.files)} files)")
            sources = list(result.sources)
            changes = write_package(root, result.files, input_fingerprint(sources), result.sources, force)
            _written(progress, root, changes, verbose)
            if changes:
                written.append((api, path, result.sources))
        _api_summaries(progress, written)
        return 0

    try:
        _guarded(run, ref_root)
    finally:
        progress.clear()


def _refuse_foreign(progress: _Progress, packages: list[tuple[Path, dict[str, str]]], force: bool) -> None:
    """Before anything is written: each folder that holds files apigen did not write, one line each
    (exit 2); and each manifest entry that is not a plain path, as a warning."""
    progress.clear()
    for root, _ in packages:
        for warning in manifest_warnings(root):
            click.echo(_printable(warning), err=True)
    refused = [] if force else [reason for root, files in packages if (reason := refusal(root, files))]
    if refused:
        _fail(refused, EXIT_BAD_INPUT)


def _written(progress: _Progress, root: Path, result: WriteResult, verbose: bool) -> None:
    """One line per package: `unchanged`, or what was added, changed and removed (listed with -v)."""
    if not result:
        progress.echo(f"{root}: unchanged")
        return
    groups = (("added", result.added), ("changed", result.changed), ("removed", result.removed))
    line = f"{root}: " + ", ".join(f"{len(paths)} {label}" for label, paths in groups if paths)
    names = [path for _, paths in groups for path in paths]
    if not verbose:
        line += f" ({', '.join(names)})" if len(names) <= 3 else " (-v lists them)"
    progress.echo(line)
    if verbose:
        for label, paths in groups:
            for path in paths:
                progress.echo(f"  {label}: {path}")


def _api_summaries(progress: _Progress, written: list[tuple[str, Path, tuple[Path, ...]]]) -> None:
    """For each package written, what changed for its callers since the spec at git HEAD (one line).
    Skipped without git, for an untracked spec, or a spec as it is at HEAD."""
    from generator.diff.git import GitError
    from generator.diff.run import against_revision, summary_line

    for index, (api, path, sources) in enumerate(written, 1):
        progress.show(f"[{index}/{len(written)}] comparing {api} with its spec at HEAD")
        try:
            report = against_revision(api, path, sources)
        except GitError:  # git failing is no reason to fail a generation that worked
            continue
        except (SpecError, SpecErrors) as exc:  # the spec at HEAD does not build: say so, go on
            first = exc.errors[0] if isinstance(exc, SpecErrors) else exc
            progress.echo(f"{api}: no API summary: the spec at HEAD does not build ({first})")
            continue
        if report is not None:
            progress.echo(summary_line(report))
    progress.clear()


@main.command()
@click.argument("apis", nargs=-1)
@_folders
@click.option("--diff-lines", default=40, show_default=True,
              help="How many changed lines of each file's diff to show (with their context; 0: none).")
@_ref_root_option
def check(apis: tuple[str, ...], spec_dir: Path, out_dir: Path, diff_lines: int, ref_root: Path | None,
          strict: bool | None) -> None:
    """Exit 1 and show what differs if generated/ is not what the specs generate now: files edited
    by hand, packages out of date with their spec (with what changed in the API), packages whose
    spec is gone."""
    progress = _Progress()

    def run() -> int:
        from generator.pipeline import generate as generate_one

        dirty = 0
        selected = _select(spec_dir, apis)
        made = set()
        for index, (api, path) in enumerate(selected.items(), 1):
            progress.show(f"[{index}/{len(selected)}] generating {api} in memory")
            result = generate_one(path, strict=strict)
            made.add(result.package_name)
            root = out_dir / result.package_name
            drift = compare(root, result.files)
            for warning in drift.warnings:
                progress.echo(warning, err=True)
            if drift.clean:
                progress.echo(f"{root}: up to date")
                continue
            dirty += 1
            _drift(progress, api, path, root, drift, diff_lines, result.sources)
        if not apis:
            for orphan in orphans(out_dir, made):
                dirty += 1
                progress.echo(f"{orphan}: no spec in {spec_dir} generates this package (was its spec removed?): "
                              "delete the folder or restore the spec")
        return EXIT_DRIFT if dirty else 0

    try:
        _guarded(run, ref_root)
    finally:
        progress.clear()


def _drift(progress: _Progress, api: str, path: Path, root: Path, drift: Any, diff_lines: int,
           sources: tuple[Path, ...]) -> None:
    differing = [*drift.changed, *drift.added, *drift.removed]
    origin = provenance(root, differing)
    if origin.edited:
        progress.echo(f"{root}: hand-edited: {', '.join(origin.edited)}; `make generate` will undo it")
    rest = [p for p in differing if p not in origin.edited and p != MANIFEST]
    if not origin.known or rest or origin.inputs_changed:
        if origin.inputs_known and not origin.inputs_changed:
            progress.echo(f"{root}: out of date with the generator (it changed since {root} was written; "
                          "run `make generate`)")
        else:
            progress.echo(f"{root}: out of date with {path} (run `make generate`)")
            _check_summary(progress, api, path, root, sources)
    for label, paths in (("changed", drift.changed), ("missing", drift.added), ("stale", drift.removed)):
        for rel in paths:
            progress.echo(f"  {label}: {rel}")
    for diff in drift.diffs:
        click.echo(_cut(diff.splitlines(), diff_lines))


def _cut(lines: list[str], most: int) -> str:
    """A diff up to its `most`-th changed line (headers and the context around them shown too):
    cut by changed lines, so `--diff-lines 1` still shows the change, not only its context."""
    changed, end = 0, len(lines)
    for index, line in enumerate(lines):
        if line.startswith(("+", "-")) and not line.startswith(("+++ ", "--- ")):
            changed += 1
            if changed > most:
                end = index
                break
    if most <= 0:
        end = 0
    more = f"\n  ... {len(lines) - end} more lines" if end < len(lines) else ""
    return "\n".join(lines[:end]) + more


def _check_summary(progress: _Progress, api: str, path: Path, root: Path, sources: tuple[Path, ...]) -> None:
    """What changed in the API since the spec the package was last committed with (git only)."""
    from generator.diff.output import text
    from generator.diff.run import against_revision

    progress.show(f"comparing {api} with the spec of the last commit of {root}")
    try:
        report = against_revision(api, path, sources, base_of=root)
    except (SpecError, SpecErrors):
        report = None
    if report is None:
        progress.clear()
        return
    progress.echo(f"  API changes since {report.old_source} (the last commit of {root}):")
    for line in text([report]).splitlines():
        progress.echo(f"    {line}")


@main.command()
@click.argument("args", nargs=-1, metavar="OLD NEW | [API ...]")
@click.option("--since", "rev", metavar="REV",
              help="Compare each spec in specs/ (or the APIs named) as it was at git revision REV with the "
                   "working tree, instead of two files.")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text",
              show_default=True, help="text (a terminal or a PR comment), markdown (a table) or json.")
@click.option("--bump", is_flag=True, help="Write the suggested version into the API's settings file "
                                          "(its package_version line; the rest of the file is kept).")
@click.option("--changelog", is_flag=True, help="Prepend a dated entry to generated/<package>/CHANGELOG.md.")
@click.option("--date", "entry_date", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="The date of the changelog entry, YYYY-MM-DD (default: today).")
@_folders
@click.option("--ref-root", type=click.Path(path_type=Path, exists=True, file_okay=False), help=_REF_ROOT_HELP)
@click.pass_context
def diff(ctx: click.Context, args: tuple[str, ...], rev: str | None, fmt: str, bump: bool, changelog: bool,
         entry_date: datetime.datetime | None, spec_dir: Path, out_dir: Path, ref_root: Path | None) -> None:
    """Show what a spec change does to the package's callers, and the version the release needs.

    Every change to the public Python API (classes, methods, arguments, return types, models,
    fields, enum members, auth, exceptions by status) and to the HTTP requests behind it, each
    classified breaking, addition or patch-level by a named rule. Exit 1 when a change breaks
    callers (a CI gate: `apigen diff --since origin/main`), 0 otherwise, 2 on bad input. With
    --bump or --changelog: 0 once they are written (a second run changes nothing).
    """
    if rev is None and len(args) != 2:
        raise click.UsageError("diff takes two spec files (OLD NEW), or --since REV [API ...]", ctx)

    def run() -> int:
        from generator.diff import output
        from generator.diff.run import compare_files, compare_since

        if rev is None:
            old_path, new_path = Path(args[0]), Path(args[1])
            for given in (old_path, new_path):
                if not given.is_file():
                    raise SpecError(str(given), "", "no such spec file")
            if bump:  # the version goes into NEW's settings, from OLD's: never a settings file made up
                for given in (old_path, new_path):
                    if not settings_path(given).exists():
                        raise SpecError(str(settings_path(given)), "", "--bump with two files needs the settings "
                                        "file of each (OLD's holds the released version, NEW's gets the new one)")
            reports = [compare_files(old_path, new_path)]
        else:
            reports = compare_since(rev, spec_dir, args, ref_root)
        click.echo(output.FORMATS[fmt](reports), nl=False)
        if bump or changelog:  # asked to act: done is success, whatever the change (scripts run set -e)
            _release(reports, bump, changelog, out_dir, entry_date.date() if entry_date else None)
            return 0
        return EXIT_DRIFT if any(r.breaking for r in reports) else 0

    _guarded(run)


def _release(reports: list[Any], bump: bool, changelog: bool, out_dir: Path, date: datetime.date | None) -> None:
    from generator.diff import release

    for report in reports:
        if report.state or report.bump == "none":
            continue
        version = release.target_version(report)
        if bump:
            settings = settings_path(Path(report.new_source))
            if report.version_status == "set":
                click.echo(f"{settings}: package_version {report.new_version} already set", err=True)
            elif release.write_version(settings, version):
                click.echo(f"{settings}: package_version {report.new_version} -> {version} "
                           "(`make generate` puts it into the package)", err=True)
        if changelog:
            entry = release.changelog_entry(report, version, date or release.today())
            written, changed = release.prepend_changelog(out_dir / report.package, entry, version)
            click.echo(f"{written}: entry for {version}{'' if changed else ' already there'}", err=True)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@_ref_root_option
def validate(files: tuple[Path, ...], ref_root: Path | None, strict: bool | None) -> None:
    """Check specs without generating: exit 2 with one line per problem; warnings say what a
    lenient run would read its own way."""

    def run() -> int:
        from generator.pipeline import build_checked

        errors: list[str] = []
        for path in files:
            try:
                _, warnings = build_checked(path, strict=strict)
                _warn(warnings)
                click.echo(f"{path}: ok" + (f" ({len(warnings)} warning{'s' if len(warnings) > 1 else ''})" if warnings else ""))
            except SpecErrors as exc:
                errors += [str(e) for e in exc.errors]
            except SpecError as exc:
                errors.append(str(exc))
        if errors:
            _fail(errors, EXIT_BAD_INPUT)
        return 0

    _guarded(run, ref_root)


@main.command()
@click.argument("spec_file", type=click.Path(path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", default=4010, show_default=True, help="Port to listen on (0: any free port).")
@_ref_root_only
@click.option("--strict-wire", is_flag=True,
              help="Refuse (400) a request whose path, query or header parameters are not written exactly as "
                   "the spec's styles write the values parsed from them.")
@click.option("--wire", "dialect", type=click.Choice(["openapi", "openapi-generator"]), default="openapi",
              show_default=True, help="The wire dialect --strict-wire expects (the package's `wire:` setting).")
def mock(spec_file: Path, host: str, port: int, ref_root: Path | None, strict_wire: bool, dialect: str) -> None:
    """Serve SPEC_FILE: validate each request against the spec and answer with its examples.

    Invalid requests get 400 (401 without credentials) with a JSON body saying what is wrong.
    A `Prefer: code=404` request header picks another documented response. Stops on Ctrl-C / SIGTERM.
    """

    def run() -> int:
        from generator.mock.server import serve_forever
        from generator.pipeline import load_checked

        spec = load_checked(spec_file)
        try:
            serve_forever(spec.document, host, port, announce=lambda line: click.echo(line, err=True),
                          strict_wire=dialect if strict_wire else None)
        except OSError as exc:
            raise SpecError(str(spec_file), "", f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
        return 0

    _guarded(run, ref_root)
