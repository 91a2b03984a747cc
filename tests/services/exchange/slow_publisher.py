"""Run as a child process: open a database, change an item's notes, and publish to the
shared folder with a writer that stops halfway through the package (says 'halfway' on
stdout, then waits to be killed)."""

import sys
import time
from pathlib import Path

from overleg.app import open_services
from overleg.services.exchange import package
from overleg.services.exchange.shared_folder import SharedFolder


def halfway_writer(real):
    def write_stream(out, write):
        def half(fh):
            class Half:
                def write(self, data) -> None:
                    data = bytes(data)
                    fh.write(data[: len(data) // 2])
                    fh.flush()
                    print("halfway", flush=True)
                    time.sleep(120)

            write(Half())
        return real(out, half)
    return write_stream


def main(db: str, folder: str, item: int, notes: str) -> None:
    s = open_services(Path(db), user="killed")
    s.agenda.update_item(item, notes=notes)
    package.write_stream = halfway_writer(package.write_stream)
    SharedFolder(s.exchange, Path(folder)).publish()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])
