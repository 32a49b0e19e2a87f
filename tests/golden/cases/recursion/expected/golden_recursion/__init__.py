"""Recursion: a typed Python client.

Names are imported on first use (PEP 562), so `import golden_recursion` stays fast however large the API is.
"""

from __future__ import annotations

# Private names only: every public name of this module is one the package exports (a model may be
# called `Any`).
from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "ApiClient": "golden_recursion.api_client",
    "ApiResponse": "golden_recursion.api_response",
    "AsyncApiClient": "golden_recursion.async_api_client",
    "Configuration": "golden_recursion.configuration",
    "ApiAttributeError": "golden_recursion.exceptions",
    "ApiDecodeError": "golden_recursion.exceptions",
    "ApiException": "golden_recursion.exceptions",
    "ApiKeyError": "golden_recursion.exceptions",
    "ApiTypeError": "golden_recursion.exceptions",
    "ApiValueError": "golden_recursion.exceptions",
    "OpenApiException": "golden_recursion.exceptions",
    "ApiResponseTooLarge": "golden_recursion.exceptions",
    "BadRequestException": "golden_recursion.exceptions",
    "UnauthorizedException": "golden_recursion.exceptions",
    "ForbiddenException": "golden_recursion.exceptions",
    "NotFoundException": "golden_recursion.exceptions",
    "ConflictException": "golden_recursion.exceptions",
    "UnprocessableEntityException": "golden_recursion.exceptions",
    "ServiceException": "golden_recursion.exceptions",
    "ServerSentEvent": "golden_recursion._stream",
    "Stream": "golden_recursion._stream",
    "AsyncStream": "golden_recursion._stream",
    "Pages": "golden_recursion._pages",
    "AsyncPages": "golden_recursion._pages",
    "DefaultApi": "golden_recursion.api.default_api",
    "AsyncDefaultApi": "golden_recursion.api.default_api",
    "Node": "golden_recursion.models.node",
    "Person": "golden_recursion.models.person",
    "Ring000": "golden_recursion.models.ring000",
    "Ring001": "golden_recursion.models.ring001",
    "Ring002": "golden_recursion.models.ring002",
    "Ring003": "golden_recursion.models.ring003",
    "Ring004": "golden_recursion.models.ring004",
    "Ring005": "golden_recursion.models.ring005",
    "Ring006": "golden_recursion.models.ring006",
    "Ring007": "golden_recursion.models.ring007",
    "Ring008": "golden_recursion.models.ring008",
    "Ring009": "golden_recursion.models.ring009",
    "Ring010": "golden_recursion.models.ring010",
    "Ring011": "golden_recursion.models.ring011",
    "Ring012": "golden_recursion.models.ring012",
    "Ring013": "golden_recursion.models.ring013",
    "Ring014": "golden_recursion.models.ring014",
    "Ring015": "golden_recursion.models.ring015",
    "Ring016": "golden_recursion.models.ring016",
    "Ring017": "golden_recursion.models.ring017",
    "Ring018": "golden_recursion.models.ring018",
    "Ring019": "golden_recursion.models.ring019",
    "Ring020": "golden_recursion.models.ring020",
    "Ring021": "golden_recursion.models.ring021",
    "Ring022": "golden_recursion.models.ring022",
    "Ring023": "golden_recursion.models.ring023",
    "Ring024": "golden_recursion.models.ring024",
    "Ring025": "golden_recursion.models.ring025",
    "Ring026": "golden_recursion.models.ring026",
    "Ring027": "golden_recursion.models.ring027",
    "Ring028": "golden_recursion.models.ring028",
    "Ring029": "golden_recursion.models.ring029",
    "Ring030": "golden_recursion.models.ring030",
    "Ring031": "golden_recursion.models.ring031",
    "Ring032": "golden_recursion.models.ring032",
    "Ring033": "golden_recursion.models.ring033",
    "Ring034": "golden_recursion.models.ring034",
    "Ring035": "golden_recursion.models.ring035",
    "Ring036": "golden_recursion.models.ring036",
    "Ring037": "golden_recursion.models.ring037",
    "Ring038": "golden_recursion.models.ring038",
    "Ring039": "golden_recursion.models.ring039",
    "Ring040": "golden_recursion.models.ring040",
    "Ring041": "golden_recursion.models.ring041",
    "Ring042": "golden_recursion.models.ring042",
    "Ring043": "golden_recursion.models.ring043",
    "Ring044": "golden_recursion.models.ring044",
    "Ring045": "golden_recursion.models.ring045",
    "Ring046": "golden_recursion.models.ring046",
    "Ring047": "golden_recursion.models.ring047",
    "Ring048": "golden_recursion.models.ring048",
    "Ring049": "golden_recursion.models.ring049",
    "Ring050": "golden_recursion.models.ring050",
    "Ring051": "golden_recursion.models.ring051",
    "Ring052": "golden_recursion.models.ring052",
    "Ring053": "golden_recursion.models.ring053",
    "Ring054": "golden_recursion.models.ring054",
    "Ring055": "golden_recursion.models.ring055",
    "Ring056": "golden_recursion.models.ring056",
    "Ring057": "golden_recursion.models.ring057",
    "Ring058": "golden_recursion.models.ring058",
    "Ring059": "golden_recursion.models.ring059",
    "Ring060": "golden_recursion.models.ring060",
    "Ring061": "golden_recursion.models.ring061",
    "Ring062": "golden_recursion.models.ring062",
    "Ring063": "golden_recursion.models.ring063",
    "Ring064": "golden_recursion.models.ring064",
    "Ring065": "golden_recursion.models.ring065",
    "Ring066": "golden_recursion.models.ring066",
    "Ring067": "golden_recursion.models.ring067",
    "Ring068": "golden_recursion.models.ring068",
    "Ring069": "golden_recursion.models.ring069",
    "Ring070": "golden_recursion.models.ring070",
    "Ring071": "golden_recursion.models.ring071",
    "Ring072": "golden_recursion.models.ring072",
    "Ring073": "golden_recursion.models.ring073",
    "Ring074": "golden_recursion.models.ring074",
    "Ring075": "golden_recursion.models.ring075",
    "Ring076": "golden_recursion.models.ring076",
    "Ring077": "golden_recursion.models.ring077",
    "Ring078": "golden_recursion.models.ring078",
    "Ring079": "golden_recursion.models.ring079",
    "Ring080": "golden_recursion.models.ring080",
    "Ring081": "golden_recursion.models.ring081",
    "Ring082": "golden_recursion.models.ring082",
    "Ring083": "golden_recursion.models.ring083",
    "Ring084": "golden_recursion.models.ring084",
    "Ring085": "golden_recursion.models.ring085",
    "Ring086": "golden_recursion.models.ring086",
    "Ring087": "golden_recursion.models.ring087",
    "Ring088": "golden_recursion.models.ring088",
    "Ring089": "golden_recursion.models.ring089",
    "Ring090": "golden_recursion.models.ring090",
    "Ring091": "golden_recursion.models.ring091",
    "Ring092": "golden_recursion.models.ring092",
    "Ring093": "golden_recursion.models.ring093",
    "Ring094": "golden_recursion.models.ring094",
    "Ring095": "golden_recursion.models.ring095",
    "Ring096": "golden_recursion.models.ring096",
    "Ring097": "golden_recursion.models.ring097",
    "Ring098": "golden_recursion.models.ring098",
    "Ring099": "golden_recursion.models.ring099",
    "Ring100": "golden_recursion.models.ring100",
    "Ring101": "golden_recursion.models.ring101",
    "Ring102": "golden_recursion.models.ring102",
    "Ring103": "golden_recursion.models.ring103",
    "Ring104": "golden_recursion.models.ring104",
    "Ring105": "golden_recursion.models.ring105",
    "Ring106": "golden_recursion.models.ring106",
    "Ring107": "golden_recursion.models.ring107",
    "Ring108": "golden_recursion.models.ring108",
    "Ring109": "golden_recursion.models.ring109",
    "Ring110": "golden_recursion.models.ring110",
    "Ring111": "golden_recursion.models.ring111",
    "Ring112": "golden_recursion.models.ring112",
    "Ring113": "golden_recursion.models.ring113",
    "Ring114": "golden_recursion.models.ring114",
    "Ring115": "golden_recursion.models.ring115",
    "Ring116": "golden_recursion.models.ring116",
    "Ring117": "golden_recursion.models.ring117",
    "Ring118": "golden_recursion.models.ring118",
    "Ring119": "golden_recursion.models.ring119",
    "Ring120": "golden_recursion.models.ring120",
    "Ring121": "golden_recursion.models.ring121",
    "Ring122": "golden_recursion.models.ring122",
    "Ring123": "golden_recursion.models.ring123",
    "Ring124": "golden_recursion.models.ring124",
    "Ring125": "golden_recursion.models.ring125",
    "Ring126": "golden_recursion.models.ring126",
    "Ring127": "golden_recursion.models.ring127",
    "Ring128": "golden_recursion.models.ring128",
    "Ring129": "golden_recursion.models.ring129",
    "Ring130": "golden_recursion.models.ring130",
    "Ring131": "golden_recursion.models.ring131",
    "Ring132": "golden_recursion.models.ring132",
    "Ring133": "golden_recursion.models.ring133",
    "Ring134": "golden_recursion.models.ring134",
    "Ring135": "golden_recursion.models.ring135",
    "Ring136": "golden_recursion.models.ring136",
    "Ring137": "golden_recursion.models.ring137",
    "Ring138": "golden_recursion.models.ring138",
    "Ring139": "golden_recursion.models.ring139",
    "Ring140": "golden_recursion.models.ring140",
    "Ring141": "golden_recursion.models.ring141",
    "Ring142": "golden_recursion.models.ring142",
    "Ring143": "golden_recursion.models.ring143",
    "Ring144": "golden_recursion.models.ring144",
    "Ring145": "golden_recursion.models.ring145",
    "Ring146": "golden_recursion.models.ring146",
    "Ring147": "golden_recursion.models.ring147",
    "Ring148": "golden_recursion.models.ring148",
    "Ring149": "golden_recursion.models.ring149",
    "Ring150": "golden_recursion.models.ring150",
    "Ring151": "golden_recursion.models.ring151",
    "Ring152": "golden_recursion.models.ring152",
    "Ring153": "golden_recursion.models.ring153",
    "Ring154": "golden_recursion.models.ring154",
    "Ring155": "golden_recursion.models.ring155",
    "Ring156": "golden_recursion.models.ring156",
    "Ring157": "golden_recursion.models.ring157",
    "Ring158": "golden_recursion.models.ring158",
    "Ring159": "golden_recursion.models.ring159",
    "Ring160": "golden_recursion.models.ring160",
    "Ring161": "golden_recursion.models.ring161",
    "Ring162": "golden_recursion.models.ring162",
    "Ring163": "golden_recursion.models.ring163",
    "Ring164": "golden_recursion.models.ring164",
    "Ring165": "golden_recursion.models.ring165",
    "Ring166": "golden_recursion.models.ring166",
    "Ring167": "golden_recursion.models.ring167",
    "Ring168": "golden_recursion.models.ring168",
    "Ring169": "golden_recursion.models.ring169",
    "Ring170": "golden_recursion.models.ring170",
    "Ring171": "golden_recursion.models.ring171",
    "Ring172": "golden_recursion.models.ring172",
    "Ring173": "golden_recursion.models.ring173",
    "Ring174": "golden_recursion.models.ring174",
    "Ring175": "golden_recursion.models.ring175",
    "Ring176": "golden_recursion.models.ring176",
    "Ring177": "golden_recursion.models.ring177",
    "Ring178": "golden_recursion.models.ring178",
    "Ring179": "golden_recursion.models.ring179",
    "Ring180": "golden_recursion.models.ring180",
    "Ring181": "golden_recursion.models.ring181",
    "Ring182": "golden_recursion.models.ring182",
    "Ring183": "golden_recursion.models.ring183",
    "Ring184": "golden_recursion.models.ring184",
    "Ring185": "golden_recursion.models.ring185",
    "Ring186": "golden_recursion.models.ring186",
    "Ring187": "golden_recursion.models.ring187",
    "Ring188": "golden_recursion.models.ring188",
    "Ring189": "golden_recursion.models.ring189",
    "Ring190": "golden_recursion.models.ring190",
    "Ring191": "golden_recursion.models.ring191",
    "Ring192": "golden_recursion.models.ring192",
    "Ring193": "golden_recursion.models.ring193",
    "Ring194": "golden_recursion.models.ring194",
    "Ring195": "golden_recursion.models.ring195",
    "Ring196": "golden_recursion.models.ring196",
    "Ring197": "golden_recursion.models.ring197",
    "Ring198": "golden_recursion.models.ring198",
    "Ring199": "golden_recursion.models.ring199",
}

