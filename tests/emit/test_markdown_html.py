"""HTML in Markdown (issue 20, class 8): descriptions reach README.md and docs/, which package
indexes and code hosts render as HTML. Whatever a description holds, the rendered page has no
raw HTML (no comment to hide the rest of the page, no `<script>`, `<style>` or event handler) and
no link to a scheme a browser runs, and every heading we generated is still there.

The oracle is GitHub's own Markdown parser (cmark-gfm, through `cmarkgfm`), run with raw HTML
let through (`UNSAFE`) and no tag filter: what a renderer without a sanitizer would show.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import cmarkgfm
import pytest
from cmarkgfm.cmark import Options
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.emit.escape import md_cell, md_text
from generator.pipeline import generate

# What Markdown itself makes (GFM: tables, strikethrough, autolinks, task lists).
MARKDOWN_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
                           "em", "strong", "del", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "hr",
                           "br", "input"})
# A URL's scheme as browsers read it (WHATWG URL: C0 controls and spaces trimmed, tabs and
# newlines removed anywhere); without one the URL is relative.
SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})


def runs_code(url: str) -> bool:
    scheme = SCHEME.match(re.sub("[\t\n\r]", "", url).strip("\x00- "))
    return scheme is not None and scheme.group(1).lower() not in SAFE_SCHEMES


def render(markdown: str) -> str:
    return cmarkgfm.github_flavored_markdown_to_html(markdown, options=Options.CMARK_OPT_UNSAFE)


class PageAudit(HTMLParser):
    """Every tag, comment and link target of rendered HTML, and the text of its headings."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.headings: list[str] = []
        self._heading: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in MARKDOWN_TAGS:
            self.problems.append(f"raw HTML <{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event handler {name} on <{tag}>")
            if name in ("href", "src") and value is not None and runs_code(value):
                self.problems.append(f"{name}={value!r}")
        if re.fullmatch(r"h[1-6]", tag):
            self._heading = []

    def handle_endtag(self, tag: str) -> None:
        if re.fullmatch(r"h[1-6]", tag) and self._heading is not None:
            self.headings.append(" ".join("".join(self._heading).split()))
            self._heading = None

    def handle_data(self, data: str) -> None:
        if self._heading is not None:
            self._heading.append(data)

    def handle_comment(self, data: str) -> None:
        self.problems.append(f"HTML comment <!--{data[:20]}")

    def handle_decl(self, decl: str) -> None:
        self.problems.append(f"declaration <!{decl[:20]}")

    def handle_pi(self, data: str) -> None:
        self.problems.append(f"processing instruction <?{data[:20]}")

    def unknown_decl(self, data: str) -> None:
        self.problems.append(f"declaration <![{data[:20]}")


def audit(markdown: str) -> PageAudit:
    page = PageAudit()
    page.feed(render(markdown))
    page.close()
    return page


ATTACKS = {
    "comment hides the rest": "Intro <!-- and everything after",
    "script": "<script>alert(1)</script>",
    "script inline": "see <script>alert(1)</script> here",
    "style": "<style>body{display:none}</style>",
    "unclosed tag": "<div class='x'\n\nmore",
    "event handler": "<img src=x onerror=alert(1)>",
    "javascript link": "[click](javascript:alert(1))",
    "javascript link, entity": "[click](&#106;avascript:alert(1))",
    "javascript link, angle": "[click](<javascript:alert(1)>)",
    "javascript link, newline": "[click](\njavascript:alert(1))",
    "javascript definition": "[click]\n\n[click]: javascript:alert(1)",
    "javascript autolink": "<javascript:alert(1)>",
    "data image": "![x](data:text/html;base64,PHNjcmlwdD4=)",
    "vbscript, upper case": "[x](VBScript:msgbox(1))",
    "cdata": "<![CDATA[ x ]]>",
    "processing instruction": "<?php echo 1; ?>",
    "declaration": "<!DOCTYPE html>",
    "html block in a list": "- <script>alert(1)</script>",
    "html block in a quote": "> <style>x</style>",
    "tag in a table cell": "a | b\n--|--\n<script>x</script> | `<b>`",
    "code span across lines": "`a\n`<script>alert(1)</script>`",
    "code span taken by a link": "[a](`x) <script>alert(1)</script> (`y)",
    "code span taken by a reference": "[a][`x] <script>alert(1)</script> [`y]\n\n[`x]: /u",
    "escaped backtick": "\\`<script>alert(1)</script>`",
    "escaped backslash before a tag": "\\\\<script>alert(1)</script>",
    "heading with a tag": "# <script>alert(1)</script>",
}


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_an_attack_renders_as_text(name: str) -> None:
    for markdown in (md_text(ATTACKS[name]), md_cell(ATTACKS[name])):
        assert audit(markdown).problems == [], markdown


