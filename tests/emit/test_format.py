"""The selective formatter gives exactly what black gives on the whole module.

`format.py` sends black only the pieces with over-long code lines, trusting the templates and
`layout.py` for the rest; this compares that with black over every rendered module of every spec
and golden case, so a template or layout change that black would reformat fails here.
"""

from __future__ import annotations

import pytest

from conftest import ROOT, SPECS
from generator.emit import format as formatting
from generator.emit.plan import plan_package
from generator.emit.render import render_files
from generator.pipeline import build_checked
from generator.read.load import discover

SOURCES = sorted(discover(SPECS).values()) + sorted((ROOT / "tests/golden/cases").glob("*/spec.yaml"))


@pytest.mark.parametrize("spec", SOURCES, ids=[p.stem if p.parent == SPECS else p.parent.name for p in SOURCES])
def test_selective_formatting_equals_black(spec) -> None:
    files = render_files(plan_package(build_checked(spec)[0]))
    differing = [path for path, text in files.items()
                 if path.endswith(".py") and formatting.format_source(text) != formatting._black(text)]
    assert not differing, f"black would format these differently: {differing[:10]}"


def test_a_long_line_in_a_method_is_handed_to_black() -> None:
    source = (
        "class A:\n"
        "    def f(self) -> None:\n"
        f"        x = [{', '.join(str(i) for i in range(40))}]\n"
    )
    formatted = formatting.format_source(source)
    assert formatted == formatting._black(source)
    assert formatted != source


LONG_LITERAL = "Literal[" + ", ".join(f'"value_{i}"' for i in range(12)) + "]"
CLASS_AND_METHODS = f'''class Thing(ApiModel):
    """Thing

    kind: a line of the docstring that looks like a field."""

    gid: Optional[str] = Field(
        default=None, description="Globally unique identifier of the resource, as a string."
    )
    kind: Optional[Annotated[{LONG_LITERAL}, ENUM]] = None
    sync_state: Optional[Annotated[Literal["synced", "not_synced", "partially_synced"], ENUM]] = None
    actual_instance: Annotated[Optional[Union[AiAgentAsk, AiAgentTextGen]], Members("AiAgent", "oneOf")] = None
    required_kind: Annotated[{LONG_LITERAL}, ENUM]
    count: int = 0

    if TYPE_CHECKING:

        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class ThingsApi:
    @_validated
    def list_things(
        self,
        kind: Optional[list[Annotated[{LONG_LITERAL}, ARGUMENT_ENUM]]] = None,
        limit: Optional[StrictInt] = None,
        **_options: Unpack[RequestOptions],
    ) -> list[Thing]:
        """List things

        :param kind: a parameter's description, long enough to pass the line length of one hundred.
        """
        return self.api_client.call(_LIST_THINGS, (kind, limit, "a long argument to pass the width"), _options).data
'''


def test_fields_parameters_and_statements_are_formatted_on_their_own_as_black_would() -> None:
    # Each over-long part goes to black alone: a field, one parameter of an exploded signature,
    # the statements after a docstring; the result is black's on the whole module.
    formatted = formatting.format_source(CLASS_AND_METHODS)
    assert formatted == formatting._black(CLASS_AND_METHODS)
    assert formatted != CLASS_AND_METHODS


def test_a_package_without_operations_is_black_stable(tmp_path) -> None:
    # No API class, no model: the package-wide modules still come out as black writes them.
    spec = tmp_path / "spec.yaml"
    spec.write_text("openapi: 3.0.3\ninfo: {title: Empty, version: '1'}\npaths: {}\n")
    files = render_files(plan_package(build_checked(spec)[0]))
    differing = [path for path, text in files.items()
                 if path.endswith(".py") and formatting.format_source(text) != formatting._black(text)]
    assert differing == []