__all__ = [
    "ApiAttributeError",
    "ApiClient",
    "ApiDecodeError",
    "ApiException",
    "ApiKeyError",
    "ApiResponse",
    "ApiResponseTooLarge",
    "ApiTypeError",
    "ApiValueError",
    "AsyncApiClient",
    "AsyncDefaultApi",
    "AsyncPages",
    "AsyncStream",
    "BadRequestException",
    "Configuration",
    "ConflictException",
    "DefaultApi",
    "ForbiddenException",
    "Node",
    "NotFoundException",
    "OpenApiException",
    "Pages",
    "Person",
    "Ring000",
    "Ring001",
    "Ring002",
    "Ring003",
    "Ring004",
    "Ring005",
    "Ring006",
    "Ring007",
    "Ring008",
    "Ring009",
    "Ring010",
    "Ring011",
    "Ring012",
    "Ring013",
    "Ring014",
    "Ring015",
    "Ring016",
    "Ring017",
    "Ring018",
    "Ring019",
    "Ring020",
    "Ring021",
    "Ring022",
    "Ring023",
    "Ring024",
    "Ring025",
    "Ring026",
    "Ring027",
    "Ring028",
    "Ring029",
    "Ring030",
    "Ring031",
    "Ring032",
    "Ring033",
    "Ring034",
    "Ring035",
    "Ring036",
    "Ring037",
    "Ring038",
    "Ring039",
    "Ring040",
    "Ring041",
    "Ring042",
    "Ring043",
    "Ring044",
    "Ring045",
    "Ring046",
    "Ring047",
    "Ring048",
    "Ring049",
    "Ring050",
    "Ring051",
    "Ring052",
    "Ring053",
    "Ring054",
    "Ring055",
    "Ring056",
    "Ring057",
    "Ring058",
    "Ring059",
    "Ring060",
    "Ring061",
    "Ring062",
    "Ring063",
    "Ring064",
    "Ring065",
    "Ring066",
    "Ring067",
    "Ring068",
    "Ring069",
    "Ring070",
    "Ring071",
    "Ring072",
    "Ring073",
    "Ring074",
    "Ring075",
    "Ring076",
    "Ring077",
    "Ring078",
    "Ring079",
    "Ring080",
    "Ring081",
    "Ring082",
    "Ring083",
    "Ring084",
    "Ring085",
    "Ring086",
    "Ring087",
    "Ring088",
    "Ring089",
    "Ring090",
    "Ring091",
    "Ring092",
    "Ring093",
    "Ring094",
    "Ring095",
    "Ring096",
    "Ring097",
    "Ring098",
    "Ring099",
    "Ring100",
    "Ring101",
    "Ring102",
    "Ring103",
    "Ring104",
    "Ring105",
    "Ring106",
    "Ring107",
    "Ring108",
    "Ring109",
    "Ring110",
    "Ring111",
    "Ring112",
    "Ring113",
    "Ring114",
    "Ring115",
    "Ring116",
    "Ring117",
    "Ring118",
    "Ring119",
    "Ring120",
    "Ring121",
    "Ring122",
    "Ring123",
    "Ring124",
    "Ring125",
    "Ring126",
    "Ring127",
    "Ring128",
    "Ring129",
    "Ring130",
    "Ring131",
    "Ring132",
    "Ring133",
    "Ring134",
    "Ring135",
    "Ring136",
    "Ring137",
    "Ring138",
    "Ring139",
    "Ring140",
    "Ring141",
    "Ring142",
    "Ring143",
    "Ring144",
    "Ring145",
    "Ring146",
    "Ring147",
    "Ring148",
    "Ring149",
    "Ring150",
    "Ring151",
    "Ring152",
    "Ring153",
    "Ring154",
    "Ring155",
    "Ring156",
    "Ring157",
    "Ring158",
    "Ring159",
    "Ring160",
    "Ring161",
    "Ring162",
    "Ring163",
    "Ring164",
    "Ring165",
    "Ring166",
    "Ring167",
    "Ring168",
    "Ring169",
    "Ring170",
    "Ring171",
    "Ring172",
    "Ring173",
    "Ring174",
    "Ring175",
    "Ring176",
    "Ring177",
    "Ring178",
    "Ring179",
    "Ring180",
    "Ring181",
    "Ring182",
    "Ring183",
    "Ring184",
    "Ring185",
    "Ring186",
    "Ring187",
    "Ring188",
    "Ring189",
    "Ring190",
    "Ring191",
    "Ring192",
    "Ring193",
    "Ring194",
    "Ring195",
    "Ring196",
    "Ring197",
    "Ring198",
    "Ring199",
    "ServerSentEvent",
    "ServiceException",
    "Stream",
    "UnauthorizedException",
    "UnprocessableEntityException",
]


