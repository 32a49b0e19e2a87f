"""Every identifier of a package decided in one place, before anything is built.

`naming.py` says how one wire name becomes an identifier; this module makes the identifiers of
one scope unique. Real specs collide (`param` in path and query, `mixedCase` beside
`mixed_case`, an inline schema named like a component): each collision is resolved the same
way every time, readably, and reported as a warning that names both sides. A maintainer's
`names:` setting (JSON pointer → identifier) wins over every rule; strict mode turns the
warnings into errors. A collision can never reach the output.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.errors import REFUSED, Finding
from generator.ir import naming
from generator.read.parse import escape_token
from generator.read.spec_walk import OPTION_NAMES, declared_tags, http_verb, iter_operations, operation_tag


def operation_method_name(path: str, method: str, operation: dict[str, Any]) -> str:
    """The method name an operation's naming rules give (before the plan makes it unique)."""
    operation_id = operation.get("operationId")
    if isinstance(operation_id, str) and operation_id.strip():
        return naming.method_name(operation_id)
    return naming.method_name(naming.operation_id_from_path(path, http_verb(method)))


@dataclass(frozen=True)
class Claim:
    """One name wanted in a scope."""

    key: str  # a JSON pointer, unique in the scope
    wanted: str  # the identifier the naming rules give
    wire: str = ""  # the spec's own name (an exact match keeps the identifier)
    qualifier: str = ""  # a readable suffix that tells it apart (`path`, `query`, `form`)


def _alone(name: str) -> tuple[str, ...]:
    return (name,)


def settle(claims: Iterable[Claim], taken: Mapping[str, str], overrides: Mapping[str, str],
           what: str, classes: bool = False, family: Callable[[str], tuple[str, ...]] = _alone,
           kind: str = "") -> tuple[dict[str, str], list[Finding]]:
    """Unique identifiers for `claims` (key → identifier), avoiding `taken` (identifier → owner).

    A name is taken with its whole `family`: the names derived from it (`get_pet` brings
    `get_pet_with_http_info`, ...), so no derived name can meet another name or its derivations.
    Claims on one identifier that each have their own qualifier all take it (`param` in path,
    query and header → `param_path`, `param_query`, `param_header`). Otherwise the claim whose
    wire name is exactly the identifier keeps it, else the first; the others get their
    qualifier, else a number (`type_2`). Overrides are used as given when the rules for `kind`
    allow them and nothing else has the name; otherwise they are refused (a REFUSED finding).
    """
    result: dict[str, str] = {}
    findings: list[Finding] = []
    owners: dict[str, str] = dict(taken)

    def free(name: str) -> bool:
        return all(member not in owners for member in family(name))

    def own(name: str, key: str) -> None:
        owners.update(dict.fromkeys(family(name), key))
        result[key] = name

    pending = []
    for claim in claims:
        if claim.key in overrides:
            name = overrides[claim.key]
            problem = naming.override_problem(kind, name) if kind else None
            if problem is None and not free(name):
                clash = next(owners[m] for m in family(name) if m in owners)
                problem = f"is also {clash}"
            if problem is None:
                own(name, claim.key)
                continue
            findings.append(Finding(claim.key, f"names: {what} {name!r} {problem}", REFUSED))
        pending.append(claim)
    groups: dict[str, list[Claim]] = {}
    for claim in pending:
        groups.setdefault(claim.wanted, []).append(claim)
    losers: list[tuple[Claim, list[Claim]]] = []
    for wanted, group in groups.items():
        qualifiers = [c.qualifier for c in group]
        if len(group) > 1 and all(qualifiers) and len(set(qualifiers)) == len(group):
            losers += [(claim, [c for c in group if c is not claim]) for claim in group]
        elif not free(wanted):
            losers += [(claim, []) for claim in group]
        else:
            first = next((c for c in group if c.wire == wanted), group[0])
            own(wanted, first.key)
            losers += [(claim, [first]) for claim in group if claim is not first]
    counters: dict[str, int] = {}  # wanted → the first number not yet tried: linear, not quadratic
    for claim, others in losers:
        name = _unique(claim, free, classes, counters)
        own(name, claim.key)
        if len(others) == 1:
            also = f"{others[0].wire or others[0].wanted!r} at {others[0].key}"
        elif others:
            also = f"{len(others)} others here"
        else:
            clash = next((m for m in family(claim.wanted) if m in owners), claim.wanted)
            also = taken.get(clash) or owners.get(clash, "another name")
            if clash.startswith("page:"):
                also = f"{also} in its page's name, case aside"
        where = f" ({claim.qualifier})" if claim.qualifier else ""
        findings.append(Finding(claim.key, f"{what} {claim.wire or claim.wanted!r}{where} would be {claim.wanted!r} "
                                           f"like {also}: named {name!r}", "name"))
    return result, findings


