"""Benchmark apigen side by side with its peers; writes bench/RESULTS.md.

    .venv/bin/python bench/run.py            # full run (see bench/README.md)
    .venv/bin/python bench/run.py --quick    # smoke run, about 70 s on an idle machine

Measures, all in one run with tools interleaved round-robin so machine noise
hits every tool alike: (a) generation time and peak RSS at N=20/200/1000,
(b) `make generate` with nothing changed, (c) client call cost against a
local server, (d) import time, (e) API lines per operation.
A tool that is missing or fails is recorded as "failed: <reason>"; the run
goes on. Needs only the stdlib here; workers use the project .venv.
"""

from __future__ import annotations

import argparse
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
from pathlib import Path

import report

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
WORK = BENCH / "work"
PEERS = WORK / "peers-venv"
PY = ROOT / ".venv" / "bin" / "python"  # runs the clients and imports: has pydantic, urllib3, httpx
PINS = {"openapi-generator-cli": "7.26.0", "openapi-python-client": "0.29.1"}
TOOLS = ("ours", "og", "opc")  # og+black is derived from og's runs
TIMEOUT = 1200  # seconds per single tool run; a hang must not eat the session

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
ERROR_LINE = re.compile(r"^([\w.]+(Error|Exception|Exit)\b|Exception in thread|make: \*\*\*)")


