"""The teacher's lesson dialog: which controls students cannot see or change, the instructions,
and the goal (like TensorFlow Playground's hide-controls, saved in the project file)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDockWidget, QDoubleSpinBox,
                               QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
                               QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from nnstudio.gui.classroom import lesson_goal
from nnstudio.gui.classroom.controls import CONTROLS
from nnstudio.project.lesson import LessonGoal, LessonSettings, hash_password

HIDE, LOCK = 1, 2


def lesson_targets(window, exclude=("lessonDock",)):
    """(objectName, friendly name, group) of the controls and panels a lesson can hide or lock:
    the catalogued main controls present in the window, then the dock panels."""
    rows = []
    for info in CONTROLS:
        if window.findChild(QWidget, info.name) is not None:
            rows.append((info.name, info.friendly(), info.group_title()))
    known = {r[0] for r in rows}
    for dock in window.findChildren(QDockWidget):
        name = dock.objectName()
        if name and name not in known and name not in exclude:
            rows.append((name, dock.windowTitle() or name, QCoreApplication.translate("LessonEditor", "Panels")))
    return rows


class LessonEditor(QDialog):
    def __init__(self, window, lesson: LessonSettings, parent=None):
        super().__init__(parent or window)
        self.setObjectName("lessonEditor")
        self.setWindowTitle(self.tr("Edit lesson"))
        self.resize(720, 640)
        layout = QVBoxLayout(self)

        self.enabled = QCheckBox(self.tr("Lesson mode: students see the locked view when they open this file"))
        self.enabled.setObjectName("lessonEnabledCheck")
        self.enabled.setChecked(lesson.enabled or not (lesson.title or lesson.instructions))
        layout.addWidget(self.enabled)

        form = QFormLayout()
        self.title = QLineEdit(lesson.title)
        self.title.setObjectName("lessonTitleEdit")
        self.title.setPlaceholderText(self.tr("e.g. Bend the boundary"))
        form.addRow(self.tr("&Title:"), self.title)
        self.instructions = QPlainTextEdit(lesson.instructions)
        self.instructions.setObjectName("lessonInstructionsEdit")
        self.instructions.setPlaceholderText(self.tr("What should the students do? Plain text, or simple HTML."))
        form.addRow(self.tr("&Instructions:"), self.instructions)
        self._old_password = lesson.password
        self.password = QLineEdit()
        self.password.setObjectName("lessonPasswordEdit")
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setPlaceholderText(self.tr("unchanged (a password is set)") if lesson.password else
                                         self.tr("none: anyone can unlock from the Lesson menu"))
        self.password.setToolTip(self.tr("Students need this password to unlock the controls. Only a scrambled "
                                         "form of it (a hash) is saved in the file."))
        self.remove_password = QCheckBox(self.tr("Remove the password"))
        self.remove_password.setObjectName("lessonRemovePasswordCheck")
        self.remove_password.setVisible(bool(lesson.password))
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.remove_password)
        form.addRow(self.tr("Teacher &password:"), row)
        layout.addLayout(form)

        layout.addWidget(self._controls_box(window, lesson))
        layout.addWidget(self._goal_box(lesson.goal))

        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Save lesson"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # ----- the controls table ----------------------------------------------------------------
    def _controls_box(self, window, lesson):
        box = QGroupBox(self.tr("What students can see and change"))
        box_layout = QVBoxLayout(box)
        rows = lesson_targets(window)
        # names saved in the lesson but missing from this window still round-trip
        present = {r[0] for r in rows}
        for name in [*lesson.hidden, *lesson.locked]:
            if name not in present:
                rows.append((name, name, self.tr("Not in this window")))
                present.add(name)
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("lessonControlsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Control"), self.tr("Hide"), self.tr("Lock")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.setToolTip(self.tr("Hide: students do not see the control. Lock: they see it but cannot "
                                      "change it."))
        for row, (name, friendly, group) in enumerate(rows):
            item = QTableWidgetItem(f"{friendly}  ·  {group}")
            item.setData(Qt.UserRole, name)
            item.setToolTip(name)
            item.setFlags(Qt.ItemIsEnabled)
            self.table.setItem(row, 0, item)
            for column, names in ((HIDE, lesson.hidden), (LOCK, lesson.locked)):
                check = QTableWidgetItem()
                check.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable)
                check.setCheckState(Qt.Checked if name in names else Qt.Unchecked)
                check.setData(Qt.AccessibleTextRole, f"{self.table.horizontalHeaderItem(column).text()} {friendly}")
                self.table.setItem(row, column, check)
        box_layout.addWidget(self.table)
        return box

    def checked(self, column) -> list:
        return [self.table.item(r, 0).data(Qt.UserRole) for r in range(self.table.rowCount())
                if self.table.item(r, column).checkState() == Qt.Checked]

    def set_checked(self, name, column, on=True):
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.UserRole) == name:
                self.table.item(r, column).setCheckState(Qt.Checked if on else Qt.Unchecked)
                return
        raise ValueError(f"Not a control of this lesson. Received: name={name!r}")

    # ----- the goal --------------------------------------------------------------------------
    def _goal_box(self, goal):
        box = QGroupBox(self.tr("Goal"))
        box.setObjectName("lessonGoalBox")
        box.setCheckable(True)
        box.setChecked(goal is not None)
        goal = goal or LessonGoal()
        row = QHBoxLayout(box)
        self.metric_combo = QComboBox()
        self.metric_combo.setObjectName("lessonMetricCombo")
        self.metric_combo.setAccessibleName(self.tr("Goal metric"))
        for m in lesson_goal.METRICS:
            self.metric_combo.addItem(lesson_goal.metric_label(m.key), m.key)
        self.metric_combo.setCurrentIndex(max(0, self.metric_combo.findData(goal.metric)))
        self.op = QComboBox()
        self.op.setObjectName("lessonOpCombo")
        self.op.setAccessibleName(self.tr("At least or at most"))
        self.op.addItem("≥", True)
        self.op.addItem("≤", False)
        self.op.setCurrentIndex(0 if goal.at_least else 1)
        self.threshold = QDoubleSpinBox()
        self.threshold.setObjectName("lessonThresholdSpin")
        self.threshold.setAccessibleName(self.tr("Goal threshold"))
        self.threshold.setDecimals(3)
        self.threshold.setSingleStep(0.01)
        self.threshold.setRange(0.0, 1000.0)
        self.threshold.setValue(goal.threshold)
        self.max_hidden = QSpinBox()
        self.max_hidden.setObjectName("lessonMaxHiddenSpin")
        self.max_hidden.setAccessibleName(self.tr("Most hidden layers allowed"))
        self.max_hidden.setRange(-1, 20)
        self.max_hidden.setSpecialValueText(self.tr("any number of"))
        self.max_hidden.setValue(-1 if goal.max_hidden_layers is None else goal.max_hidden_layers)
        self.metric_combo.currentIndexChanged.connect(self._metric_changed)
        row.addWidget(self.metric_combo)
        row.addWidget(self.op)
        row.addWidget(self.threshold)
        row.addWidget(self._label(self.tr("with at most")))
        row.addWidget(self.max_hidden)
        row.addWidget(self._label(self.tr("hidden layers")))
        row.addStretch(1)
        self.goal_box = box
        return box

    def _label(self, text):
        return QLabel(text)

    def _metric_changed(self):
        m = lesson_goal.BY_KEY[self.metric_combo.currentData()]
        self.op.setCurrentIndex(0 if m.at_least else 1)
        if m.at_least and self.threshold.value() > m.maximum:
            self.threshold.setValue(0.9)

    # ----- the result ------------------------------------------------------------------------
    def lesson(self) -> LessonSettings:
        goal = None
        if self.goal_box.isChecked():
            hidden = self.max_hidden.value()
            goal = LessonGoal(metric=self.metric_combo.currentData(), threshold=float(self.threshold.value()),
                              at_least=bool(self.op.currentData()), max_hidden_layers=None if hidden < 0 else hidden)
        if self.password.text():
            password = hash_password(self.password.text())
        else:
            password = "" if self.remove_password.isChecked() else self._old_password
        return LessonSettings(enabled=self.enabled.isChecked(), title=self.title.text().strip(),
                              instructions=self.instructions.toPlainText().strip(),
                              hidden=self.checked(HIDE), locked=self.checked(LOCK), goal=goal,
                              password=password)
