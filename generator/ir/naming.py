"""The one authority for generated names.

The rules follow OpenAPI Generator's python generator (7.x), because the published packages
were made with it and their users call these names: `browserUrl` → `browser_url`,
`schema` → `var_schema`, POST /v2/intervals/delete → `v2_intervals_delete_post`,
an inline 200 response of that operation → `V2IntervalsDeletePost200Response`.
"""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata

# OpenAPI Generator's AbstractPythonCodegen reserved words: a name equal to one gets `var_`.
# Except `date`: the published packages kept it (ubiops' `Logs.date`), and a module whose class
# has a `date` field imports the type under another name instead (printers.ModuleNames).
RESERVED = frozenset(
    {
        "field", "all_params", "resource_path", "path_params", "query_params", "header_params",
        "form_params", "local_var_files", "body_params", "auth_settings", "property", "schema",
        "base64", "json", "float", "print", "exec", "self", "none", "true", "false",
    }
    | {k.lower() for k in keyword.kwlist}
    | {"async", "await", "nonlocal"}
)
# Builtins our annotations use (`list[str]`, `Optional[str]`): a field with such a name would
# shadow the type in its own class body, and builtins cannot be imported under an alias.
TYPE_NAMES = frozenset({"list", "dict", "str", "int", "bool", "bytes", "bytearray", "object", "tuple"})
# Attributes of pydantic's BaseModel that a field must not shadow; OpenAPI Generator does not
# escape these, so its models broke on them: we escape them the same way (`var_copy`).
PYDANTIC_RESERVED = frozenset(
    {"copy", "dict", "construct", "validate", "fields", "model_config", "model_fields",
     "model_computed_fields", "model_extra", "model_fields_set", "model_construct",
     "model_copy", "model_dump", "model_dump_json", "model_json_schema",
     "model_parametrized_name", "model_post_init", "model_rebuild", "model_validate",
     "model_validate_json", "model_validate_strings", "parse_obj", "parse_raw", "parse_file",
     "from_orm", "schema_json", "update_forward_refs", "to_dict", "to_json", "to_str",
     "from_dict", "from_json", "additional_properties", "to_wire"}
)
# (runtime module, name) of what a package exports from its runtime (`pkg.ApiClient`, ...).
RUNTIME_EXPORTS = (
    ("api_client", "ApiClient"), ("api_response", "ApiResponse"), ("async_api_client", "AsyncApiClient"),
    ("configuration", "Configuration"), ("exceptions", "ApiAttributeError"), ("exceptions", "ApiDecodeError"),
    ("exceptions", "ApiException"), ("exceptions", "ApiKeyError"), ("exceptions", "ApiTypeError"),
    ("exceptions", "ApiValueError"), ("exceptions", "OpenApiException"), ("exceptions", "ApiResponseTooLarge"),
    # the exception of each error status, as `rest` and `exceptions` have them
    ("exceptions", "BadRequestException"), ("exceptions", "UnauthorizedException"),
    ("exceptions", "ForbiddenException"), ("exceptions", "NotFoundException"), ("exceptions", "ConflictException"),
    ("exceptions", "UnprocessableEntityException"), ("exceptions", "ServiceException"),
    # what streaming and paginated methods return
    ("_stream", "ServerSentEvent"), ("_stream", "Stream"), ("_stream", "AsyncStream"), ("_pages", "Pages"),
    ("_pages", "AsyncPages"),
)
# A model class may not take a name the package exports from its runtime (`pkg.ApiClient`) or a
# builtin class's: it gets a `Model` prefix (`ModelApiResponse`, `ModelWarning`). Inside a module, an import that meets one of the
# spec's names is aliased instead (printers.ModuleNames), so no other name needs reserving.
# What a package's `__init__.py` binds beside its exports (`if TYPE_CHECKING:` imports them all).
INIT_NAMES = frozenset({"Any", "TYPE_CHECKING", "import_module"})
RESERVED_CLASS_NAMES = frozenset(name for _, name in RUNTIME_EXPORTS) | INIT_NAMES | frozenset(
    # Python's own classes (`Warning`, `Exception`): a model named so would be shadowed by them
    name for name in dir(builtins) if name[:1].isupper()
)
# What an API class binds beside its methods (`self.api_client`): no method may take it.
API_CLASS_ATTRIBUTES = frozenset({"api_client"})
# The doc pages whose names are fixed (`docs/Endpoints.md`); compared case-insensitively.
FIXED_PAGES = frozenset({"endpoints"})
MAX_IDENTIFIER = 120