def reason(text: str) -> str:
    """The most telling line of a failed run's output: its last exception line."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for ln in reversed(lines):
        if ERROR_LINE.match(ln):
            return ln[:160]
    return (lines[-1] if lines else "no output")[:160]


def timed(argv: list, log: Path, env: dict | None = None, cwd: Path | None = None) -> dict:
    """One run: {"wall", "rss_mb"} or {"error"}."""
    proc = subprocess.Popen(
        [sys.executable, "-c", WRAPPER, str(log), *map(str, argv)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=cwd,
        start_new_session=True,
    )
    try:
        out, _ = proc.communicate(timeout=TIMEOUT)
    except BaseException as e:  # timeout or Ctrl-C: the tool is in its own session, end it too
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        if isinstance(e, subprocess.TimeoutExpired):
            return {"error": f"timeout after {TIMEOUT} s"}
        raise
    res = json.loads(out)
    if "error" in res:
        return res
    if res["rc"] != 0:
        text = log.read_text(errors="replace")
        return {"error": f"rc={res['rc']}: {reason(text)}"}
    return res


def summarize(runs: list[dict]) -> dict:
    """Median time (and max RSS) over the repeats; any failed repeat fails the cell."""
    errors = [r["error"] for r in runs if "error" in r]
    if errors or not runs:
        return {"error": errors[0] if errors else "not run"}
    out = {"wall": statistics.median(r["wall"] for r in runs), "all": [r["wall"] for r in runs]}
    if "rss_mb" in runs[0]:
        out["rss_mb"] = max(r["rss_mb"] for r in runs)
    return out


def find_pkg(out: Path) -> Path | None:
    """Directory to put on sys.path: the parent of bench_api/ (it may be nested one level)."""
    for cand in (out, *sorted(p for p in out.glob("*") if p.is_dir())):
        if (cand / "bench_api" / "__init__.py").is_file():
            return cand
    return None


# ---------------------------------------------------------------- setup


def ensure_peers() -> str | None:
    """Create/reuse the peers venv with the pinned versions; return an error or None."""
    py = PEERS / "bin" / "python"
    check = "import importlib.metadata as m, json, sys; print(json.dumps({k: m.version(k) for k in sys.argv[1:]}))"
    if py.exists():
        got = subprocess.run([py, "-c", check, *PINS], check=False, capture_output=True, text=True)
        if got.returncode == 0 and json.loads(got.stdout) == PINS:
            return None
    else:
        subprocess.run([sys.executable, "-m", "venv", PEERS], check=True)
    print("installing peers into", PEERS, flush=True)
    with open(WORK / "pip.log", "w") as log:
        rc = subprocess.run(
            [py, "-m", "pip", "install", *(f"{k}=={v}" for k, v in PINS.items())],
            check=False,
            stdout=log,
            stderr=subprocess.STDOUT,
        ).returncode
    return None if rc == 0 else f"pip install failed (see {WORK / 'pip.log'})"


def make_specs(sizes: list[int]) -> dict[int, Path]:
    sys.path.insert(0, str(BENCH))
    import make_spec  # needs pyyaml, which the project .venv has

    (WORK / "specs").mkdir(parents=True, exist_ok=True)
    specs = {n: WORK / "specs" / f"n{n}.yaml" for n in sizes}
    for n, path in specs.items():
        make_spec.main(["make_spec.py", str(n), str(path)])
    return specs


# ---------------------------------------------------------------- (a) generation


def gen_command(tool: str, spec: Path, out: Path) -> tuple[list, dict]:
    env = dict(os.environ)
    if tool == "ours":
        return [ROOT / ".venv/bin/apigen", "generate", "--spec", spec, "--out", out, "--package-name", "bench_api"], env
    if tool == "og":
        # N=1000 is 3.3 MB of YAML, over swagger-parser's default 3 MiB code-point cap
        env["JAVA_OPTS"] = "-DmaxYamlCodePoints=100000000"
        cli = PEERS / "bin/openapi-generator-cli"
        return [cli, "generate", "-g", "python", "-i", spec, "-o", out, "--package-name", "bench_api"], env
    # opc runs `ruff` from PATH as a post-hook and silently skips it if absent
    env["PATH"] = f"{PEERS / 'bin'}:{env['PATH']}"
    config = WORK / "opc-config.yaml"
    config.write_text("project_name_override: bench-api\npackage_name_override: bench_api\n")
    cli = PEERS / "bin/openapi-python-client"
    return [cli, "generate", "--path", spec, "--output-path", out, "--overwrite", "--config", config], env


def black_command(out: Path) -> tuple[list, dict]:
    # A fresh cache dir keeps runs cold; --exclude replaces black's default use of
    # .gitignore, which would skip everything under the git-ignored bench/work/.
    env = dict(os.environ, BLACK_CACHE_DIR=tempfile.mkdtemp(dir=WORK / "tmp"))
    return [ROOT / ".venv/bin/black", "-q", "--exclude", r"/(\.git|\.venv)/", out], env


def bench_generation(specs: dict[int, Path], reps: int, plan: dict) -> dict:
    runs: dict[tuple, list] = {}
    scratch = WORK / "scratch"  # cwd of every generator: no stray caches in the repo
    for rep in range(reps):
        for n, spec in specs.items():
            for tool in TOOLS:
                if plan.get((tool, n)) is not None:
                    continue  # skipped cell (reason already in plan)
                out = WORK / "gen" / f"{tool}-{n}"
                shutil.rmtree(out, ignore_errors=True)
                shutil.rmtree(scratch, ignore_errors=True)
                scratch.mkdir(parents=True)
                argv, env = gen_command(tool, spec, out)
                print(f"  gen rep {rep + 1}/{reps} N={n} {tool}", flush=True)
                res = timed(argv, WORK / "logs" / f"gen-{tool}-{n}.log", env, scratch)
                if "error" not in res and find_pkg(out) is None:
                    res = {"error": "no bench_api package in the output"}
                runs.setdefault((tool, n), []).append(res)
                if tool == "og" and plan.get(("og+black", n)) is None:
                    if "error" in res:
                        runs.setdefault(("og+black", n), []).append(res)
                        continue
                    argv, env = black_command(out)
                    b = timed(argv, WORK / "logs" / f"black-{n}.log", env)
                    if "error" not in b:  # the column is OG then black, end to end
                        b = {"wall": res["wall"] + b["wall"], "rss_mb": max(res["rss_mb"], b["rss_mb"])}
                    runs.setdefault(("og+black", n), []).append(b)
    cells = {k: summarize(v) for k, v in runs.items()}
    cells.update({k: {"skipped": why} for k, why in plan.items() if why is not None})
    return cells


# ---------------------------------------------------------------- (b) regeneration


def bench_regen(reps: int) -> dict:
    argv = ["make", "-C", ROOT, "generate"]
    first = timed(argv, WORK / "logs" / "regen.log")  # warm-up: may really generate
    if "error" in first:
        return first
    return summarize([timed(argv, WORK / "logs" / "regen.log") for _ in range(reps)])


# ---------------------------------------------------------------- (c) client call


def bench_calls(reps: int, calls: int) -> dict:
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
                    p = subprocess.run(argv, check=False, capture_output=True, text=True, timeout=TIMEOUT, cwd=WORK)
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
        if "wall" in cells[k] and "ratio" in v[0]:
            cells[k]["ratio"] = statistics.median(r["ratio"] for r in v)
    return cells


# ---------------------------------------------------------------- (d) import time

IMPORT = {
    "og": "from bench_api.api.res0_api import Res0Api",
    "ours": "from bench_api.api.res0_api import Res0Api",
    "opc": "from bench_api.api.res0 import list_res_0",
}


def bench_imports(sizes: list[int], reps: int) -> dict:
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
                if tool == "ours" and not (pkg / "bench_api/api/res0_api.py").exists():
                    stmt = "from bench_api import Res0Api"
                code = (
                    f"import sys, time; sys.path.insert(0, {str(pkg)!r}); t = time.perf_counter(); "
                    f"import bench_api; {stmt}; print(time.perf_counter() - t)"
                )
                p = subprocess.run(
                    [PY, "-c", code], check=False, capture_output=True, text=True, timeout=TIMEOUT, cwd=WORK
                )
                if p.returncode != 0:
                    runs[key] = [{"error": reason(p.stderr)}]
                elif rep > 0:
                    runs.setdefault(key, []).append({"wall": float(p.stdout.split()[-1])})
    return {k: summarize(v) for k, v in runs.items()}


# ---------------------------------------------------------------- (e) code size


def api_lines(n: int) -> dict:
    """Lines in the API modules per operation (5 per resource), per tool at this N."""
    out: dict[str, dict] = {}
    for tool, pattern in (("ours", "api/*.py"), ("og", "api/*.py"), ("opc", "api/**/*.py")):
        pkg = find_pkg(WORK / "gen" / f"{tool}-{n}")
        files = [f for f in (pkg / "bench_api").glob(pattern) if f.name != "__init__.py"] if pkg else []
        if not files:
            out[tool] = {"error": f"no N={n} API modules"}
            continue
        lines = sum(len(f.read_text().splitlines()) for f in files)
        out[tool] = {"lines_per_op": lines / (5 * n)}
    return out


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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="smoke run: 1 repeat, N=20/200, fewer calls")
    ap.add_argument("--gen-reps", type=int, default=3)
    ap.add_argument("--regen-reps", type=int, default=5)
    ap.add_argument("--call-reps", type=int, default=5)
    ap.add_argument("--calls", type=int, default=2000, help="client calls per timed repeat")
    ap.add_argument("--import-reps", type=int, default=5)
    ap.add_argument("--og-1000", action="store_true", help="also run OpenAPI Generator at N=1000")
    ap.add_argument("--out", type=Path, default=BENCH / "RESULTS.md")
    args = ap.parse_args()
    if args.quick:
        args.gen_reps, args.regen_reps, args.call_reps, args.calls, args.import_reps = 1, 1, 2, 300, 2
    sizes = [20, 200] if args.quick else [20, 200, 1000]

    load_start = os.getloadavg()[0]  # how busy the machine was, to judge the numbers by
    for d in ("logs", "tmp"):
        (WORK / d).mkdir(parents=True, exist_ok=True)
    peers_error = ensure_peers()
    specs = make_specs(sizes)

    # Cells we decide not to run, with the reason shown in the table.
    plan: dict[tuple, str | None] = {}
    for n in sizes:
        for tool in ("og", "og+black", "opc"):
            plan[(tool, n)] = f"failed: {peers_error}" if peers_error else None
    if 1000 in sizes and not args.og_1000:
        plan[("og", 1000)] = plan[("og+black", 1000)] = "skipped: JVM out of memory when tried (see README)"
    if args.og_1000:
        plan[("og+black", 1000)] = "skipped: black alone takes minutes here"
    if args.quick:
        plan[("og+black", 200)] = "skipped in --quick (black takes ~1.5 min)"

    print("(a) generation", flush=True)
    gen = bench_generation(specs, args.gen_reps, plan)
    print("(b) regeneration", flush=True)
    regen = bench_regen(args.regen_reps)
    print("(c) client calls", flush=True)
    calls = bench_calls(args.call_reps, args.calls)
    print("(d) imports", flush=True)
    imports = bench_imports([20, 200], args.import_reps)
    lines = api_lines(200)

    settings = (
        f"{'quick' if args.quick else 'full'}: generation median of {args.gen_reps}, "
        f"regeneration median of {args.regen_reps}, client calls median of {args.call_reps} "
        f"x {args.calls} calls, imports median of {args.import_reps} (warm .pyc); "
        f"load average (1 min) at start / end: {load_start:.1f} / {os.getloadavg()[0]:.1f}, "
        "other work on the machine when well above 0"
    )
    args.out.write_text(report.render(machine(), settings, sizes, gen, regen, calls, imports, lines))
    raw = {"generation": gen, "calls": calls, "imports": imports}
    raw = {k: {" ".join(map(str, c)): v for c, v in d.items()} for k, d in raw.items()}
    raw.update(regeneration=regen, api_lines=lines)
    (WORK / "results.json").write_text(json.dumps(raw, indent=1))  # every repeat, for a closer look
    shutil.rmtree(WORK / "tmp", ignore_errors=True)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