def __getattr__(name: str) -> _Any:
    module = _EXPORTS.get(name)
    if module is None:
        try:  # a module of the package (`models.pet`), as `import` would give it
            return _import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"{__name__}.{name}":
                raise
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(_import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


if _TYPE_CHECKING:
    from golden_recursion._pages import AsyncPages as AsyncPages
    from golden_recursion._pages import Pages as Pages
    from golden_recursion._stream import AsyncStream as AsyncStream
    from golden_recursion._stream import ServerSentEvent as ServerSentEvent
    from golden_recursion._stream import Stream as Stream
    from golden_recursion.api.default_api import AsyncDefaultApi as AsyncDefaultApi
    from golden_recursion.api.default_api import DefaultApi as DefaultApi
    from golden_recursion.api_client import ApiClient as ApiClient
    from golden_recursion.api_response import ApiResponse as ApiResponse
    from golden_recursion.async_api_client import AsyncApiClient as AsyncApiClient
    from golden_recursion.configuration import Configuration as Configuration
    from golden_recursion.exceptions import ApiAttributeError as ApiAttributeError
    from golden_recursion.exceptions import ApiDecodeError as ApiDecodeError
    from golden_recursion.exceptions import ApiException as ApiException
    from golden_recursion.exceptions import ApiKeyError as ApiKeyError
    from golden_recursion.exceptions import ApiResponseTooLarge as ApiResponseTooLarge
    from golden_recursion.exceptions import ApiTypeError as ApiTypeError
    from golden_recursion.exceptions import ApiValueError as ApiValueError
    from golden_recursion.exceptions import BadRequestException as BadRequestException
    from golden_recursion.exceptions import ConflictException as ConflictException
    from golden_recursion.exceptions import ForbiddenException as ForbiddenException
    from golden_recursion.exceptions import NotFoundException as NotFoundException
    from golden_recursion.exceptions import OpenApiException as OpenApiException
    from golden_recursion.exceptions import ServiceException as ServiceException
    from golden_recursion.exceptions import UnauthorizedException as UnauthorizedException
    from golden_recursion.exceptions import (
        UnprocessableEntityException as UnprocessableEntityException,
    )
    from golden_recursion.models.node import Node as Node
    from golden_recursion.models.person import Person as Person
    from golden_recursion.models.ring000 import Ring000 as Ring000
    from golden_recursion.models.ring001 import Ring001 as Ring001
    from golden_recursion.models.ring002 import Ring002 as Ring002
    from golden_recursion.models.ring003 import Ring003 as Ring003
    from golden_recursion.models.ring004 import Ring004 as Ring004
    from golden_recursion.models.ring005 import Ring005 as Ring005
    from golden_recursion.models.ring006 import Ring006 as Ring006
    from golden_recursion.models.ring007 import Ring007 as Ring007
    from golden_recursion.models.ring008 import Ring008 as Ring008
    from golden_recursion.models.ring009 import Ring009 as Ring009
    from golden_recursion.models.ring010 import Ring010 as Ring010
    from golden_recursion.models.ring011 import Ring011 as Ring011
    from golden_recursion.models.ring012 import Ring012 as Ring012
    from golden_recursion.models.ring013 import Ring013 as Ring013
    from golden_recursion.models.ring014 import Ring014 as Ring014
    from golden_recursion.models.ring015 import Ring015 as Ring015
    from golden_recursion.models.ring016 import Ring016 as Ring016
    from golden_recursion.models.ring017 import Ring017 as Ring017
    from golden_recursion.models.ring018 import Ring018 as Ring018
    from golden_recursion.models.ring019 import Ring019 as Ring019
    from golden_recursion.models.ring020 import Ring020 as Ring020
    from golden_recursion.models.ring021 import Ring021 as Ring021
    from golden_recursion.models.ring022 import Ring022 as Ring022
    from golden_recursion.models.ring023 import Ring023 as Ring023
    from golden_recursion.models.ring024 import Ring024 as Ring024
    from golden_recursion.models.ring025 import Ring025 as Ring025
    from golden_recursion.models.ring026 import Ring026 as Ring026
    from golden_recursion.models.ring027 import Ring027 as Ring027
    from golden_recursion.models.ring028 import Ring028 as Ring028
    from golden_recursion.models.ring029 import Ring029 as Ring029
    from golden_recursion.models.ring030 import Ring030 as Ring030
    from golden_recursion.models.ring031 import Ring031 as Ring031
    from golden_recursion.models.ring032 import Ring032 as Ring032
    from golden_recursion.models.ring033 import Ring033 as Ring033
    from golden_recursion.models.ring034 import Ring034 as Ring034
    from golden_recursion.models.ring035 import Ring035 as Ring035
    from golden_recursion.models.ring036 import Ring036 as Ring036
    from golden_recursion.models.ring037 import Ring037 as Ring037
    from golden_recursion.models.ring038 import Ring038 as Ring038
    from golden_recursion.models.ring039 import Ring039 as Ring039
    from golden_recursion.models.ring040 import Ring040 as Ring040
    from golden_recursion.models.ring041 import Ring041 as Ring041
    from golden_recursion.models.ring042 import Ring042 as Ring042
    from golden_recursion.models.ring043 import Ring043 as Ring043
    from golden_recursion.models.ring044 import Ring044 as Ring044
    from golden_recursion.models.ring045 import Ring045 as Ring045
    from golden_recursion.models.ring046 import Ring046 as Ring046
    from golden_recursion.models.ring047 import Ring047 as Ring047
    from golden_recursion.models.ring048 import Ring048 as Ring048
    from golden_recursion.models.ring049 import Ring049 as Ring049
    from golden_recursion.models.ring050 import Ring050 as Ring050
    from golden_recursion.models.ring051 import Ring051 as Ring051
    from golden_recursion.models.ring052 import Ring052 as Ring052
    from golden_recursion.models.ring053 import Ring053 as Ring053
    from golden_recursion.models.ring054 import Ring054 as Ring054
    from golden_recursion.models.ring055 import Ring055 as Ring055
    from golden_recursion.models.ring056 import Ring056 as Ring056
    from golden_recursion.models.ring057 import Ring057 as Ring057
    from golden_recursion.models.ring058 import Ring058 as Ring058
    from golden_recursion.models.ring059 import Ring059 as Ring059
    from golden_recursion.models.ring060 import Ring060 as Ring060
    from golden_recursion.models.ring061 import Ring061 as Ring061
    from golden_recursion.models.ring062 import Ring062 as Ring062
    from golden_recursion.models.ring063 import Ring063 as Ring063
    from golden_recursion.models.ring064 import Ring064 as Ring064
    from golden_recursion.models.ring065 import Ring065 as Ring065
    from golden_recursion.models.ring066 import Ring066 as Ring066
    from golden_recursion.models.ring067 import Ring067 as Ring067
    from golden_recursion.models.ring068 import Ring068 as Ring068
    from golden_recursion.models.ring069 import Ring069 as Ring069
    from golden_recursion.models.ring070 import Ring070 as Ring070
    from golden_recursion.models.ring071 import Ring071 as Ring071
    from golden_recursion.models.ring072 import Ring072 as Ring072
    from golden_recursion.models.ring073 import Ring073 as Ring073
    from golden_recursion.models.ring074 import Ring074 as Ring074
    from golden_recursion.models.ring075 import Ring075 as Ring075
    from golden_recursion.models.ring076 import Ring076 as Ring076
    from golden_recursion.models.ring077 import Ring077 as Ring077
    from golden_recursion.models.ring078 import Ring078 as Ring078
    from golden_recursion.models.ring079 import Ring079 as Ring079
    from golden_recursion.models.ring080 import Ring080 as Ring080
    from golden_recursion.models.ring081 import Ring081 as Ring081
    from golden_recursion.models.ring082 import Ring082 as Ring082
    from golden_recursion.models.ring083 import Ring083 as Ring083
    from golden_recursion.models.ring084 import Ring084 as Ring084
    from golden_recursion.models.ring085 import Ring085 as Ring085
    from golden_recursion.models.ring086 import Ring086 as Ring086
    from golden_recursion.models.ring087 import Ring087 as Ring087
    from golden_recursion.models.ring088 import Ring088 as Ring088
    from golden_recursion.models.ring089 import Ring089 as Ring089
    from golden_recursion.models.ring090 import Ring090 as Ring090
    from golden_recursion.models.ring091 import Ring091 as Ring091
    from golden_recursion.models.ring092 import Ring092 as Ring092
    from golden_recursion.models.ring093 import Ring093 as Ring093
    from golden_recursion.models.ring094 import Ring094 as Ring094
    from golden_recursion.models.ring095 import Ring095 as Ring095
    from golden_recursion.models.ring096 import Ring096 as Ring096
    from golden_recursion.models.ring097 import Ring097 as Ring097
    from golden_recursion.models.ring098 import Ring098 as Ring098
    from golden_recursion.models.ring099 import Ring099 as Ring099
    from golden_recursion.models.ring100 import Ring100 as Ring100
    from golden_recursion.models.ring101 import Ring101 as Ring101
    from golden_recursion.models.ring102 import Ring102 as Ring102
    from golden_recursion.models.ring103 import Ring103 as Ring103
    from golden_recursion.models.ring104 import Ring104 as Ring104
    from golden_recursion.models.ring105 import Ring105 as Ring105
    from golden_recursion.models.ring106 import Ring106 as Ring106
    from golden_recursion.models.ring107 import Ring107 as Ring107
    from golden_recursion.models.ring108 import Ring108 as Ring108
    from golden_recursion.models.ring109 import Ring109 as Ring109
    from golden_recursion.models.ring110 import Ring110 as Ring110
    from golden_recursion.models.ring111 import Ring111 as Ring111
    from golden_recursion.models.ring112 import Ring112 as Ring112
    from golden_recursion.models.ring113 import Ring113 as Ring113
    from golden_recursion.models.ring114 import Ring114 as Ring114
    from golden_recursion.models.ring115 import Ring115 as Ring115
    from golden_recursion.models.ring116 import Ring116 as Ring116
    from golden_recursion.models.ring117 import Ring117 as Ring117
    from golden_recursion.models.ring118 import Ring118 as Ring118
    from golden_recursion.models.ring119 import Ring119 as Ring119
    from golden_recursion.models.ring120 import Ring120 as Ring120
    from golden_recursion.models.ring121 import Ring121 as Ring121
    from golden_recursion.models.ring122 import Ring122 as Ring122
    from golden_recursion.models.ring123 import Ring123 as Ring123
    from golden_recursion.models.ring124 import Ring124 as Ring124
    from golden_recursion.models.ring125 import Ring125 as Ring125
    from golden_recursion.models.ring126 import Ring126 as Ring126
    from golden_recursion.models.ring127 import Ring127 as Ring127
    from golden_recursion.models.ring128 import Ring128 as Ring128
    from golden_recursion.models.ring129 import Ring129 as Ring129
    from golden_recursion.models.ring130 import Ring130 as Ring130
    from golden_recursion.models.ring131 import Ring131 as Ring131
    from golden_recursion.models.ring132 import Ring132 as Ring132
    from golden_recursion.models.ring133 import Ring133 as Ring133
    from golden_recursion.models.ring134 import Ring134 as Ring134
    from golden_recursion.models.ring135 import Ring135 as Ring135
    from golden_recursion.models.ring136 import Ring136 as Ring136
    from golden_recursion.models.ring137 import Ring137 as Ring137
    from golden_recursion.models.ring138 import Ring138 as Ring138
    from golden_recursion.models.ring139 import Ring139 as Ring139
    from golden_recursion.models.ring140 import Ring140 as Ring140
    from golden_recursion.models.ring141 import Ring141 as Ring141
    from golden_recursion.models.ring142 import Ring142 as Ring142
    from golden_recursion.models.ring143 import Ring143 as Ring143
    from golden_recursion.models.ring144 import Ring144 as Ring144
    from golden_recursion.models.ring145 import Ring145 as Ring145
    from golden_recursion.models.ring146 import Ring146 as Ring146
    from golden_recursion.models.ring147 import Ring147 as Ring147
    from golden_recursion.models.ring148 import Ring148 as Ring148
    from golden_recursion.models.ring149 import Ring149 as Ring149
    from golden_recursion.models.ring150 import Ring150 as Ring150
    from golden_recursion.models.ring151 import Ring151 as Ring151
    from golden_recursion.models.ring152 import Ring152 as Ring152
    from golden_recursion.models.ring153 import Ring153 as Ring153
    from golden_recursion.models.ring154 import Ring154 as Ring154
    from golden_recursion.models.ring155 import Ring155 as Ring155
    from golden_recursion.models.ring156 import Ring156 as Ring156
    from golden_recursion.models.ring157 import Ring157 as Ring157
    from golden_recursion.models.ring158 import Ring158 as Ring158
    from golden_recursion.models.ring159 import Ring159 as Ring159
    from golden_recursion.models.ring160 import Ring160 as Ring160
    from golden_recursion.models.ring161 import Ring161 as Ring161
    from golden_recursion.models.ring162 import Ring162 as Ring162
    from golden_recursion.models.ring163 import Ring163 as Ring163
    from golden_recursion.models.ring164 import Ring164 as Ring164
    from golden_recursion.models.ring165 import Ring165 as Ring165
    from golden_recursion.models.ring166 import Ring166 as Ring166
    from golden_recursion.models.ring167 import Ring167 as Ring167
    from golden_recursion.models.ring168 import Ring168 as Ring168
    from golden_recursion.models.ring169 import Ring169 as Ring169
    from golden_recursion.models.ring170 import Ring170 as Ring170
    from golden_recursion.models.ring171 import Ring171 as Ring171
    from golden_recursion.models.ring172 import Ring172 as Ring172
    from golden_recursion.models.ring173 import Ring173 as Ring173
    from golden_recursion.models.ring174 import Ring174 as Ring174
    from golden_recursion.models.ring175 import Ring175 as Ring175
    from golden_recursion.models.ring176 import Ring176 as Ring176
    from golden_recursion.models.ring177 import Ring177 as Ring177
    from golden_recursion.models.ring178 import Ring178 as Ring178
    from golden_recursion.models.ring179 import Ring179 as Ring179
    from golden_recursion.models.ring180 import Ring180 as Ring180
    from golden_recursion.models.ring181 import Ring181 as Ring181
    from golden_recursion.models.ring182 import Ring182 as Ring182
    from golden_recursion.models.ring183 import Ring183 as Ring183
    from golden_recursion.models.ring184 import Ring184 as Ring184
    from golden_recursion.models.ring185 import Ring185 as Ring185
    from golden_recursion.models.ring186 import Ring186 as Ring186
    from golden_recursion.models.ring187 import Ring187 as Ring187
    from golden_recursion.models.ring188 import Ring188 as Ring188
    from golden_recursion.models.ring189 import Ring189 as Ring189
    from golden_recursion.models.ring190 import Ring190 as Ring190
    from golden_recursion.models.ring191 import Ring191 as Ring191
    from golden_recursion.models.ring192 import Ring192 as Ring192
    from golden_recursion.models.ring193 import Ring193 as Ring193
    from golden_recursion.models.ring194 import Ring194 as Ring194
    from golden_recursion.models.ring195 import Ring195 as Ring195
    from golden_recursion.models.ring196 import Ring196 as Ring196
    from golden_recursion.models.ring197 import Ring197 as Ring197
    from golden_recursion.models.ring198 import Ring198 as Ring198
    from golden_recursion.models.ring199 import Ring199 as Ring199
