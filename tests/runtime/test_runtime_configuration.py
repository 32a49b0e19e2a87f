"""generator/runtime/configuration.py: hosts, servers, credentials, switches."""

from __future__ import annotations

import base64
import copy
import logging
from collections.abc import Iterator
from typing import Annotated, Any

import pytest
from pydantic import ValidationError

from generator.runtime import configuration as configuration_module
from generator.runtime._model import ApiModel, Limits, constraints_enforced, enforce_constraints
from generator.runtime.configuration import DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_TIMEOUT, Configuration

SERVERS: list[dict[str, Any]] = [
    {"url": "https://api.example.com/v1/", "description": "production", "variables": {}},
    {"url": "https://{region}.example.com/{version}", "description": "regional", "variables": {
        "region": {"default_value": "eu", "enum_values": ["eu", "us"], "description": ""},
        "version": {"default_value": "v1", "enum_values": [], "description": ""},
    }},
]


@pytest.fixture
def servers(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The servers of a spec, as a generated `_package.py` lists them."""
    monkeypatch.setattr(configuration_module, "SERVERS", SERVERS)
    return SERVERS


@pytest.fixture
def default() -> Iterator[None]:
    """Leave the process-wide default configuration and constraint switch as they were."""
    saved = Configuration._default
    yield
    Configuration.set_default(saved)
    enforce_constraints(True)


def test_defaults() -> None:
    config = Configuration()
    assert (config.host, config.server_index) == ("http://localhost", 0)  # the stand-in's first server
    assert config.timeout == DEFAULT_TIMEOUT == (10.0, 60.0)
    assert config.max_response_size == DEFAULT_MAX_RESPONSE_SIZE == 64 * 1024 * 1024
    assert (config.retries, config.retry_backoff, config.verify_ssl) == (3, 0.5, True)


@pytest.mark.usefixtures("servers")
def test_host_from_the_first_server_unless_given() -> None:
    assert Configuration().host == "https://api.example.com/v1"  # without the trailing slash
    config = Configuration(host="http://127.0.0.1:8080/base/")
    assert (config.host, config.server_index) == ("http://127.0.0.1:8080/base", None)
    config = Configuration()
    config.host = "http://other/"
    assert (config.host, config.server_index) == ("http://other", None)


@pytest.mark.usefixtures("servers")
def test_server_index_and_variables() -> None:
    assert Configuration(server_index=1).host == "https://eu.example.com/v1"  # defaults
    config = Configuration(server_index=1, server_variables={"region": "us", "version": "v2"})
    assert config.host == "https://us.example.com/v2"
    assert config.get_host_from_settings(0) == "https://api.example.com/v1"
    assert config.get_host_from_settings(None) == config._base_path
    assert config.get_host_settings() is SERVERS


@pytest.mark.usefixtures("servers")
def test_server_variables_are_checked() -> None:
    with pytest.raises(ValueError, match="region"):
        _ = Configuration(server_index=1, server_variables={"region": "mars"}).host
    with pytest.raises(ValueError, match="out of range"):
        Configuration().get_host_from_settings(2)
    with pytest.raises(ValueError, match="out of range"):
        Configuration().get_host_from_settings(-1)


def test_servers_can_be_given() -> None:
    own = [{"url": "http://{h}:1", "variables": {"h": {"default_value": "a"}}}]
    assert Configuration().get_host_from_settings(0, {"h": "b"}, servers=own) == "http://b:1"


@pytest.mark.usefixtures("default")
def test_get_default_copy_is_the_default_as_in_openapi_generator_7() -> None:
    base = Configuration(host="http://default", api_key={"k": "1"})
    Configuration.set_default(base)
    assert Configuration.get_default() is base
    assert Configuration.get_default_copy() is base


def test_a_deep_copy_is_independent_but_shares_the_logger() -> None:
    base = Configuration(host="http://default", api_key={"k": "1"})
    copied = copy.deepcopy(base)
    assert copied is not base and copied.host == "http://default"
    copied.api_key["k"] = "2"
    copied.api_key_prefix["k"] = "Token"
    copied.timeout = 1.0
    assert (base.api_key, base.api_key_prefix, base.timeout) == ({"k": "1"}, {}, DEFAULT_TIMEOUT)
    assert copied.logger["package_logger"] is base.logger["package_logger"]  # loggers are shared


@pytest.mark.usefixtures("default")
def test_get_default_makes_one() -> None:
    Configuration.set_default(None)
    first = Configuration.get_default()
    assert Configuration.get_default() is first


class Sized(ApiModel):
    count: Annotated[int, Limits(ge=0)]


@pytest.mark.usefixtures("default")
def test_client_side_validation_switches_constraint_checks() -> None:
    config = Configuration()
    assert config.client_side_validation is True
    with pytest.raises(ValidationError):
        Sized(count=-1)
    config.client_side_validation = False
    assert (config.client_side_validation, constraints_enforced()) == (False, False)
    assert Sized(count=-1).count == -1
    assert Configuration().client_side_validation is False  # process-wide: models have no configuration
    config.client_side_validation = True
    with pytest.raises(ValidationError):
        Sized(count=-1)


def test_api_keys_by_scheme_or_parameter_name_with_prefixes() -> None:
    config = Configuration(api_key={"X-Key": "k1"}, api_key_prefix={"Scheme": "Token"})
    assert config.get_api_key_with_prefix("Scheme", alias="X-Key") == "Token k1"
    assert config.get_api_key_with_prefix("Scheme") is None
    config.api_key["Scheme"] = "k2"
    assert config.get_api_key_with_prefix("Scheme", alias="X-Key") == "Token k2"  # the scheme name first
    seen = []
    config.refresh_api_key_hook = lambda c: seen.append(c)
    config.get_api_key_with_prefix("Scheme")
    assert seen == [config]


def test_basic_auth_token() -> None:
    assert Configuration().get_basic_auth_token() is None
    config = Configuration(username="u", password="p:wörd")
    assert config.get_basic_auth_token() == "Basic " + base64.b64encode("u:p:wörd".encode()).decode()
    assert Configuration(username="u").get_basic_auth_token() == "Basic " + base64.b64encode(b"u:").decode()


def test_auth_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(configuration_module, "SECURITY_SCHEMES", (
        ("Key", "api_key", "query", "api_key"), ("Basic", "http_basic", "", ""),
        ("Bearer", "http_bearer", "", ""), ("OAuth", "oauth2", "", ""),
    ))
    config = Configuration()
    assert config.auth_settings() == {}
    config.api_key["api_key"], config.username, config.access_token = "k", "u", "t"
    assert config.auth_settings() == {
        "Key": {"type": "api_key", "in": "query", "key": "api_key", "value": "k"},
        "Basic": {"type": "http_basic", "in": "header", "key": "Authorization", "value": "Basic dTo="},
        "Bearer": {"type": "http_bearer", "in": "header", "key": "Authorization", "value": "Bearer t"},
        "OAuth": {"type": "oauth2", "in": "header", "key": "Authorization", "value": "Bearer t"},
    }


def test_debug_switches_the_package_logger() -> None:
    config = Configuration()
    logger = config.logger["package_logger"]
    assert logger.name == "generator.runtime"
    level, handlers = logger.level, list(logger.handlers)
    try:
        config.debug = True
        assert (config.debug, logger.level) == (True, logging.DEBUG) and logger.handlers
        config.debug = False
        assert logger.level == logging.WARNING
        assert Configuration(debug=True).debug is True
    finally:
        logger.setLevel(level)
        logger.handlers[:] = handlers


def test_debug_report() -> None:
    report = Configuration().to_debug_report()
    assert "Version of the API: 0.0.0" in report and "SDK Package Version: 0.0.0" in report


# --------------------------------------------------------------------------- OpenAPI Generator's keywords


def test_openapi_generators_keywords_in_its_order() -> None:
    import inspect

    names = list(inspect.signature(Configuration).parameters)
    assert names[:26] == [
        "host", "api_key", "api_key_prefix", "username", "password", "access_token", "signing_info",
        "server_index", "server_variables", "server_operation_index", "server_operation_variables",
        "ignore_operation_servers", "ssl_ca_cert", "retries", "ca_cert_data", "cert_file", "key_file",
        "verify_ssl", "assert_hostname", "tls_server_name", "connection_pool_maxsize", "proxy", "proxy_headers",
        "safe_chars_for_path_param", "client_side_validation", "socket_options",
    ]
    kinds = {name: p.kind for name, p in inspect.signature(Configuration).parameters.items()}
    assert {n for n, k in kinds.items() if k is inspect.Parameter.KEYWORD_ONLY} == {
        "debug", "timeout", "max_response_size"}


@pytest.mark.usefixtures("default")
def test_every_keyword_sets_its_attribute() -> None:
    config = Configuration(
        "http://h", {"k": "v"}, {"k": "P"}, "u", "p", "tok", None, None, None, {"op": 1}, {"op": {"x": "y"}}, True,
        "/ca.pem", 5, "PEM", "/c.pem", "/k.pem", False, False, "sni", 7, "http://proxy:3128", {"X-P": "1"}, "/",
        False, [(6, 1, 1)], debug=False, timeout=2.5, max_response_size=10,
    )
    assert (config.host, config.api_key, config.api_key_prefix, config.username, config.password) == (
        "http://h", {"k": "v"}, {"k": "P"}, "u", "p")
    assert (config.access_token, config.signing_info, config.server_operation_index,
            config.server_operation_variables, config.ignore_operation_servers) == (
        "tok", None, {"op": 1}, {"op": {"x": "y"}}, True)
    assert (config.ssl_ca_cert, config.retries, config.ca_cert_data, config.cert_file, config.key_file) == (
        "/ca.pem", 5, "PEM", "/c.pem", "/k.pem")
    assert (config.verify_ssl, config.assert_hostname, config.tls_server_name, config.connection_pool_maxsize) == (
        False, False, "sni", 7)
    assert (config.proxy, config.proxy_headers, config.safe_chars_for_path_param, config.socket_options) == (
        "http://proxy:3128", {"X-P": "1"}, "/", [(6, 1, 1)])
    assert (config.client_side_validation, config.debug, config.timeout, config.max_response_size) == (
        False, False, 2.5, 10)


@pytest.mark.usefixtures("default")
def test_defaults_of_the_new_keywords() -> None:
    config = Configuration()
    assert (config.server_operation_index, config.server_operation_variables) == ({}, {})
    assert (config.ignore_operation_servers, config.ca_cert_data, config.connection_pool_maxsize) == (False, None, 100)
    assert config.temp_folder_path is None
    enforce_constraints(False)
    Configuration()  # not given: the process-wide switch is left as it is
    assert not constraints_enforced()
    Configuration(client_side_validation=True)
    assert constraints_enforced()


def test_http_signing_is_refused_with_the_alternative() -> None:
    from generator.runtime import signing

    with pytest.raises(NotImplementedError, match=r"_headers="):
        signing.HttpSigningConfiguration(key_id="k", signing_scheme=signing.SCHEME_HS2019, private_key_path="k.pem")
    with pytest.raises(NotImplementedError, match="not supported"):
        Configuration(signing_info=object())
    config = Configuration()
    config.signing_info = None
    with pytest.raises(NotImplementedError, match="not supported"):
        config.signing_info = object()
    assert config.signing_info is None


@pytest.mark.parametrize("names", [["region"], ["region", "zone"], ["a-b"]])
def test_server_variables_the_spec_does_not_define(names: list[str]) -> None:
    """`https://{region}.example.com` with no `region` variable: the configuration's
    server_variables fill it (this call's variables first); unset, a clear error names it."""
    own = [{"url": "https://" + ".".join("{" + n + "}" for n in names) + ".example.com/v1", "variables": {}}]
    for name in names:
        with pytest.raises(ValueError, match=f"needs {{{name}}}, which the spec does not define"):
            Configuration(server_variables={n: "x" for n in names if n != name}).get_host_from_settings(0, servers=own)
    config = Configuration(server_variables={n: f"v{i}" for i, n in enumerate(names)})
    assert config.get_host_from_settings(0, servers=own) == "https://" + ".".join(
        f"v{i}" for i in range(len(names))) + ".example.com/v1"
    assert config.get_host_from_settings(0, {names[0]: "call"}, servers=own).startswith("https://call.")
