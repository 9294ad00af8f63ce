"""Ctrl+C (SIGINT) and SIGTERM go through the window's normal close path: with unsaved changes
the user is asked (and may cancel); otherwise the window closes."""

from __future__ import annotations

import os
import signal

from PySide6.QtWidgets import QMessageBox


def test_sigterm_and_sigint_close_the_window_as_its_close_button_does(main_window, qtbot, message_boxes):
    from nnstudio.gui.close_signals import CloseOnSignals

    closer = CloseOnSignals(main_window)
    try:
        main_window.builder.insert_layer(2, "Dropout")
        assert main_window.doc.dirty
        message_boxes.answer = QMessageBox.Cancel
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: bool(message_boxes.texts("question")), timeout=5000)
        assert closer.received == [signal.SIGTERM]
        assert main_window.isVisible()                     # cancelled: the project stays open
        message_boxes.answer = QMessageBox.Discard
        os.kill(os.getpid(), signal.SIGINT)
        qtbot.waitUntil(lambda: not main_window.isVisible(), timeout=5000)
        assert closer.received == [signal.SIGTERM, signal.SIGINT]
        assert len(message_boxes.texts("question")) == 2
    finally:
        closer.uninstall()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
