"""ApiClient's methods as OpenAPI Generator 7's python clients have them, for code written
against those: building a request from its parts (`param_serialize`), reading a response by a
type written as a string (`response_deserialize`, `deserialize`), and the helpers they use.

The API classes do not need these (they go through `ApiClient.call`); they are kept with
OpenAPI Generator's signatures and behaviour, plus this client's checks on header values.
"""

from __future__ import annotations

import datetime
import decimal
import enum
import json
import re
import uuid
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Optional, Union
from urllib.parse import quote

from pydantic import SecretStr

from ._deserialize import NATIVE_TYPES, deserialize, response_type_for, save_file
from ._request import cookie_pair, select_header
from ._wire import FormField, guess_type, header_value, put_header, read_file
from .api_response import ApiResponse
from .configuration import Configuration
from .exceptions import ApiException, ApiTypeError, ApiValueError
from .signing import signing_unsupported

# (method, url, headers, body, post_params), as `param_serialize` returns them for `call_api`.
RequestSerialized = tuple[str, str, dict[str, str], Any, list[FormField]]
Params = Union[Mapping[str, Any], Sequence[tuple[str, Any]]]
_DELIMITERS = {"ssv": " ", "tsv": "\t", "pipes": "|", "csv": ","}


class OpenApiGeneratorMethods:
    """Mixed into ApiClient."""

    PRIMITIVE_TYPES: ClassVar[tuple[type, ...]] = (float, bool, bytes, str, int)
    NATIVE_TYPES_MAPPING: ClassVar[dict[str, Any]] = NATIVE_TYPES
    configuration: Configuration
    default_headers: dict[str, str]
    cookie: Optional[str]

    def param_serialize(
        self,
        method: str,
        resource_path: str,
        path_params: Optional[Params] = None,
        query_params: Optional[Params] = None,
        header_params: Optional[Mapping[str, Any]] = None,
        body: Any = None,
        post_params: Optional[Params] = None,
        files: Optional[Mapping[str, Any]] = None,
        auth_settings: Optional[Sequence[str]] = None,
        collection_formats: Optional[Mapping[str, str]] = None,
        _host: Optional[str] = None,
        _request_auth: Optional[Mapping[str, Any]] = None,
    ) -> RequestSerialized:
        """(method, url, headers, body, post_params) for `call_api`, from a request's parts.

        Default headers win over `header_params`; path values are percent-encoded (but for
        `safe_chars_for_path_param`); the body is `sanitize_for_serialization`-ed; `_host`
        replaces the configured host unless `ignore_operation_servers` is set.
        """
        config = self.configuration
        headers: dict[str, Any] = dict(header_params or {})
        headers.update(self.default_headers)
        if self.cookie:
            headers["Cookie"] = self.cookie
        pairs = self.parameters_to_tuples(
            self.sanitize_for_serialization(headers), collection_formats
        )
        headers = {str(k): header_value(str(k), v) for k, v in pairs if v is not None}
        if path_params:
            path_values = self.sanitize_for_serialization(_pairs(path_params))
            for key, value in self.parameters_to_tuples(path_values, collection_formats):
                encoded = quote(str(value), safe=config.safe_chars_for_path_param)
                resource_path = resource_path.replace("{" + str(key) + "}", encoded)
        form: list[FormField] = []
        if post_params or files:
            form_values = self.sanitize_for_serialization(_pairs(post_params or []))
            form = self.parameters_to_tuples(form_values, collection_formats)
            if files:
                form.extend(self.files_parameters(files))
        queries = _pairs(query_params or [])
        self.update_params_for_auth(
            headers, queries, auth_settings, resource_path, method, body, request_auth=_request_auth
        )
        if body:
            body = self.sanitize_for_serialization(body)
        if _host is None or config.ignore_operation_servers:
            url = config.host + resource_path
        else:
            url = _host + resource_path
        if queries:
            query = self.sanitize_for_serialization(queries)
            url += "?" + self.parameters_to_url_query(query, collection_formats)
        return method, url, headers, body, form

    def response_deserialize(
        self, response_data: Any, response_types_map: Optional[Mapping[str, Optional[str]]] = None
    ) -> ApiResponse[Any]:
        """The ApiResponse of a read response, its body as the type `response_types_map` gives
        for its status (`"200"`, then `"2XX"`, then `"default"`); raises ApiException for a
        status outside 2xx, with the body decoded when it could be."""
        if response_data.data is None:
            raise ApiValueError(
                "RESTResponse.read() must be called before passing it to response_deserialize()"
            )
        status = response_data.status
        response_type = response_type_for(response_types_map or {}, status)
        text: Optional[str] = None
        data: Any = None
        try:
            if response_type in ("bytearray", "bytes"):
                data = response_data.data
            elif response_type == "file":
                folder = self.configuration.temp_folder_path
                data = save_file(response_data.data, response_data.headers, folder)
            elif response_type is not None:
                content_type = response_data.headers.get("content-type")
                match = re.search(r"charset=([a-zA-Z\-\d]+)[\s;]?", content_type or "")
                text = response_data.data.decode(match.group(1) if match else "utf-8")
                data = self.deserialize(text, response_type, content_type)
        finally:
            if not 200 <= status <= 299:
                raise ApiException.from_response(http_resp=response_data, body=text, data=data)
        return ApiResponse(status, response_data.headers, data, response_data.data)

    def deserialize(
        self, response_text: str, response_type: str, content_type: Optional[str]
    ) -> Any:
        """`response_text` as `response_type` (a string: `"List[Pet]"`, `"Dict[str, int]"`,
        `"date"`, a model's name); see _deserialize."""
        return deserialize(response_text, response_type, content_type)

    def sanitize_for_serialization(self, obj: Any) -> Any:
        """JSON-ready data, as OpenAPI Generator builds it: enums by value, secrets revealed,
        dates in ISO 8601, Decimal and UUID as text, models by `to_dict()` (any other object by
        its `__dict__`); bytes are left as they are."""
        if obj is None:
            return None
        if isinstance(obj, enum.Enum):
            return obj.value
        if isinstance(obj, SecretStr):
            return obj.get_secret_value()
        if isinstance(obj, self.PRIMITIVE_TYPES):
            return obj
        if isinstance(obj, uuid.UUID):
            return str(obj)
        if isinstance(obj, (list, set, frozenset)):
            return [self.sanitize_for_serialization(item) for item in obj]
        if isinstance(obj, tuple):
            return tuple(self.sanitize_for_serialization(item) for item in obj)
        if isinstance(obj, (datetime.datetime, datetime.date, datetime.time)):
            return obj.isoformat()
        if isinstance(obj, decimal.Decimal):
            return str(obj)
        if isinstance(obj, dict):
            return {key: self.sanitize_for_serialization(value) for key, value in obj.items()}
        to_dict = getattr(obj, "to_dict", None)
        if callable(to_dict):
            return self.sanitize_for_serialization(to_dict())
        if not hasattr(obj, "__dict__"):
            raise ApiTypeError(f"cannot serialize a {type(obj).__name__}")
        return self.sanitize_for_serialization(obj.__dict__)

    def parameters_to_tuples(
        self, params: Params, collection_formats: Optional[Mapping[str, str]]
    ) -> list[tuple[str, Any]]:
        """Parameters as (name, value) pairs, lists joined by their collection format
        (`multi`: one pair each; `csv`, `ssv`, `tsv`, `pipes`), booleans as true/false."""
        formats = collection_formats or {}
        result: list[tuple[str, Any]] = []
        for key, value in _pairs(params):
            if isinstance(value, bool):
                value = str(value).lower()
            if key in formats:
                if formats[key] == "multi":
                    result.extend((key, _text(item)) for item in value)
                else:
                    delimiter = _DELIMITERS.get(formats[key], ",")
                    result.append((key, delimiter.join(str(_text(item)) for item in value)))
            else:
                result.append((key, value))
        return result

    def parameters_to_url_query(
        self, params: Params, collection_formats: Optional[Mapping[str, str]]
    ) -> str:
        """A percent-encoded query string: `a=Hello%20World&b=123`; dicts as JSON."""
        formats = collection_formats or {}
        result: list[tuple[str, str]] = []
        for key, value in _pairs(params):
            if isinstance(value, bool):
                value = str(value).lower()
            if isinstance(value, (int, float)):
                value = str(value)
            if isinstance(value, dict):
                value = json.dumps(value)
            name = quote(str(key))
            if key in formats and isinstance(value, (list, tuple)):
                if formats[key] == "multi":
                    result.extend((name, quote(str(_text(item)))) for item in value)
                else:
                    delimiter = _DELIMITERS.get(formats[key], ",")
                    joined = delimiter.join(quote(str(_text(item))) for item in value)
                    result.append((name, joined))
            else:
                result.append((name, quote(str(value))))
        return "&".join(f"{name}={value}" for name, value in result)

    def explode_query_object(self, name: str, obj: Any) -> list[tuple[str, Any]]:
        """An object query parameter in style form, exploded: one pair per property (a list
        repeats the name); None is left out."""
        value = self.sanitize_for_serialization(obj)
        if not isinstance(value, dict):
            value = {name: value}
        return [
            (key, item)
            for key, entry in value.items()
            for item in (entry if isinstance(entry, (list, tuple)) else [entry])
            if item is not None
        ]

    def files_parameters(self, files: Mapping[str, Any]) -> list[FormField]:
        """Form fields of files: a path, bytes (named by their field), (filename, bytes[, mime
        type]), an open binary file, or a list of them."""
        params: list[FormField] = []
        for key, value in files.items():
            if isinstance(value, list):
                for item in value:
                    params.extend(self.files_parameters({key: item}))
            elif isinstance(value, (bytes, bytearray)):
                params.append((key, (key, bytes(value), guess_type(key))))
            else:
                params.append((key, read_file(value)))
        return params

    def select_header_accept(self, accepts: Sequence[str]) -> Optional[str]:
        """The first JSON media type of `accepts`, else the first (None for none)."""
        return select_header(accepts)

    def select_header_content_type(self, content_types: Sequence[str]) -> Optional[str]:
        """The first JSON media type of `content_types`, else the first (None for none)."""
        return select_header(content_types)

    def update_params_for_auth(
        self,
        headers: dict[str, Any],
        queries: Any,
        auth_settings: Optional[Sequence[str]],
        resource_path: Optional[str],
        method: Optional[str],
        body: Any,
        request_auth: Optional[Mapping[str, Any]] = None,
    ) -> None:
        """Put the credentials of the schemes named in `auth_settings` (those configured) into
        `headers` and `queries` (a list of pairs); `request_auth` replaces them all."""
        if not auth_settings:
            return
        if request_auth:
            self._apply_auth_params(headers, queries, resource_path, method, body, request_auth)
            return
        settings = self.configuration.auth_settings()
        for name in auth_settings:
            setting = settings.get(name)
            if setting:
                self._apply_auth_params(headers, queries, resource_path, method, body, setting)

    def _apply_auth_params(
        self,
        headers: dict[str, Any],
        queries: Any,
        resource_path: Optional[str],
        method: Optional[str],
        body: Any,
        auth_setting: Mapping[str, Any],
    ) -> None:
        location, key, value = auth_setting["in"], auth_setting["key"], auth_setting["value"]
        if auth_setting.get("type") == "http-signature":
            signing_unsupported()
        if location == "cookie":
            cookie = cookie_pair(key, value)
            headers["Cookie"] = f"{headers['Cookie']}; {cookie}" if "Cookie" in headers else cookie
        elif location == "header":
            put_header(headers, key, header_value(key, value))
        elif location == "query":
            queries.append((key, value))
        else:
            raise ApiValueError("Authentication token must be in `query`, `header` or `cookie`")


def _pairs(params: Params) -> list[tuple[str, Any]]:
    return list(params.items()) if isinstance(params, Mapping) else list(params)


def _text(value: Any) -> Any:
    return str(value).lower() if isinstance(value, bool) else value