def _unique(claim: Claim, free: Callable[[str], bool], classes: bool, counters: dict[str, int]) -> str:
    """`param_query` or `type_2` for identifiers; `CollaborationItem1` for classes (as OpenAPI
    Generator numbers inline models)."""
    joiner = "" if classes else "_"
    if claim.qualifier:
        qualified = f"{claim.wanted}{joiner}{naming.camelize(claim.qualifier) if classes else claim.qualifier}"
        if free(qualified):
            return qualified
    number = counters.get(claim.wanted, 1 if classes else 2)
    while not free(f"{claim.wanted}{joiner}{number}"):
        number += 1
    counters[claim.wanted] = number + 1
    return f"{claim.wanted}{joiner}{number}"


def page_key(name: str) -> str:
    """A class's doc page (`docs/<Class>.md`) as a key of the class namespace: pages must differ
    case-insensitively (macOS and Windows disks), and from the fixed pages (`Endpoints.md`)."""
    return "page:" + name.lower()


def model_family(name: str) -> tuple[str, ...]:
    return (name, page_key(name))


def api_family(name: str) -> tuple[str, ...]:
    """An API class binds its asyncio twin too, in the same module and the package's exports."""
    return (name, naming.async_class_name(name), page_key(name))


@dataclass
class ClassNames:
    """The package's class namespace: API classes, models, and what the runtime exports.

    Component schemas are claimed before any inline schema, so a component always keeps its
    name and an inline schema that would take it gets a number (`CollaborationItem1`).
    """

    overrides: Mapping[str, str]
    reserved: frozenset[str]
    owners: dict[str, str] = field(default_factory=dict)  # class name (or page key) → pointer
    by_pointer: dict[str, str] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.owners.update({name: "a name the package's runtime uses" for name in self.reserved})
        self.owners.update({page_key(page): f"the page docs/{page.title()}.md" for page in naming.FIXED_PAGES})

    modules: dict[str, str] = field(default_factory=dict)  # module (file) name → class name
    module_numbers: dict[str, int] = field(default_factory=dict)  # module → next number to try there

    def claim_all(self, claims: list[Claim], what: str,
                  family: Callable[[str], tuple[str, ...]] = model_family) -> None:
        names, findings = settle(claims, self.owners, self.overrides, what, classes=True, family=family,
                                 kind="class")
        batch = {member for name in names.values() for member in family(name)}

        def free(name: str) -> bool:
            return not any(m in self.owners or m in batch for m in family(name))

        for key, name in names.items():
            module = naming.module_name(name)
            if module in self.modules:  # `HTTPResponse` and `HttpResponse` share `http_response.py`
                first, number = name, self.module_numbers.get(module, 1)
                while not free(f"{first}{number}") or naming.module_name(f"{first}{number}") in self.modules:
                    number += 1
                self.module_numbers[module] = number + 1  # many names on one module: linear, not quadratic
                name = f"{first}{number}"
                findings.append(Finding(key, f"{what} {first!r} would share the module {module}.py with "
                                             f"{self.modules[module]!r}; named {name!r}"))
                module = naming.module_name(name)
            self.owners.update(dict.fromkeys(family(name), key))
            self.modules[module] = name
            self.by_pointer[key] = name
        self.findings += findings

    def name_of(self, pointer: str, wanted: str, what: str = "model name") -> str:
        """The class name for the schema at `pointer` (claimed now if it was not yet)."""
        if pointer not in self.by_pointer:
            self.claim_all([Claim(pointer, wanted, wanted)], what)
        return self.by_pointer[pointer]


