"""The SHA-256 of a file being copied, computed beside the copy instead of after each
chunk.

Hashing 100 MB takes ~60 ms, reading and writing them ~30 ms; one after the other per
chunk, a large document took the sum. OpenSSL's update lets other threads run while it
hashes a chunk, so a second thread hashes chunk n while the caller reads and writes
chunk n + 1: a 100 MB document is stored in about the time of the hashing alone. The
chunks are the same bytes objects the caller writes, handed over in order, so the digest
is that of exactly what was written.

A small file (one chunk) is hashed where it is read: starting a thread would cost more
than it saves, and an archive brings thousands of small documents.
"""

import queue
import threading
from types import TracebackType

_AHEAD = 4  # chunks waiting for the hasher at most (the memory this can hold: 4 chunks)


class StreamedDigest:
    """update() each chunk in order, then hexdigest(); use as a context manager so that
    a copy that stops halfway also stops the hasher."""

    def __init__(self, chunk_size: int) -> None:
        # hashlib loads OpenSSL (~5 ms): only once a document is stored or checked, not
        # at every start of the app.
        import hashlib

        self._digest = hashlib.sha256()
        self._chunk_size = chunk_size
        self._queue: queue.Queue[bytes | None] | None = None  # None: the end
        self._thread: threading.Thread | None = None

    def update(self, chunk: bytes) -> None:
        if not chunk:
            return
        if self._queue is None:
            if len(chunk) < self._chunk_size:  # the whole file, or its short last chunk
                self._digest.update(chunk)
                return
            self._start()
        assert self._queue is not None
        self._queue.put(chunk)

    def hexdigest(self) -> str:
        self._stop()
        return self._digest.hexdigest()

    def _start(self) -> None:
        self._queue = queue.Queue(maxsize=_AHEAD)
        self._thread = threading.Thread(target=self._hash, name="overleg-sha256",
                                        daemon=True)
        self._thread.start()

    def _hash(self) -> None:
        assert self._queue is not None
        while (chunk := self._queue.get()) is not None:
            self._digest.update(chunk)

    def _stop(self) -> None:
        if self._thread is not None:
            assert self._queue is not None
            self._queue.put(None)
            self._thread.join()
            self._thread = None

    def __enter__(self) -> "StreamedDigest":
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._stop()
