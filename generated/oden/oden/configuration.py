"""Settings of a client: host, credentials, TLS, proxy, retries, timeouts, logging."""

from __future__ import annotations

import copy
import logging
import re
import sys
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Optional, Union

from urllib3 import Retry

from . import _model
from ._package import API_VERSION, HOST, SECURITY_SCHEMES, SERVERS, VERSION
from .signing import signing_unsupported

# Seconds to connect, and for the whole answer once the request is sent (see _retry.Budget),
# unless a call passes `_request_timeout`.
DEFAULT_TIMEOUT = (10.0, 60.0)
# The most bytes of a response body, after decompression, a call reads (Configuration).
DEFAULT_MAX_RESPONSE_SIZE = 64 * 1024 * 1024


class Configuration:
    """Everything a client needs to know before it sends a request.

    API keys are keyed by security scheme name or by the name of the header, query parameter
    or cookie that carries them: both work, and so do their prefixes (`api_key_prefix`).
    """

    _default: ClassVar[Optional[Configuration]] = None

    def __init__(
        self,
        host: Optional[str] = None,
        api_key: Optional[dict[str, str]] = None,
        api_key_prefix: Optional[dict[str, str]] = None,
        username: Optional[str] = None,
        password: Optional[str] = None,
        access_token: Optional[str] = None,
        signing_info: Any = None,
        server_index: Optional[int] = None,
        server_variables: Optional[dict[str, str]] = None,
        server_operation_index: Optional[dict[str, int]] = None,
        server_operation_variables: Optional[dict[str, dict[str, str]]] = None,
        ignore_operation_servers: bool = False,
        ssl_ca_cert: Optional[str] = None,
        retries: Union[int, Retry, None] = None,
        ca_cert_data: Union[str, bytes, None] = None,
        cert_file: Optional[str] = None,
        key_file: Optional[str] = None,
        verify_ssl: bool = True,
        assert_hostname: Optional[bool] = None,
        tls_server_name: Optional[str] = None,
        connection_pool_maxsize: Optional[int] = None,
        proxy: Optional[str] = None,
        proxy_headers: Optional[dict[str, str]] = None,
        safe_chars_for_path_param: str = "",
        client_side_validation: Optional[bool] = None,
        socket_options: Any = None,
        datetime_format: str = "%Y-%m-%dT%H:%M:%S.%f%z",
        date_format: str = "%Y-%m-%d",
        *,
        debug: Optional[bool] = None,
        timeout: Union[float, tuple[float, float], None] = DEFAULT_TIMEOUT,
        max_response_size: Optional[int] = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        if signing_info is not None:
            signing_unsupported()
        self._base_path = HOST if host is None else host.rstrip("/")
        self.server_index = 0 if server_index is None and host is None else server_index
        self.server_variables = server_variables or {}
        # Per operation (the API method's name): which of its own servers to call, and the
        # values of their variables. `_host_index` on a call picks another.
        self.server_operation_index: dict[str, int] = dict(server_operation_index or {})
        self.server_operation_variables: dict[str, dict[str, str]] = dict(
            server_operation_variables or {}
        )
        # Call `host` even for operations that declare servers of their own.
        self.ignore_operation_servers = ignore_operation_servers
        self.api_key: dict[str, str] = dict(api_key or {})
        self.api_key_prefix: dict[str, str] = dict(api_key_prefix or {})
        self.refresh_api_key_hook: Any = None
        self.username = username
        self.password = password
        self.access_token = access_token
        self.logger = {"package_logger": logging.getLogger(__name__.rpartition(".")[0])}
        self.logger_format = "%(asctime)s %(levelname)s %(message)s"
        self._debug = False
        self.verify_ssl = verify_ssl
        self.ssl_ca_cert = ssl_ca_cert
        self.ca_cert_data = ca_cert_data  # CA certificates as PEM text or DER bytes
        self.cert_file = cert_file
        self.key_file = key_file
        self.assert_hostname = assert_hostname
        self.tls_server_name = tls_server_name
        self.connection_pool_maxsize = (
            100 if connection_pool_maxsize is None else connection_pool_maxsize
        )
        self.proxy = proxy
        self.proxy_headers = proxy_headers
        self.safe_chars_for_path_param = safe_chars_for_path_param
        self.temp_folder_path: Optional[str] = None  # where "file" responses are saved
        # Attempts after the first, for idempotent calls, on connection errors, 429 and 503 (a
        # urllib3 Retry, as OpenAPI Generator takes, counts as its `total`).
        self.retries: Union[int, Retry] = 3 if retries is None else retries
        self.retry_backoff = 0.5  # seconds before the first retry; doubles each time, plus jitter
        self.retry_max_wait = 30.0  # a longer Retry-After is capped to this
        # A number bounds the whole call, retries included; (connect, read) bounds each request:
        # `read` seconds for the whole answer once it is sent. None: wait as long as it takes.
        self.timeout = timeout
        # Bytes of a response body, decompressed, a call reads before it raises
        # ApiResponseTooLarge (None: no limit). `*_without_preload_content` answers are not read,
        # so not limited: reading those is up to the caller.
        self.max_response_size = max_response_size
        self.socket_options = socket_options
        # How the openapi-generator wire dialect (`_package.WIRE`) writes query date-times and
        # dates, as OpenAPI Generator's clients do; the openapi dialect sends ISO 8601.
        self.datetime_format = datetime_format
        self.date_format = date_format
        if client_side_validation is not None:
            self.client_side_validation = client_side_validation
        if debug is not None:
            self.debug = debug

    @property
    def signing_info(self) -> None:
        """Always None: HTTP signature authentication is not supported (see `signing`)."""
        return None

    @signing_info.setter
    def signing_info(self, value: Any) -> None:
        if value is not None:
            signing_unsupported()

    def __deepcopy__(self, memo: dict[int, Any]) -> Configuration:
        result = self.__class__.__new__(self.__class__)
        memo[id(self)] = result
        for key, value in self.__dict__.items():
            setattr(result, key, value if key == "logger" else copy.deepcopy(value, memo))
        return result

    @classmethod
    def set_default(cls, default: Optional[Configuration]) -> None:
        cls._default = default

    @classmethod
    def get_default_copy(cls) -> Configuration:
        """The default configuration itself, as OpenAPI Generator 7 returns it (its own tests
        check the identity); kept for code written against it. Prefer `get_default()`."""
        return cls.get_default()

    @property
    def client_side_validation(self) -> bool:
        """Whether models check the spec's constraints (lengths, bounds, patterns) when built.

        Models are built without a configuration, so this switch is process-wide, as the
        default configuration is.
        """
        return _model.constraints_enforced()

    @client_side_validation.setter
    def client_side_validation(self, value: bool) -> None:
        _model.enforce_constraints(value)

    @classmethod
    def get_default(cls) -> Configuration:
        if cls._default is None:
            cls._default = cls()
        return cls._default

    @property
    def debug(self) -> bool:
        return self._debug

    @debug.setter
    def debug(self, value: bool) -> None:
        """Log each request and response at DEBUG level; credentials are always redacted."""
        self._debug = value
        logger = self.logger["package_logger"]
        logger.setLevel(logging.DEBUG if value else logging.WARNING)
        if value and not logger.handlers:
            handler = logging.StreamHandler(sys.stderr)
            handler.setFormatter(logging.Formatter(self.logger_format))
            logger.addHandler(handler)

    @property
    def host(self) -> str:
        if self.server_index is None:
            return self._base_path
        return self.get_host_from_settings(self.server_index, self.server_variables)

    @host.setter
    def host(self, value: str) -> None:
        self._base_path = value.rstrip("/")
        self.server_index = None

    def get_host_settings(self) -> list[dict[str, Any]]:
        return SERVERS

    def get_host_from_settings(
        self,
        index: Optional[int],
        variables: Optional[Mapping[str, str]] = None,
        servers: Optional[Sequence[Mapping[str, Any]]] = None,
    ) -> str:
        """The URL of server `index` of `servers` (the spec's servers by default), its variables
        taken from `variables` or their defaults; None: the host given to the constructor."""
        if index is None:
            return self._base_path
        servers = servers or SERVERS
        if not 0 <= index < len(servers):
            raise ValueError(f"server index {index} is out of range ({len(servers)} servers)")
        url = str(servers[index]["url"])
        for name, spec in servers[index].get("variables", {}).items():
            value = (variables or {}).get(name, spec.get("default_value", ""))
            if spec.get("enum_values") and value not in spec["enum_values"]:
                raise ValueError(f"server variable {name!r} must be one of {spec['enum_values']}")
            url = url.replace("{" + name + "}", value)
        # A variable the spec uses but does not define (`https://{region}.example.com`): from
        # this call's variables or the configuration's server_variables, never sent as "{region}".
        for name in dict.fromkeys(re.findall(r"{([^{}]+)}", url)):
            value = (variables or {}).get(name, self.server_variables.get(name))
            if value is None:
                raise ValueError(
                    f"server URL {url!r} needs {{{name}}}, which the spec does not define: "
                    f"set Configuration(server_variables={{{name!r}: ...}})"
                )
            url = url.replace("{" + name + "}", value)
        return url.rstrip("/")

    def get_api_key_with_prefix(
        self, identifier: str, alias: Optional[str] = None
    ) -> Optional[str]:
        """The key for a scheme, looked up by scheme name, then by its header/parameter name."""
        if self.refresh_api_key_hook is not None:
            self.refresh_api_key_hook(self)
        names = [n for n in (identifier, alias) if n]
        key = next((self.api_key[n] for n in names if n in self.api_key), None)
        if key is None:
            return None
        prefix = next((self.api_key_prefix[n] for n in names if n in self.api_key_prefix), "")
        return f"{prefix} {key}" if prefix else key

    def get_basic_auth_token(self) -> Optional[str]:
        if self.username is None and self.password is None:
            return None
        import base64

        raw = f"{self.username or ''}:{self.password or ''}".encode()
        return "Basic " + base64.b64encode(raw).decode("ascii")

    def auth_settings(self) -> dict[str, dict[str, str]]:
        """Each configured scheme: where its credential goes, under which name, with which value."""
        settings: dict[str, dict[str, str]] = {}
        for name, kind, location, param in SECURITY_SCHEMES:
            value: Optional[str] = None
            if kind == "api_key":
                value = self.get_api_key_with_prefix(name, alias=param)
            elif kind == "http_basic":
                value = self.get_basic_auth_token()
                location, param = "header", "Authorization"
            elif self.access_token is not None:
                value = "Bearer " + self.access_token
                location, param = "header", "Authorization"
            if value is not None:
                settings[name] = {"type": kind, "in": location, "key": param, "value": value}
        return settings

    def to_debug_report(self) -> str:
        return (
            "Python SDK Debug Report:\n"
            f"OS: {sys.platform}\n"
            f"Python Version: {sys.version}\n"
            f"Version of the API: {API_VERSION}\n"
            f"SDK Package Version: {VERSION}"
        )
