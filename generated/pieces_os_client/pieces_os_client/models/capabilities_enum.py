"""CapabilitiesEnum: an enumeration of Pieces OS Client Open API."""

from __future__ import annotations

from pieces_os_client._model import ApiEnum


class CapabilitiesEnum(str, ApiEnum):
    """This lets us know what capabilites in relation to ml/ cloud infrastructure you are opting into."""

    UNKNOWN = "UNKNOWN"
    LOCAL = "LOCAL"
    CLOUD = "CLOUD"
    BLENDED = "BLENDED"
