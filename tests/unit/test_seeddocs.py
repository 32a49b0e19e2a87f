"""The seed-docs parser on small snippets of both formats it must read."""

from __future__ import annotations

from dataclasses import replace

import pytest

from seeddocs import (
    ParamDoc,
    ResponseDoc,
    compare,
    normalize_signature,
    normalize_type,
    parse_api_doc,
    readme_endpoints,
    readme_models,
)

# OpenAPI Generator 7.x, as in oden-IntervalsApi.md (abridged).
DOC_7X = """\
# oden.IntervalsApi

All URIs are relative to *https://api.oden.app*

Method | HTTP request | Description
------------- | ------------- | -------------
[**v2_interval_delete_post**](IntervalsApi.md#v2_interval_delete_post) | **POST** /v2/interval/delete | Delete &amp; forget
[**v2_interval_search_post**](IntervalsApi.md#v2_interval_search_post) | **POST** /v2/interval/search | 


# **v2_interval_delete_post**
> List[Interval]   v2_interval_delete_post(interval, dry_run=dry_run)

Delete an interval.

### Example

```python
# **not_an_operation**
### Parameters
 **bogus** | **str**| inside a code fence | 
```

### Parameters


Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **interval** | [**Interval**](Interval.md)| the interval | 
 **dry_run** | **bool**| only   pretend | [optional] [default to False]

### Return type

[**List[Interval]**](Interval.md)

### HTTP request headers

 - **Content-Type**: application/json
 - **Accept**: application/json, text/plain

### HTTP response details

| Status code | Description | Response headers |
|-------------|-------------|------------------|
**200** | A list containing the deleted interval. |  -  |
**409** | A {match: \\&quot;unique\\&quot;} was requested.  |  -  |

[[Back to top]](#)

# **v2_interval_search_post**
> v2_interval_search_post()

### Parameters
This endpoint does not need any parameter.

### Return type

void (empty response body)

### HTTP request headers

 - **Content-Type**: Not defined
 - **Accept**: Not defined

### HTTP response details

| Status code | Description | Response headers |
|-------------|-------------|------------------|
**204** | No Content |  -  |
"""

# The older swagger-codegen style, as in ubiops-CoreApi.md (abridged).
DOC_OLD = """\
# ubiops.CoreApi

Method | HTTP request | Description
------------- | ------------- | -------------
[**blobs_create**](CoreApi.md#blobs_create) | **POST** /projects/{project_name}/blobs | Upload a blob
[**usage_get**](CoreApi.md#usage_get) | **GET** /usage | Get usage

# **blobs_create**
> list[BlobList] blobs_create(project_name, file, blob_ttl=blob_ttl)

Upload a blob

### Description 
Upload a blob to a project.

### Optional Parameters 
- `blob-ttl`: time to live

#### Response Examples
```
{"id": "b58fb853"}
```

### Example

```python
file = '/path/to/file' # file | 
```

### Parameters

Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **project_name** | **str**|  | 
 **file** | **file**|  | 
 **blob_ttl** | **int**|  | [optional] 

### Return type

[**list[BlobList]**](BlobList.md)

### HTTP request headers

 - **Content-Type**: multipart/form-data
 - **Accept**: application/json

### HTTP response details
| Status code | Description | Response headers |
|-------------|-------------|------------------|
**201** |  |  -  |

# **usage_get**
> dict(str, list[int]) usage_get()

### Return type

**dict(str, list[int])**
"""

README_7X = """\
# oden

## Documentation for API Endpoints

Class | Method | HTTP request | Description
------------ | ------------- | ------------- | -------------
*IntervalsApi* | [**v2_interval_delete_post**](docs/IntervalsApi.md#v2_interval_delete_post) | **POST** /v2/interval/delete | 
*OQLApi* | [**v2_oql_query_post**](docs/OQLApi.md#v2_oql_query_post) | **POST** /v2/oql/query | Run a query


## Documentation For Models

 - [BatchMetadata](docs/BatchMetadata.md)
 - [V2IntervalsDeletePost200Response](docs/V2IntervalsDeletePost200Response.md)


## Documentation For Authorization

 - [NotAModel](docs/NotAModel.md)
"""


def test_7x_class_name_and_operations_outside_code_fences() -> None:
    doc = parse_api_doc(DOC_7X)
    assert doc.class_name == "IntervalsApi"
    assert list(doc.operations) == ["v2_interval_delete_post", "v2_interval_search_post"]


def test_7x_operation_fields() -> None:
    op = parse_api_doc(DOC_7X).operations["v2_interval_delete_post"]
    assert (op.http_method, op.path) == ("POST", "/v2/interval/delete")
    assert op.summary == "Delete & forget"
    assert op.signature == "List[Interval] v2_interval_delete_post(interval, dry_run=dry_run)"
    assert op.return_type == "List[Interval]"
    assert op.parameters == [
        ParamDoc("interval", "Interval", "the interval", True),
        ParamDoc("dry_run", "bool", "only pretend", False),
    ]
    assert op.content_type == ["application/json"]
    assert op.accept == ["application/json", "text/plain"]
    assert op.responses == [
        ResponseDoc("200", "A list containing the deleted interval."),
        ResponseDoc("409", 'A {match: "unique"} was requested.'),
    ]


