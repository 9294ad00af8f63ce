"""The example gallery: a picture, a one-line description and the teacher's note for each
ready-to-train example; choosing one loads it (an undoable step)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListView, QListWidget,
                               QListWidgetItem, QVBoxLayout)

from nnstudio.errors import NNStudioError
from nnstudio.gui.builder.thumbnails import example_thumbnail
from nnstudio.project.examples import EXAMPLES, make_example

KEY_ROLE = Qt.UserRole + 1


def _dataset_for(doc):
    from nnstudio.data import load_dataset

    try:
        return load_dataset(doc.data_spec)
    except (NNStudioError, ValueError, OSError):
        return None


class ExampleGallery(QDialog):
    def __init__(self, parent=None, current_key=None):
        super().__init__(parent)
        self.setObjectName("exampleGallery")
        self.setWindowTitle(self.tr("Example gallery"))
        self.resize(1120, 680)
        self.list = QListWidget(self)
        self.list.setObjectName("exampleList")
        self.list.setViewMode(QListView.IconMode)
        self.list.setIconSize(QSize(236, 148))
        self.list.setGridSize(QSize(256, 196))
        self.list.setResizeMode(QListView.Adjust)
        self.list.setMovement(QListView.Static)
        self.list.setWordWrap(True)
        self.list.setSpacing(6)
        self.list.setToolTip(self.tr("Pick an example; double-click to open it."))
        self.docs = {}
        for key, example in EXAMPLES.items():
            doc = make_example(key)
            self.docs[key] = doc
            item = QListWidgetItem(QIcon(example_thumbnail(doc, _dataset_for(doc), 236, 148)),
                                   QCoreApplication.translate("examples", example.title))
            item.setData(KEY_ROLE, key)
            item.setToolTip(QCoreApplication.translate("examples", example.description))
            self.list.addItem(item)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size:18px; font-weight:600;")
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.note_heading = QLabel(self.tr("Teacher's note"), self)
        self.note_heading.setStyleSheet("font-weight:600; margin-top:10px;")
        self.note = QLabel(self)
        self.note.setObjectName("teacherNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("background:#FFF8E1; border-radius:6px; padding:8px;")
        detail = QVBoxLayout()
        for w in (self.title, self.description, self.note_heading, self.note):
            detail.addWidget(w)
        detail.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.Open | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Open).setToolTip(self.tr("Load this example (Edit ▸ Undo brings your "
                                                                  "network back)."))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        detail.addWidget(buttons)
        body = QHBoxLayout(self)
        body.addWidget(self.list, 3)
        body.addLayout(detail, 1)
        self.list.currentItemChanged.connect(self._show_detail)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        keys = list(EXAMPLES)
        self.list.setCurrentRow(keys.index(current_key) if current_key in keys else 0)

    def _show_detail(self, item, _previous=None):
        if item is None:
            return
        key = item.data(KEY_ROLE)
        doc = self.docs[key]
        t = QCoreApplication.translate     # the examples' texts are marked N_("examples", …)
        self.title.setText(t("examples", EXAMPLES[key].title))
        self.description.setText(f"{t('examples', EXAMPLES[key].description)}\n\n{t('examples', doc.description)}")
        self.note.setText(t("examples", doc.teacher_note))

    def selected_key(self):
        item = self.list.currentItem()
        return item.data(KEY_ROLE) if item is not None else None
