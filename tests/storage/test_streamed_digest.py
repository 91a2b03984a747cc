"""The document store hashes a large file beside its copy (storage/streamed_digest.py):
the digest must be that of exactly the bytes written, in every way a stream can arrive."""

import hashlib
import io
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from overleg.storage.blob_store import BlobStore, Stopped, TooLarge
from overleg.storage.streamed_digest import StreamedDigest

CHUNK = 64


def _hashers() -> int:
    return sum(t.name == "overleg-sha256" for t in threading.enumerate())


@settings(max_examples=200, deadline=None)
@given(st.lists(st.binary(max_size=3 * CHUNK), max_size=12))
def test_the_digest_is_hashlibs_of_the_chunks_in_order(chunks):
    # Short chunks before, between and after full ones (a pipe or a network file
    # returns less than asked): the order is kept whichever thread hashes.
    with StreamedDigest(CHUNK) as digest:
        for chunk in chunks:
            digest.update(chunk)
        got = digest.hexdigest()
    assert got == hashlib.sha256(b"".join(chunks)).hexdigest()
    assert _hashers() == 0


def test_an_empty_chunk_between_full_ones_neither_ends_nor_changes_the_digest():
    chunks = [b"a" * CHUNK, b"", b"b" * CHUNK, b"", b"c"]
    with StreamedDigest(CHUNK) as digest:
        for chunk in chunks:
            digest.update(chunk)
        assert digest.hexdigest() == hashlib.sha256(b"".join(chunks)).hexdigest()


def test_a_small_file_is_hashed_without_a_thread(monkeypatch):
    started = []
    monkeypatch.setattr(StreamedDigest, "_start", lambda self: started.append(1))
    with StreamedDigest(CHUNK) as digest:
        digest.update(b"x" * (CHUNK - 1))
        assert digest.hexdigest() == hashlib.sha256(b"x" * (CHUNK - 1)).hexdigest()
    assert started == []


def test_a_copy_that_stops_halfway_stops_the_hasher():
    with pytest.raises(RuntimeError), StreamedDigest(CHUNK) as digest:
        digest.update(b"a" * CHUNK)
        assert _hashers() == 1
        raise RuntimeError("the disk is full")
    assert _hashers() == 0


def test_the_store_keeps_a_large_file_under_its_own_hash(tmp_path):
    data = bytes(range(256)) * 20_000  # 5 MB: five chunks of the store, one short
    stored = BlobStore(tmp_path / "stukken").put(io.BytesIO(data), limit=1 << 30)
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert stored.path.read_bytes() == data
    assert BlobStore(tmp_path / "stukken").verify(stored.sha256)
    assert _hashers() == 0


@pytest.mark.parametrize("stop", ["limit", "cancel"])
def test_a_refused_large_file_leaves_nothing_and_no_hasher(tmp_path, stop):
    store = BlobStore(tmp_path / "stukken")
    data = b"z" * (3 * 1024 * 1024 + 5)
    cancel = threading.Event()

    def progress(size: int) -> None:
        if size > 2 * 1024 * 1024:
            cancel.set()

    with pytest.raises(TooLarge if stop == "limit" else Stopped):
        store.put(io.BytesIO(data), limit=2 * 1024 * 1024 if stop == "limit" else 1 << 30,
                  progress=progress, cancel=cancel)
    assert [p for p in (tmp_path / "stukken").rglob("*") if p.is_file()] == []
    assert _hashers() == 0
