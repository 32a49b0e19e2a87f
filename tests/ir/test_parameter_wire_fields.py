"""The generator hands the runtime what a parameter's wire form needs: a `content` parameter's
media type (sent as one value), `allowReserved`, and a form field's `encoding` style."""

from __future__ import annotations

import re
from pathlib import Path

from generator.pipeline import generate_files
from generator.runtime._operation import Param

SPEC = """\
openapi: 3.0.3
info: {title: wire fields, version: "1"}
paths:
  /search:
    post:
      operationId: search
      parameters:
        - name: filter
          in: query
          content:
            application/json:
              schema: {type: object, properties: {name: {type: string}}}
        - {name: q, in: query, allowReserved: true, schema: {type: string}}
        - {name: words, in: query, style: spaceDelimited, schema: {type: array, items: {type: string}}}
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                meta: {type: object, additionalProperties: {type: string}}
                ids: {type: array, items: {type: integer}}
            encoding:
              meta: {style: deepObject, explode: true}
              ids: {explode: false}
      responses: {"204": {description: ok}}
"""


def test_parameters_carry_their_wire_fields(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    _, files = generate_files(spec, "wirefields")
    params = re.findall(r"Param\([^)]*\)", files["wirefields/api/default_api.py"])
    assert params == [
        'Param("filter", "query", content="application/json")',
        'Param("q", "query", allow_reserved=True)',
        'Param("words", "query", style="spaceDelimited")',  # explode false: the style's default
        'Param("meta", "form", style="deepObject", explode=True)',
        'Param("ids", "form", explode=False)',
    ]
    built = [eval(text, {"Param": Param}) for text in params]
    assert [p.explode for p in built] == [True, True, False, True, False]
