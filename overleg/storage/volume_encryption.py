"""Is a database file on an encrypted volume, as far as the operating system can tell?

Overleg does not encrypt its file itself (see the README, *Personal data*): a lost laptop
is protected by disk encryption (BitLocker, FileVault, LUKS). This looks whether the
folder is on such a volume, so the app can warn when it is not. What the operating system
says is passed in as EncryptionFacts, so tests can play each platform on any machine.

- Linux: the mount holding the folder (/proc/self/mountinfo); a device-mapper device whose
  uuid (or that of a device under it, as with LVM on LUKS) starts with CRYPT- is dm-crypt;
  eCryptfs, gocryptfs, EncFS and CryFS mounts are encrypted; another block device is not.
  tmpfs, ZFS or a network share: cannot tell.
- macOS: `fdesetup isactive` (FileVault on the system volume).
- Windows: the Shell property System.Volume.BitLockerProtection of the drive.
"""

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath

from overleg.storage.filesystems import _unescape, read_mountinfo  # the mount table

ENCRYPTED_FS = {"ecryptfs": "eCryptfs", "fuse.gocryptfs": "gocryptfs",
                "fuse.encfs": "EncFS", "fuse.cryfs": "CryFS"}
# System.Volume.BitLockerProtection: 1 on, 3 encrypting, 6 on (locked); 2 off,
# 4 decrypting, 5 suspended (the key lies open on the disk), 8 waiting for activation.
BITLOCKER_ON = {1, 3, 6}
BITLOCKER_OFF = {2, 4, 5, 8}


@dataclass(frozen=True)
class EncryptionFacts:
    """The operating system's answers that a volume's encryption is judged by."""
    platform: str = sys.platform
    mountinfo: str = ""
    dm_uuids: Callable[[str], list[str]] = lambda device: []
    filevault: Callable[[], bool | None] = lambda: None
    bitlocker: Callable[[str], int | None] = lambda drive: None


@dataclass(frozen=True)
class VolumeEncryption:
    """Whether the volume holding a file is encrypted, how, and where it is mounted."""
    encrypted: bool | None  # None: the operating system cannot tell
    how: str = ""  # 'LUKS (dm-crypt)', 'BitLocker', 'FileVault', ...
    where: str = field(default="")  # the mount point or drive


def volume_encryption(path: str | os.PathLike, facts: EncryptionFacts | None = None
                      ) -> VolumeEncryption:
    facts = facts or current_facts()
    if facts.platform == "win32":
        return _windows(PureWindowsPath(path), facts)
    if facts.platform == "darwin":
        on = facts.filevault()
        return VolumeEncryption(on, "FileVault" if on else "", "/")
    return _linux(str(path), facts)


def _windows(path: PureWindowsPath, facts: EncryptionFacts) -> VolumeEncryption:
    drive = path.drive
    if not (len(drive) == 2 and drive[1] == ":"):
        return VolumeEncryption(None)  # a network path: the server's disks
    state = facts.bitlocker(drive.upper())
    if state in BITLOCKER_ON:
        return VolumeEncryption(True, "BitLocker", drive.upper())
    if state in BITLOCKER_OFF:
        return VolumeEncryption(False, "", drive.upper())
    return VolumeEncryption(None, "", drive.upper())


def _linux(path: str, facts: EncryptionFacts) -> VolumeEncryption:
    best, kind, source, where = -1, "", "", ""
    for line in facts.mountinfo.splitlines():
        before, sep, after = line.partition(" - ")
        fields, rest = before.split(), after.split()
        if not sep or len(fields) < 5 or len(rest) < 2:
            continue
        point = _unescape(fields[4])
        if (path == point or path.startswith(point.rstrip("/") + "/")) and len(point) >= best:
            best, kind, source, where = len(point), rest[0], rest[1], point
    if best < 0:
        return VolumeEncryption(None)
    if kind in ENCRYPTED_FS:
        return VolumeEncryption(True, ENCRYPTED_FS[kind], where)
    if not source.startswith("/dev/"):
        return VolumeEncryption(None, "", where)  # tmpfs, overlay, zfs pool, share
    if any(u.startswith("CRYPT-") for u in facts.dm_uuids(source)):
        return VolumeEncryption(True, "LUKS (dm-crypt)", where)
    return VolumeEncryption(False, "", where)


def current_facts() -> EncryptionFacts:
    return EncryptionFacts(platform=sys.platform, mountinfo=read_mountinfo(),
                           dm_uuids=_dm_uuids, filevault=_filevault, bitlocker=_bitlocker)


def _dm_uuids(device: str, depth: int = 0) -> list[str]:
    """The device-mapper uuids of `device` and of the devices it is built on."""
    name = Path(os.path.realpath(device)).name
    block = Path("/sys/class/block") / name
    found = []
    try:
        found.append((block / "dm" / "uuid").read_text().strip())
    except OSError:
        pass
    if depth < 8:
        try:
            for slave in (block / "slaves").iterdir():
                found += _dm_uuids(f"/dev/{slave.name}", depth + 1)
        except OSError:
            pass
    return found


def _run(args: list[str]) -> str | None:
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=10,
                              creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip()


def _filevault() -> bool | None:
    out = _run(["fdesetup", "isactive"])
    return {"true": True, "false": False}.get(out or "")


def _bitlocker(drive: str) -> int | None:
    out = _run(["powershell", "-NoProfile", "-NonInteractive", "-Command",
                "(New-Object -ComObject Shell.Application).NameSpace('"
                f"{drive}\\').Self.ExtendedProperty('System.Volume.BitLockerProtection')"])
    try:
        return int(out) if out else None
    except ValueError:
        return None
