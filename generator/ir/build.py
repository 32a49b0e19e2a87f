"""Build the whole IR of one package from a checked spec."""

from __future__ import annotations

from typing import Any

from generator.ir.build_models import ModelRegistry
from generator.ir.build_operations import build_apis, server_of
from generator.ir.names import NamePlan
from generator.ir.nodes import Package, SecurityScheme, Server
from generator.ir.publishing import publishing_of
from generator.read.load import LoadedSpec


def build_package(spec: LoadedSpec, names: NamePlan | None = None) -> Package:
    """The IR of a checked spec; every identifier comes from `names` (a plan made for the spec
    when none is given: its findings are the caller's to report)."""
    if names is None:
        names = NamePlan(spec.document, spec.settings.name_overrides)
    registry = ModelRegistry(spec, names)
    registry.build_components()
    apis = build_apis(spec, registry)
    registry.drain()
    document = spec.document
    info = document.get("info") or {}
    servers = tuple(server_of(s) for s in document.get("servers") or [] if isinstance(s, dict)) or (
        Server("http://localhost", "", default_url="http://localhost"),)
    settings = spec.settings
    title = str(info.get("title") or settings.package_name)
    return Package(
        package_name=settings.package_name,
        project_name=settings.project_name,
        version=settings.package_version,
        python_requires=settings.python_requires,
        title=title,
        description=str(info.get("description") or ""),
        summary=settings.description or title,
        api_version=str(info.get("version") or ""),
        servers=servers,
        host=settings.host or servers[0].default_url,
        security_schemes=_security_schemes(document),
        apis=apis,
        models=tuple(registry.models[name] for name in sorted(registry.models)),
        publishing=publishing_of(document),
        wire=settings.wire,
    )


def _security_schemes(document: dict[str, Any]) -> tuple[SecurityScheme, ...]:
    schemes = ((document.get("components") or {}).get("securitySchemes")) or {}
    result = []
    for name in sorted(schemes):
        raw = schemes[name]
        if not isinstance(raw, dict):
            continue
        kind = str(raw.get("type", ""))
        description = str(raw.get("description") or "")
        if kind == "apiKey":
            result.append(SecurityScheme(name, "api_key", str(raw.get("in", "header")), str(raw.get("name", "")),
                                         description=description))
        elif kind == "http" and str(raw.get("scheme", "")).lower() == "basic":
            result.append(SecurityScheme(name, "http_basic", description=description))
        elif kind == "http" and str(raw.get("scheme", "")).lower() == "bearer":
            result.append(SecurityScheme(name, "http_bearer", bearer_format=str(raw.get("bearerFormat") or ""),
                                         description=description))
        elif kind in ("oauth2", "openIdConnect"):
            result.append(SecurityScheme(name, "oauth2", description=description))
        # other http schemes (signature, digest) are left out: repair says so
    return tuple(result)
