"""`apigen mock --strict-wire`: refuse a request whose parameters, as sent, differ from the
canonical serialization of the values openapi-core parsed from them.

openapi-core checks that a request *means* something the spec allows; this checks that it is
*written* the one way the spec's style and RFC 6570 write it (the runtime's own serializer,
`runtime/_styles.py`, in the package's wire dialect), so every contract test is a wire test too.
Path, query and header parameters are compared; cookies are not (openapi-core reads cookie
values without percent-decoding them, so the parsed value is not the one sent), and neither is
the text of a query date-time or date, whose format is the client's `Configuration` to choose
(openapi-core checks it is a date-time).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

from generator.mock.data import deref
from generator.runtime._styles import OPENAPI, Wire, expand, path_template, query_pairs

DIALECTS = ("openapi", "openapi-generator")


def operation_wire_problems(document: Mapping[str, Any], template: str, operation: Mapping[str, Any],
                            raw_path: str, raw_query: str, raw_headers: Iterable[tuple[str, str]], parsed: Any,
                            dialect: str) -> list[str]:
    """`wire_problems` of a request routed to `operation` of the path `template` in `document`."""
    item = deref(document, document["paths"][template])
    merged = {}
    for raw in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
        parameter = deref(document, raw)
        merged[(parameter.get("name"), parameter.get("in"))] = parameter
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    api_keys = [str(s.get("name")) for s in schemes.values() if isinstance(s, dict) and s.get("in") == "query"]
    return wire_problems(merged.values(), template, raw_path, raw_query, raw_headers, parsed, api_keys, dialect)


def wire_problems(parameters: Iterable[Mapping[str, Any]], template: str, raw_path: str, raw_query: str,
                  raw_headers: Iterable[tuple[str, str]], parsed: Any, ignored_query: Iterable[str] = (),
                  dialect: str = OPENAPI) -> list[str]:
    """One line per parameter location whose bytes are not the canonical ones; [] when all are.

    `parsed`: openapi-core's RequestParameters (path, query, header) of the request;
    `ignored_query`: query names that are not parameters (API keys sent in the query)."""
    wire = Wire(dialect)
    params = [p for p in parameters if isinstance(p, Mapping) and "content" not in p]
    problems: list[str] = []
    path = path_template(template)
    for p in _located(params, "path"):
        value = parsed.path.get(p["name"])
        if value is not None:
            style = str(p.get("style") or "simple")
            text = expand(p["name"], value, style, p.get("explode") is True, "path", wire)
            path = path.replace("{" + p["name"] + "}", text or "")
    if "{" not in path and path != raw_path:
        problems.append(f"path {raw_path!r} is not written as its values are: {path!r}")
    canonical: list[str] = []
    skip = set(ignored_query)
    for p in _located(params, "query"):
        schema = p.get("schema")
        if isinstance(schema, Mapping) and schema.get("format") in ("date-time", "date"):
            skip.add(quote(p["name"], safe=""))
            continue
        value = parsed.query.get(p["name"])
        if value is not None:
            style = str(p.get("style") or "form")
            explode = p.get("explode", style == "form") is True
            pairs = query_pairs(p["name"], value, style, explode, wire, p.get("allowReserved") is True)
            canonical += [f"{k}={v}" for k, v in pairs]
    sent = [t for t in raw_query.split("&") if t and t.split("=", 1)[0] not in skip]
    if Counter(sent) != Counter(canonical):
        extra, missing = Counter(sent) - Counter(canonical), Counter(canonical) - Counter(sent)
        problems.append(f"query: sent {sorted(extra)}, canonical {sorted(missing)}")
    headers = {name.lower(): value for name, value in raw_headers}
    for p in _located(params, "header"):
        value = _get(parsed.header, p["name"])
        if value is None:
            continue
        text = expand(p["name"], value, "simple", p.get("explode") is True, "header", wire)
        if headers.get(p["name"].lower()) != text:
            problems.append(f"header {p['name']}: sent {headers.get(p['name'].lower())!r}, canonical {text!r}")
    return problems


def _located(parameters: list[Mapping[str, Any]], where: str) -> list[Mapping[str, Any]]:
    return [p for p in parameters if p.get("in") == where and isinstance(p.get("name"), str)]


def _get(values: Mapping[str, Any], name: str) -> Any:
    lower = name.lower()
    return next((v for k, v in values.items() if str(k).lower() == lower), None)
