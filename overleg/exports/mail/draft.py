"""An .eml draft: addressed, with a Dutch subject and text and the documents attached,
marked unsent so Outlook (and Thunderbird) open it as a new message to edit and send."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

# The email package is imported when a draft is written: at the top it cost every start
# of the app about 10 ms, as the services import this module.
if TYPE_CHECKING:
    from email.headerregistry import Address


@dataclass(frozen=True)
class Attachment:
    """A file attached to a mail draft."""
    filename: str
    data: bytes
    mime: str  # e.g. "text/calendar", "application/vnd.openxmlformats-officedocument..."


@dataclass(frozen=True)
class Recipient:
    """Someone a mail draft is addressed to."""
    name: str
    email: str


DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ICS_MIME = "text/calendar"


def draft_message(to: Sequence[Recipient], subject: str, text: str,
                  attachments: Sequence[Attachment] = (), *, sender: Recipient | None = None
                  ) -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP

    # Python folds a long Subject before its first word, which some readers keep as a
    # leading space; RFC 5322 allows lines up to 998 characters, so do not fold early.
    msg = EmailMessage(policy=SMTP.clone(max_line_length=998))
    msg["Subject"] = subject
    if to:
        msg["To"] = [_address(r) for r in to]
    if sender is not None:
        msg["From"] = _address(sender)
    # Outlook opens a message with this header as an unsent draft, ready to edit.
    msg["X-Unsent"] = "1"
    msg.set_content(text, charset="utf-8")
    for a in attachments:
        maintype, _, subtype = a.mime.partition("/")
        params = {"method": ics_method(a.data)} if a.mime == ICS_MIME else {}
        msg.add_attachment(a.data, maintype=maintype, subtype=subtype or "octet-stream",
                           filename=a.filename, params=params)
    return msg.as_bytes()


def ics_method(data: bytes) -> str:
    """The calendar file's own METHOD (a cancellation says CANCEL): the mail part must
    carry the same, or Outlook treats a cancellation as a new entry."""
    for line in data.splitlines():
        if line.upper().startswith(b"METHOD:"):
            return line.split(b":", 1)[1].strip().decode("ascii", "replace") or "PUBLISH"
    return "PUBLISH"


def _address(r: Recipient) -> Address:
    from email.headerregistry import Address
    from email.utils import formataddr

    try:
        user, domain = r.email.rsplit("@", 1)
        return Address(display_name=r.name, username=user, domain=domain)
    except (ValueError, IndexError):
        raise ValueError(f"'{formataddr((r.name, r.email))}' is geen e-mailadres") from None