def method_family(method: str) -> tuple[str, str, str, str, str, str]:
    """The names one operation binds: its method, the variants the template may define beside it
    (`_with_http_info`, `_without_preload_content`, `_stream`, `_pages`: claimed whether or not
    this operation streams or pages), and its descriptor constant in the API module (`_GET_PET`)."""
    return (method, f"{method}_with_http_info", f"{method}_without_preload_content", f"{method}_stream",
            f"{method}_pages", descriptor_constant(method))


def descriptor_constant(method: str) -> str:
    return "_" + method.upper()


def async_class_name(api_class: str) -> str:
    """`PetsApi` → `AsyncPetsApi`, its asyncio twin in the same module."""
    return "Async" + api_class


_CLASS_OVERRIDE = re.compile(r"[A-Z][A-Za-z0-9_]*")


def override_problem(kind: str, name: str) -> str | None:
    """Why `name`, set in `names:`, cannot be a `kind` ("class", "method", "parameter", "field"),
    or None: the same reservations the naming rules keep derived names away from."""
    if not name.isascii() or not name.isidentifier():
        return "is not a Python identifier"
    if keyword.iskeyword(name):
        return "is a Python keyword"
    if len(name) > MAX_IDENTIFIER:
        return f"is longer than {MAX_IDENTIFIER} characters"
    if kind == "class":
        if not _CLASS_OVERRIDE.fullmatch(name):
            return "is not a class name (it starts with a capital letter)"
        if name in RESERVED_CLASS_NAMES:
            return "is a name the package's runtime or Python uses"
        return None
    if name.startswith("_"):
        return "starts with an underscore (private and dunder names are the package's own)"
    if name in RESERVED:
        return "is reserved (keywords, `self` and the names OpenAPI Generator escapes)"
    if kind == "method" and name in API_CLASS_ATTRIBUTES:
        return "is the API class's own attribute"
    if kind == "field" and (name in PYDANTIC_RESERVED or name in TYPE_NAMES):
        return "would shadow a pydantic attribute or a type the model's annotations use"
    return None

_FIRST = re.compile(r"([A-Z]+)([A-Z][a-z][a-z]+)")
_SECOND = re.compile(r"([a-z\d])([A-Z])")
_NON_WORD = re.compile(r"[^0-9A-Za-z_]+")


_LETTERS = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "Oe",
                          "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "þ": "th", "ð": "d"})


def _ascii(text: str) -> str:
    """Fold accents away (`Größe` → `Groesse`-like `Grosse`); drop what has no ASCII form."""
    folded = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return folded.encode("ascii", "ignore").decode("ascii")


def underscore(word: str) -> str:
    """OpenAPI Generator's `underscore`: camelCase and PascalCase to snake_case."""
    word = word.replace(".", "/").replace("$", "__")
    word = _FIRST.sub(r"\1_\2", word)
    word = _SECOND.sub(r"\1_\2", word)
    word = word.replace("-", "_").replace(" ", "_")
    return word.lower()


def sanitize(name: str) -> str:
    """Characters that cannot stand in an identifier become `_`."""
    name = _ascii(name)
    name = _NON_WORD.sub("_", name)
    return name


def camelize(word: str) -> str:
    """OpenAPI Generator's `camelize`: `v2_intervals_delete_post` → `V2IntervalsDeletePost`."""
    parts = re.split(r"[_\s\-./]+", _ascii(word))
    return "".join(p[:1].upper() + p[1:] for p in parts if p)