def test_7x_operation_without_parameters_body_or_headers() -> None:
    op = parse_api_doc(DOC_7X).operations["v2_interval_search_post"]
    assert op.summary == ""
    assert op.signature == "v2_interval_search_post()"
    assert op.return_type == ""
    assert op.parameters == []
    assert (op.content_type, op.accept) == ([], [])
    assert op.responses == [ResponseDoc("204", "No Content")]


def test_old_format_is_normalized_to_7x_spelling() -> None:
    doc = parse_api_doc(DOC_OLD)
    assert doc.class_name == "CoreApi"
    op = doc.operations["blobs_create"]
    assert op.summary == "Upload a blob"
    # the parameter named `file` keeps its name; only types are normalized
    assert op.signature == "List[BlobList] blobs_create(project_name, file, blob_ttl=blob_ttl)"
    assert op.return_type == "List[BlobList]"
    assert [(p.name, p.type, p.required) for p in op.parameters] == [
        ("project_name", "str", True),
        ("file", "bytearray", True),
        ("blob_ttl", "int", False),
    ]
    assert op.content_type == ["multipart/form-data"]
    assert op.responses == [ResponseDoc("201", "")]


def test_old_format_dict_types() -> None:
    op = parse_api_doc(DOC_OLD).operations["usage_get"]
    assert op.signature == "Dict[str, List[int]] usage_get()"
    assert op.return_type == "Dict[str, List[int]]"
    assert (op.http_method, op.path) == ("GET", "/usage")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("list[str]", "List[str]"),
        ("dict(str, int)", "Dict[str, int]"),
        ("dict[str,  list[Foo]]", "Dict[str, List[Foo]]"),
        ("file", "bytearray"),
        ("bytes", "bytearray"),
        ("list[file]", "List[bytearray]"),
        ("object", "object"),
        ("Dict[str, object]", "Dict[str, object]"),
        ("StrictBytes", "StrictBytes"),
        ("Profile", "Profile"),
    ],
)
def test_normalize_type(text: str, expected: str) -> None:
    assert normalize_type(text) == expected


def test_normalize_signature_keeps_argument_names() -> None:
    assert normalize_signature("> file  get_file(file,bytes=bytes )") == (
        "bytearray get_file(file, bytes=bytes)"
    )


def test_readme_endpoints_and_models() -> None:
    assert readme_endpoints(README_7X) == [
        ("IntervalsApi", "v2_interval_delete_post", "POST", "/v2/interval/delete"),
        ("OQLApi", "v2_oql_query_post", "POST", "/v2/oql/query"),
    ]
    assert readme_models(README_7X) == ["BatchMetadata", "V2IntervalsDeletePost200Response"]


def test_compare_ignores_cosmetic_differences_between_formats() -> None:
    doc_7x = """\
Method | HTTP request | Description
------------- | ------------- | -------------
[**blobs_create**](CoreApi.md#blobs_create) | **POST** /projects/{project_name}/blobs | Upload a blob

# **blobs_create**
> List[BlobList] blobs_create(project_name,  file, blob_ttl=blob_ttl)

### Parameters

Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **project_name** | **str**|  | 
 **file** | **bytearray**|  | 
 **blob_ttl** | **int**|  | [optional] 

### Return type

[**List[BlobList]**](BlobList.md)

### HTTP request headers

 - **Content-Type**: multipart/form-data
 - **Accept**: application/json

### HTTP response details

| Status code | Description | Response headers |
|-------------|-------------|------------------|
**201** |  |  -  |
"""
    old = parse_api_doc(DOC_OLD).operations["blobs_create"]
    new = parse_api_doc(doc_7x).operations["blobs_create"]
    assert compare(old, new) == []


def test_compare_reports_each_mismatch() -> None:
    seed = parse_api_doc(DOC_OLD).operations["blobs_create"]
    ours = replace(
        seed,
        parameters=[seed.parameters[0], replace(seed.parameters[1], type="str")],
        accept=["application/json", "text/plain"],
        responses=[ResponseDoc("201", "Created"), ResponseDoc("400", "")],
    )
    assert compare(seed, ours) == [
        "blobs_create: accept ['application/json'] != ['application/json', 'text/plain']",
        "blobs_create: 3 parameters != 2",
        "blobs_create: parameter 2 'file': type 'bytearray' != 'str'",
        "blobs_create: missing parameter 'blob_ttl'",
        "blobs_create: response 201: description '' != 'Created'",
        "blobs_create: response 400 extra",
    ]


def test_compare_reports_response_order() -> None:
    seed = parse_api_doc(DOC_7X).operations["v2_interval_delete_post"]
    ours = replace(seed, responses=list(reversed(seed.responses)))
    assert compare(seed, ours) == [
        "v2_interval_delete_post: response order ['200', '409'] != ['409', '200']"
    ]
