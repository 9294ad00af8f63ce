"""The inspector: the selected layer's settings with the right editors and a short explanation of
each. A change is *asked for* (``config_edited``); the builder makes it an undoable command and the
inspector shows the result when the document changes (signals blocked, so no feedback loop)."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QFrame, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from nnstudio.gui.builder import setting_fields as sf
from nnstudio.gui.builder.families import ERROR_FILL, ERROR_TEXT, layer_icon
from nnstudio.gui.builder.layer_catalog import entry_for
from nnstudio.gui.user_text import user_text
from nnstudio.project.network import display_type, sanitize_name


class Inspector(QWidget):
    config_edited = Signal(int, object)    # layer index, {setting: value}
    fix_requested = Signal(int)
    message = Signal(str)                  # a refusal to show in the status bar

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("inspector")
        self.setAccessibleName(self.tr("Layer inspector"))
        self.index = -1
        self.spec = None
        self._editing = True
        self.taken_names = lambda: []          # the builder supplies the network's layer names

        self.icon = QLabel(self)
        self.title = QLabel(self)
        self.title.setObjectName("inspectorTitle")
        self.title.setStyleSheet("font-size:17px; font-weight:600;")
        header = QHBoxLayout()
        header.addWidget(self.icon)
        header.addWidget(self.title, 1)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.about.setStyleSheet("color:#5F6B7A;")
        self.empty = QLabel(self.tr("Nothing is selected. Click a block on the canvas to see and change "
                                    "its settings."), self)
        self.empty.setObjectName("inspectorEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color:#5F6B7A; font-size:14px;")

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.editors, self.helps = {}, {}
        for key in sf.TEXTS:
            editor = sf.make_editor(key, self)
            help_label = QLabel(sf.help_text(key), self)
            help_label.setWordWrap(True)
            help_label.setStyleSheet("color:#6B7685; font-size:12px; margin-bottom:6px;")
            self.form.addRow(sf.label_text(key), editor)
            self.form.addRow(help_label)
            self.editors[key], self.helps[key] = editor, help_label
            self._connect(key, editor)
        self.activation_combo: QComboBox = self.editors["activation"]

        self.problem = QFrame(self)
        self.problem.setObjectName("inspectorProblem")
        self.problem.setStyleSheet(f"#inspectorProblem {{ background:{ERROR_FILL}; border:1px solid #E57373; "
                                   "border-radius:6px; }")
        self.problem_text = QLabel(self.problem)
        self.problem_text.setWordWrap(True)
        self.problem_text.setStyleSheet(f"color:{ERROR_TEXT}; border:none;")
        self.fix_button = QPushButton(self.problem)
        self.fix_button.setObjectName("inspectorFixButton")
        self.fix_button.setToolTip(self.tr("Apply the suggested change (you can undo it)."))
        self.fix_button.clicked.connect(lambda: self.fix_requested.emit(self.index))
        box = QVBoxLayout(self.problem)
        box.addWidget(self.problem_text)
        box.addWidget(self.fix_button)

        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background:#FFF4E5; color:#7A4100; border-radius:6px; padding:6px;")
        self.notice.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.about)
        layout.addWidget(self.empty)
        layout.addWidget(self.notice)
        layout.addWidget(self.problem)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.show_layer(-1, None, None)

    def sizeHint(self):
        return QSize(320, 520)

    def _connect(self, key, editor):
        if isinstance(editor, QLineEdit):
            editor.editingFinished.connect(lambda k=key: self._apply(k))
        elif isinstance(editor, (QSpinBox, QDoubleSpinBox)):
            editor.valueChanged.connect(lambda _v, k=key: self._apply(k))
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(lambda _i, k=key: self._apply(k))
        elif isinstance(editor, QCheckBox):
            editor.toggled.connect(lambda _b, k=key: self._apply(k))

    # ----- showing -----------------------------------------------------------------------
    def show_layer(self, index, spec, check):
        """Show layer ``index`` (``spec`` and its validation ``check``), or nothing when index < 0."""
        self.index, self.spec = (index, spec) if spec is not None else (-1, None)
        selected = self.spec is not None
        self.empty.setVisible(not selected)
        self.title.setVisible(selected)
        self.about.setVisible(selected)
        self.icon.setVisible(selected)
        fields = sf.FIELDS_FOR.get(spec["class_name"], ("name",)) if selected else ()
        for key, editor in self.editors.items():
            visible = key in fields
            self.form.setRowVisible(editor, visible)
            self.form.setRowVisible(self.helps[key], visible)
            editor.setEnabled(visible and self._editing)
        # the activation combo always exists (automation); without a layer it is hidden and disabled
        if not selected:
            self.problem.hide()
            return
        cls = spec["class_name"]
        self.title.setText(display_type(cls))
        self.icon.setPixmap(layer_icon(cls).pixmap(26, 26))
        entry = entry_for(cls)
        self.about.setText(entry.tooltip if entry else "")
        config = spec.get("config") or {}
        for key in fields:
            editor = self.editors[key]
            with QSignalBlocker(editor):
                sf.show_value(key, editor, config, cls)
        error = user_text(check.error) if check is not None else None
        self.problem.setVisible(bool(error))
        if error:
            self.problem_text.setText(error)
            self.fix_button.setVisible(check.fix is not None)
            if check.fix is not None:
                self.fix_button.setText(self.tr("Fix: {0}").format(user_text(check.fix.text)))
            self.fix_button.setEnabled(self._editing)

    def focus_first_field(self):
        if self.spec is None:
            return
        fields = sf.FIELDS_FOR.get(self.spec["class_name"], ("name",))
        key = fields[1] if len(fields) > 1 else fields[0]
        self.editors[key].setFocus(Qt.OtherFocusReason)
        if isinstance(self.editors[key], QSpinBox):
            self.editors[key].selectAll()

    def set_editing_enabled(self, enabled: bool, reason: str = ""):
        self._editing = enabled
        self.notice.setText(reason)
        self.notice.setVisible(not enabled and bool(reason))
        fields = sf.FIELDS_FOR.get(self.spec["class_name"], ()) if self.spec else ()
        for key, editor in self.editors.items():
            editor.setEnabled(enabled and key in fields)
        self.fix_button.setEnabled(enabled)

    # ----- editing -----------------------------------------------------------------------
    def _apply(self, key):
        if self.spec is None or not self._editing:
            return
        cls = self.spec["class_name"]
        config = self.spec.get("config") or {}
        changes = sf.read_value(key, self.editors[key], cls)
        if changes is None:
            self.message.emit(self.tr("“{0}” is not a shape: write whole numbers like 8, 8, 1.")
                              .format(self.editors[key].text()))
            with QSignalBlocker(self.editors[key]):
                sf.show_value(key, self.editors[key], config, cls)
            return
        if key == "name":
            changes = {"name": sanitize_name(changes["name"])}
            taken = self.taken_names()
            if changes["name"] != config.get("name") and changes["name"] in taken:
                self.message.emit(self.tr("Another layer is already called “{0}”; names must differ.")
                                  .format(changes["name"]))
                self.editors[key].setText(str(config.get("name", "")))
                return
        if all(config.get(k) == v for k, v in changes.items()):
            return
        self.config_edited.emit(self.index, changes)
