"""A separate process for the crash and two-user tests: writes follow-ups through the
services and storage layer, printing each one's UUID only after its transaction has
committed. Run as `python -m tests.storage.crash_writer DB MEETING_ID [USER] [COUNT]`."""

import random
import sys
from pathlib import Path

from overleg.services.container import build_services
from overleg.storage.database import open_database


def write(path: Path, meeting_id: int, user: str, count: int, report) -> None:
    s = build_services(open_database(path), user=user)
    s.presence.claim()
    report("OPEN")
    i = 0
    while i != count:
        text = f"Actiepunt {user} {i} " + "tekst " * random.randint(0, 400)
        f = s.minutes.add_followup(meeting_id, text)
        report(f.uuid)  # after the commit: this one must survive a crash
        i += 1
    s.presence.release()
    s.db.close()


def main() -> None:
    user = sys.argv[3] if len(sys.argv) > 3 else "schrijver"
    count = int(sys.argv[4]) if len(sys.argv) > 4 else -1
    write(Path(sys.argv[1]), int(sys.argv[2]), user, count,
          lambda line: print(line, flush=True))


if __name__ == "__main__":
    main()
