"""Client call cost: a local JSON server and one timing worker per client.

    python bench/clientcall.py serve
        Serves GET /res0?limit=K (K = 1 or 100 items of the Res0 shape) on
        127.0.0.1 at a free port, prints the port, runs until killed.
    python bench/clientcall.py measure TOOL PKG_PARENT PORT ITEMS CALLS
        Imports bench_api from PKG_PARENT, then after a warm-up makes CALLS
        calls with TOOL's client and CALLS with the floor, in alternating
        batches, and prints JSON: seconds per call of each, and their ratio.

run.py starts one server process and one worker process per measurement, so
client and server never share a GIL and every client starts from a clean
interpreter. Only stdlib, urllib3 and pydantic are needed (the project .venv).
"""

from __future__ import annotations

import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

SIZES = (1, 100)
WARMUP = 100
BATCH = 100  # calls per batch: short, so a pair of batches sees the same machine load


def item(k: int) -> dict:
    # Res0 without `next` (the cycle is in the schema, not in the payload)
    return {
        "id": k,
        "name": f"item {k}",
        "status": ("active", "inactive", "pending")[k % 3],
        "note": None,  # the nullable field, sent as null
        "labels": {"env": "prod", "team": f"t{k % 7}"},
        "count": k * 3,
        "tags": ["a", "b"],
    }


def payload(n: int) -> bytes:
    return json.dumps([item(k) for k in range(n)], separators=(",", ":")).encode()


def serve() -> None:
    bodies = {n: payload(n) for n in SIZES}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as every client pools connections
        # headers and body go out in two writes; with Nagle on, delayed ACKs add ~40 ms
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            limit = int(parse_qs(url.query).get("limit", ["1"])[0])
            body = bodies.get(limit) if url.path == "/res0" else None
            if body is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass  # no per-request logging: it would dominate the timings

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()


def make_call(tool: str, base: str, items: int):
    """Return a zero-argument function doing one list_res0 call with limit=items."""
    if tool == "floor":
        # The floor: what any client must at least do, pooled GET + pydantic validation.
        from enum import Enum

        import urllib3
        from pydantic import BaseModel, TypeAdapter

        class Res0Status(str, Enum):
            active = "active"
            inactive = "inactive"
            pending = "pending"

        class Res0(BaseModel):
            id: int
            name: str
            status: Res0Status
            note: str | None = None
            labels: dict[str, str] | None = None
            count: int | None = None
            tags: list[str] | None = None
            next: Res0 | None = None  # ResN has the same shape; stands in for Res1

        adapter = TypeAdapter(list[Res0])
        pool = urllib3.PoolManager()
        url = f"{base}/res0?limit={items}"
        return lambda: adapter.validate_json(pool.request("GET", url).data)

    if tool == "opc":
        # openapi-python-client: function modules per operation, httpx underneath
        from bench_api import Client  # type: ignore[import-not-found]
        from bench_api.api.res0 import list_res_0  # type: ignore[import-not-found]

        client = Client(base_url=base)
        return lambda: list_res_0.sync(client=client, limit=items)

    # OpenAPI Generator's python client, and ours which follows its naming
    import bench_api  # type: ignore[import-not-found]

    config = bench_api.Configuration(host=base)
    api = bench_api.Res0Api(bench_api.ApiClient(config))
    return lambda: api.list_res0(limit=items)


def batch(call, n: int) -> float:
    t = time.perf_counter()
    for _ in range(n):
        call()
    return (time.perf_counter() - t) / n


def measure(tool: str, parent: str, port: int, items: int, calls: int) -> dict:
    """The tool's client and the floor, in alternating batches in this one process.

    Pairing each tool batch with a floor batch run right next to it cancels the
    load that other processes put on the shared machine; the reported ratio is
    the median of the per-pair ratios, the times the fastest batch of each.
    """
    sys.path.insert(0, parent)
    base = f"http://127.0.0.1:{port}"
    floor, call = make_call("floor", base, items), make_call(tool, base, items)
    got = call()
    if not isinstance(got, list) or len(got) != items:
        raise SystemExit(f"wrong result: {type(got).__name__} of {len(got or [])}")
    for _ in range(WARMUP):
        floor()
        call()
    pairs_n = max(5, calls // BATCH) | 1  # odd, so the median ratio is one pair's
    per_batch = max(1, calls // pairs_n)
    pairs = []
    for i in range(pairs_n):
        if i % 2:  # alternate who goes first
            f, c = batch(floor, per_batch), batch(call, per_batch)
        else:
            c, f = batch(call, per_batch), batch(floor, per_batch)
        pairs.append((c, f))
    ratios = sorted(c / f for c, f in pairs)
    return {
        "tool": min(c for c, _ in pairs),
        "floor": min(f for _, f in pairs),
        "ratio": ratios[len(ratios) // 2],
    }


def main(argv: list[str]) -> int:
    if argv[1:2] == ["serve"]:
        serve()
        return 0
    if argv[1:2] == ["measure"] and len(argv) == 7:
        tool, parent, port, items, calls = argv[2:]
        print(json.dumps(measure(tool, parent, int(port), int(items), int(calls))))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