def snake_identifier(name: str) -> str:
    """A property name: snake_case, escaped like OpenAPI Generator (`var_from`), and away from
    pydantic's own attributes and the builtins annotations use (`var_copy`, `var_str`)."""
    result = _identifier(name)
    if result in RESERVED or result in PYDANTIC_RESERVED or result in TYPE_NAMES:
        result = "var_" + result
    if result[0].isdigit():
        result = "var_" + result
    return _shorten(result, name)


# The words OpenAPI Generator 7.x escapes with `var_` (AbstractPythonCodegen's reserved words).
# Its older generations (python-legacy, pydantic-v1) lack "schema", "base64", "json", "date" and
# "float"; ours follow the published packages (`date` stays `date`). Code written against either
# generation builds a model under its spelling: see `openapi_generator_field_name`.
OPENAPI_GENERATOR_7_RESERVED = frozenset(
    {
        "all_params", "resource_path", "path_params", "query_params", "header_params", "form_params",
        "local_var_files", "body_params", "auth_settings", "property", "schema", "base64", "json", "date",
        "float", "and", "del", "from", "not", "while", "as", "elif", "global", "or", "with", "assert",
        "else", "if", "pass", "yield", "break", "except", "import", "print", "class", "exec", "in",
        "raise", "continue", "finally", "is", "return", "def", "for", "lambda", "try", "self",
        "nonlocal", "none", "true", "false", "async", "await",
    }
)


def openapi_generator_field_name(wire: str) -> str:
    """The name OpenAPI Generator 7.x's python client gives the field `wire` (`date` →
    `var_date`), which code written against such a client passes to a model's constructor."""
    result = _identifier(wire)
    if result in OPENAPI_GENERATOR_7_RESERVED or result[0].isdigit():
        result = "var_" + result
    return _shorten(result, wire)


def _identifier(name: str) -> str:
    """snake_case made of identifier characters, never empty."""
    cleaned = sanitize(name)
    if cleaned.isupper():
        cleaned = cleaned.lower()
    result = underscore(cleaned)
    result = re.sub(r"_+", "_", result)
    if result != "_":
        result = result.strip("_") or "_"
    if not result or result == "_":
        result = "var_" + _hex(name)
    return result


# Comparison operators that end query parameter names (`StartTime<`, `StartTime>=`): spelled out,
# so each filter gets its own readable argument.
_OPERATORS = (("<=", "_on_or_before"), (">=", "_on_or_after"), ("!=", "_not"), ("<", "_before"),
              (">", "_after"), ("=", ""))


def parameter_name(wire: str) -> str:
    """A parameter's Python name: `StartTime<` → `start_time_before`; `callback` →
    `param_callback` and reserved words → `var_from`, as OpenAPI Generator names them. Unlike a
    field, a parameter may be called `object` or `list`: it shadows nothing."""
    for operator, words in _OPERATORS:
        if wire.endswith(operator) and wire[: -len(operator)].strip(" <>=!"):
            return parameter_name(wire[: -len(operator)] + words)
    name = _identifier(wire)
    if name == "callback":
        return "param_callback"
    return _shorten("var_" + name if name in RESERVED or name[0].isdigit() else name, wire)


def method_name(operation_id: str) -> str:
    """An operation's method name from its operationId."""
    result = snake_identifier(operation_id)
    return result


def operation_id_from_path(path: str, http_method: str) -> str:
    """OpenAPI Generator's fallback when a spec has no operationId: path words + method."""
    words = [w for w in re.split(r"[/{}]+", path) if w]
    return camelize("_".join(sanitize(w) for w in words + [http_method.lower()]))


def class_name(name: str) -> str:
    """A model or enum class name: PascalCase, `Model` prefix when it starts with a digit."""
    result = camelize(sanitize(name))
    if not result:
        result = "Model" + _hex(name)
    if result[0].isdigit():
        result = "Model" + result
    if keyword.iskeyword(result.lower()) or result in RESERVED_CLASS_NAMES:
        result = "Model" + result
    return _shorten(result, name)


