"""The layer palette: layer types in groups, a search box, drag to the canvas or press Enter."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QModelIndex, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from nnstudio.gui.builder.families import family_icon, layer_icon
from nnstudio.gui.builder.layer_catalog import palette_groups

LAYER_MIME_TYPE = "application/x-nnstudio-layer"
CLASS_ROLE = Qt.UserRole + 1
SEARCH_ROLE = Qt.UserRole + 2


class LayerPaletteModel(QStandardItemModel):
    """Groups and their layer types; a dragged layer carries its class name as UTF-8."""

    def __init__(self, parent=None):
        super().__init__(parent)
        bold = QFont()
        bold.setBold(True)
        for group in palette_groups():
            parent_item = QStandardItem(family_icon(group.family), group.title)
            parent_item.setFlags(Qt.ItemIsEnabled)
            parent_item.setFont(bold)
            parent_item.setData(group.title.lower(), SEARCH_ROLE)
            for entry in group.entries:
                item = QStandardItem(layer_icon(entry.class_name), entry.title)
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDragEnabled)
                item.setToolTip(entry.tooltip)
                item.setData(entry.class_name, CLASS_ROLE)
                item.setData(f"{entry.title} {entry.class_name} {entry.tooltip}".lower(), SEARCH_ROLE)
                item.setAccessibleDescription(entry.tooltip)
                parent_item.appendRow(item)
            self.appendRow(parent_item)

    def mimeTypes(self):
        return [LAYER_MIME_TYPE]

    def mimeData(self, indexes):
        names = [i.data(CLASS_ROLE) for i in indexes if i.isValid() and i.data(CLASS_ROLE)]
        if not names:
            return None
        mime = QMimeData()
        mime.setData(LAYER_MIME_TYPE, names[0].encode("utf-8"))
        mime.setText(names[0])
        return mime

    def supportedDragActions(self):
        return Qt.CopyAction


class _PaletteFilter(QSortFilterProxyModel):
    """Matches the search words against a layer's name and its tooltip ("image" finds Conv2D)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self.setFilterRole(SEARCH_ROLE)
        self._words = []

    def set_search(self, text: str):
        if hasattr(self, "beginFilterChange"):   # Qt ≥ 6.9 (invalidateFilter is deprecated there)
            self.beginFilterChange()
            self._words = text.lower().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = text.lower().split()
            self.invalidateFilter()

    def filterAcceptsRow(self, row, parent):
        if not self._words:
            return True
        text = self.sourceModel().index(row, 0, parent).data(SEARCH_ROLE) or ""
        return all(w in text for w in self._words)


class LayerPalette(QWidget):
    """Dock content: search box over the tree of layer types (the tree is ``layerPalette``)."""

    insert_requested = Signal(str)   # class name, by Enter or double-click

    def __init__(self, parent=None):
        super().__init__(parent)
        self.source_model = LayerPaletteModel(self)
        self.proxy = _PaletteFilter(self)
        self.proxy.setSourceModel(self.source_model)

        self.search = QLineEdit(self)
        self.search.setObjectName("paletteSearch")
        self.search.setPlaceholderText(self.tr("Search layers…"))
        self.search.setToolTip(self.tr("Type to filter the layers, e.g. “image” or “dropout”."))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)

        self.view = QTreeView(self)
        self.view.setObjectName("layerPalette")
        self.view.setModel(self.proxy)
        self.view.setHeaderHidden(True)
        self.view.setIconSize(QSize(22, 22))
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragOnly)
        self.view.setDefaultDropAction(Qt.CopyAction)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setUniformRowHeights(True)
        self.view.setAnimated(False)
        self.view.setToolTip(self.tr("Drag a layer onto the network, or select it and press Enter "
                                     "to add it after the selected block."))
        self.view.setAccessibleName(self.tr("Layer palette"))
        self.view.activated.connect(self._on_activated)
        self.view.expandAll()
        # most layer types visible without scrolling, yet the window still fits a 1280×720 projector
        rows = sum(1 + len(g.entries) for g in palette_groups())
        self.view.setMinimumHeight(min(240, rows * 22 + 8))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.view)

    def _on_search(self, text):
        self.proxy.set_search(text)
        self.view.expandAll()
        first = self.first_layer_index()
        if first.isValid() and text:
            self.view.setCurrentIndex(first)

    def _on_activated(self, index: QModelIndex):
        name = index.data(CLASS_ROLE)
        if name:
            self.insert_requested.emit(name)

    # ----- queries (tests, keyboard) -------------------------------------------------------
    def index_of(self, class_name: str) -> QModelIndex:
        """The view's (proxy) index of a layer type, or an invalid index when filtered out."""
        model = self.proxy
        for g in range(model.rowCount()):
            group = model.index(g, 0)
            for r in range(model.rowCount(group)):
                idx = model.index(r, 0, group)
                if idx.data(CLASS_ROLE) == class_name:
                    return idx
        return QModelIndex()

    def first_layer_index(self) -> QModelIndex:
        model = self.proxy
        for g in range(model.rowCount()):
            group = model.index(g, 0)
            if model.rowCount(group):
                return model.index(0, 0, group)
        return QModelIndex()

    def class_names(self) -> list[str]:
        model = self.proxy
        return [model.index(r, 0, model.index(g, 0)).data(CLASS_ROLE)
                for g in range(model.rowCount()) for r in range(model.rowCount(model.index(g, 0)))]

    def set_editing_enabled(self, enabled: bool):
        self.view.setDragEnabled(enabled)
