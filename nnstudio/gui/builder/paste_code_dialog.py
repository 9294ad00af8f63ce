"""Edit ▸ Paste Keras code…: a text box for a Keras Sequential snippet. The code is read (never run)
by :func:`nnstudio.project.keras_code.parse_keras_code`; a problem is shown here, naming the line."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from nnstudio.gui.builder.summary_panel import monospace_font
from nnstudio.gui.user_text import error_text
from nnstudio.project.keras_code import parse_keras_code

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
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def try_accept(self):
        try:
            self.result_code = parse_keras_code(self.editor.toPlainText(), self.default_input_shape)
        except Exception as e:   # plain words, never a Python name (a bug is logged)
            self.error.setText(error_text(e))
            self.error.show()
            return
        self.accept()
