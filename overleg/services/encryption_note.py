"""The warning about encryption at rest: Overleg does not encrypt its file (see the
README, *Personal data*), so it says when the file's folder is not on an encrypted volume
(where the operating system can tell)."""

from pathlib import Path, PureWindowsPath

from overleg.storage.volume_encryption import (
    EncryptionFacts,
    VolumeEncryption,
    current_facts,
    volume_encryption,
)


def encryption_note(path: str | Path | None, facts: EncryptionFacts | None = None) -> str:
    """One or two Dutch sentences; '' for a database only in memory."""
    if path is None:
        return ""
    facts = facts or current_facts()
    folder = PureWindowsPath(path).parent if facts.platform == "win32" \
        else Path(path).resolve().parent
    state: VolumeEncryption = volume_encryption(folder, facts)
    if state.encrypted:
        return f"Het bestand staat op een versleutelde schijf ({state.how})."
    if state.encrypted is False:
        return ("Let op: het bestand staat op een schijf die niet versleuteld is. Overleg "
                "versleutelt het bestand niet zelf; zet schijfversleuteling aan (BitLocker, "
                "FileVault of LUKS), zodat de persoonsgegevens beschermd zijn als de laptop "
                "zoekraakt.")
    return ("Overleg kan niet nagaan of de schijf met het bestand versleuteld is; het "
            "bestand zelf is niet versleuteld, dus zorg voor schijfversleuteling (BitLocker, "
            "FileVault of LUKS).")
