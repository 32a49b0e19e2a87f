"""Paginated operations through a generated client, sync and async, against a server on
127.0.0.1 that pages for real: ten items, three a page, by cursor, offset or page number.

The client is the golden `pagination` case: its rules come from `x-speakeasy-pagination`
(cursor, offsetLimit) and `x-fern-pagination` (cursor, offset without step = page numbers).
"""

from __future__ import annotations

import asyncio
import importlib
import json
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import golden_package

ITEMS = [{"id": n} for n in range(10)]
SIZE = 3


def _page(query: dict[str, str], path: str) -> dict[str, Any]:
    if path == "/cursor" or path == "/fern-cursor":
        start = int(query.get("after") or query.get("starting_after") or 0)
        chunk = ITEMS[start:start + SIZE]
        following = str(start + SIZE) if start + SIZE < len(ITEMS) else None
        if path == "/cursor":
            return {"data": chunk, "meta": {"next": following}}
        return {"items": chunk, "next_cursor": following}
    if path == "/offset":
        offset, limit = int(query.get("offset") or 0), int(query.get("limit") or SIZE)
        return {"items": ITEMS[offset:offset + limit]}
    page = int(query.get("page") or 1)
    chunk = ITEMS[(page - 1) * SIZE:page * SIZE]
    return {"items": chunk, "has_more": page * SIZE < len(ITEMS)}


class _Handler(BaseHTTPRequestHandler):
    requests: list[str]

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        self.server.requests.append(self.path)  # type: ignore[attr-defined]
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        body = json.dumps(_page(query, url.path)).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def pkg() -> Iterator[ModuleType]:
    root = golden_package("pagination")
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module("golden_pagination")
    finally:
        sys.path.remove(str(root))


@pytest.fixture
def server() -> Iterator[ThreadingHTTPServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.requests = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()
    thread.join(10)


CASES = [  # (method, its arguments, the requests it must send)
    ("list_by_cursor", {"kind": "a"}, ["/cursor?kind=a", "/cursor?after=3&kind=a", "/cursor?after=6&kind=a",
                                       "/cursor?after=9&kind=a"]),
    ("list_by_offset", {"limit": 3}, ["/offset?limit=3", "/offset?offset=3&limit=3", "/offset?offset=6&limit=3",
                                      "/offset?offset=9&limit=3", "/offset?offset=12&limit=3"]),
    ("list_fern_cursor", {}, ["/fern-cursor", "/fern-cursor?starting_after=3", "/fern-cursor?starting_after=6",
                              "/fern-cursor?starting_after=9"]),
    ("list_fern_pages", {}, ["/fern-pages", "/fern-pages?page=2", "/fern-pages?page=3", "/fern-pages?page=4"]),
]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("method, args, requests", CASES, ids=[c[0] for c in CASES])
def test_every_item_once_in_order(pkg: ModuleType, server: ThreadingHTTPServer, mode: str, method: str,
                                  args: dict[str, Any], requests: list[str]) -> None:
    config = pkg.Configuration(host=f"http://127.0.0.1:{server.server_address[1]}", retries=0)
    if mode == "sync":
        with pkg.ApiClient(config) as client:
            items = list(getattr(pkg.DefaultApi(client), f"{method}_pages")(**args).items())
    else:
        async def run() -> list[Any]:
            async with pkg.AsyncApiClient(config) as client:
                return [item async for item in getattr(pkg.AsyncDefaultApi(client), f"{method}_pages")(**args).items()]
        items = asyncio.run(run())
    assert [item.id for item in items] == list(range(10))
    assert all(isinstance(item, pkg.Item) for item in items)
    assert server.requests == requests  # type: ignore[attr-defined]


def test_pages_are_fetched_only_as_the_loop_asks(pkg: ModuleType, server: ThreadingHTTPServer) -> None:
    config = pkg.Configuration(host=f"http://127.0.0.1:{server.server_address[1]}", retries=0)
    with pkg.ApiClient(config) as client:
        pages = pkg.DefaultApi(client).list_by_cursor_pages()
        assert server.requests == []  # type: ignore[attr-defined]
        first = next(iter(pages))
        assert [item.id for item in first.data] == [0, 1, 2]
        assert len(server.requests) == 1  # type: ignore[attr-defined]
        assert len(list(pkg.DefaultApi(client).list_by_cursor_pages(_max_pages=2))) == 2


# ------------------------------------------------------------------ through `apigen mock`


@pytest.fixture(scope="module")
def mock() -> Iterator[str]:
    from conftest import GOLDEN_CASES
    from generator.mock.server import MockServer
    from generator.read.load import load_spec, read_settings

    spec = GOLDEN_CASES / "pagination" / "spec.yaml"
    with MockServer(load_spec(spec, read_settings(spec, None)).document, log=lambda line: None) as server:
        yield server.url


MOCK_CASES = [("list_by_cursor", {}, 3), ("list_by_offset", {"limit": 2}, 2), ("list_fern_cursor", {}, 3),
              ("list_fern_pages", {}, 3)]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("method, args, size", MOCK_CASES, ids=[c[0] for c in MOCK_CASES])
def test_the_mock_serves_pages_that_end(pkg: ModuleType, mock: str, mode: str, method: str, args: dict[str, Any],
                                        size: int) -> None:
    """The mock shapes its answers into four pages (Prefer: pages=4): every loop sees them all, then stops."""
    config = pkg.Configuration(host=mock, retries=0)
    headers = {"Prefer": "pages=4"}
    if mode == "sync":
        with pkg.ApiClient(config) as client:
            pages = list(getattr(pkg.DefaultApi(client), f"{method}_pages")(**args, _headers=headers))
    else:
        async def run() -> list[Any]:
            async with pkg.AsyncApiClient(config) as client:
                return [page async for page in getattr(pkg.AsyncDefaultApi(client), f"{method}_pages")(
                    **args, _headers=headers)]
        pages = asyncio.run(run())
    items = [len(page.data if method == "list_by_cursor" else page.items) for page in pages]
    assert items[:4] == [size] * 4 and items[4:] in ([], [0])
