"""Edit ▸ Paste Keras code…: a text box for a Keras Sequential snippet. The code is read (never run)
by :func:`nnstudio.project.keras_code.parse_keras_code`; a problem is shown here, naming the line.

Reading is a transaction: the code becomes a new network description first (long code in a worker
thread, with progress and Cancel, the window answering); only a description read completely is
handed on (``result_code``), and the window applies it as one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from nnstudio.gui.background import BackgroundTask
from nnstudio.gui.builder.summary_panel import monospace_font
from nnstudio.gui.user_text import error_text
from nnstudio.project.keras_code import parse_keras_code

#: code longer than this (characters) is read off the UI thread; shorter code reads in milliseconds
LARGE_PASTE = 20_000

EXAMPLE_CODE = """model = tf.keras.models.Sequential([
  tf.keras.layers.Dense(10, activation='relu', input_shape=(32,)),
  tf.keras.layers.Dense(10)
])
model.compile(optimizer='adam',
              loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),
              metrics=['accuracy'])"""


class PasteKerasCodeDialog(QDialog):
    def __init__(self, parent=None, default_input_shape=None, text=""):
        super().__init__(parent)
        self.setObjectName("pasteKerasCodeDialog")
        self.setWindowTitle(self.tr("Paste Keras code"))
        self.resize(720, 520)
        self.default_input_shape = default_input_shape
        self.result_code = None
        intro = QLabel(self.tr("Paste a Keras model: Sequential([...]) or model.add(...), and optionally "
                               "model.compile(...). NN Studio reads the layers and the optimizer, learning rate "
                               "and loss; the code is never run."), self)
        intro.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("kerasCodeEdit")
        self.editor.setFont(monospace_font())
        self.editor.setPlaceholderText(EXAMPLE_CODE)
        self.editor.setPlainText(text)
        self.editor.setToolTip(self.tr("Only written-out values are read (numbers, text, tuples)."))
        self.error = QLabel(self)
        self.error.setObjectName("kerasCodeError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#B71C1C;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Build network"))
        self.buttons.button(QDialogButtonBox.Ok).setToolTip(
            self.tr("Replace the network with the one in the code (Edit ▸ Undo brings it back)."))
        self.task = BackgroundTask(self)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def try_accept(self):
        text, shape = self.editor.toPlainText(), self.default_input_shape
        if len(text) >= LARGE_PASTE:
            self.task.start(lambda progress, cancelled: parse_keras_code(text, shape, progress, cancelled),
                            self.tr("Reading the code…"), self._read, self.show_error)
            return
        try:
            parsed = parse_keras_code(text, shape)
        except Exception as e:   # plain words, never a Python name (a bug is logged)
            self.show_error(error_text(e))
            return
        self._read(parsed)

    def reading(self) -> bool:
        """Whether long code is being read in the worker thread."""
        return self.task.busy()

    def _read(self, parsed):
        self.result_code = parsed
        self.accept()

    def show_error(self, message):
        self.error.setText(message)
        self.error.show()

    def done(self, result):
        self.task.wait()   # closing (or Cancel) abandons a read in progress
        super().done(result)