READABLE = {
    "a link": ("[docs](https://example.com/a)", '<a href="https://example.com/a">docs</a>'),
    "a relative link": ("[pet](Pet.md#x)", '<a href="Pet.md#x">pet</a>'),
    "a mail link": ("[us](mailto:a@b.c)", '<a href="mailto:a@b.c">us</a>'),
    "a code span keeps its brackets": ("a `List<int>` b", "<code>List&lt;int&gt;</code>"),
    "emphasis": ("**bold** and _it_", "<strong>bold</strong>"),
    "a comparison": ("a < b", "a &lt; b"),
    "an escaped bracket stays one": ("Where \\<type\\> is", "Where &lt;type&gt; is"),
    "a list": ("- one\n- two", "<li>one</li>"),
}


@pytest.mark.parametrize("name", sorted(READABLE))
def test_ordinary_markdown_stays_readable(name: str) -> None:
    markdown, html_part = READABLE[name]
    assert html_part in render(md_text(markdown))


FRAGMENTS = ("<!--", "-->", "<script>", "</script>", "<style>", "<img src=x onerror=alert(1)>", "<a href=\"",
             "javascript:alert(1)", "&#106;avascript:", "java\tscript:", "data:text/html,", "[x](", "[x]: ", "](",
             "][", "]:", ")", "`", "``", "\\", "\\`", "\n", "\n\n", "|", "--|--", "<", ">", "# ", "> ", "- ", "1. ",
             "    ", "<details>", "<https://x>", "<javascript:alert(1)>", "<![CDATA[", "<?", "<!X", "***", "~~~",
             "```", "text", " ", "=\n", "-\n")
descriptions = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=24).map("".join)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(text=descriptions)
def test_any_description_renders_without_raw_html_or_unsafe_links(text: str) -> None:
    assert audit(md_text(text)).problems == []
    assert audit("a | b\n--|--\n" + md_cell(text) + " | x").problems == []


def _spec(description: str) -> dict[str, Any]:
    operation = {"operationId": "listPets", "summary": description, "description": description, "tags": ["pets"],
                 "parameters": [{"name": "q", "in": "query", "description": description, "schema": {"type": "string"}}],
                 "responses": {"200": {"description": description, "content": {"application/json": {
                     "schema": {"$ref": "#/components/schemas/Pet"}}}}}}
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1", "description": description},
            "tags": [{"name": "pets", "description": description}], "paths": {"/pets": {"get": operation}},
            "components": {"schemas": {"Pet": {"type": "object", "description": description, "properties": {
                "name": {"type": "string", "description": description}}}},
                "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key",
                                            "description": description}}},
            "security": [{"key": []}]}


def _pages(description: str, folder: Path) -> dict[str, str]:
    spec_file = folder / "spec.json"
    spec_file.write_text(json.dumps(_spec(description)), "utf-8")
    (folder / "spec.settings.yaml").write_text("package_name: pages\n", "utf-8")
    return {path: text for path, text in generate(spec_file).files.items() if path.endswith(".md")}


@settings(max_examples=20, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=descriptions)
def test_a_page_keeps_its_headings_and_shows_no_html_whatever_the_descriptions(
        text: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    plain = _pages("plain", tmp_path_factory.mktemp("plain"))
    hostile = _pages(text, tmp_path_factory.mktemp("hostile"))
    assert sorted(plain) == sorted(hostile)
    for path, page in hostile.items():
        found = audit(page)
        assert found.problems == [], path
        ours = [h for h in audit(plain[path]).headings if "plain" not in h]
        missing = [h for h in ours if h not in found.headings]
        assert not missing, f"{path} lost its headings {missing}"
