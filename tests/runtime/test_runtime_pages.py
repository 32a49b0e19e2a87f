"""generator/runtime/_pages.py on its own: every style's next request, and every way a loop ends."""

from __future__ import annotations

from typing import Any

import pytest

from generator.runtime._operation import Param
from generator.runtime._pages import Pages, Pagination, at, next_link
from generator.runtime.api_response import ApiResponse
from generator.runtime.exceptions import ApiValueError

PARAMS = (Param("cursor", "query"), Param("page", "query"), Param("per_page", "query", "perPage"))


def _pages(rule: Pagination, answers: list[tuple[Any, dict[str, str]]], max_pages: int | None = None
           ) -> tuple[list[Any], list[tuple[Any, ...]]]:
    sent: list[tuple[Any, ...]] = []

    def fetch(args: tuple[Any, ...]) -> ApiResponse[Any]:
        sent.append(args)
        data, headers = answers[len(sent) - 1] if len(sent) <= len(answers) else ({"items": []}, {})
        return ApiResponse(200, headers, data, b"")

    return list(Pages(fetch, rule, PARAMS, (None, None, 2), max_pages).items()), sent


def test_cursor_ends_at_a_missing_or_repeated_cursor() -> None:
    rule = Pagination("cursor", "cursor", ("items",), next=("next",))
    items, sent = _pages(rule, [({"items": [1], "next": "a"}, {}), ({"items": [2], "next": "b"}, {}),
                                ({"items": [3], "next": "a"}, {})])
    assert items == [1, 2, 3] and [s[0] for s in sent] == [None, "a", "b"]
    items, sent = _pages(rule, [({"items": [1], "next": None}, {})])
    assert items == [1] and len(sent) == 1


def test_page_numbers_end_on_an_empty_page_or_has_more_false() -> None:
    rule = Pagination("page", "page", ("items",), has_more=("more",))
    items, sent = _pages(rule, [({"items": [1], "more": True}, {}), ({"items": [2], "more": False}, {})])
    assert items == [1, 2] and [s[1] for s in sent] == [None, 2]
    items, sent = _pages(Pagination("page", "page", ("items",)), [({"items": [1]}, {}), ({"items": []}, {})])
    assert items == [1] and len(sent) == 2


def test_offset_grows_by_the_page_size_or_the_items_read() -> None:
    by_size = Pagination("offset", "page", ("items",), limit="per_page")
    _, sent = _pages(by_size, [({"items": [1]}, {}), ({"items": [2]}, {})])
    assert [s[1] for s in sent] == [None, 2, 4]
    by_count = Pagination("offset", "page", ("items",))
    _, sent = _pages(by_count, [({"items": [1, 2, 3]}, {}), ({"items": [4]}, {})])
    assert [s[1] for s in sent] == [None, 3, 4]


def test_link_header_next_sets_the_query_parameters_it_names() -> None:
    rule = Pagination("link", "", ())
    link = '<https://api.test/pets?page=2&perPage=50&other=x>; rel="next", <https://api.test/pets?page=9>; rel="last"'
    items, sent = _pages(rule, [([1, 2], {"Link": link}), ([3], {})])
    assert items == [1, 2, 3]
    assert sent == [(None, None, 2), (None, "2", "50")]


@pytest.mark.parametrize("header, target", [
    ('<https://a/x?p=2>; rel="next"', "https://a/x?p=2"),
    ("<https://a/x?p=2>; rel=next", "https://a/x?p=2"),
    ('<https://a/1>; rel="prev", <https://a/3>; rel="next last"', "https://a/3"),
    ('<https://a/1>; rel="prev"', None),
    ("", None),
])
def test_next_link(header: str, target: str | None) -> None:
    assert next_link({"Link": header}) == target


def test_max_pages_bounds_a_server_that_never_ends() -> None:
    rule = Pagination("page", "page", ("items",))
    items, sent = _pages(rule, [({"items": [n]}, {}) for n in range(100)], max_pages=5)
    assert items == [0, 1, 2, 3, 4] and len(sent) == 5


def test_paths_read_models_by_wire_name_and_plain_data() -> None:
    from pydantic import Field

    from generator.runtime._model import ApiModel

    class Page(ApiModel):
        next_cursor: str | None = Field(default=None, alias="nextCursor")

    assert at(Page.from_dict({"nextCursor": "abc"}), ("nextCursor",)) == "abc"
    assert at({"a": {"b": 1}}, ("a", "b")) == 1
    assert at({"a": None}, ("a", "b")) is None


def test_a_rule_naming_no_argument_is_refused() -> None:
    with pytest.raises(ApiValueError):
        list(Pages(lambda args: ApiResponse(200, {}, {}, b""), Pagination("cursor", "nope"), PARAMS, (None,) * 3))
