"""A WHERE clause built from optional filters: each filter that is set adds one
condition with its parameters, so a repository says only which filters it has."""

from datetime import date

from overleg.storage.columns import iso


class Conditions:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.params: list = []

    def add(self, sql: str, *params) -> "Conditions":
        self.parts.append(sql)
        self.params.extend(params)
        return self

    def equals(self, column: str, value) -> "Conditions":
        return self if value is None else self.add(f"{column} = ?", value)

    def meeting_period(self, column: str, start: date | None, end: date | None
                       ) -> "Conditions":
        """A date-time column within [start, end] by day, both ends included."""
        if start is not None:
            self.add(f"{column} >= ?", iso(start))
        if end is not None:
            self.add(f"{column} < date(?, '+1 day')", iso(end))
        return self

    def one_of(self, column: str, values) -> "Conditions":
        values = [str(v) for v in values or ()]
        if values:
            self.add(f"{column} IN ({', '.join('?' * len(values))})", *values)
        return self

    @property
    def sql(self) -> str:
        return " AND ".join(self.parts) or "1 = 1"
