"""Every operation of a seeded spec called with the same arguments through any client package
(OpenAPI Generator's or ours), against a raw socket recorder on 127.0.0.1 that keeps the request
bytes. Shared by the recording script (`record_wire.py`) and the test (`test_og_wire.py`).
"""

from __future__ import annotations

import json
import re
import socket
import threading
import types
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from contract.calls import ClientSpec, configuration, python_value, wire_value

from generator.ir.typetree import Binary, ModelKind, ModelRef, Primitive, Scalar, is_file_upload, strip
from generator.pipeline import build_checked, load_checked

ROOT = Path(__file__).resolve().parents[2]
RECORDINGS = Path(__file__).parent / "wire"
SEEDED = ("oden", "pieces_os_client", "ubiops")
UPLOAD = ("upload.txt", b"recorded file \x00\x01")
# A path value with characters a path segment must encode; a query text with ones a query keeps
# or encodes depending on the client (spaces, `/`, `,`, `&`, unicode).
PATH_TEXT = "a b/c"
QUERY_TEXT = "x y/z,&é"
_ANSWER = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"


def client_spec(api: str) -> ClientSpec:
    path = ROOT / "specs" / f"{api}.yaml"
    package = build_checked(path)[0]
    return ClientSpec(api, load_checked(path).document, package, ROOT / "generated" / package.package_name)


def arguments(spec: ClientSpec) -> list[dict[str, Any]]:
    """One call per operation: every parameter, as JSON (args positional, kwargs by name)."""
    calls = []
    for case in spec.cases():
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        for parameter in case.operation.parameters:
            plain = strip(parameter.type)
            if isinstance(plain, Binary) or is_file_upload(plain):
                value: Any = "<file>"
            elif parameter.location.value == "path" and _is_text(plain):
                value = PATH_TEXT
            elif parameter.location.value == "query" and _is_text(plain):
                value = QUERY_TEXT
            else:
                value = wire_value(case, parameter)
            if parameter.required:
                args.append(value)
            else:
                kwargs[parameter.name] = value
        calls.append({"api": case.api, "method": case.operation.method_name, "args": args, "kwargs": kwargs})
    return calls


def _is_text(node: Any) -> bool:
    return isinstance(node, Primitive) and node.scalar is Scalar.STR


def call(spec: ClientSpec, package: types.ModuleType, recorded: dict[str, Any], host: str) -> None:
    """Make one recorded call through `package`; its answer does not matter (the recorder's `{}`)."""
    case = next(c for c in spec.cases() if (c.api, c.operation.method_name) == (recorded["api"], recorded["method"]))
    types_by_name = {p.name: p.type for p in case.operation.parameters}
    required = [p for p in case.operation.parameters if p.required]

    def typed(value: Any, node: Any) -> Any:
        if value == "<file>":
            return UPLOAD
        plain = strip(node)
        if isinstance(plain, ModelRef) and plain.kind is not ModelKind.ENUM and isinstance(value, dict):
            return getattr(package, plain.name).from_dict(value)  # a model, as users pass one
        return python_value(value, node)

    args = [typed(v, p.type) for v, p in zip(recorded["args"], required)]
    kwargs = {k: typed(v, types_by_name[k]) for k, v in recorded["kwargs"].items()}
    config = configuration(case, package, host)
    config.datetime_format = package.Configuration().datetime_format  # each client's own default
    with package.ApiClient(config) as client:
        method = getattr(getattr(package, recorded["api"])(client), recorded["method"])
        try:
            method(*args, **kwargs)
        except Exception:  # noqa: BLE001, S110 - the request is what is recorded, not the answer
            pass


@contextmanager
def recorder() -> Iterator[tuple[str, list[bytes]]]:
    """A raw HTTP/1.1 server on a free loopback port: (its URL, the requests it received)."""
    received: list[bytes] = []
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(5)
                received.append(_read_request(conn))
                conn.sendall(_ANSWER)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}", received
    finally:
        stop.set()
        thread.join()
        server.close()


def _read_request(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    match = re.search(rb"\r\ncontent-length:\s*(\d+)", head, re.IGNORECASE)
    length = int(match.group(1)) if match else 0
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


def parse(raw: bytes) -> dict[str, Any]:
    """A request as data: request line, headers in order, body as text (multipart boundary
    replaced by BOUNDARY: each client draws its own at random)."""
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    # The recorder's port changes from run to run.
    headers = [[k, "127.0.0.1" if k.lower() == "host" else v] for k, v in (line.split(": ", 1) for line in lines[1:])]
    boundary = re.search(r"boundary=([^\s;]+)", head.decode("latin-1"))
    text = body.decode("utf-8", "backslashreplace")
    if boundary:
        text = text.replace(boundary.group(1), "BOUNDARY")
        headers = [[k, v.replace(boundary.group(1), "BOUNDARY")] for k, v in headers]
    return {"method": method, "target": target, "headers": headers, "body": text}


def record(spec: ClientSpec, package: types.ModuleType, calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each call made through `package`, with the request it sent (None: it sent nothing)."""
    results = []
    for recorded in calls:
        with recorder() as (host, received):
            call(spec, package, recorded, host)
        request = parse(received[0]) if received else None
        results.append({**recorded, "request": request})
    return results


def load_recordings(api: str) -> dict[str, Any]:
    return dict(json.loads((RECORDINGS / f"{api}.json").read_text(encoding="utf-8")))
