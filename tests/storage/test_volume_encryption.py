"""Whether the file's folder is on an encrypted volume, from the facts each operating
system gives (played here for every platform), and the warning the app shows."""

from overleg.services.encryption_note import encryption_note
from overleg.storage.volume_encryption import EncryptionFacts, volume_encryption

MOUNTS = """\
22 1 253:1 / / rw,relatime shared:1 - ext4 /dev/mapper/vg-root rw
23 22 259:2 / /boot rw,relatime shared:2 - ext4 /dev/nvme0n1p2 rw
24 22 0:45 / /home/anna/Privé rw shared:3 - ecryptfs /home/anna/.Private rw
25 22 0:46 / /tmp rw shared:4 - tmpfs tmpfs rw
26 22 259:3 / /data rw,relatime shared:5 - ext4 /dev/sdb1 rw
"""


def linux(uuids: dict[str, list[str]]) -> EncryptionFacts:
    return EncryptionFacts(platform="linux", mountinfo=MOUNTS,
                           dm_uuids=lambda device: uuids.get(device, []))


def test_lvm_on_luks_counts_as_encrypted_a_plain_partition_does_not():
    facts = linux({"/dev/mapper/vg-root": ["LVM-abc", "CRYPT-LUKS2-123-luks"]})
    found = volume_encryption("/home/anna/Overleg", facts)
    assert (found.encrypted, found.how, found.where) == (True, "LUKS (dm-crypt)", "/")
    assert volume_encryption("/data/overleg", facts).encrypted is False
    assert volume_encryption("/boot", facts).encrypted is False
    assert volume_encryption("/home/anna/Overleg", linux({})).encrypted is False


def test_ecryptfs_is_encrypted_and_tmpfs_cannot_tell():
    facts = linux({})
    assert volume_encryption("/home/anna/Privé/overleg", facts).how == "eCryptfs"
    assert volume_encryption("/tmp/x", facts).encrypted is None


def test_windows_asks_bitlocker_per_drive_and_a_share_cannot_tell():
    states = {"C:": 1, "D:": 2, "E:": 5}
    facts = EncryptionFacts(platform="win32", bitlocker=states.get)
    assert volume_encryption(r"C:\Users\anna\AppData\Local\Overleg", facts).how == "BitLocker"
    assert volume_encryption(r"d:\overleg", facts).encrypted is False
    assert volume_encryption(r"E:\overleg", facts).encrypted is False  # suspended
    assert volume_encryption(r"F:\overleg", facts).encrypted is None
    assert volume_encryption(r"\\server\share\overleg", facts).encrypted is None


def test_macos_asks_filevault():
    assert volume_encryption("/Users/anna", EncryptionFacts(
        platform="darwin", filevault=lambda: True)).how == "FileVault"
    assert volume_encryption("/Users/anna", EncryptionFacts(
        platform="darwin", filevault=lambda: False)).encrypted is False


def test_the_note_warns_only_where_the_disk_is_not_encrypted(tmp_path):
    plain = EncryptionFacts(platform="win32", bitlocker=lambda d: 2)
    locked = EncryptionFacts(platform="win32", bitlocker=lambda d: 1)
    unknown = EncryptionFacts(platform="win32")
    path = r"C:\Users\anna\overleg.db"
    assert encryption_note(path, plain).startswith("Let op: het bestand staat op een schijf "
                                                  "die niet versleuteld is")
    assert encryption_note(path, locked) == "Het bestand staat op een versleutelde schijf " \
                                            "(BitLocker)."
    assert "kan niet nagaan" in encryption_note(path, unknown)
    assert encryption_note(None, plain) == ""


def test_check_names_the_encryption_of_the_disk(tmp_path, capsys):
    from overleg.cli.main import main

    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    assert main(["check", "--db", str(path)]) == 0
    line = [t for t in capsys.readouterr().out.splitlines() if t.startswith("Versleuteling: ")]
    assert line and ("versleuteld" in line[0] or "kan niet nagaan" in line[0])
