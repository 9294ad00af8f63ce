"""The network canvas: blocks from the input to the loss in a wrapping flow. Palette layers are
dropped between blocks, blocks are dragged to reorder; the canvas only *asks* for edits through
signals — the builder turns them into undoable commands."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QKeySequence, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QFrame, QGraphicsScene, QGraphicsView, QLabel, QMenu

from nnstudio.gui.builder import flow_layout as fl
from nnstudio.gui.builder.block_item import BASE_H, BLOCK_W, BlockItem
from nnstudio.gui.builder.connectors import Connectors, InsertionMarker
from nnstudio.gui.builder.families import CANVAS_BACKGROUND
from nnstudio.gui.builder.palette import LAYER_MIME_TYPE

BLOCK_MIME_TYPE = "application/x-nnstudio-block"
AUTO_MIN_ZOOM = 0.85   # below this the auto layout wraps into more rows instead of shrinking
MIN_ZOOM, MAX_ZOOM = 0.25, 2.5
BANNER_GAP = 8         # pixels around the "cannot be changed while it trains" banner


class NetworkCanvas(QGraphicsView):
    insert_requested = Signal(int, str)     # position in doc.layers, class name
    move_requested = Signal(int, int)       # from, to (MoveLayer semantics)
    edit_requested = Signal(int)
    fix_requested = Signal(int)

    def __init__(self, selection, parent=None):
        super().__init__(parent)
        self.setObjectName("networkCanvas")
        self.setAccessibleName(self.tr("Network diagram"))
        self.setToolTip(self.tr("Your network, from the input to the loss. Drop layers between blocks; drag a "
                                "block to move it; double-click a block to edit it; Ctrl+wheel zooms."))
        self.selection = selection
        self.selection.changed.connect(self._on_selection)
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setAlignment(Qt.AlignCenter)
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        self.setFocusPolicy(Qt.StrongFocus)
        # the diagram is the heart of the builder: docks give way before it gets too narrow to read
        self.setMinimumSize(620, 320)
        self.blocks: list[BlockItem] = []      # one per item of the flow; the last is the loss
        self.connectors = Connectors()
        self._scene.addItem(self.connectors)
        self.marker = InsertionMarker()
        self._scene.addItem(self.marker)
        self.flow = fl.layout_flow([], 1)
        self._first_gap = 0
        self._layer_count = 0
        self._zoom = 1.0
        self._mode = "auto"                    # auto (readable fit) | fit (everything) | manual
        self._press = None                     # (viewport pos, layer index) of a possible block drag
        self.editing_enabled = True
        self.context_actions = []
        self._hint = QLabel(self.tr("Drag a layer here from the palette to start your network."), self)
        self._hint.setStyleSheet("color:#5F6B7A; font-size:15px; background:transparent;")
        self._hint.hide()
        self._banner = QLabel(self)
        self._banner.setObjectName("editingBlockedBanner")
        self._banner.setWordWrap(True)
        self._banner.setStyleSheet("background:#FFF4E5; color:#7A4100; border:1px solid #F5A623; "
                                   "border-radius:6px; padding:6px 10px; font-size:13px;")
        self._banner.hide()
        self.setAutoFillBackground(True)       # the banner's strip in the diagram's colour
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(CANVAS_BACKGROUND))
        self.setPalette(palette)

    # ----- content ----------------------------------------------------------------------
    def set_blocks(self, contents, first_gap=1):
        """Show ``contents`` (layers then the loss); ``first_gap`` is the first position a drop may use."""
        while len(self.blocks) < len(contents):
            item = BlockItem()
            item.fix_clicked.connect(self.fix_requested)
            self._scene.addItem(item)
            self.blocks.append(item)
        while len(self.blocks) > len(contents):
            self._scene.removeItem(self.blocks.pop())
        for item, content in zip(self.blocks, contents):
            item.set_content(content)
        self._layer_count = len(contents) - 1
        self._first_gap = first_gap
        self._on_selection(self.selection.index)
        self._hint.setVisible(self._layer_count == 0)
        self.relayout()

    def layer_blocks(self) -> list[BlockItem]:
        return self.blocks[:-1]

    @property
    def loss_block(self) -> BlockItem | None:
        return self.blocks[-1] if self.blocks else None

    def relayout(self):
        sizes = [(BLOCK_W, b.height) for b in self.blocks]
        vw, vh = max(50, self.viewport().width()), max(50, self.viewport().height())
        if self._mode == "manual":
            cols = fl.columns_for_width(sizes, vw / self._zoom)
        else:
            cols, zoom = fl.fit_flow(sizes, vw, vh, max_zoom=1.0, tolerance=0.15 if self._mode == "auto" else 0.0)
            if self._mode == "auto" and zoom < AUTO_MIN_ZOOM:
                zoom = AUTO_MIN_ZOOM
                cols = fl.columns_for_width(sizes, vw / zoom)
            self._set_zoom(zoom)
        self.flow = fl.layout_flow(sizes, cols)
        for item, r in zip(self.blocks, self.flow.rects):
            item.setPos(r.x, r.y)
        self.connectors.set_routes(self.flow, BASE_H / 2)
        self._scene.setSceneRect(QRectF(0, 0, self.flow.width, self.flow.height))
        self._place_overlays()

    # ----- zoom -------------------------------------------------------------------------
    @property
    def zoom(self):
        return self._zoom

    def _set_zoom(self, zoom):
        self._zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self.resetTransform()
        self.scale(self._zoom, self._zoom)

    def zoom_by(self, factor):
        self._mode = "manual"
        self._set_zoom(self._zoom * factor)
        self.relayout()

    def zoom_in(self):
        self.zoom_by(1.2)

    def zoom_out(self):
        self.zoom_by(1 / 1.2)

    def actual_size(self):
        self._mode = "manual"
        self._set_zoom(1.0)
        self.relayout()

    def fit(self):
        """Everything in view (View ▸ Fit); kept while the window or the network changes."""
        self._mode = "fit"
        self.relayout()

    def auto_layout(self):
        self._mode = "auto"
        self.relayout()

    def wheelEvent(self, event):
        if event.modifiers() & Qt.ControlModifier:
            self.zoom_by(1.15 ** (event.angleDelta().y() / 120))
            event.accept()
        else:
            super().wheelEvent(event)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.relayout()

    # ----- selection and keyboard ---------------------------------------------------------
    def _on_selection(self, index):
        for i, item in enumerate(self.layer_blocks()):
            item.set_selected(i == index)
        if 0 <= index < len(self.blocks):
            self.ensureVisible(self.blocks[index].sceneBoundingRect(), 20, 20)

    def block_at(self, viewport_pos) -> int | None:
        """Index of the block under a viewport point: a layer index, -1 for the loss, None for none."""
        for item in self.items(viewport_pos):
            while item is not None and not isinstance(item, BlockItem):
                item = item.parentItem()
            if isinstance(item, BlockItem):
                return item.content.index
        return None

    def mousePressEvent(self, event):
        index = self.block_at(event.position().toPoint())
        super().mousePressEvent(event)   # the fix button gets its click
        if event.button() in (Qt.LeftButton, Qt.RightButton):
            self.selection.set(index if index is not None and index >= 0 else -1)
            self._press = (event.position().toPoint(), index) if event.button() == Qt.LeftButton else None

    def mouseMoveEvent(self, event):
        if self._press and event.buttons() & Qt.LeftButton:
            start, index = self._press
            if (event.position().toPoint() - start).manhattanLength() >= QApplication.startDragDistance():
                self._press = None
                if index is not None and index >= self._first_gap and self.editing_enabled:
                    self._drag_block(index)
                return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event):
        self._press = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event):
        index = self.block_at(event.position().toPoint())
        if index is not None and index >= 0:
            self.selection.set(index)
            self.edit_requested.emit(index)
        else:
            super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event):
        n, i = self._layer_count, self.selection.index
        if event.key() in (Qt.Key_Right, Qt.Key_Down) and n:
            self.selection.set(min(n - 1, i + 1))
        elif event.key() in (Qt.Key_Left, Qt.Key_Up) and n:
            self.selection.set(max(0, i - 1) if i >= 0 else 0)
        elif event.key() == Qt.Key_Home and n:
            self.selection.set(0)
        elif event.key() == Qt.Key_End and n:
            self.selection.set(n - 1)
        elif event.key() in (Qt.Key_Return, Qt.Key_Enter) and i >= 0:
            self.edit_requested.emit(i)
        elif event.key() == Qt.Key_Escape:
            self.selection.clear()
        elif event.matches(QKeySequence.ZoomIn):
            self.zoom_in()
        elif event.matches(QKeySequence.ZoomOut):
            self.zoom_out()
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event):
        index = self.block_at(event.pos())
        if index is None or index < 0 or not self.context_actions:
            return super().contextMenuEvent(event)
        self.selection.set(index)
        self.show_menu(self.context_menu(), event.globalPos())

    def context_menu(self) -> QMenu:
        """The block menu: the builder's actions on the selected layer."""
        menu = QMenu(self)
        for action in self.context_actions:
            menu.addSeparator() if action is None else menu.addAction(action)
        return menu

    def show_menu(self, menu, global_pos):
        menu.exec(global_pos)

    # ----- drag and drop ----------------------------------------------------------------
    def _drag_block(self, index):
        item = self.blocks[index]
        rect = item.block_rect()
        pix = QPixmap(int(rect.width()) + 2, int(rect.height()) + 2)
        pix.fill(Qt.transparent)
        p = QPainter(pix)
        p.setOpacity(0.85)
        item.paint(p, None)
        p.end()
        drag = QDrag(self)
        drag.setMimeData(self.block_mime_data(index))
        drag.setPixmap(pix.scaledToWidth(max(60, int(rect.width() * self._zoom)), Qt.SmoothTransformation))
        drag.setHotSpot(QPoint(20, 14))
        drag.exec(Qt.MoveAction)
        self.marker.clear()

    @staticmethod
    def block_mime_data(index) -> QMimeData:
        """What dragging block ``index`` carries: its position, for a move within this canvas."""
        mime = QMimeData()
        mime.setData(BLOCK_MIME_TYPE, QByteArray(str(index).encode()))
        return mime

    def _accepts(self, mime) -> bool:
        return self.editing_enabled and (mime.hasFormat(LAYER_MIME_TYPE) or mime.hasFormat(BLOCK_MIME_TYPE))

    def gap_at(self, viewport_pos):
        p = self.mapToScene(viewport_pos)
        candidates = fl.gaps(self.flow, self._first_gap)
        on_link = fl.link_at(self.flow, p.x(), p.y(), BASE_H / 2, first=self._first_gap)
        if on_link is not None:         # dropped on an arrow: between the two blocks it joins
            return next(g for g in candidates if g.index == on_link)
        return fl.nearest_gap(candidates, p.x(), p.y())

    def dragEnterEvent(self, event):
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event):
        if not self._accepts(event.mimeData()):
            event.ignore()
            return
        gap = self.gap_at(event.position().toPoint())
        if gap is None:
            self.marker.clear()
            event.ignore()
            return
        self.marker.show_gap(gap)
        event.acceptProposedAction()

    def dragLeaveEvent(self, event):
        self.marker.clear()
        event.accept()

    def dropEvent(self, event):
        self.marker.clear()
        mime = event.mimeData()
        gap = self.gap_at(event.position().toPoint()) if self._accepts(mime) else None
        if gap is None:
            event.ignore()
            return
        if mime.hasFormat(LAYER_MIME_TYPE):
            name = bytes(mime.data(LAYER_MIME_TYPE)).decode("utf-8", "replace").strip()
            event.setDropAction(Qt.CopyAction)
            event.accept()
            self.insert_requested.emit(min(gap.index, self._layer_count), name)
            return
        try:
            source = int(bytes(mime.data(BLOCK_MIME_TYPE)).decode())
        except ValueError:
            event.ignore()
            return
        event.setDropAction(Qt.MoveAction)
        event.accept()
        target = gap.index if gap.index <= source else gap.index - 1
        target = min(target, self._layer_count - 1)
        if target != source and 0 <= source < self._layer_count:
            self.move_requested.emit(source, target)

    def drop_point(self, gap_index: int) -> QPoint:
        """The viewport point where a drop lands in gap ``gap_index`` (tests, scripted demos)."""
        for gap in fl.gaps(self.flow, self._first_gap):
            if gap.index == gap_index:
                return self.mapFromScene(QPointF(gap.x, (gap.top + gap.bottom) / 2))
        raise IndexError(f"no drop position {gap_index}")

    def block_center(self, index: int) -> QPoint:
        """The viewport point at the middle of a block (index -1: the loss)."""
        item = self.blocks[index]
        return self.mapFromScene(item.mapToScene(item.block_rect().center()))

    # ----- background, overlays, editing lock ---------------------------------------------
    def drawBackground(self, painter, rect):
        painter.fillRect(rect, QColor(CANVAS_BACKGROUND))
        if self._zoom < 0.5:
            return
        step = 24
        painter.setPen(QColor("#D5DBE4"))
        x0, y0 = int(rect.left()) // step * step, int(rect.top()) // step * step
        points = [QPointF(x, y) for x in range(x0, int(rect.right()) + 1, step)
                  for y in range(y0, int(rect.bottom()) + 1, step)]
        painter.drawPoints(points)

    def _place_overlays(self):
        w = self.viewport().width()
        self._hint.adjustSize()
        self._hint.move(max(8, (w - self._hint.width()) // 2), 16)
        self._banner.setFixedWidth(max(200, w - 24))
        self._banner.adjustSize()
        self._banner.move(12, BANNER_GAP)
        # the banner gets a strip of its own above the diagram: it never covers the top row of blocks
        top = self._banner.height() + 2 * BANNER_GAP if self._banner.isVisibleTo(self) else 0
        if self.viewportMargins().top() != top:
            self.setViewportMargins(0, top, 0, 0)

    def set_editing_enabled(self, enabled: bool, reason: str = ""):
        self.editing_enabled = enabled
        self._banner.setText(reason)
        self._banner.setVisible(not enabled and bool(reason))
        self._place_overlays()
        if not enabled:
            self.marker.clear()
