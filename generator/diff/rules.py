"""Every rule a change can be classified by: its id, and how much it matters to a caller.

Ids follow oasdiff's where one exists (`request-parameter-became-required`), so a change reads the
same in both tools. The classification is ours, for our clients: a change is breaking when code
written against the old package, or the old package talking to the new server, can stop working.
That is oasdiff's request/response asymmetry plus the Python API on top of it: a renamed method
or field is harmless on the wire and breaks callers all the same. Where our clients are more
tolerant than oasdiff assumes, the rule says so: they read a response enum value they do not know
as `UNKNOWN_<value>` and check no constraint on a response.
"""

from __future__ import annotations

from enum import Enum


class Severity(str, Enum):
    BREAKING = "breaking"  # a major release (a minor one while the major version is 0)
    ADDITION = "addition"  # compatible: a minor release
    PATCH = "patch"  # docs, descriptions, what changes nothing a caller can see: a patch release


RANK = {Severity.PATCH: 0, Severity.ADDITION: 1, Severity.BREAKING: 2}
B, A, P = Severity.BREAKING, Severity.ADDITION, Severity.PATCH

_FIXED: dict[str, Severity] = {
    # package
    "package-added": A, "package-removed": B, "package-renamed": B, "project-renamed": B,
    "python-requires-narrowed": B, "python-requires-widened": A, "default-host-changed": A, "endpoint-servers-changed": A,
    "api-version-changed": P, "package-description-changed": P,
    # API classes and their methods
    "api-class-added": A, "api-class-removed": B, "api-class-renamed": B, "api-class-description-changed": P,
    "endpoint-added": A, "endpoint-removed": B, "method-renamed": B, "endpoint-path-changed": B,
    "endpoint-deprecated": A, "endpoint-reactivated": A, "endpoint-description-changed": P,
    # parameters (query, path, header, cookie, form fields)
    "new-required-request-parameter": B, "new-optional-request-parameter": A, "request-parameter-removed": B,
    "request-parameter-renamed": B, "request-parameter-wire-name-changed": B,
    "request-path-parameter-name-changed": P, "request-parameter-location-changed": B,
    "request-parameter-became-required": B, "request-parameter-became-optional": A,
    "request-parameter-reordered": B,
    "request-parameter-default-value-added": B, "request-parameter-default-value-changed": B,
    "request-parameter-default-value-removed": B, "request-parameter-style-changed": B,
    "request-parameter-description-changed": P,
    # request bodies
    "request-body-added-required": B, "request-body-added-optional": A, "request-body-removed": B,
    "request-body-renamed": B, "request-body-became-required": B, "request-body-became-optional": A,
    "request-body-media-type-added": A, "request-body-media-type-removed": B,
    "request-body-description-changed": P,
    # responses: the return type, and the exceptions by status
    "response-body-added": A, "response-body-removed": B,
    "response-success-status-added": A, "response-success-status-removed": B,
    "response-non-success-status-added": A, "response-non-success-status-removed": B,
    "response-non-success-status-removed-no-body": P,
    "response-media-type-added": A, "response-media-type-removed": B,
    "response-header-added": A, "response-header-removed": B, "response-description-changed": P,
    # auth
    "api-security-added": B, "api-security-removed": A, "api-security-scheme-added": A,
    "api-security-scheme-removed": B, "api-security-component-added": A, "api-security-component-removed": B,
    "api-security-component-type-changed": B, "api-security-component-location-changed": B,
    "api-security-component-description-changed": P,
    # models and their fields
    "model-added": A, "model-removed": B, "model-renamed": B, "model-kind-changed": B, "model-description-changed": P,
    "property-renamed": B, "property-wire-name-changed": B, "property-description-changed": P,
    "new-required-request-property": B, "new-optional-request-property": A,
    "response-required-property-added": A, "response-optional-property-added": A,
    "request-property-removed": B, "response-property-removed": B,
    "request-property-became-required": B, "request-property-became-optional": A,
    "response-property-became-optional": B, "response-property-became-required": A,
    "request-property-became-read-only": B, "request-property-became-not-read-only": A,
    "response-property-read-only-changed": P,
    "request-property-default-value-changed": A, "response-property-default-value-changed": A,
    "request-union-type-changed": B, "request-union-type-generalized": A,
    "response-union-type-changed": B, "response-union-type-specialized": A,
    "discriminator-property-changed": B, "discriminator-mapping-added": A, "discriminator-mapping-removed": B,
    "discriminator-mapping-changed": B,
    # enums
    "request-enum-value-added": A, "response-enum-value-added": A, "enum-value-removed": B,
    "enum-member-renamed": B, "enum-type-changed": B,
}

# Constraints: (dimension, verb, narrows what is valid). Narrowing a request breaks callers whose
# values were valid; widening it is an addition. Responses are read as the server sent them (no
# constraint is checked on them), so a response constraint only changes docs and models the
# caller builds by hand: patch-level.
_LOWER = (("set", True), ("unset", False), ("increased", True), ("decreased", False))
_UPPER = (("set", True), ("unset", False), ("decreased", True), ("increased", False))
CONSTRAINT_VERBS: dict[str, tuple[tuple[str, bool], ...]] = {
    "min": _LOWER, "min-length": _LOWER, "min-items": _LOWER,
    "max": _UPPER, "max-length": _UPPER, "max-items": _UPPER,
    "pattern": (("added", True), ("removed", False), ("changed", True)),
    "multiple-of": (("set", True), ("unset", False), ("changed", True), ("relaxed", False)),
    "unique-items": (("set", True), ("unset", False)),
}
REQUEST_PLACES = ("request-parameter", "request-body", "request-property")
RESPONSE_PLACES = ("response-body", "response-property")


def _type_rules() -> dict[str, Severity]:
    """Types at each place. A request may take more than before (generalized), a response may give
    less (specialized); inline enums (`Literal[...]`) by value: a request value removed breaks
    callers that send it; a response value added is read as any other (no check on what is read)."""
    rules = {}
    for place in REQUEST_PLACES:
        rules.update({f"{place}-type-changed": B, f"{place}-type-generalized": A, f"{place}-became-nullable": A,
                      f"{place}-became-not-nullable": B, f"{place}-enum-value-added": A,
                      f"{place}-enum-value-removed": B, f"{place}-became-enum": B})
    for place in RESPONSE_PLACES:
        rules.update({f"{place}-type-changed": B, f"{place}-type-specialized": A, f"{place}-became-nullable": B,
                      f"{place}-became-not-nullable": A, f"{place}-enum-value-added": A,
                      f"{place}-enum-value-removed": A, f"{place}-became-enum": A})
    return rules


def _constraint_rules() -> dict[str, Severity]:
    rules = {}
    for dimension, verbs in CONSTRAINT_VERBS.items():
        for verb, narrows in verbs:
            for place in REQUEST_PLACES:
                rules[f"{place}-{dimension}-{verb}"] = B if narrows else A
            for place in RESPONSE_PLACES:
                rules[f"{place}-{dimension}-{verb}"] = P
    return rules


RULES: dict[str, Severity] = {**_FIXED, **_type_rules(), **_constraint_rules()}


def severity(rule: str) -> Severity:
    return RULES[rule]
