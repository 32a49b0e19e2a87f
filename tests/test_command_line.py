"""The command line as a maintainer meets it: outside a checkout it says where it looked (exit 2),
`check --diff-lines N` shows changed lines, help shows YYYY-MM-DD, `--spec` names the package after
the spec and not its file, and README's commands exist as README writes them."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from conftest import ROOT
from generator.cli import main

PETS = ROOT / "tests/golden/cases/basics/spec.yaml"


def run(args: list[str], cwd: Path) -> tuple[int, str, str]:
    old = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, args, catch_exceptions=False)
    finally:
        os.chdir(old)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("args", [["generate"], ["check"], ["generate", "oden"], ["check", "oden"],
                                  ["generate", "--specs", "elsewhere"]])
@pytest.mark.parametrize("specs_folder", ["none", "empty"])
def test_outside_a_checkout_generate_and_check_say_where_they_looked(tmp_path: Path, args: list[str],
                                                                     specs_folder: str) -> None:
    if specs_folder == "empty":
        (tmp_path / "specs").mkdir()
        (tmp_path / "elsewhere").mkdir()
    code, stdout, stderr = run(args, tmp_path)
    assert code == 2 and stdout == ""
    assert len(stderr.splitlines()) == 1, stderr
    looked = tmp_path / ("elsewhere" if "elsewhere" in args else "specs")
    assert f"(looked in {looked})" in stderr
    assert "known: none" not in stderr
    assert not (tmp_path / "generated").exists()


def test_check_diff_lines_shows_the_changed_lines(tmp_path: Path) -> None:
    (tmp_path / "specs").mkdir()
    shutil.copy(PETS, tmp_path / "specs/pets.yaml")
    assert run(["generate"], tmp_path)[0] == 0
    readme = tmp_path / "generated/pets/README.md"
    lines = readme.read_text().splitlines()
    lines[10], lines[30] = "EDITED ONE", "EDITED TWO"
    readme.write_text("\n".join(lines) + "\n")
    for shown in (1, 2, 5):
        code, stdout, _ = run(["check", "--diff-lines", str(shown)], tmp_path)
        changed = [line for line in stdout.splitlines() if re.match(r"[-+](?![-+]{2} )", line)]
        assert code == 1 and changed, stdout
        assert len(changed) == min(shown, 4), stdout  # each edit is a removed and an added line
        assert changed[0] == "-EDITED ONE"
    code, stdout, _ = run(["check", "--diff-lines", "0"], tmp_path)
    assert code == 1 and "EDITED" not in stdout


def test_date_help_says_the_format_a_user_types() -> None:
    code, stdout, _ = run(["diff", "--help"], ROOT)
    assert code == 0 and "--date YYYY-MM-DD" in stdout and "%Y" not in stdout


def test_spec_names_the_package_after_its_title_not_its_file(tmp_path: Path) -> None:
    names = []
    for file in ("plaid.yaml", "plaid2.yaml"):
        shutil.copy(PETS, tmp_path / file)
        code, stdout, stderr = run(["generate", "--spec", file, "--out", f"out_{file[:-5]}"], tmp_path)
        assert code == 0, stderr
        assert "package 'pet_store', named by the spec's info.title" in stdout
        names.append(sorted(p.name for p in (tmp_path / f"out_{file[:-5]}").iterdir()))
    assert names[0] == names[1] and "pet_store" in names[0]
    (tmp_path / "plaid.settings.yaml").write_text("package_name: plaid\n")
    code, stdout, _ = run(["generate", "--spec", "plaid.yaml", "--out", "out_set"], tmp_path)
    assert code == 0 and "named by package_name in plaid.settings.yaml" in stdout
    assert (tmp_path / "out_set/plaid/__init__.py").is_file()


# --- README and the commands' help agree -----------------------------------------------------------

def _options(command: str) -> set[str]:
    found = main.commands[command]
    return {opt for param in found.params if isinstance(param, click.Option) for opt in param.opts + param.secondary_opts}


def _readme_uses() -> list[tuple[str, str]]:
    """(command, option) for each option README shows with a command: its command lines and the
    sentences that say which commands take which options."""
    text = (ROOT / "README.md").read_text("utf-8")
    uses = []
    for line in text.splitlines():
        for command, rest in re.findall(r"apigen (generate|check|diff|validate|mock)\b([^`\n]*)", line):
            uses += [(command, option) for option in re.findall(r"(?<![\w-])--[a-z][a-z-]*", rest.split("#")[0])]
        takes = re.search(r"((?:generate|check|diff|validate)(?:, (?:generate|check|diff|validate))*"
                          r"(?: and (?:generate|check|diff|validate))?) also takes? (.*)", line)
        if takes:
            commands = re.findall(r"generate|check|diff|validate", takes.group(1))
            uses += [(c, o) for c in commands for o in re.findall(r"--[a-z][a-z-]*", takes.group(2))]
    return uses


def test_every_option_readme_shows_is_an_option_of_that_command() -> None:
    uses = _readme_uses()
    assert len(uses) > 20, "README's commands were found"
    missing = sorted({f"apigen {command} {option}" for command, option in uses if option not in _options(command)})
    assert missing == []


def test_readme_has_the_per_api_settings_section_settings_files_point_to() -> None:
    from dataclasses import fields

    from generator.read.settings import Settings

    readme = (ROOT / "README.md").read_text("utf-8")
    pointed = {m for p in (ROOT / "specs").glob("*.settings.yaml") for m in re.findall(r'README\.md, "([^"]+)"',
                                                                                     p.read_text("utf-8"))}
    headings = set(re.findall(r"^#+ (.+)$", readme, re.MULTILINE))
    assert pointed <= headings, f"settings files point to {pointed - headings}"
    section = readme.split("## Per-API settings", 1)[1].split("\n## ", 1)[0]
    rows = {m.group(1): m.group(0) for m in re.finditer(r"^\| `(\w+)` \|.*$", section, re.MULTILINE)}
    assert set(rows) == {f.name for f in fields(Settings)}, "every key, and only keys there are"
    for key, row in rows.items():
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        assert len(cells) == 5 and all(cells[1:]), f"{key}: type, default, example and meaning: {row}"
