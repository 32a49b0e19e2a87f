"""Parse one spec or settings file into plain data plus the line of every node, within limits.

Spec files are untrusted, so every limit here turns a hostile file into one SpecError instead
of a crash, a hang or gigabytes of memory: file size, nesting depth (checked while parsing, never
by recursion), the number of nodes, and of those made by expanding YAML aliases (a budget the
bundler shares), numbers Python cannot print, and strings UTF-8 cannot encode.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.errors import SpecError

MAX_DEPTH = 500  # deeper than any real spec; guards every recursive walk after loading
MAX_NODES = 1_000_000  # per spec: all its files, aliases and bundled $refs included (plaid's: 67,000)
MAX_COPIED_NODES = 100_000  # of those, made by YAML aliases and $refs inlined more than once
# Every node is known by its JSON pointer: long keys nested deep cost memory quadratic in the file.
MAX_POINTER_CHARS = 100_000_000  # real specs: one or two per byte of the file
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_INT_DIGITS = 4300  # Python's own limit for int <-> str: a longer integer could never be printed
_INT_LIMIT = 10**MAX_INT_DIGITS

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR_TAG = "tag:yaml.org,2002:str"
_INT_TAG = "tag:yaml.org,2002:int"
_MERGE_TAG = "tag:yaml.org,2002:merge"
_JSON_SYNTAX = "JSON syntax error"
_SURROGATE = re.compile("[\ud800-\udfff]")
# JSON tokens, for the depth and line scan that runs before json.loads (which recurses in C).
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|-?Infinity|[-+0-9.eE]+|[{}\[\],:\n]|[A-Za-z]+')


@dataclass(frozen=True)
class Position:
    file: str
    line: int


def escape_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


class Budget:
    """How many nodes one spec may still construct, across every file it reads and its bundler."""

    def __init__(self) -> None:
        self.nodes = 0
        self.copies = 0  # made by YAML aliases and by inlining the same $ref target again
        self.chars = 0  # of the nodes' JSON pointers

    def spend(self, count: int, file: str, where: str, chars: int, copies: bool = False) -> None:
        """Pay for `count` nodes made at `where` (`line (pointer)`) of `file`, known by `chars` of pointers."""
        self.nodes += count
        self.copies += count if copies else 0
        self.chars += chars
        if self.chars > MAX_POINTER_CHARS:
            raise SpecError(file, where.split(" ", 1)[0],  # the line alone: this pointer may be huge
                            f"the spec's JSON pointers add up to more than {MAX_POINTER_CHARS:,} characters "
                            "(long keys nested deep)")
        if self.copies > MAX_COPIED_NODES:
            raise SpecError(file, where, f"YAML aliases or repeated $refs expand the spec by more than "
                                         f"{MAX_COPIED_NODES:,} nodes")
        if self.nodes > MAX_NODES:
            raise SpecError(file, where, f"the spec has more than {MAX_NODES:,} nodes")


def read_document(path: Path, budget: Budget) -> tuple[Any, dict[str, Position]]:
    """The file's data and `JSON pointer → position` of each node; SpecError if it is unusable.

    Text that starts with `{` or `[` is JSON, read with a JSON parser: legal JSON is not always
    legal YAML (C1 control characters in strings, say). Anything else is YAML, whatever the
    file's name (some publish YAML as `.json`); so is a `.yaml` file in YAML's flow style that
    is not JSON.
    """
    file = str(path)
    text = _read_text(path)
    if not text.lstrip("\ufeff \t\r\n").startswith(("{", "[")):
        return _read_yaml(file, text, budget)
    spent = (budget.nodes, budget.copies, budget.chars)
    try:
        return _read_json(file, text, budget)
    except SpecError:
        if path.suffix == ".json" or _is_json(text):
            raise  # broken JSON, or JSON past a limit YAML would not lift
    budget.nodes, budget.copies, budget.chars = spent  # what the failed attempt built is gone
    return _read_yaml(file, text, budget)  # YAML's flow style: `{type: object, properties: {...}}`


def _is_json(text: str) -> bool:
    """Whether the text parses as JSON at all (then its problems are JSON's to report)."""
    try:
        json.loads(text, parse_constant=float)
    except json.JSONDecodeError:
        return False
    except RecursionError:
        return True  # nested past Python's stack: JSON, refused for its depth
    return True


def _read_yaml(file: str, text: str, budget: Budget) -> tuple[Any, dict[str, Position]]:
    try:
        return _Constructor(file, budget).run(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise SpecError(file, where, f"YAML syntax error: {exc.problem or exc.context or 'invalid YAML'}") from None
    except yaml.YAMLError as exc:
        raise SpecError(file, "", f"YAML error: {exc}") from None


def _read_text(path: Path) -> str:
    try:
        if not path.is_file():  # a FIFO or /dev/zero would never end
            raise SpecError(str(path), "", "file not found" if not path.exists() else "not a regular file")
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise SpecError(str(path), "", f"file is larger than {MAX_FILE_BYTES // 2**20} MiB")
        return data.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(str(path), "", f"cannot read file: {exc}") from None


def _problem_in_string(text: str) -> str | None:
    found = _SURROGATE.search(text)
    if found:
        return f"contains a lone surrogate U+{ord(found.group()):04X}, which is not Unicode text"
    return None


def _problem_in_number(value: Any) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= _INT_LIMIT:
        return f"is an integer with more than {MAX_INT_DIGITS} digits"
    if isinstance(value, float) and not math.isfinite(value):
        return f"{value} is not a finite number: OpenAPI documents are JSON, which has no inf or nan"
    return None


class _Constructor:
    """Plain data from libyaml's event stream, built with an explicit stack.

    libyaml's own composer recurses in C and crashes the process on deep input; its event
    parser does not. Aliases are expanded into copies, and every copy is paid for from the
    node budget, so a "billion laughs" file stops at the budget instead of eating all memory.
    """

    def __init__(self, file: str, budget: Budget) -> None:
        self.file = file
        self.budget = budget
        self.positions: dict[str, Position] = {}
        self.order: list[str] = []  # pointers in the order recorded, so an anchor's nodes are a slice
        # anchor → (value, pointer, first index in order, end index in order, depth below it)
        self.anchors: dict[str, tuple[Any, str, int, int, int]] = {}
        self.constructor = yaml.constructor.SafeConstructor()
        self.resolver = yaml.resolver.Resolver()

    def error(self, event: Any, message: str, pointer: str | None = None) -> SpecError:
        line = str(event.start_mark.line + 1)
        return SpecError(self.file, line if pointer is None else f"{line} ({pointer or '/'})", message)

    def run(self, text: str) -> tuple[Any, dict[str, Position]]:
        root: list[Any] = [None]
        # One frame per open collection: [container, pointer, pending key, anchor, order start, depth, max depth]
        stack: list[list[Any]] = []
        documents = 0
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise self.error(event, "expected a single document in the file")
                continue
            if not isinstance(event, (yaml.NodeEvent, yaml.CollectionEndEvent)):
                continue  # stream and document boundaries
            if isinstance(event, yaml.CollectionEndEvent):
                frame = stack.pop()
                if frame[3] is not None:
                    self.anchors[frame[3]] = (frame[0], frame[1], frame[4], len(self.order), frame[6] - frame[5])
                if stack:
                    stack[-1][6] = max(stack[-1][6], frame[6])
                continue
            parent = stack[-1] if stack else None
            if parent is not None and isinstance(parent[0], dict) and parent[2] is None:
                parent[2] = self._key(event, parent[0])
                continue
            if parent is None:
                pointer, depth = "", 0
            else:
                token = parent[2] if isinstance(parent[0], dict) else str(len(parent[0]))
                pointer, depth = f"{parent[1]}/{escape_token(token)}", parent[5] + 1
            if depth > MAX_DEPTH:
                raise self.error(event, f"nested deeper than {MAX_DEPTH} levels")
            value, opened = self._value(event, pointer, depth, stack)
            if parent is not None:  # how deep the open collections reach, for anchors among them
                below = self.anchors[str(event.anchor)][4] if isinstance(event, yaml.AliasEvent) else 0
                parent[6] = max(parent[6], depth + below)
            if parent is None:
                root[0] = value
            elif isinstance(parent[0], dict):
                parent[0][parent[2]] = value
                parent[2] = None
            else:
                parent[0].append(value)
            if opened is not None:
                stack.append(opened)
        if documents == 0:
            raise SpecError(self.file, "line 1", "empty document")
        return root[0], self.positions

    def _record(self, pointer: str, event: Any) -> None:
        self.budget.spend(1, self.file, f"{event.start_mark.line + 1} ({pointer or '/'})", len(pointer))
        self.positions[pointer] = Position(self.file, event.start_mark.line + 1)
        self.order.append(pointer)

    def _value(self, event: Any, pointer: str, depth: int, stack: list[list[Any]]) -> tuple[Any, list[Any] | None]:
        """The value an event stands for, and the frame to push when it opens a collection."""
        if isinstance(event, yaml.AliasEvent):
            return self._alias(event, pointer, depth, stack), None
        start = len(self.order)
        self._record(pointer, event)
        if isinstance(event, yaml.ScalarEvent):
            value = self._scalar(event, pointer)
            if event.anchor is not None:
                self.anchors[event.anchor] = (value, pointer, start, len(self.order), 0)
            return value, None
        container: Any = {} if isinstance(event, yaml.MappingStartEvent) else []
        return container, [container, pointer, None, event.anchor, start, depth, depth]

    def _alias(self, event: Any, pointer: str, depth: int, stack: list[list[Any]]) -> Any:
        if any(frame[3] == event.anchor for frame in stack):
            raise self.error(event, f"alias *{event.anchor} refers to a node that contains it", pointer)
        if event.anchor not in self.anchors:
            raise self.error(event, f"alias *{event.anchor} has no anchor before it", pointer)
        value, anchored, first, end, below = self.anchors[event.anchor]
        if depth + below > MAX_DEPTH:
            raise self.error(event, f"nested deeper than {MAX_DEPTH} levels", pointer)
        chars = sum(len(old) for old in self.order[first:end]) + (end - first) * (len(pointer) - len(anchored))
        self.budget.spend(end - first, self.file, f"{event.start_mark.line + 1} ({pointer})", chars, copies=True)
        for old in self.order[first:end]:
            new = pointer + old[len(anchored):]
            self.positions[new] = self.positions[old]
            self.order.append(new)
        return copy_tree(value)

    def _key(self, event: Any, mapping: dict[str, Any]) -> str:
        if not isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent)):
            raise self.error(event, "mapping keys must be plain values, not collections")
        if isinstance(event, yaml.AliasEvent):
            if event.anchor not in self.anchors or isinstance(self.anchors[event.anchor][0], (dict, list)):
                raise self.error(event, f"alias *{event.anchor} cannot be a key")
            name: Any = self.anchors[event.anchor][0]
        elif self._tag(event) == _MERGE_TAG:
            raise self.error(event, "YAML merge keys (<<) are not supported")
        else:
            name = self._scalar(event, None)
        if not isinstance(name, str):
            name = str(name).lower() if isinstance(name, bool) else str(name)
        problem = _problem_in_string(name)
        if problem:
            raise self.error(event, f"a key {problem}")
        if name in mapping:
            raise self.error(event, f"duplicate key {name!r}")
        return str(name)

    def _tag(self, event: Any) -> str:
        if event.tag is None or event.tag == "!":
            return str(self.resolver.resolve(yaml.ScalarNode, event.value, event.implicit))  # type: ignore[no-untyped-call]
        return str(event.tag)

    def _scalar(self, event: Any, pointer: str | None) -> Any:
        """A scalar's value; `pointer` is None for a mapping key (checked by the caller)."""
        tag = self._tag(event)
        if tag == _STR_TAG:
            value: Any = event.value  # most scalars: skip the constructor's machinery
        else:
            if tag == _INT_TAG and len(event.value) > MAX_INT_DIGITS:  # int() would refuse it
                what = "value" if pointer is not None else "a key"
                raise self.error(event, f"{what} is an integer with more than {MAX_INT_DIGITS} digits", pointer)
            node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
            value = self.constructor.construct_object(node)
            self.constructor.constructed_objects.clear()
            if not isinstance(value, (str, int, float, bool, type(None))):
                value = str(value)  # dates and timestamps stay as their text
        if pointer is not None:
            problem = _problem_in_string(value) if isinstance(value, str) else _problem_in_number(value)
            if problem:
                raise self.error(event, f"value {problem}", pointer)
        return value


