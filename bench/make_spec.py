"""Write a deterministic synthetic OpenAPI 3.0.3 spec for the benchmarks.

Usage: python bench/make_spec.py N OUT.yaml

N resources, each with 5 operations (list, create, get, update, delete) under
tag resN and 3 schemas (ResN, ResNCreate, ResNStatus). Every object has an
enum, a nullable field and a string->string map; list endpoints take exploded
query array params; ResN.next -> Res{N+1} closes a reference cycle through all
resources, which is what trips generators that resolve models eagerly.
No randomness, no timestamps: the same N always gives byte-identical output.
"""

from __future__ import annotations

import sys
from typing import Any

import yaml  # type: ignore[import-untyped]


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def schemas_for(i: int, n: int) -> dict[str, Any]:
    name = f"Res{i}"
    common = {
        "name": {"type": "string", "minLength": 1, "maxLength": 200},
        "status": ref(f"{name}Status"),
        # nullable field: present in payloads as null
        "note": {"type": "string", "nullable": True},
        # string -> string map
        "labels": {"type": "object", "additionalProperties": {"type": "string"}},
    }
    return {
        name: {
            "type": "object",
            "description": f"Resource {i}.",
            "required": ["id", "name", "status"],
            "properties": {
                "id": {"type": "integer", "format": "int64"},
                **common,
                "count": {"type": "integer", "minimum": 0},
                "tags": {"type": "array", "items": {"type": "string"}},
                # the cycle: Res0 -> Res1 -> ... -> Res{n-1} -> Res0
                "next": ref(f"Res{(i + 1) % n}"),
            },
        },
        f"{name}Create": {
            "type": "object",
            "required": ["name"],
            "properties": common,
        },
        f"{name}Status": {
            "type": "string",
            "enum": ["active", "inactive", "pending"],
        },
    }


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def paths_for(i: int) -> dict[str, Any]:
    name, path, tag = f"Res{i}", f"/res{i}", f"res{i}"
    id_param = {
        "name": "id",
        "in": "path",
        "required": True,
        "schema": {"type": "integer", "format": "int64"},
    }
    list_params = [
        {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1}},
        {
            "name": "status",
            "in": "query",
            "style": "form",
            "explode": True,
            "schema": {"type": "array", "items": ref(f"{name}Status")},
        },
        {
            "name": "tag",
            "in": "query",
            "style": "form",
            "explode": True,
            "schema": {"type": "array", "items": {"type": "string"}},
        },
    ]
    not_found = {"description": "Not found"}
    # alternate PATCH / PUT so both verbs are exercised
    update_verb = "patch" if i % 2 == 0 else "put"
    return {
        path: {
            "get": {
                "operationId": f"list{name}",
                "tags": [tag],
                "summary": f"List {name}",
                "parameters": list_params,
                "responses": {
                    "200": {
                        "description": "OK",
                        **json_body({"type": "array", "items": ref(name)}),
                    }
                },
            },
            "post": {
                "operationId": f"create{name}",
                "tags": [tag],
                "requestBody": {"required": True, **json_body(ref(f"{name}Create"))},
                "responses": {"201": {"description": "Created", **json_body(ref(name))}},
            },
        },
        f"{path}/{{id}}": {
            "parameters": [id_param],
            "get": {
                "operationId": f"get{name}",
                "tags": [tag],
                "responses": {
                    "200": {"description": "OK", **json_body(ref(name))},
                    "404": not_found,
                },
            },
            update_verb: {
                "operationId": f"update{name}",
                "tags": [tag],
                "requestBody": {"required": True, **json_body(ref(f"{name}Create"))},
                "responses": {
                    "200": {"description": "OK", **json_body(ref(name))},
                    "404": not_found,
                },
            },
            "delete": {
                "operationId": f"delete{name}",
                "tags": [tag],
                "responses": {"204": {"description": "Deleted"}, "404": not_found},
            },
        },
    }


def make_spec(n: int) -> dict[str, Any]:
    if n < 1:
        raise ValueError("N must be >= 1")
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {}
    for i in range(n):
        paths.update(paths_for(i))
        schemas.update(schemas_for(i, n))
    return {
        "openapi": "3.0.3",
        "info": {"title": "Bench API", "version": "1.0.0"},
        "servers": [{"url": "http://127.0.0.1:8000"}],
        "tags": [{"name": f"res{i}"} for i in range(n)],
        "paths": paths,
        "components": {"schemas": schemas},
    }


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    spec = make_spec(int(argv[1]))
    with open(argv[2], "w", encoding="utf-8") as f:
        yaml.safe_dump(spec, f, sort_keys=False, width=100)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
