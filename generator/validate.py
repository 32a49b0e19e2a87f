"""openapi-spec-validator's verdict on a spec: in place, or in a forked process for big specs."""

from __future__ import annotations

import multiprocessing
import sys
import threading
from typing import Any

from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

from generator.errors import SpecError, SpecErrors
from generator.load import LoadedSpec, escape_token


class Validation:
    """openapi-spec-validator's verdict on a spec, perhaps still being computed elsewhere."""

    def wait(self) -> None:
        """Return when the spec is valid; raise SpecErrors when it is not."""


class BackgroundValidation(Validation):
    """The validator run in a forked process while the caller builds and renders the package.

    It is the slowest stage for big specs (seconds for a thousand operations); on two cores,
    running it beside the rest of the pipeline nearly halves the wall time.
    """

    def __init__(self, spec: LoadedSpec, version: str) -> None:
        context = multiprocessing.get_context("fork")
        self._receiver, sender = context.Pipe(duplex=False)
        self._process = context.Process(target=_validate_into, args=(spec, version, sender), daemon=True)
        self._process.start()
        sender.close()

    def wait(self) -> None:
        try:
            outcome = self._receiver.recv()
        except EOFError:
            outcome = [("", "", "the spec validator stopped unexpectedly")]
        finally:
            self._process.join()
        if outcome:
            raise SpecErrors([SpecError(*error) for error in outcome])


def _validate_into(spec: LoadedSpec, version: str, sender: Any) -> None:
    try:
        validate_schema(spec, version)
        sender.send(None)
    except SpecErrors as exc:
        sender.send([(e.file, e.where, e.message) for e in exc.errors])


# The validator follows `$ref` chains recursively: a reference cycle through a thousand schemas
# needs a deeper stack than Python's default, so it runs on a thread with room for it.
_VALIDATOR_STACK = 512 * 1024 * 1024
_VALIDATOR_RECURSION = 200_000


def _first_validator_error(spec: LoadedSpec, version: str) -> Any:
    validator_class = OpenAPIV31SpecValidator if version.startswith("3.1") else OpenAPIV30SpecValidator
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["error"] = next(iter(validator_class(spec.document).iter_errors()), None)
        except BaseException as exc:  # noqa: BLE001 -- handed back to the calling thread
            outcome["exception"] = exc

    limit = sys.getrecursionlimit()
    previous_stack = threading.stack_size(_VALIDATOR_STACK)
    sys.setrecursionlimit(max(limit, _VALIDATOR_RECURSION))
    try:
        worker = threading.Thread(target=run, name="apigen-validate")
        worker.start()
        worker.join()
    finally:
        threading.stack_size(previous_stack)
        sys.setrecursionlimit(limit)
    if "exception" in outcome:
        raise outcome["exception"]
    return outcome.get("error")


def validate_schema(spec: LoadedSpec, version: str) -> None:
    try:
        error = _first_validator_error(spec, version)
    except RecursionError:
        raise SpecErrors([spec.error("", "the spec nests too deeply to validate")]) from None
    except Exception as exc:  # noqa: BLE001 -- the validator's own failures: report, never a traceback
        raise SpecErrors([spec.error("", f"invalid OpenAPI document: {exc}")]) from None
    if error is None:
        return
    path = list(getattr(error, "absolute_path", None) or getattr(error, "path", None) or [])
    pointer = "".join(f"/{escape_token(str(p))}" for p in path)
    message = str(getattr(error, "message", error)).splitlines()[0]
    if len(message) > 300:
        message = message[:297] + "..."
    raise SpecErrors([spec.error(pointer, f"invalid OpenAPI {version}: {message}")])