def copy_tree(value: Any) -> Any:
    """A copy of nested dicts and lists, made without recursion (copy.deepcopy recurses)."""
    if not isinstance(value, (dict, list)):
        return value
    root: Any = {} if isinstance(value, dict) else []
    stack = [(value, root)]
    while stack:
        source, target = stack.pop()
        items = source.items() if isinstance(source, dict) else enumerate(source)
        for key, item in items:
            if isinstance(item, (dict, list)):
                item_copy: Any = {} if isinstance(item, dict) else []
                stack.append((item, item_copy))
            else:
                item_copy = item
            if isinstance(target, dict):
                target[key] = item_copy
            else:
                target.append(item_copy)
    return root


def _read_json(file: str, text: str, budget: Budget) -> tuple[Any, dict[str, Position]]:
    positions = _scan_json(file, text, budget)  # first: json.loads recurses, and must not go deep
    try:
        return json.loads(text, parse_constant=float), positions
    except json.JSONDecodeError as exc:
        raise SpecError(file, f"{exc.lineno}:{exc.colno}", f"{_JSON_SYNTAX}: {exc.msg}") from None
    except RecursionError:
        raise SpecError(file, "", f"nested deeper than {MAX_DEPTH} levels") from None


def _scan_json(file: str, text: str, budget: Budget) -> dict[str, Position]:
    """Each value's line, found by a flat scan of the tokens; refuses deep nesting and bad values.

    Only its findings on valid JSON matter: json.loads reports syntax errors after it.
    """
    positions: dict[str, Position] = {}
    stack: list[list[Any]] = []  # [pointer, next index or None for an object, pending key, keys seen]
    line = 1
    for match in _JSON_TOKEN.finditer(text):
        token = match.group()
        if token == "\n":
            line += 1
            continue
        if token in ",:]}":
            if token in "]}" and stack:
                stack.pop()
            elif token == "," and stack and stack[-1][1] is not None:
                stack[-1][1] += 1
            continue
        top = stack[-1] if stack else None
        if top is not None and top[1] is None and top[2] is None:  # an object key
            key = json.loads(token) if token.startswith('"') else token
            problem = _problem_in_string(key)
            if problem or key in top[3]:
                raise SpecError(file, f"{line} ({top[0] or '/'})", f"a key {problem}" if problem else f"duplicate key {key!r}")
            top[2] = key
            top[3].add(key)
            continue
        if top is None:
            pointer = ""
        elif top[1] is None:
            pointer, top[2] = f"{top[0]}/{escape_token(top[2])}", None
        else:
            pointer = f"{top[0]}/{top[1]}"
        if len(stack) > MAX_DEPTH:  # the root is at depth 0, as in YAML
            raise SpecError(file, str(line), f"nested deeper than {MAX_DEPTH} levels")
        budget.spend(1, file, f"{line} ({pointer or '/'})", len(pointer))
        positions[pointer] = Position(file, line)
        if token in "{[":
            stack.append([pointer, None if token == "{" else 0, None, set()])
            continue
        problem = _json_scalar_problem(token)
        if problem:
            raise SpecError(file, f"{line} ({pointer or '/'})", problem)
    return positions


def _json_scalar_problem(token: str) -> str | None:
    if token.startswith('"'):
        problem = _problem_in_string(json.loads(token)) if "\\u" in token else None
    elif token in ("true", "false", "null"):
        return None
    elif token in ("NaN", "Infinity", "-Infinity"):
        problem = f"{token} is not a finite number: JSON has no inf or nan"
    elif re.fullmatch(r"-?[0-9]+", token):
        too_long = len(token.lstrip("-")) > MAX_INT_DIGITS
        problem = f"is an integer with more than {MAX_INT_DIGITS} digits" if too_long else None
    else:
        try:
            problem = _problem_in_number(float(token))
        except ValueError:
            return None  # not a number: json.loads says what is wrong
    return f"value {problem}" if problem else None
