"""How many generated inputs each parser got in this session."""

from collections import Counter

per_parser: Counter = Counter()
total = 0


def count(parser: str) -> None:
    global total
    per_parser[parser] += 1
    total += 1
