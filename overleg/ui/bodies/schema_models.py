"""The imported talking-point schemas, and the themes and criteria of one of them."""

from collections.abc import Sequence

from overleg.domain.schemas import Criterion, TalkingPointSchema, Theme
from overleg.services.container import Services
from overleg.ui.bodies.labels import responsibility_labels
from overleg.ui.bodies.record_table_model import RecordTableModel


class SchemaTableModel(RecordTableModel[TalkingPointSchema]):
    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.services = services

    def headers(self) -> Sequence[str]:
        return (self.tr("Schema"), self.tr("Version"), self.tr("Region"), self.tr("Themes"))

    def fetch(self) -> list[TalkingPointSchema]:
        return self.services.schemas.all()

    def cell(self, s: TalkingPointSchema, column: int) -> str:
        return (s.title, s.version, s.region, str(len(s.themes)))[column]

    def tooltip(self, s: TalkingPointSchema, column: int) -> str | None:
        return s.label


class ThemeTableModel(RecordTableModel[Theme]):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.schema: TalkingPointSchema | None = None

    def set_schema(self, schema: TalkingPointSchema | None) -> None:
        self.schema = schema
        self.reload()

    def headers(self) -> Sequence[str]:
        return (self.tr("Code"), self.tr("Theme"), self.tr("Responsibility"))

    def fetch(self) -> list[Theme]:
        return list(self.schema.themes) if self.schema else []

    def cell(self, t: Theme, column: int) -> str:
        return (t.code, t.title, responsibility_labels()[t.responsibility])[column]

    def tooltip(self, t: Theme, column: int) -> str | None:
        return t.description or None


class CriterionTableModel(RecordTableModel[Criterion]):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.schema: TalkingPointSchema | None = None

    def set_schema(self, schema: TalkingPointSchema | None) -> None:
        self.schema = schema
        self.reload()

    def headers(self) -> Sequence[str]:
        return (self.tr("Code"), self.tr("Criterion"), self.tr("Instead of"))

    def fetch(self) -> list[Criterion]:
        return list(self.schema.criteria) if self.schema else []

    def cell(self, c: Criterion, column: int) -> str:
        return (c.code, c.title, c.instead_of)[column]

    def tooltip(self, c: Criterion, column: int) -> str | None:
        return f"{c.title} in plaats van {c.instead_of}" if c.instead_of else c.title
