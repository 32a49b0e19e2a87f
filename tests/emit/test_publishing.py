"""What a package index shows: pyproject.toml's license, authors, URLs and classifiers, from the
spec's `info` and `externalDocs`, checked in a built wheel's METADATA by PyPA's own parser."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from packaging.metadata import Metadata

from generator.emit.write import write_package
from generator.ir.publishing import publishing_of, spdx_license
from generator.pipeline import generate_files

SPEC = """\
openapi: 3.1.0
info:
  title: Published
  version: "1.0"
  license: {name: Apache 2.0, identifier: Apache-2.0}
  contact: {name: API Team, email: team@example.com, url: "https://example.com/contact"}
  termsOfService: https://example.com/terms
externalDocs: {url: "https://docs.example.com"}
paths: {}
"""


@pytest.mark.parametrize("license_object, expected", [
    ({"name": "MIT"}, "MIT"),
    ({"name": "mit or apache-2.0"}, "MIT OR Apache-2.0"),
    ({"name": "Apache 2.0", "identifier": "Apache-2.0"}, "Apache-2.0"),
    ({"name": "Apache 2.0"}, ""),  # a name that is no SPDX expression: left out
    ({"name": "Proprietary; see https://x"}, ""),
    ("MIT", ""),
    (None, ""),
])
def test_license_is_an_spdx_expression_or_nothing(license_object: object, expected: str) -> None:
    assert spdx_license(license_object) == expected


def test_only_http_urls_and_plausible_emails() -> None:
    published = publishing_of({"info": {"contact": {"name": "x", "email": "not an email", "url": "javascript:alert(1)"},
                                        "termsOfService": "file:///etc/passwd"},
                               "externalDocs": {"url": "https://ok.example/docs"}})
    assert published.authors == (("x", ""),)
    assert published.urls == (("Documentation", "https://ok.example/docs"),)


def test_the_wheel_metadata_carries_every_field(tmp_path: Path) -> None:
    spec = tmp_path / "published.yaml"
    spec.write_text(SPEC)
    _, files = generate_files(spec, "published")
    root = tmp_path / "pkg"
    write_package(root, files)
    subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--wheel", "--outdir", str(tmp_path / "dist"),
                    str(root)], check=True, capture_output=True)
    wheel = next((tmp_path / "dist").glob("*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        raw = archive.read(next(n for n in archive.namelist() if n.endswith("METADATA")))
    metadata = Metadata.from_email(raw, validate=True)  # raises on anything PyPI would refuse
    assert str(metadata.license_expression) == "Apache-2.0"
    assert metadata.author_email == "API Team <team@example.com>"
    assert metadata.project_urls == {"Contact": "https://example.com/contact", "Documentation": "https://docs.example.com",
                                     "Terms of Service": "https://example.com/terms"}
    assert "Typing :: Typed" in (metadata.classifiers or [])
