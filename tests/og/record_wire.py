"""Record what OpenAPI Generator 7.x's python client sends for every operation of the seeded
specs, into tests/og/wire/<api>.json (the data test_og_wire.py compares our clients with).

Runs where Java is installed, with OpenAPI Generator from pyproject's `bench` extra
(`pip install openapi-generator-cli==7.26.0`, which carries the jar):

    .venv/bin/python tests/og/record_wire.py [API ...]

For each spec it generates OpenAPI Generator's python client into a temporary folder, then, in
a child process that imports that package (it has our package's name), calls every operation
with the arguments `wire_calls.arguments` chooses against a raw socket recorder on 127.0.0.1.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(TESTS.parent), str(TESTS)]

from og import wire_calls


def generator_jar() -> Path:
    import openapi_generator_cli  # the bench extra

    return Path(openapi_generator_cli.__file__).parent / "openapi-generator.jar"


def version() -> str:
    out = subprocess.run(["java", "-jar", str(generator_jar()), "version"], capture_output=True, text=True,
                         check=True)
    return out.stdout.strip()


def generate(api: str, package_name: str, out: Path) -> None:
    subprocess.run(
        ["java", "-jar", str(generator_jar()), "generate", "-g", "python", "-i",
         str(wire_calls.ROOT / "specs" / f"{api}.yaml"), "-o", str(out), "--package-name", package_name,
         "--skip-validate-spec"],
        check=True, capture_output=True,
    )


def record_in_child(api: str, og_root: Path) -> None:
    """In this process: import OpenAPI Generator's package from og_root and record every call."""
    spec = wire_calls.client_spec(api)
    sys.path.insert(0, str(og_root))
    package = importlib.import_module(spec.package.package_name)
    assert Path(package.__file__).is_relative_to(og_root), package.__file__
    calls = wire_calls.arguments(spec)
    recordings = wire_calls.record(spec, package, calls)
    print(json.dumps(recordings))


def main(apis: list[str]) -> None:
    wire_calls.RECORDINGS.mkdir(exist_ok=True)
    generator_version = version()
    for api in apis or wire_calls.SEEDED:
        spec = wire_calls.client_spec(api)
        with tempfile.TemporaryDirectory() as tmp:
            generate(api, spec.package.package_name, Path(tmp))
            out = subprocess.run([sys.executable, __file__, "--child", api, tmp], capture_output=True, text=True,
                                 check=True)
        recordings = json.loads(out.stdout)
        data = {"generator": f"OpenAPI Generator {generator_version}, python client",
                "script": "tests/og/record_wire.py", "calls": recordings}
        path = wire_calls.RECORDINGS / f"{api}.json"
        path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        sent = sum(r["request"] is not None for r in recordings)
        print(f"{path.relative_to(wire_calls.ROOT)}: {sent} of {len(recordings)} operations sent a request")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        record_in_child(sys.argv[2], Path(sys.argv[3]))
    else:
        main(sys.argv[1:])
