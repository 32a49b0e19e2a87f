"""Configuration of a generated package: hosts from the spec's servers, with their variables."""

from __future__ import annotations

import subprocess
import sys

from conftest import golden_package

PROBE = """
from golden_basics import Configuration
assert Configuration().host == "https://petstore.example.com/v1", Configuration().host
assert Configuration(server_index=2).host == "https://eu.petstore.example.com/v1"
assert Configuration(server_index=2, server_variables={"region": "us"}).host == "https://us.petstore.example.com/v1"
try:
    Configuration(server_index=2, server_variables={"region": "mars"}).host
except ValueError as error:
    assert "region" in str(error)
else:
    raise AssertionError("a value outside the variable's enum must be refused")
assert Configuration(host="http://127.0.0.1:9/").host == "http://127.0.0.1:9"
print("ok")
"""


def test_hosts_come_from_the_servers_and_their_variables() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=golden_package("basics"), capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
