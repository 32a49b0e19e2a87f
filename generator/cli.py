"""Command line: `apigen generate | check | validate | mock`. No logic here beyond wiring."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

import click
from click.core import ParameterSource

from generator.errors import SpecError, SpecErrors
from generator.load import discover, input_fingerprint, read_settings, ref_root_override
from generator.write import OutputError, check_output_folder, compare, is_current, recorded_sources, write_package

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
    specs = discover(spec_dir)
    unknown = [a for a in apis if a not in specs]
    if unknown:
        raise SpecError(str(spec_dir), "", f"no spec for API {unknown[0]!r} (known: {', '.join(sorted(specs)) or 'none'})")
    return {a: specs[a] for a in apis} if apis else specs


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


_REF_ROOT_HELP = "Let external $refs read files below DIR (default: the spec's folder, or the ref_root setting)."
_STRICT_HELP = ("Make every warning an error (what a lenient run reads its own way: default: the spec's "
                "`strict` setting).")


def _ref_root_option(command: Callable[..., None]) -> Callable[..., None]:
    option = click.option("--ref-root", type=click.Path(path_type=Path, exists=True, file_okay=False),
                          help=_REF_ROOT_HELP)
    strict = click.option("--strict/--lenient", default=None, help=_STRICT_HELP)
    return strict(option(command))


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """apigen: typed Python client packages from OpenAPI 3.0/3.1 specs."""


@main.command()
@click.argument("apis", nargs=-1)
@click.option("--spec", "spec_file", type=click.Path(path_type=Path), help="Generate from this spec file instead.")
@click.option("--out", type=click.Path(path_type=Path), help="With --spec: the package folder to write.")
@click.option("--package-name", help="With --spec: the import package name (default from its settings).")
@click.option("--specs", "spec_dir", default="specs", show_default=True, type=click.Path(path_type=Path))
@click.option("--generated", "out_dir", default="generated", show_default=True, type=click.Path(path_type=Path))
@_ref_root_option
@click.pass_context
def generate(ctx: click.Context, apis: tuple[str, ...], spec_file: Path | None, out: Path | None,
             package_name: str | None, spec_dir: Path, out_dir: Path, ref_root: Path | None,
             strict: bool | None) -> None:
    """Regenerate generated/<package>/ for the named APIs (default: every spec in specs/).

    Nothing is written unless every package generates: a failing run leaves generated/ as it was.
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

    def run() -> int:
        if spec_file is not None and out is not None:
            check_output_folder(out)  # before any work
            from generator.pipeline import generate as generate_one

            result = generate_one(spec_file, package_name, strict)
            _warn(result.warnings)
            changed = write_package(out, result.files)
            click.echo(f"{out}: {'written' if changed else 'unchanged'} ({len(result.files)} files)")
            return 0
        pending = {}
        for api, path in _select(spec_dir, apis).items():
            root = out_dir / read_settings(path).package_name
            sources = recorded_sources(root)
            if sources and strict is None and is_current(root, input_fingerprint(sources)):
                click.echo(f"{root}: up to date")
            else:
                pending[api] = path
        if not pending:
            return 0
        from generator.pipeline import generate

        results = [generate(path, strict=strict) for path in pending.values()]
        for result in results:
            _warn(result.warnings)
        for result in results:
            root = out_dir / result.package_name
            sources = list(result.sources)
            changed = write_package(root, result.files, input_fingerprint(sources), result.sources)
            click.echo(f"{root}: {'written' if changed else 'unchanged'} ({len(result.files)} files)")
        return 0

    _guarded(run, ref_root)


@main.command()
@click.argument("apis", nargs=-1)
@click.option("--specs", "spec_dir", default="specs", show_default=True, type=click.Path(path_type=Path))
@click.option("--generated", "out_dir", default="generated", show_default=True, type=click.Path(path_type=Path))
@click.option("--diff-lines", default=40, show_default=True, help="How many diff lines to show per file.")
@_ref_root_option
def check(apis: tuple[str, ...], spec_dir: Path, out_dir: Path, diff_lines: int, ref_root: Path | None,
          strict: bool | None) -> None:
    """Exit 1 and show what differs if generated/ is not what the specs generate now."""

    def run() -> int:
        from generator.pipeline import generate as generate_one

        dirty = 0
        for path in _select(spec_dir, apis).values():
            result = generate_one(path, strict=strict)
            package, files = result.package_name, result.files
            drift = compare(out_dir / package, files)
            if drift.clean:
                click.echo(f"{out_dir / package}: up to date")
                continue
            dirty += 1
            click.echo(f"{out_dir / package}: out of date with {path} (run `make generate`)")
            for label, paths in (("changed", drift.changed), ("missing", drift.added), ("stale", drift.removed)):
                for rel in paths:
                    click.echo(f"  {label}: {rel}")
            for diff in drift.diffs:
                lines = diff.splitlines()
                click.echo("\n".join(lines[:diff_lines]) + (f"\n  ... {len(lines) - diff_lines} more lines" if len(lines) > diff_lines else ""))
        return EXIT_DRIFT if dirty else 0

    _guarded(run, ref_root)


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
                click.echo(f"{path}: ok" + (f" ({len(warnings)} warnings)" if warnings else ""))
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
def mock(spec_file: Path, host: str, port: int) -> None:
    """Serve SPEC_FILE: validate each request against the spec and answer with its examples.

    Invalid requests get 400 (401 without credentials) with a JSON body saying what is wrong.
    A `Prefer: code=404` request header picks another documented response. Stops on Ctrl-C / SIGTERM.
    """

    def run() -> int:
        from generator.mock import serve_forever
        from generator.pipeline import load_checked

        spec = load_checked(spec_file)
        try:
            serve_forever(spec.document, host, port, announce=lambda line: click.echo(line, err=True))
        except OSError as exc:
            raise SpecError(str(spec_file), "", f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
        return 0

    _guarded(run)