def api_class_name(tag: str) -> str:
    """`pets` → `PetsApi`; a tag that starts with a digit (`1-Click Apps`) → `Tag1ClickAppsApi`."""
    words = camelize(sanitize(tag))
    if not words:
        return "DefaultApi"
    return ("Tag" if words[0].isdigit() else "") + words + "Api"


def module_name(class_or_tag: str) -> str:
    """File name (no suffix) for a class: `IntervalBulkCreate` → `interval_bulk_create`."""
    return re.sub(r"_+", "_", underscore(class_or_tag)).strip("_")


# OpenAPI Generator's names for the characters an enum value may hold (DefaultCodegen).
_SPECIAL_CHARACTERS = {
    "$": "Dollar", "^": "Caret", "|": "Pipe", "=": "Equal", "*": "Star", "-": "Minus", "&": "Ampersand",
    "%": "Percent", "#": "Hash", "@": "At", "!": "Exclamation", "+": "Plus", ":": "Colon", ";": "Semicolon",
    ">": "Greater_Than", "<": "Less_Than", "?": "Question_Mark", ",": "Comma", "'": "Quote",
    '"': "Double_Quote", "/": "Slash", "\\": "Back_Slash", "(": "Left_Parenthesis", ")": "Right_Parenthesis",
    "{": "Left_Curly_Bracket", "}": "Right_Curly_Bracket", "[": "Left_Square_Bracket",
    "]": "Right_Square_Bracket", "~": "Tilde", "`": "Backtick",
}
_WHOLE_VALUES = {"": "EMPTY", " ": "SPACE", "_": "UNDERSCORE"}


def enum_member_name(value: object) -> str:
    """An enum member's name, as OpenAPI Generator names it: `-efg` → `MINUS_EFG`,
    `in progress` → `IN_PROGRESS`, `1st` → `ENUM_1ST`, 3.5 → `NUMBER_3_DOT_5`, '' → `EMPTY`."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        text = str(value).replace("-", "MINUS_").replace(".", "_DOT_")
        return "NUMBER_" + text.upper()
    text = str(value)
    if text in _WHOLE_VALUES:
        return _WHOLE_VALUES[text]
    text = _ascii(text).replace(".", "_DOT_")
    if any(char in _SPECIAL_CHARACTERS or not (char.isalnum() or char in "_ ") for char in text):
        escaped = "".join(f"_{_SPECIAL_CHARACTERS.get(char, '')}_" if char in _SPECIAL_CHARACTERS
                          or not (char.isalnum() or char in "_ ") else char for char in text)
        text = underscore(re.sub(r"_+", "_", escaped))
    name = text.upper().replace(" ", "_")
    name = name.removeprefix("_").removesuffix("_")
    # Enum reserves `_sunder_` names: no member may start with an underscore.
    name = re.sub(r"[^0-9A-Za-z_]", "_", name).lstrip("_") or "VALUE_" + _hex(str(value))
    if name[0].isdigit():
        name = "ENUM_" + name
    if keyword.iskeyword(name):
        name = "VAR_" + name
    return _shorten(name, str(value))


def inline_name(*parts: str) -> str:
    """Name of an inline schema from where it stands, e.g. ("V2IntervalsDeletePost", "200", "Response")."""
    return class_name("_".join(parts))


def _hex(text: str) -> str:
    return text.encode("utf-8").hex()[:16] or "empty"


def _shorten(identifier: str, original: str) -> str:
    """Keep identifiers readable: a 300-character name becomes a prefix plus a stable hash."""
    if len(identifier) <= MAX_IDENTIFIER:
        return identifier
    import hashlib

    digest = hashlib.sha1(original.encode("utf-8")).hexdigest()[:8]
    return f"{identifier[: MAX_IDENTIFIER - 9]}_{digest}"
