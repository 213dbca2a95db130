"""One app per workspace: the first start holds a lock file in the data folder and listens on a local
socket; a second start asks the first to bring its window forward and exits (or, if the first cannot
be reached, opens the workspace read-only).

The lock is stale when the process that took it is gone (a crash, a kill): Qt removes it then. The
socket's name is derived from the data folder, so two workspaces (SRDI_DATA_DIR) never meet.
"""

from __future__ import annotations

import hashlib
from functools import partial
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate\n"
ACKNOWLEDGED = b"ok\n"
TIMEOUT_MS = 3000


def server_name(folder: Path) -> str:
    digest = hashlib.sha1(str(Path(folder).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"srdi-self-check-{digest}"


class SingleInstance(QObject):
    """The lock on one data folder and the socket a second start knocks on."""

    activation_requested = Signal()

    def __init__(self, folder: Path, lock_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(folder)
        self.lock = QLockFile(str(lock_file))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self.server: QLocalServer | None = None

    @property
    def held(self) -> bool:
        return self.lock.isLocked()

    def acquire(self) -> bool:
        """Take the lock (removing a stale one) and start listening; False if another app holds it."""
        if not self.lock.tryLock(0):
            return False
        QLocalServer.removeServer(self.name)  # a socket left behind by a crashed first start
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_server_new_connection)
        self.server.listen(self.name)
        return True

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()

    def _on_server_new_connection(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(partial(self._on_socket_ready_read, socket))
            if socket.bytesAvailable():
                self._on_socket_ready_read(socket)

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == ACTIVATE:
            socket.write(ACKNOWLEDGED)
            socket.flush()
            self.activation_requested.emit()
        socket.disconnectFromServer()


def activate_running(folder: Path, timeout_ms: int = TIMEOUT_MS) -> bool:
    """Ask the app already running on `folder` to bring its window forward; True if it answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(ACTIVATE)
    socket.waitForBytesWritten(timeout_ms)
    answered = _wait_for_line(socket, timeout_ms) == ACKNOWLEDGED
    socket.disconnectFromServer()
    return answered


def _wait_for_line(socket: QLocalSocket, timeout_ms: int) -> bytes:
    while not socket.canReadLine():
        if not socket.waitForReadyRead(timeout_ms):
            return b""
    return bytes(socket.readLine().data())
