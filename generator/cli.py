"""Command line: `apigen generate | check | validate | mock`. No logic here beyond wiring."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import click

from generator.errors import SpecError, SpecErrors
from generator.load import discover, input_fingerprint, read_settings
from generator.write import compare, is_current, recorded_sources, write_package

# The pipeline (validator, black, jinja) is imported only when there is work to do, so a run
# with nothing changed finishes in a fraction of a second.

EXIT_DRIFT, EXIT_BAD_INPUT, EXIT_INTERNAL = 1, 2, 3


def _fail(lines: list[str], code: int) -> NoReturn:
    for line in lines:
        click.echo(line, err=True)
    sys.exit(code)


def _guarded(action: Callable[[], int]) -> NoReturn:
    """Run `action`; spec problems become one line each and exit 2, never a traceback."""
    try:
        code = action()
    except SpecErrors as exc:
        _fail([str(e) for e in exc.errors], EXIT_BAD_INPUT)
    except SpecError as exc:
        _fail([str(exc)], EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        _fail(["interrupted"], 130)
    except Exception as exc:  # noqa: BLE001 -- a bug in apigen itself: say so plainly, exit 3
        _fail([f"apigen internal error: {type(exc).__name__}: {exc}"], EXIT_INTERNAL)
    sys.exit(code)


def _select(spec_dir: Path, apis: tuple[str, ...]) -> dict[str, Path]:
    specs = discover(spec_dir)
    unknown = [a for a in apis if a not in specs]
    if unknown:
        raise SpecError(str(spec_dir), "", f"no spec for API {unknown[0]!r} (known: {', '.join(sorted(specs)) or 'none'})")
    return {a: specs[a] for a in apis} if apis else specs


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """apigen: typed Python client packages from OpenAPI 3.0/3.1 specs."""


@main.command()
@click.argument("apis", nargs=-1)
@click.option("--spec", "spec_file", type=click.Path(path_type=Path), help="Generate from this spec file instead.")
@click.option("--out", type=click.Path(path_type=Path), help="With --spec: the package folder to write.")
@click.option("--package-name", help="With --spec: the import package name (default from its settings).")
@click.option("--specs", "spec_dir", default="specs", show_default=True, type=click.Path(path_type=Path))
@click.option("--generated", "out_dir", default="generated", show_default=True, type=click.Path(path_type=Path))
def generate(apis: tuple[str, ...], spec_file: Path | None, out: Path | None, package_name: str | None,
             spec_dir: Path, out_dir: Path) -> None:
    """Regenerate generated/<package>/ for the named APIs (default: every spec in specs/).

    Nothing is written unless every package generates: a failing run leaves generated/ as it was.
    """

    def run() -> int:
        if spec_file is not None:
            if out is None:
                raise click.UsageError("--spec needs --out")
            from generator.pipeline import generate_files

            _, files = generate_files(spec_file, package_name)
            changed = write_package(out, files)
            click.echo(f"{out}: {'written' if changed else 'unchanged'} ({len(files)} files)")
            return 0
        pending = {}
        for api, path in _select(spec_dir, apis).items():
            root = out_dir / read_settings(path).package_name
            sources = recorded_sources(root)
            if sources and is_current(root, input_fingerprint(sources)):
                click.echo(f"{root}: up to date")
            else:
                pending[api] = path
        if not pending:
            return 0
        from generator.pipeline import generate

        results = [generate(path) for path in pending.values()]
        for result in results:
            root = out_dir / result.package_name
            sources = list(result.sources)
            changed = write_package(root, result.files, input_fingerprint(sources), result.sources)
            click.echo(f"{root}: {'written' if changed else 'unchanged'} ({len(result.files)} files)")
        return 0

    _guarded(run)


@main.command()
@click.argument("apis", nargs=-1)
@click.option("--specs", "spec_dir", default="specs", show_default=True, type=click.Path(path_type=Path))
@click.option("--generated", "out_dir", default="generated", show_default=True, type=click.Path(path_type=Path))
@click.option("--diff-lines", default=40, show_default=True, help="How many diff lines to show per file.")
def check(apis: tuple[str, ...], spec_dir: Path, out_dir: Path, diff_lines: int) -> None:
    """Exit 1 and show what differs if generated/ is not what the specs generate now."""

    def run() -> int:
        from generator.pipeline import generate_files

        dirty = 0
        for path in _select(spec_dir, apis).values():
            package, files = generate_files(path)
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

    _guarded(run)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
def validate(files: tuple[Path, ...]) -> None:
    """Check specs without generating: exit 2 with one line per problem."""

    def run() -> int:
        from generator.pipeline import build_checked

        errors: list[str] = []
        for path in files:
            try:
                build_checked(path)
                click.echo(f"{path}: ok")
            except SpecErrors as exc:
                errors += [str(e) for e in exc.errors]
            except SpecError as exc:
                errors.append(str(exc))
        if errors:
            _fail(errors, EXIT_BAD_INPUT)
        return 0

    _guarded(run)


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
