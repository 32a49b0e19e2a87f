"""How many connections the mock serves at once, and which one gives way when that many are open.

Each connection has a thread (wsgiref's handlers block), so the count of open connections bounds
the threads. At the limit a new connection makes room by closing the open connection that has
waited longest for its client to finish sending its request (headers or body): idle and
dripping clients are dropped first, and a client that sends its request at once is served. If
every open connection has sent its request (all are being answered: long streams, say), the
oldest of them is closed: a new client is always served. A dropped connection's thread ends
within moments (its socket is shut down), so there are never more than twice `max_connections`
threads.
"""

from __future__ import annotations

import socket
import socketserver
import threading
from collections import OrderedDict
from typing import Any

MAX_CONNECTIONS = 64


class ConnectionLimit(socketserver.ThreadingMixIn):
    """A ThreadingMixIn with at most `max_connections` connections open."""

    max_connections = MAX_CONNECTIONS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._limit_lock = threading.Lock()
        self._open: OrderedDict[Any, None] = OrderedDict()  # oldest first
        self._receiving: OrderedDict[Any, None] = OrderedDict()  # oldest first
        self.dropped = 0  # connections closed to make room
        super().__init__(*args, **kwargs)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._limit_lock:
            if len(self._open) >= max(self.max_connections, 1):
                victim = next(iter(self._receiving or self._open))
                self._receiving.pop(victim, None)
                del self._open[victim]  # its thread is ending; it no longer counts
                self.dropped += 1
                _cut(victim)
            self._open[request] = None
            self._receiving[request] = None
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._limit_lock:
                self._open.pop(request, None)
                self._receiving.pop(request, None)

    def received(self, request: Any) -> None:
        """The client has sent its whole request: its connection is no longer dropped first."""
        with self._limit_lock:
            self._receiving.pop(request, None)


def _cut(connection: socket.socket) -> None:
    """Wake the thread blocked reading from this connection: its read ends, it closes."""
    try:
        connection.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
