"""A scripted stand-in for the prompt interface: tests queue the answers a user would
give and read back what the app said."""

from collections import deque
from collections.abc import Sequence
from pathlib import Path


class FakePrompts:
    def __init__(self) -> None:
        self.answers: deque = deque()
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.asked: list[str] = []

    def answer(self, *values) -> "FakePrompts":
        """Queue answers, in order, for confirm / ask_text / choose / open_file / save_file."""
        self.answers.extend(values)
        return self

    def _next(self, question: str):
        self.asked.append(question)
        if not self.answers:
            raise AssertionError(f"the app asked {question!r} but the test gave no answer")
        return self.answers.popleft()

    def error(self, message: str) -> None:
        self.errors.append(message)

    def info(self, message: str) -> None:
        self.infos.append(message)

    def confirm(self, question: str) -> bool:
        return bool(self._next(question))

    def ask_text(self, title: str, label: str, default: str = "",
                 multiline: bool = False) -> str | None:
        return self._next(label)

    def choose(self, title: str, label: str, options: Sequence[str]) -> int | None:
        answer = self._next(label)
        return list(options).index(answer) if isinstance(answer, str) else answer

    def open_file(self, title: str, filters: str) -> Path | None:
        return self._next(title)

    def save_file(self, title: str, filters: str, suggested: str = "") -> Path | None:
        return self._next(title)
