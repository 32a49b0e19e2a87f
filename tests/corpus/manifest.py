"""The public-spec corpus of tests/corpus/MANIFEST: specs we do not ship, fetched into a cache.

MANIFEST holds one line per file, tab-separated: `name  repository  commit  path  sha256`. The
first line of a name is its root document; further lines of the same name are the files its
`$ref`s read (a multi-file spec). `make corpus` copies each file into
`.apigen-cache/corpus/<name>/<path>` (the repository's layout, so relative refs work), from a
local mirror of the repository (`<mirrors>/<owner>+<repo>/repo`, a bare git directory) or, with
`--network`, from raw.githubusercontent.com; every file's sha256 is checked before it is kept.

    .venv/bin/python -m tests.corpus.manifest fill [--network]
    .venv/bin/python -m tests.corpus.manifest add NAME OWNER/REPO PATH [--tree FOLDER]  # from a mirror
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = ROOT / "tests" / "corpus" / "MANIFEST"
CACHE = Path(os.environ.get("APIGEN_CORPUS_CACHE") or ROOT / ".apigen-cache" / "corpus")
MIRRORS = Path(os.environ.get("APIGEN_MIRRORS") or ROOT.parent / ".mirror")
_SPEC_SUFFIXES = (".yaml", ".yml", ".json")


@dataclass(frozen=True)
class Entry:
    name: str
    repository: str  # owner/name on GitHub
    commit: str
    path: str  # inside the repository
    sha256: str

    def cached(self, cache: Path = CACHE) -> Path:
        return cache / self.name / self.path


@dataclass(frozen=True)
class ManifestSpec:
    """One spec of the manifest: its root document and every file it reads."""

    name: str
    files: tuple[Entry, ...]

    @property
    def root(self) -> Entry:
        return self.files[0]

    def present(self, cache: Path = CACHE) -> bool:
        """Every file is in the cache with its recorded sha256."""
        return all(_sha256_of(entry.cached(cache)) == entry.sha256 for entry in self.files)


def read_manifest(path: Path = MANIFEST) -> list[ManifestSpec]:
    by_name: dict[str, list[Entry]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 5:
            raise ValueError(f"{path}:{number}: expected 5 tab-separated fields, found {len(fields)}")
        entry = Entry(*fields)
        by_name.setdefault(entry.name, []).append(entry)
    return [ManifestSpec(name, tuple(entries)) for name, entries in by_name.items()]


def _sha256_of(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _mirror(repository: str) -> Path:
    return MIRRORS / repository.replace("/", "+") / "repo"


def _from_mirror(entry: Entry) -> bytes | None:
    git_dir = _mirror(entry.repository)
    if not git_dir.is_dir():
        return None
    done = subprocess.run(["git", "--git-dir", str(git_dir), "cat-file", "blob", f"{entry.commit}:{entry.path}"],
                          capture_output=True, check=False)
    return done.stdout if done.returncode == 0 else None


def _from_network(entry: Entry) -> bytes:
    url = f"https://raw.githubusercontent.com/{entry.repository}/{entry.commit}/{entry.path}"
    with urllib.request.urlopen(url, timeout=60) as answer:  # a fixed https host
        data: bytes = answer.read()
    return data


def fill(network: bool = False, cache: Path = CACHE) -> int:
    """Copy every absent file into the cache; one line per spec that stays absent. Exit status."""
    missing = 0
    for spec in read_manifest():
        problems = list(_fill_spec(spec, network, cache))
        for problem in problems[:3]:
            print(f"corpus: {spec.name}: {problem}", file=sys.stderr)
        missing += bool(problems)
    print(f"corpus: {len(read_manifest()) - missing} specs in {cache}, {missing} absent", file=sys.stderr)
    return 1 if missing else 0


def _fill_spec(spec: ManifestSpec, network: bool, cache: Path) -> Iterator[str]:
    for entry in spec.files:
        target = entry.cached(cache)
        if _sha256_of(target) == entry.sha256:
            continue
        data = _from_mirror(entry)
        if data is None and network:
            try:
                data = _from_network(entry)
            except OSError as exc:
                yield f"{entry.path}: not fetched ({exc})"
                continue
        if data is None:
            yield f"{entry.path}: no mirror of {entry.repository} at {_mirror(entry.repository)} (try --network)"
            continue
        if hashlib.sha256(data).hexdigest() != entry.sha256:
            yield f"{entry.path}: sha256 differs from the manifest; not kept"
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def add(name: str, repository: str, path: str, tree: str | None) -> None:
    """Append a spec's lines to the manifest from the mirror's HEAD: the root, then every spec
    file below `tree` (a multi-file spec's folder)."""
    git_dir = _mirror(repository)

    def git(*args: str) -> bytes:
        return subprocess.run(["git", "--git-dir", str(git_dir), *args], capture_output=True, check=True).stdout

    commit = git("rev-parse", "HEAD").decode().strip()
    paths = [path]
    if tree:
        listed = git("ls-tree", "-r", "--name-only", commit, "--", tree).decode().splitlines()
        paths += sorted(p for p in listed if p.endswith(_SPEC_SUFFIXES) and p != path)
    with MANIFEST.open("a", encoding="utf-8") as manifest:
        for file in paths:
            digest = hashlib.sha256(git("cat-file", "blob", f"{commit}:{file}")).hexdigest()
            manifest.write(f"{name}\t{repository}\t{commit}\t{file}\t{digest}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tests.corpus.manifest", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    fill_command = commands.add_parser("fill", help="copy the manifest's files into the cache")
    fill_command.add_argument("--network", action="store_true", help="fetch from GitHub what no mirror has")
    add_command = commands.add_parser("add", help="append a spec from a local mirror")
    add_command.add_argument("name")
    add_command.add_argument("repository")
    add_command.add_argument("path")
    add_command.add_argument("--tree", help="also every spec file below this folder")
    args = parser.parse_args(argv)
    if args.command == "fill":
        return fill(args.network)
    add(args.name, args.repository, args.path, args.tree)
    return 0


if __name__ == "__main__":
    sys.exit(main())
