"""API classes and their methods compared: the Python side (class, method, arguments, return
type, exceptions by status) beside the HTTP side (method, path, wire names, content types).

Operations are matched by HTTP method and path (path parameter names aside: `/pets/{id}` and
`/pets/{petId}` are one endpoint), so a method whose Python name changed is a rename; one whose
Python name stayed while its path or method changed is a move on the wire.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generator.diff.changes import Change, Layer
from generator.diff.typecmp import nested_limit_changes, show, type_changes, type_rule
from generator.ir.nodes import NO_VALUE, Location, Operation, Package, Parameter, Response

_PATH_PARAM = re.compile(r"\{([^}]*)\}")
Key = tuple[str, str]


def _endpoint(op: Operation) -> Key:
    return op.http_method, _PATH_PARAM.sub("{}", op.path)


@dataclass(frozen=True)
class _Op:
    cls: str
    op: Operation

    @property
    def python(self) -> str:
        return f"{self.cls}.{self.op.method_name}"

    @property
    def wire(self) -> str:
        return f"{self.op.http_method} {self.op.path}"


def _param_key(param: Parameter, op: Operation) -> Key:
    if param.location is Location.PATH:  # by place in the path: the name never goes on the wire
        names = _PATH_PARAM.findall(op.path)
        return "path", str(names.index(param.wire_name)) if param.wire_name in names else param.wire_name
    if param.location is Location.BODY:
        return "body", ""
    return param.location.value, param.wire_name


def _param_wire(param: Parameter, op: Operation) -> str:
    where = f"{op.http_method} {op.path}"
    if param.location is Location.QUERY:
        return f"{where}?{param.wire_name}"
    if param.location is Location.BODY:
        return f"{where} [body]"
    return f"{where} [{param.location.value} {param.wire_name}]"


def _success(status: str) -> bool:
    return status.startswith("2")


def _value(value: Any) -> Any:
    return None if value is NO_VALUE else value


class ApiDiff:
    def __init__(self, old: Package, new: Package, renames: dict[str, str]) -> None:
        self.old, self.new = old, new
        self.renames = renames
        self.changes: list[Change] = []
        self.class_renames: dict[str, str] = {}

    def add(self, rule: str, kind: str, python: str, wire: str, message: str, old: Any = None, new: Any = None,
            layer: Layer = Layer.BOTH) -> None:
        self.changes.append(Change(rule, kind, python, wire, message, old, new, layer))

    def run(self) -> list[Change]:
        old_ops = {_endpoint(o.op): o for o in _ops(self.old)}
        new_ops = {_endpoint(o.op): o for o in _ops(self.new)}
        pairs = [(old_ops[key], new_ops[key]) for key in old_ops if key in new_ops]
        gone = {k: o for k, o in old_ops.items() if k not in new_ops}
        fresh = {k: o for k, o in new_ops.items() if k not in old_ops}
        by_python = {o.python: k for k, o in fresh.items()}
        for key, before in list(gone.items()):
            if before.python in by_python:  # the same method, at another path or HTTP method
                after = fresh.pop(by_python[before.python])
                del gone[key]
                self.add("endpoint-path-changed", "method", after.python, after.wire,
                         f"{after.python} now calls {after.wire}, not {before.wire} (the Python name stays)",
                         before.wire, after.wire, Layer.HTTP)
                pairs.append((before, after))
        self.classes(pairs)
        for after in sorted(fresh.values(), key=lambda o: o.python):
            self.add("endpoint-added", "method", after.python, after.wire, f"new method {after.python} ({after.wire})",
                     None, after.python)
        for before in sorted(gone.values(), key=lambda o: o.python):
            note = " (it was deprecated)" if before.op.deprecated else ""
            self.add("endpoint-removed", "method", before.python, before.wire,
                     f"{before.python} removed ({before.wire}){note}: code that calls it fails", before.python, None)
        for before, after in pairs:
            self.operation(before, after)
        return self.changes

    def classes(self, pairs: list[tuple[_Op, _Op]]) -> None:
        old_classes = {api.name: api for api in self.old.apis}
        new_classes = {api.name: api for api in self.new.apis}
        for name in sorted(set(old_classes) - set(new_classes)):
            targets = {after.cls for before, after in pairs if before.cls == name}
            target = next(iter(targets)) if len(targets) == 1 else ""
            if target and target not in old_classes and target not in self.class_renames.values():
                self.class_renames[name] = target
                self.add("api-class-renamed", "api-class", target, "", f"{name} renamed to {target} "
                         f"(tag {old_classes[name].tag!r} is now {new_classes[target].tag!r})", name, target, Layer.PYTHON)
            else:
                self.add("api-class-removed", "api-class", name, "", f"{name} removed: code that imports it fails",
                         name, None)
        for name in sorted(set(new_classes) - set(old_classes) - set(self.class_renames.values())):
            self.add("api-class-added", "api-class", name, "", f"new API class {name}", None, name)
        for name, api in old_classes.items():
            target = self.class_renames.get(name, name)
            if target in new_classes and new_classes[target].description != api.description:
                self.add("api-class-description-changed", "api-class", target, "",
                         f"description of {target} changed", api.description, new_classes[target].description,
                         Layer.DOCS)

    def operation(self, before: _Op, after: _Op) -> None:
        old, new = before.op, after.op
        python, wire = after.python, after.wire
        moved = before.cls != after.cls and self.class_renames.get(before.cls) != after.cls
        if old.method_name != new.method_name or moved:
            how = (f"moved from {before.cls} to {after.cls}" if old.method_name == new.method_name
                   else f"renamed {before.python} to {after.python}")
            self.add("method-renamed", "method", python, wire, f"{how} (same endpoint {wire}): code that calls "
                     f"{before.python} fails", before.python, after.python, Layer.PYTHON)
        if old.deprecated != new.deprecated:
            rule = "endpoint-deprecated" if new.deprecated else "endpoint-reactivated"
            self.add(rule, "method", python, wire, f"{python} is {'now' if new.deprecated else 'no longer'} deprecated",
                     old.deprecated, new.deprecated, Layer.DOCS)
        if (old.summary, old.description) != (new.summary, new.description):
            self.add("endpoint-description-changed", "method", python, wire, f"summary or description of {python} "
                     "changed", old.summary or old.description, new.summary or new.description, Layer.DOCS)
        if _servers(old) != _servers(new):
            self.add("endpoint-servers-changed", "method", python, wire, f"{python} calls "
                     f"{', '.join(_servers(new)) or 'the default host'} (was {', '.join(_servers(old)) or 'the default host'})",
                     list(_servers(old)), list(_servers(new)), Layer.HTTP)
        self.parameters(before, after)
        if old.body_media_types and new.body_media_types:
            for media in sorted(set(new.body_media_types) - set(old.body_media_types)):
                self.add("request-body-media-type-added", "request-body", python, f"{wire} [body]",
                         f"{python} also sends {media}", None, media, Layer.HTTP)
            for media in sorted(set(old.body_media_types) - set(new.body_media_types)):
                self.add("request-body-media-type-removed", "request-body", python, f"{wire} [body]",
                         f"{python} no longer takes a {media} body", media, None, Layer.HTTP)
        self.responses(before, after)
        self.auth(python, wire, old.auth, new.auth)

    # -- parameters -------------------------------------------------------------------------

    def parameters(self, before: _Op, after: _Op) -> None:
        old, new = before.op, after.op
        old_params = {_param_key(p, old): p for p in old.parameters}
        new_params = {_param_key(p, new): p for p in new.parameters}
        pairs = [(old_params[k], new_params[k]) for k in old_params if k in new_params]
        gone = {k: p for k, p in old_params.items() if k not in new_params}
        fresh = {k: p for k, p in new_params.items() if k not in old_params}
        by_python = {p.name: k for k, p in fresh.items()}
        for key, param in list(gone.items()):
            if param.name in by_python:  # the same argument, sent under another name or in another place
                twin = fresh.pop(by_python[param.name])
                del gone[key]
                if twin.location is not param.location:
                    self.add("request-parameter-location-changed", "parameter", f"{after.python}.{twin.name}",
                             _param_wire(twin, new), f"{twin.name} is sent in the {twin.location.value}, not the "
                             f"{param.location.value}", param.location.value, twin.location.value, Layer.HTTP)
                else:
                    self.add("request-parameter-wire-name-changed", "parameter", f"{after.python}.{twin.name}",
                             _param_wire(twin, new), f"{twin.name} is sent as {twin.wire_name!r}, not "
                             f"{param.wire_name!r} (the Python name stays)", param.wire_name, twin.wire_name,
                             Layer.HTTP)
                pairs.append((param, twin))
        breaking_shift = False
        for param in fresh.values():
            body = param.location is Location.BODY
            rule = (("request-body-added-required" if param.required else "request-body-added-optional") if body else
                    "new-required-request-parameter" if param.required else "new-optional-request-parameter")
            breaking_shift |= param.required
            self.add(rule, "request-body" if body else "parameter", f"{after.python}.{param.name}",
                     _param_wire(param, new), f"{after.python} takes a new {'required' if param.required else 'optional'} "
                     f"{'body' if body else 'argument'} {param.name}: {show(param.type)}", None, show(param.type))
        for param in gone.values():
            body = param.location is Location.BODY
            breaking_shift |= param.required
            self.add("request-body-removed" if body else "request-parameter-removed",
                     "request-body" if body else "parameter", f"{before.python}.{param.name}", _param_wire(param, old),
                     f"{before.python} no longer takes {'the body' if body else 'the argument'} {param.name}: "
                     "code that passes it fails",
                     param.name, None)
        for param, twin in pairs:
            breaking_shift |= twin.required and not param.required
            self.parameter(after, param, twin)
        if not breaking_shift:
            self.order(before, after, pairs)

    def order(self, before: _Op, after: _Op, pairs: list[tuple[Parameter, Parameter]]) -> None:
        """Required arguments are positional: each must keep its place."""
        match = {id(old): new for old, new in pairs}
        index = {id(param): i for i, param in enumerate(after.op.parameters)}
        required = [p for p in before.op.parameters if p.required]
        if any(index[id(match[id(p)])] != i for i, p in enumerate(required) if id(p) in match):
            was = [p.name for p in required]
            now = [p.name for p in after.op.parameters][:len(was)]
            self.add("request-parameter-reordered", "method", after.python, after.wire,
                     f"the positional arguments of {after.python} are now ({', '.join(now)}), were "
                     f"({', '.join(was)}): a positional call passes them to the wrong ones", was, now, Layer.PYTHON)

    def parameter(self, after: _Op, old: Parameter, new: Parameter) -> None:
        body = new.location is Location.BODY
        kind = "request-body" if body else "parameter"
        place = "request-body" if body else "request-parameter"
        python, wire = f"{after.python}.{new.name}", _param_wire(new, after.op)
        if old.name != new.name:
            self.add("request-body-renamed" if body else "request-parameter-renamed", kind, python, wire,
                     f"argument {old.name} of {after.python} renamed to {new.name}: code that passes it by name fails",
                     old.name, new.name, Layer.PYTHON)
        elif old.wire_name != new.wire_name and new.location is Location.PATH:
            self.add("request-path-parameter-name-changed", kind, python, wire, f"path parameter {{{old.wire_name}}} "
                     f"is named {{{new.wire_name}}} (only its place in the path is sent)", old.wire_name,
                     new.wire_name, Layer.DOCS)
        if old.required != new.required:
            self.add(f"{place}-became-{'required' if new.required else 'optional'}", kind, python, wire,
                     f"{python} became {'required' if new.required else 'optional'}",
                     "required" if old.required else "optional", "required" if new.required else "optional")
        for change in type_changes(old.type, new.type, self.renames):
            self.add(type_rule(place, change.what), kind, python, wire, f"{python} {change.message}", change.old,
                     change.new)
        for limit in nested_limit_changes(old.type, new.type):
            self.add(f"{place}-{limit.dimension}-{limit.verb}", kind, python, wire, f"{python}: {limit.describe()}",
                     limit.old, limit.new)
        # A required parameter has no default in the IR (the spec's is moot): compare optional ones only.
        if old.default != new.default and not body and not old.required and not new.required:
            verb = "added" if old.default is NO_VALUE else "removed" if new.default is NO_VALUE else "changed"
            self.add(f"request-parameter-default-value-{verb}", kind, python, wire,
                     f"the server's default for {python} {verb}: {_value(old.default)!r} -> {_value(new.default)!r} "
                     "(what a call without it gets)", _value(old.default), _value(new.default), Layer.HTTP)
        if (old.style, old.explode) != (new.style, new.explode) and not body and old.location is new.location:
            self.add("request-parameter-style-changed", kind, python, wire,
                     f"{python} is serialized as style={new.style} explode={str(new.explode).lower()}, "
                     f"was style={old.style} explode={str(old.explode).lower()}",
                     f"{old.style}/{old.explode}", f"{new.style}/{new.explode}", Layer.HTTP)
        if old.description != new.description:
            self.add(f"{place}-description-changed", kind, python, wire, f"description of {python} changed",
                     old.description, new.description, Layer.DOCS)

    # -- responses --------------------------------------------------------------------------

    def responses(self, before: _Op, after: _Op) -> None:
        old_by = {r.status: r for r in before.op.responses}
        new_by = {r.status: r for r in after.op.responses}
        returns = next((r.status for r in after.op.responses if _success(r.status) and r.type is not None), "")
        for status in sorted(set(old_by) | set(new_by)):
            python = (f"{after.python}.return" if status == returns else
                      f"{after.python}.responses[{status}]" if _success(status) else f"{after.python}.raises[{status}]")
            wire = f"{after.wire} -> {status}"
            old, new = old_by.get(status), new_by.get(status)
            if old is None and new is not None:
                rule = "response-success-status-added" if _success(status) else "response-non-success-status-added"
                self.add(rule, "response", python, wire, f"{after.python} documents status {status}"
                         + (f" with a {show(new.type)} body" if new.type is not None else ""), None, status)
            elif new is None and old is not None:
                if _success(status):
                    rule = "response-success-status-removed"
                    message = f"status {status} removed from {after.python}"
                elif old.type is not None:
                    rule = "response-non-success-status-removed"
                    message = f"status {status} removed: its {show(old.type)} body is no longer read into the exception"
                else:
                    rule, message = "response-non-success-status-removed-no-body", f"status {status} no longer documented"
                self.add(rule, "response", python, wire, message, status, None)
            elif old is not None and new is not None:
                self.response(python, wire, old, new)

    def response(self, python: str, wire: str, old: Response, new: Response) -> None:
        if old.type is None and new.type is not None:
            self.add("response-body-added", "response", python, wire, f"{python} now has a {show(new.type)} body",
                     None, show(new.type))
        elif old.type is not None and new.type is None:
            self.add("response-body-removed", "response", python, wire, f"{python} no longer has a body (was "
                     f"{show(old.type)})", show(old.type), None)
        elif old.type is not None and new.type is not None:
            for change in type_changes(old.type, new.type, self.renames):
                self.add(type_rule("response-body", change.what), "response", python, wire,
                         f"{python} {change.message}", change.old, change.new)
            for limit in nested_limit_changes(old.type, new.type):
                self.add(f"response-body-{limit.dimension}-{limit.verb}", "response", python, wire,
                         f"{python}: {limit.describe()}", limit.old, limit.new)
        if not (old.content_types and new.content_types):
            media_changes: tuple[set[str], set[str]] = (set(), set())  # a body added or removed says it all
        else:
            media_changes = (set(new.content_types) - set(old.content_types),
                             set(old.content_types) - set(new.content_types))
        for media in sorted(media_changes[0]):
            self.add("response-media-type-added", "response", python, f"{wire} {media}", f"{wire} may be {media}",
                     None, media, Layer.HTTP)
        for media in sorted(media_changes[1]):
            self.add("response-media-type-removed", "response", python, f"{wire} {media}",
                     f"{wire} is no longer {media}", media, None, Layer.HTTP)
        for header in sorted(set(new.headers) - set(old.headers)):
            self.add("response-header-added", "response", python, f"{wire} [header {header}]",
                     f"{wire} has a {header} header", None, header, Layer.HTTP)
        for header in sorted(set(old.headers) - set(new.headers)):
            self.add("response-header-removed", "response", python, f"{wire} [header {header}]",
                     f"{wire} no longer has a {header} header", header, None, Layer.HTTP)
        if old.description != new.description:
            self.add("response-description-changed", "response", python, wire, f"description of {wire} changed",
                     old.description, new.description, Layer.DOCS)

    # -- auth -------------------------------------------------------------------------------

    def auth(self, python: str, wire: str, old: tuple[str, ...], new: tuple[str, ...]) -> None:
        where = f"{wire} [security]"
        if not old and new:
            self.add("api-security-added", "auth", python, where, f"{python} now needs credentials "
                     f"({', '.join(new)})", [], list(new))
        elif old and not new:
            self.add("api-security-removed", "auth", python, where, f"{python} no longer needs credentials",
                     list(old), [])
        else:
            for scheme in sorted(set(new) - set(old)):
                self.add("api-security-scheme-added", "auth", python, where, f"{python} also takes {scheme}",
                         None, scheme)
            for scheme in sorted(set(old) - set(new)):
                self.add("api-security-scheme-removed", "auth", python, where,
                         f"{python} no longer takes {scheme}: callers configured with it alone fail", scheme, None)


def _servers(op: Operation) -> tuple[str, ...]:
    return tuple(server.url for server in getattr(op, "servers", ()))


def _ops(package: Package) -> list[_Op]:
    return [_Op(api.name, op) for api in package.apis for op in api.operations]
