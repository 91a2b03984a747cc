"""A tree model whose nodes load their children when a view first expands them, for
outlines (bodies, meetings, decisions) too large to read in one go."""

from dataclasses import dataclass, field
from itertools import count

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class Node:
    """A node of a tree model whose children are read when it is first expanded."""
    payload: object
    parent: "Node | None" = None
    row: int = 0
    children: "list[Node] | None" = None  # None: not loaded yet
    expandable: bool = False
    key: int = 0
    extra: dict = field(default_factory=dict)


class LazyTreeModel(QAbstractItemModel):
    """Subclasses give the headers, the children of a node and what each cell shows."""

    headers: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._keys = count(1)
        self._nodes: dict[int, Node] = {}
        self.root = Node(None, children=[])

    # -- for subclasses -------------------------------------------------------------------

    def load_children(self, node: Node) -> list[Node]:
        return []

    def cell(self, node: Node, column: int, role: int):
        return None

    def header_labels(self) -> tuple[str, ...]:
        return ()

    def set_top(self, nodes: list[Node]) -> None:
        self.beginResetModel()
        self._nodes.clear()
        self.root.children = self._adopt(self.root, nodes)
        self.endResetModel()

    def node(self, index: _Index | None) -> Node:
        if index is None or not index.isValid():
            return self.root
        return self._nodes[index.internalId()]

    def index_of(self, node: Node, column: int = 0) -> QModelIndex:
        if node is self.root:
            return QModelIndex()
        return self.createIndex(node.row, column, node.key)

    def load_now(self, node: Node) -> QModelIndex:
        """Read a node's children now (a view expanding it does not always ask)."""
        index = self.index_of(node)
        self.fetchMore(index)
        return index

    def _adopt(self, parent: Node, nodes: list[Node]) -> list[Node]:
        for row, n in enumerate(nodes):
            n.parent, n.row, n.key = parent, row, next(self._keys)
            self._nodes[n.key] = n
            if n.children is not None:
                self._adopt(n, n.children)
        return nodes

    # -- Qt -------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index | None = None) -> QModelIndex:
        node = self.node(parent)
        if _below_first_column(parent):
            return QModelIndex()
        kids = node.children or []
        if 0 <= row < len(kids) and 0 <= column < self.columnCount():
            return self.createIndex(row, column, kids[row].key)
        return QModelIndex()

    def parent(self, index: _Index | None = None):
        if index is None:  # QObject.parent(), which this name hides
            return super().parent()
        if not index.isValid():
            return QModelIndex()
        up = self.node(index).parent
        return QModelIndex() if up is None or up is self.root else self.index_of(up)

    def rowCount(self, parent: _Index | None = None) -> int:  # noqa: N802
        if _below_first_column(parent):
            return 0
        return len(self.node(parent).children or [])

    def columnCount(self, parent: _Index | None = None) -> int:  # noqa: N802
        return len(self.header_labels())

    def hasChildren(self, parent: _Index | None = None) -> bool:  # noqa: N802
        if _below_first_column(parent):
            return False
        node = self.node(parent)
        return bool(node.children) if node.children is not None else node.expandable

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802
        if _below_first_column(parent):
            return False
        node = self.node(parent)
        return node.children is None and node.expandable

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        node = self.node(parent)
        kids = self.load_children(node)
        if not kids:
            node.children = []
            return
        self.beginInsertRows(parent, 0, len(kids) - 1)
        node.children = self._adopt(node, kids)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        labels = self.header_labels()
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(labels)):
            return labels[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        return self.cell(self.node(index), index.column(), role)


def _below_first_column(index: _Index | None) -> bool:
    """Only the first column of a row has children."""
    return index is not None and index.isValid() and index.column() != 0
