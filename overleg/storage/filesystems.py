"""Is a database file on a network filesystem, or in a folder a sync tool copies?

SQLite's WAL mode needs shared memory between all processes that use the file, so all of
them must run on one machine; over NFS or SMB, or in a OneDrive/SharePoint folder that is
synced between machines, the file is opened in rollback-journal mode instead (see
journal.py). What the operating system says is passed in as OsFacts, so tests can play a
Windows drive letter or an NFS mount on any machine.
"""

import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

# Linux filesystem types (the mount table's third field from the end) that are remote.
NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs",
    "lustre", "gpfs", "davfs", "fuse.sshfs", "fuse.davfs2", "fuse.rclone", "fuse.s3fs",
    "fuse.glusterfs", "fuse.cephfs",
})
SYNC_ENV = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")
DRIVE_REMOTE = 4  # GetDriveTypeW


@dataclass(frozen=True)
class OsFacts:
    """What the journal mode is decided from: the platform and how the file's drive is
    mounted."""
    platform: str = sys.platform
    mountinfo: str = ""  # the text of /proc/self/mountinfo (Linux)
    drive_type: Callable[[str], int] = lambda root: 0  # GetDriveTypeW("Z:\\")
    env: Mapping[str, str] = field(default_factory=dict)


def read_mountinfo() -> str:
    """The mount table of this process (Linux); '' elsewhere or when unreadable."""
    if not sys.platform.startswith("linux"):
        return ""
    try:
        return Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def current_facts() -> OsFacts:
    return OsFacts(platform=sys.platform, mountinfo=read_mountinfo(),
                   drive_type=_windows_drive_type, env=dict(os.environ))


def network_kind(path: str | os.PathLike, facts: OsFacts | None = None) -> str | None:
    """What makes `path` shared between machines ('nfs4', 'netwerkschijf Z:', 'OneDrive'),
    or None for a local disk."""
    facts = facts or current_facts()
    windows = facts.platform == "win32"
    pure = PureWindowsPath(path) if windows else PurePosixPath(path)
    synced = _sync_folder(pure, facts, windows)
    if synced:
        return synced
    if isinstance(pure, PureWindowsPath):  # on Windows (or its facts in a test)
        return _windows_kind(pure, facts)
    return _mount_type(str(pure), facts.mountinfo)


def _sync_folder(path, facts: OsFacts, windows: bool) -> str | None:
    cls = PureWindowsPath if windows else PurePosixPath
    for name in SYNC_ENV:
        root = facts.env.get(name)
        if root and _is_within(path, cls(root), windows):
            return name
    for part in path.parts[:-1]:  # "OneDrive - Gemeente Lelystad", a SharePoint library
        if part.lower().startswith(("onedrive - ", "sharepoint")) or part == "OneDrive":
            return "OneDrive"
    return None


def _is_within(path, root, windows: bool) -> bool:
    if windows:
        return str(path).lower().startswith(str(root).lower().rstrip("\\") + "\\")
    return root in path.parents


def _windows_kind(path: PureWindowsPath, facts: OsFacts) -> str | None:
    text = str(path)
    if text.startswith("\\\\?\\UNC\\") or (text.startswith("\\\\")
                                          and not text.startswith("\\\\?\\")):
        return "netwerkpad"
    drive = path.drive
    if drive.startswith("\\\\?\\"):
        drive = drive[4:]
    lettered = len(drive) == 2 and drive[1] == ":"
    if lettered and facts.drive_type(drive.upper() + "\\") == DRIVE_REMOTE:
        return f"netwerkschijf {drive.upper()}"
    return None


def _mount_type(path: str, mountinfo: str) -> str | None:
    """The type of the mount that holds `path`: the longest mount point above it."""
    best, kind = -1, None
    for line in mountinfo.splitlines():
        before, sep, after = line.partition(" - ")
        fields, rest = before.split(), after.split()
        if not sep or len(fields) < 5 or not rest:
            continue
        point = _unescape(fields[4])
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= best:
            best, kind = len(point), rest[0]
    return kind if kind in NETWORK_TYPES or (kind or "").startswith("nfs") else None


def _unescape(text: str) -> str:
    """The mount table writes a space in a path as \\040."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m[1], 8)), text)


def _windows_drive_type(root: str) -> int:
    if sys.platform != "win32":
        return 0
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))