class NamePlan:
    """The identifiers of one package: API classes, methods, parameters, fields and models.

    API classes and methods are settled for the whole spec when the plan is made; parameter,
    field and inline-model names when the builders ask for them, by the same rules. Every
    collision becomes a Finding in `findings`.
    """

    def __init__(self, document: dict[str, Any], overrides: Mapping[str, str]) -> None:
        self.overrides = overrides
        self.classes = ClassNames(overrides, naming.RESERVED_CLASS_NAMES)
        self.findings = self.classes.findings  # one list: class collisions are found there
        self._api_classes: dict[str, str] = {}  # tag → API class
        self._methods: dict[str, str] = {}  # operation pointer → method
        self._plan_apis(document)
        self._claim_components(document)

    def _plan_apis(self, document: dict[str, Any]) -> None:
        declared = {str(t.get("name")): f"/tags/{i}" for i, t in declared_tags(document)}
        by_tag: dict[str, list[tuple[str, str, str]]] = {}  # tag → (operation pointer, wanted, wire)
        for path, method, _, operation in iter_operations(document):
            tag = operation_tag(operation)
            pointer = f"/paths/{escape_token(path)}/{method}"
            operation_id = operation.get("operationId")
            wire = operation_id if isinstance(operation_id, str) else ""
            by_tag.setdefault(tag, []).append((pointer, operation_method_name(path, method, operation), wire))
        # An undeclared tag is where its first operation names it: every key is a JSON pointer.
        claims = [Claim(declared.get(tag) or _tag_pointer(operations[0][0]), naming.api_class_name(tag), tag)
                  for tag, operations in by_tag.items()]
        self.classes.claim_all(claims, "API class", family=api_family)
        for tag, claim in zip(by_tag, claims, strict=True):
            self._api_classes[tag] = self.classes.by_pointer[claim.key]
        taken = dict.fromkeys(naming.API_CLASS_ATTRIBUTES, "an attribute of every API class")
        for tag, operations in by_tag.items():
            methods, findings = settle([Claim(p, wanted, wire) for p, wanted, wire in operations], taken,
                                       self.overrides, f"method of {self._api_classes[tag]}",
                                       family=naming.method_family, kind="method")
            self._methods.update(methods)
            self.findings += findings

    def _claim_components(self, document: dict[str, Any]) -> None:
        schemas = (document.get("components") or {}).get("schemas") or {}
        claims = [Claim(f"/components/schemas/{escape_token(str(name))}", naming.class_name(str(name)), str(name))
                  for name in sorted(schemas, key=str)]
        self.classes.claim_all(claims, "model name")

    def api_class(self, tag: str) -> str:
        return self._api_classes[tag]

    def method(self, operation_pointer: str) -> str:
        return self._methods[operation_pointer]

    def model_class(self, pointer: str, hint: str) -> str:
        """The class of the schema at `pointer` (a component's, or an inline schema's named `hint`)."""
        return self.classes.name_of(pointer, naming.class_name(hint))

    def parameters(self, params: list[tuple[str, str, str]]) -> list[str]:
        """Python names for one operation's arguments: (pointer, wire name, location) each."""
        claims = [Claim(pointer, naming.parameter_name(wire), wire, location) for pointer, wire, location in params]
        taken = {name: "a keyword every method takes" for name in OPTION_NAMES}
        names, findings = settle(claims, taken, self.overrides, "parameter", kind="parameter")
        self.findings += findings
        return [names[claim.key] for claim in claims]

    def fields(self, props: list[tuple[str, str]]) -> list[str]:
        """Python names for one model's fields: (pointer, wire name) each."""
        claims = [Claim(pointer, naming.snake_identifier(wire), wire) for pointer, wire in props]
        names, findings = settle(claims, {}, self.overrides, "property", kind="field")
        self.findings += findings
        return [names[claim.key] for claim in claims]

    @staticmethod
    def field_aliases(fields: list[tuple[str, str]]) -> list[tuple[str, ...]]:
        """Other names each field of one model is built and set under, beside its Python name:
        OpenAPI Generator 7.x's spelling where it differs (`var_date` for `date`, `field` for
        `var_field`), unless another field of the model has it. (name, wire name) each, in order."""
        aliases: list[tuple[str, ...]] = []
        for index, (name, wire) in enumerate(fields):
            others = {n for i, pair in enumerate(fields) if i != index for n in pair}
            theirs = naming.openapi_generator_field_name(wire)
            # (`copy` stays pydantic's method: OpenAPI Generator's field of that name broke it)
            usable = theirs not in others and theirs not in naming.PYDANTIC_RESERVED
            aliases.append((theirs,) if theirs != name and usable else ())
        return aliases

    def enum_members(self, pointer: str, values: list[Any]) -> list[str]:
        claims = [Claim(f"{pointer}/{i}", naming.enum_member_name(v), str(v)) for i, v in enumerate(values)]
        names, findings = settle(claims, {}, {}, "enum member")
        self.findings += findings
        return [names[claim.key] for claim in claims]


def _tag_pointer(operation_pointer: str) -> str:
    """`/paths/~1pets/get/tags/0`: where an operation names its tag (or would: `default`)."""
    return f"{operation_pointer}/tags/0"
