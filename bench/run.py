"""Benchmark apigen side by side with its peers; writes bench/RESULTS.md and its plots.

    .venv/bin/python bench/run.py            # full run (see bench/README.md)
    .venv/bin/python bench/run.py --quick    # smoke run: N=20 and spotify, one repeat, under a minute

Measures, all in one run with tools interleaved round-robin so machine noise
hits every tool alike: (a) generation time and peak RSS of synthetic specs at
N=20/200/1000/2000 (the scaling series), (b) generation of the real-world
specs of the corpus, (c) regeneration with nothing changed, (d) client call
cost against a local server, (e) import time, (f) API lines per operation;
then draws bench/scaling.png and bench/corpus.png. A tool that is missing,
fails or times out is recorded as a result with its first meaningful error
line; the run goes on. Only a full run (no --quick, default --sizes and
--corpus) writes bench/RESULTS.md by default; other runs write to bench/work/.
Needs only the stdlib and pyyaml here (the project .venv); the peers and
matplotlib live in bench/work/peers-venv.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

import report

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
WORK = BENCH / "work"
PEERS = WORK / "peers-venv"  # the bench venv: both peers and matplotlib (never the project .venv)
PY = ROOT / ".venv" / "bin" / "python"  # runs the clients and imports: has pydantic, urllib3, httpx
TOOLS = ("ours", "og", "opc")  # og+black is derived from og's runs
PEER_TOOLS = ("og", "opc")
SIZES = [20, 200, 1000, 2000]
CORPUS_DIR = Path(os.environ.get("BENCH_CORPUS", "/work/shared/corpus/realworld"))
CORPUS = ["spotify", "box", "asana", "plaid"]
BLACK_SIZES = (20, 200)  # OG + black: black alone takes ~1.5 min on OG's N=200 output
PKG = "bench_api"  # import package name given to every tool, for every spec

# Runs argv in a fresh interpreter so RUSAGE_CHILDREN covers this run only
# (max RSS over the tool and its descendants, e.g. java under OG's wrapper).
WRAPPER = """
import json, resource, subprocess, sys, time
with open(sys.argv[1], "wb") as log:
    t = time.perf_counter()
    try:
        rc = subprocess.run(sys.argv[2:], stdout=log, stderr=subprocess.STDOUT).returncode
    except OSError as e:
        print(json.dumps({"error": str(e)})); sys.exit()
    wall = time.perf_counter() - t
kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"rc": rc, "wall": wall, "rss_mb": kb / 1024}))
"""


# ---------------------------------------------------------------- failure reasons

EXC = re.compile(r"^[A-Za-z_][\w.$]*(Error|Exception|Exit|Interrupt)\b:?")  # ValueError: / java.lang.X:
LOG_ERROR = re.compile(r"\b(ERROR|FATAL|SEVERE)\b|\b[Ee]rror:")
NOISE = re.compile(r"^(\[\w+\] (INFO|WARN|DEBUG)\b|WARNING\b|Generating\b|at |Command exited|[│╭╰╷╵])")


def _with_continuation(lines: list[str], i: int) -> str:
    """lines[i] plus the lines wrapped after it (rich wraps long messages) up to a blank line."""
    out = [lines[i]]
    for ln in lines[i + 1 : i + 4]:
        if not ln or NOISE.match(ln) or EXC.match(ln) or ln.startswith(("Traceback", "File ", "Caused by")):
            break
        out.append(ln)
    return " ".join(out)


def reason(text: str) -> str:
    """The first meaningful error line of a failed run's output.

    In order: the JVM's uncaught exception, openapi-python-client's "Error(s) encountered"
    (the lines after it say why), the first exception line (the root cause of a Python
    traceback, also inside rich's boxed tracebacks), the first ERROR/error: line, and
    last the first line that is not progress or warning output (apigen prints one line
    per spec problem).
    """
    lines = [ln.strip() for ln in text.splitlines()]
    found = None
    for i, ln in enumerate(lines):
        if ln.startswith("Exception in thread"):
            found = re.sub(r'^Exception in thread "[^"]*" ', "", _with_continuation(lines, i))
            break
    if found is None:
        for i, ln in enumerate(lines):
            if ln.startswith("Error(s) encountered while generating"):
                rest = [x for x in lines[i + 1 :] if x][:2]
                found = "; ".join(rest) or ln
                break
    if found is None:
        for i, ln in enumerate(lines):
            if EXC.match(ln) and not (i and lines[i - 1].startswith('File "')):  # not a traceback's code line
                found = _with_continuation(lines, i)
                break
    if found is None:
        found = next((ln for ln in lines if ln and LOG_ERROR.search(ln) and not NOISE.match(ln)), None)
    if found is None:
        found = next((ln for ln in lines if ln and not NOISE.match(ln)), None)
        more = sum(1 for ln in lines if ln and not NOISE.match(ln)) - 1
        if found is not None and more > 0:
            found += f" (+{more} more line{'s' if more > 1 else ''})"
    found = (found or "no output").replace(f"{WORK}/", "").replace(f"{ROOT}/", "")  # no host paths in RESULTS.md
    found = re.sub(r"\{[^{}]{60,}.*", "{…}", found)  # object dumps (OG's CodegenProperty{...})
    return found[:300] + ("…" if len(found) > 300 else "")


def notes(tool: str, log: Path) -> str | None:
    """What a successful run left out, where the tool says so."""
    if tool != "opc" or not log.exists():
        return None
    skipped = log.read_text(errors="replace").count("Endpoint will not be generated")
    return f"{skipped} operation{'s' if skipped != 1 else ''} not generated" if skipped else None


# ---------------------------------------------------------------- running


def timed(argv: list, log: Path, timeout: float, env: dict | None = None, cwd: Path | None = None) -> dict:
    """One run: {"wall", "rss_mb"} or {"error", "wall"(until failure), maybe "rss_mb"}."""
    proc = subprocess.Popen(
        [sys.executable, "-c", WRAPPER, str(log), *map(str, argv)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=cwd,
        start_new_session=True,
    )
    try:
        out, _ = proc.communicate(timeout=timeout)
    except BaseException as e:  # timeout or Ctrl-C: the tool is in its own session, end it too
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        if isinstance(e, subprocess.TimeoutExpired):
            return {"error": f"timeout after {timeout:.0f} s", "wall": timeout, "timeout": True}
        raise
    res = json.loads(out)
    if "error" in res:
        return res
    if res.pop("rc") != 0:
        res["error"] = reason(log.read_text(errors="replace"))
    return res


def summarize(runs: list[dict]) -> dict:
    """Median time (and max RSS) over the repeats; a failed repeat fails the cell (its numbers kept)."""
    failed = [r for r in runs if "error" in r]
    if failed:
        return failed[0]
    if not runs:
        return {"error": "not run"}
    out = {"wall": statistics.median(r["wall"] for r in runs), "all": [r["wall"] for r in runs]}
    if "rss_mb" in runs[0]:
        out["rss_mb"] = max(r["rss_mb"] for r in runs)
    for r in runs:
        if r.get("notes"):
            out["notes"] = r["notes"]
    return out


def find_pkg(out: Path) -> Path | None:
    """Directory to put on sys.path: the parent of bench_api/ (it may be nested one level)."""
    for cand in (out, *sorted(p for p in out.glob("*") if p.is_dir())):
        if (cand / PKG / "__init__.py").is_file():
            return cand
    return None


# ---------------------------------------------------------------- setup


def bench_pins() -> dict[str, str]:
    """name -> version from the `bench` extra of pyproject.toml, the one place they are pinned."""
    extra = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]["bench"]
    return dict(req.replace(" ", "").split("==", 1) for req in extra)


PINS = bench_pins()


def ensure_peers() -> str | None:
    """Create/reuse the bench venv with the pinned versions; return an error or None."""
    py = PEERS / "bin" / "python"
    check = "import importlib.metadata as m, json, sys; print(json.dumps({k: m.version(k) for k in sys.argv[1:]}))"
    if py.exists():
        got = subprocess.run([py, "-c", check, *PINS], check=False, capture_output=True, text=True)
        if got.returncode == 0 and json.loads(got.stdout) == PINS:
            return None
    else:
        subprocess.run([sys.executable, "-m", "venv", PEERS], check=True)
    print("installing", ", ".join(PINS), "into", PEERS, flush=True)
    with open(WORK / "pip.log", "w") as log:
        rc = subprocess.run(
            [py, "-m", "pip", "install", *(f"{k}=={v}" for k, v in PINS.items())],
            check=False,
            stdout=log,
            stderr=subprocess.STDOUT,
        ).returncode
    return None if rc == 0 else f"pip install failed (see {WORK / 'pip.log'})"


OPERATIONS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


def count_ops(spec: dict) -> int:
    return sum(1 for item in (spec.get("paths") or {}).values() for m in (item or {}) if m in OPERATIONS)


def make_specs(sizes: list[int]) -> dict[int, tuple[Path, int]]:
    """N -> (spec path, operations), written by bench/make_spec.py."""
    sys.path.insert(0, str(BENCH))
    import make_spec  # needs pyyaml, which the project .venv has

    (WORK / "specs").mkdir(parents=True, exist_ok=True)
    specs = {}
    for n in sizes:
        path = WORK / "specs" / f"n{n}.yaml"
        make_spec.main(["make_spec.py", str(n), str(path)])
        specs[n] = (path, count_ops(make_spec.make_spec(n)))
    return specs


def corpus_specs(names: list[str]) -> tuple[dict[str, tuple[Path, int]], dict[str, str]]:
    """name -> (unpacked spec in bench/work/corpus/, operations); and name -> why it is missing."""
    import yaml  # type: ignore[import-untyped]

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    (WORK / "corpus").mkdir(parents=True, exist_ok=True)
    found, missing = {}, {}
    for name in names:
        gz = sorted(CORPUS_DIR.glob(f"{name}.*.gz"))
        if not gz:
            missing[name] = f"skipped: no {name}.*.gz in {CORPUS_DIR}"
            continue
        dest = WORK / "corpus" / gz[0].name.removesuffix(".gz")  # a copy: the corpus itself stays untouched
        data = gzip.decompress(gz[0].read_bytes())
        if not dest.exists() or dest.read_bytes() != data:
            dest.write_bytes(data)
        spec = json.loads(data) if dest.suffix == ".json" else yaml.load(data, Loader=loader)
        found[name] = (dest, count_ops(spec))
    return found, missing


# ---------------------------------------------------------------- (a)+(b) generation


def gen_command(tool: str, spec: Path, out: Path) -> tuple[list, dict]:
    env = dict(os.environ)
    if tool == "ours":
        return [ROOT / ".venv/bin/apigen", "generate", "--spec", spec, "--out", out, "--package-name", PKG], env
    if tool == "og":
        # N=1000 is 3.3 MB of YAML, over swagger-parser's default 3 MiB code-point cap
        env["JAVA_OPTS"] = "-DmaxYamlCodePoints=100000000"
        cli = PEERS / "bin/openapi-generator-cli"
        return [cli, "generate", "-g", "python", "-i", spec, "-o", out, "--package-name", PKG], env
    # opc runs `ruff` from PATH as a post-hook and silently skips it if absent
    env["PATH"] = f"{PEERS / 'bin'}:{env['PATH']}"
    config = WORK / "opc-config.yaml"
    config.write_text(f"project_name_override: bench-api\npackage_name_override: {PKG}\n")
    cli = PEERS / "bin/openapi-python-client"
    return [cli, "generate", "--path", spec, "--output-path", out, "--overwrite", "--config", config], env


def black_command(out: Path) -> tuple[list, dict]:
    # A fresh cache dir keeps runs cold; --exclude replaces black's default use of
    # .gitignore, which would skip everything under the git-ignored bench/work/.
    env = dict(os.environ, BLACK_CACHE_DIR=tempfile.mkdtemp(dir=WORK / "tmp"))
    return [ROOT / ".venv/bin/black", "-q", "--exclude", r"/(\.git|\.venv)/", out], env


def bench_generation(jobs: list[tuple], plan: dict, timeout: float, black: set) -> dict:
    """jobs: (label, spec, reps); cells keyed (tool, label). A failed cell is not run again."""
    runs: dict[tuple, list] = {}
    scratch = WORK / "scratch"  # cwd of every generator: no stray caches in the repo
    for rep in range(max((reps for _, _, reps in jobs), default=0)):
        for label, spec, reps in jobs:
            if rep >= reps:
                continue
            for tool in TOOLS:
                key, out = (tool, label), WORK / "gen" / f"{tool}-{label}"
                if plan.get(key) is not None:
                    shutil.rmtree(out, ignore_errors=True)  # no stale output for the calls and imports
                    continue  # skipped cell, the reason is in plan
                if any("error" in r for r in runs.get(key, [])):
                    continue  # failed once: that is the result, don't pay for it again
                shutil.rmtree(out, ignore_errors=True)
                shutil.rmtree(scratch, ignore_errors=True)
                scratch.mkdir(parents=True)
                argv, env = gen_command(tool, spec, out)
                print(f"  gen rep {rep + 1}/{reps} {label} {tool}", end=" ", flush=True)
                log = WORK / "logs" / f"gen-{tool}-{label}.log"
                res = timed(argv, log, timeout, env, scratch)
                if "error" not in res and find_pkg(out) is None:
                    res["error"] = f"no {PKG} package in the output"
                if "error" not in res and notes(tool, log):
                    res["notes"] = notes(tool, log)
                print(f"{res['wall']:.1f} s" if "wall" in res else "", res.get("error", ""), flush=True)
                runs.setdefault(key, []).append(res)
                bkey = ("og+black", label)
                if tool == "og" and label in black and not any("error" in r for r in runs.get(bkey, [])):
                    if "error" in res:
                        runs.setdefault(bkey, []).append(res)
                        continue
                    argv, env = black_command(out)
                    b = timed(argv, WORK / "logs" / f"black-{label}.log", timeout, env)
                    if "error" not in b:  # the column is OG then black, end to end
                        b = {"wall": res["wall"] + b["wall"], "rss_mb": max(res["rss_mb"], b["rss_mb"])}
                    runs.setdefault(bkey, []).append(b)
    cells = {k: summarize(v) for k, v in runs.items()}
    cells.update({k: {"skipped": why} for k, why in plan.items() if why is not None})
    return cells


# ---------------------------------------------------------------- (c) regeneration


def bench_regen(reps: int, timeout: float) -> dict:
    """`apigen generate` over a copy of specs/ and generated/ with nothing changed.

    A copy, so the bench never writes into the repo's generated/ (the warm-up run
    really generates when the generator changed since generated/ was written).
    """
    base = WORK / "regen"
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    for d in ("specs", "generated"):
        shutil.copytree(ROOT / d, base / d, symlinks=True)
    argv = [ROOT / ".venv/bin/apigen", "generate"]
    log = WORK / "logs" / "regen.log"
    first = timed(argv, log, timeout, cwd=base)  # warm-up: may really generate
    if "error" in first:
        return first
    return summarize([timed(argv, log, timeout, cwd=base) for _ in range(reps)])


# ---------------------------------------------------------------- (d) client call


def bench_calls(reps: int, calls: int, timeout: float) -> dict:
    """Per-call seconds at 1 and 100 items; each client in its own process with its own floor."""
    server = subprocess.Popen([PY, BENCH / "clientcall.py", "serve"], stdout=subprocess.PIPE, text=True)
    runs: dict[tuple, list] = {}
    try:
        port = server.stdout.readline().strip() if server.stdout else ""
        for rep in range(reps):
            for items in (1, 100):
                for tool in TOOLS:
                    key, parent = (tool, items), find_pkg(WORK / "gen" / f"{tool}-20")
                    if parent is None:
                        runs[key] = [{"error": "no N=20 package generated"}]
                        continue
                    if runs.get(key) and "error" in runs[key][0]:
                        continue  # failed once: don't pay for it again
                    print(f"  call rep {rep + 1}/{reps} {items} item(s) {tool}", flush=True)
                    argv: list = [PY, BENCH / "clientcall.py", "measure", tool, parent, port, str(items), str(calls)]
                    try:
                        p = subprocess.run(argv, check=False, capture_output=True, text=True, timeout=timeout, cwd=WORK)
                    except subprocess.TimeoutExpired:
                        runs.setdefault(key, []).append({"error": f"timeout after {timeout:.0f} s"})
                        continue
                    if p.returncode != 0:
                        runs.setdefault(key, []).append({"error": reason(p.stderr)})
                        continue
                    res = json.loads(p.stdout)
                    runs.setdefault(key, []).append({"wall": res["tool"], "ratio": res["ratio"]})
                    runs.setdefault(("floor", items), []).append({"wall": res["floor"]})
    finally:
        server.terminate()
        server.wait()
    cells = {k: summarize(v) for k, v in runs.items()}
    for k, v in runs.items():
        if "error" not in cells[k] and "ratio" in v[0]:
            cells[k]["ratio"] = statistics.median(r["ratio"] for r in v)
    return cells


# ---------------------------------------------------------------- (e) import time

IMPORT = {
    "og": f"from {PKG}.api.res0_api import Res0Api",
    "ours": f"from {PKG}.api.res0_api import Res0Api",
    "opc": f"from {PKG}.api.res0 import list_res_0",
}


def bench_imports(sizes: list[int], reps: int, timeout: float) -> dict:
    runs: dict[tuple, list] = {}
    # rep 0 is an untimed warm-up that also writes the .pyc files: we report warm imports
    for rep in range(reps + 1):
        for n in sizes:
            for tool in TOOLS:
                key = (tool, n)
                pkg = find_pkg(WORK / "gen" / f"{tool}-{n}")
                if pkg is None:
                    runs[key] = [{"error": f"no N={n} package generated"}]
                    continue
                if runs.get(key) and "error" in runs[key][0]:
                    continue
                stmt = IMPORT[tool]
                if tool == "ours" and not (pkg / PKG / "api/res0_api.py").exists():
                    stmt = f"from {PKG} import Res0Api"
                code = (
                    f"import sys, time; sys.path.insert(0, {str(pkg)!r}); t = time.perf_counter(); "
                    f"import {PKG}; {stmt}; print(time.perf_counter() - t)"
                )
                try:
                    p = subprocess.run(
                        [PY, "-c", code], check=False, capture_output=True, text=True, timeout=timeout, cwd=WORK
                    )
                except subprocess.TimeoutExpired:
                    runs[key] = [{"error": f"timeout after {timeout:.0f} s"}]
                    continue
                if p.returncode != 0:
                    runs[key] = [{"error": reason(p.stderr)}]
                elif rep > 0:
                    runs.setdefault(key, []).append({"wall": float(p.stdout.split()[-1])})
    return {k: summarize(v) for k, v in runs.items()}


# ---------------------------------------------------------------- (f) code size


def api_lines(n: int) -> dict:
    """Lines in the API modules per operation (5 per resource), per tool at this N."""
    out: dict[str, dict] = {}
    for tool, pattern in (("ours", "api/*.py"), ("og", "api/*.py"), ("opc", "api/**/*.py")):
        pkg = find_pkg(WORK / "gen" / f"{tool}-{n}")
        files = [f for f in (pkg / PKG).glob(pattern) if f.name != "__init__.py"] if pkg else []
        if not files:
            out[tool] = {"error": f"no N={n} API modules"}
            continue
        lines = sum(len(f.read_text().splitlines()) for f in files)
        out[tool] = {"lines_per_op": lines / (5 * n)}
    return out


# ---------------------------------------------------------------- plots


def draw_plots(data: Path, out_dir: Path, timeout: float) -> dict:
    """bench/plots.py under the bench venv (matplotlib is there, never in the project .venv)."""
    py = PEERS / "bin" / "python"
    if not py.exists():
        return {"error": "no bench venv (peers-venv) to draw with"}
    argv = [py, BENCH / "plots.py", data, out_dir]
    try:
        p = subprocess.run(argv, check=False, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timeout after {timeout:.0f} s"}
    if p.returncode != 0:
        return {"error": reason(p.stderr)}
    return {"files": p.stdout.split()}


# ---------------------------------------------------------------- main


def machine() -> str:
    # versions only: `java -version` also prints a release date, which we leave out
    java = subprocess.run(["java", "-version"], check=False, capture_output=True, text=True).stderr
    jv = re.search(r'version "([^"]+)"', java)
    black = subprocess.run([ROOT / ".venv/bin/black", "--version"], check=False, capture_output=True, text=True).stdout
    bv = re.search(r"\d+\.\d+(\.\d+)?", black)
    return (
        f"{os.cpu_count()} cores (nproc), Python {platform.python_version()}, "
        f"Java {jv.group(1) if jv else 'missing'}, black {bv.group(0) if bv else 'missing'}, "
        + ", ".join(f"{k} {v}" for k, v in PINS.items())
    )


def keyed(cells: dict) -> dict:
    """(tool, label) keys -> {tool: {label: cell}} for JSON."""
    out: dict[str, dict] = {}
    for (tool, label), cell in cells.items():
        out.setdefault(tool, {})[str(label)] = cell
    return out


def bench_stages(paths: list[Path], timeout: float) -> dict:
    """Per-stage seconds of one in-process run of ours on each spec (`bench/stages.py`)."""
    if not paths:
        return {}
    command = [str(ROOT / ".venv/bin/python"), str(BENCH / "stages.py"), *map(str, paths)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout * len(paths), check=True)
        found = json.loads(done.stdout)
    except (subprocess.SubprocessError, ValueError) as error:
        return {"error": str(error).splitlines()[0]}
    return {("N=200" if name == "n200" else name): cell for name, cell in found.items()}


def csv_list(kind):
    return lambda text: [kind(x) for x in text.split(",") if x.strip()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--quick", action="store_true", help="smoke run: N=20 and spotify only, 1 repeat, fewer calls, no black"
    )
    ap.add_argument("--sizes", type=csv_list(int), default=SIZES, help="synthetic N values (default 20,200,1000,2000)")
    ap.add_argument("--corpus", type=csv_list(str), default=CORPUS, help="corpus specs (default all four; '' = none)")
    ap.add_argument("--gen-reps", type=int, default=3, help="generation repeats per spec and tool")
    ap.add_argument("--large-reps", type=int, default=1, help="generation repeats for N above 1000")
    ap.add_argument("--timeout", type=float, default=600, help="seconds per single tool run; then it is a result")
    ap.add_argument("--no-black", action="store_true", help="skip the OG + black column")
    ap.add_argument("--regen-reps", type=int, default=5)
    ap.add_argument("--call-reps", type=int, default=5)
    ap.add_argument("--calls", type=int, default=2000, help="client calls per timed repeat")
    ap.add_argument("--import-reps", type=int, default=5)
    ap.add_argument("--out", type=Path, help="report path (default: see bench/README.md)")
    args = ap.parse_args()
    if args.quick:
        args.sizes, args.corpus, args.no_black = [20], ["spotify"], True
        args.gen_reps = args.large_reps = args.regen_reps = args.call_reps = 1
        args.calls, args.import_reps = 300, 2
    full = not args.quick and args.sizes == SIZES and args.corpus == CORPUS
    if args.out is None:  # only a full run may overwrite the committed results
        args.out = BENCH / "RESULTS.md" if full else WORK / f"RESULTS-{'quick' if args.quick else 'partial'}.md"
    sizes = sorted(set(args.sizes))

    load_start = os.getloadavg()[0]  # how busy the machine was, to judge the numbers by
    for d in ("logs", "tmp"):
        (WORK / d).mkdir(parents=True, exist_ok=True)
    peers_error = ensure_peers()
    specs = make_specs(sizes)
    corpus, corpus_missing = corpus_specs(args.corpus)

    # Cells we decide not to run, with the reason shown in the table.
    plan: dict[tuple, str | None] = {}
    black = set() if args.no_black else {n for n in BLACK_SIZES if n in sizes}
    if peers_error:
        for label in [*sizes, *corpus]:
            for tool in (*PEER_TOOLS, "og+black"):
                plan[(tool, label)] = f"failed: {peers_error}"
    for name, why in corpus_missing.items():
        for tool in TOOLS:
            plan[(tool, name)] = why

    jobs = [(n, path, args.large_reps if n > 1000 else args.gen_reps) for n, (path, _) in specs.items()]
    jobs += [(name, path, args.gen_reps) for name, (path, _) in corpus.items()]
    print("(a, b) generation: synthetic and corpus specs", flush=True)
    gen = bench_generation(jobs, plan, args.timeout, black)
    print("(c) regeneration", flush=True)
    regen = bench_regen(args.regen_reps, args.timeout)
    print("(d) client calls", flush=True)
    if 20 in sizes:  # the clients come from the N=20 outputs of this run
        calls = bench_calls(args.call_reps, args.calls, args.timeout)
    else:
        calls = {(t, k): {"skipped": "not run: N=20 not in --sizes"} for t in (*TOOLS, "floor") for k in (1, 100)}
    print("(g) where our time goes", flush=True)
    stages = bench_stages([path for path, _ in corpus.values()] + ([specs[200][0]] if 200 in specs else []),
                          args.timeout)
    print("(e) imports", flush=True)
    imports = bench_imports([n for n in (20, 200) if n in sizes], args.import_reps, args.timeout)
    lines = api_lines(200) if 200 in sizes else {}

    ops = {str(n): o for n, (_, o) in specs.items()} | {name: o for name, (_, o) in corpus.items()}
    synth = {k: v for k, v in gen.items() if isinstance(k[1], int)}
    corp = {k: v for k, v in gen.items() if not isinstance(k[1], int)}
    raw = {
        "sizes": sizes,
        "corpus": [c for c in args.corpus if c in corpus or c in corpus_missing],
        "operations": ops,
        "timeout": args.timeout,
        "generation": keyed(synth),
        "corpus_generation": keyed(corp),
        "calls": keyed(calls),
        "imports": keyed(imports),
        "regeneration": regen,
        "api_lines": lines,
        "stages": stages,
    }
    data = WORK / "results.json"
    data.write_text(json.dumps(raw, indent=1))  # every repeat, for a closer look; the plots read it
    print("plots", flush=True)
    plots = draw_plots(data, args.out.parent, args.timeout)

    settings = (
        f"{'full' if full else 'quick' if args.quick else 'partial'}: generation median of {args.gen_reps} "
        f"({args.large_reps} above N=1000), timeout {args.timeout:.0f} s per run, "
        f"regeneration median of {args.regen_reps}, client calls median of {args.call_reps} "
        f"x {args.calls} calls, imports median of {args.import_reps} (warm .pyc); "
        f"load average (1 min) at start / end: {load_start:.1f} / {os.getloadavg()[0]:.1f}, "
        "other work on the machine when well above 0"
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report.render(machine(), settings, raw, plots))
    shutil.rmtree(WORK / "tmp", ignore_errors=True)
    print(f"wrote {args.out}" + "".join(f", {f}" for f in plots.get("files", [])))
    if "error" in plots:
        print(f"plots failed: {plots['error']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
