"""Languages: every text a user sees goes through Qt's translation system, and the Simplified
Chinese translation is complete — checked three ways: lupdate finds no unfinished text, a reading
of the sources finds every marked text in the .ts, and a walk over every widget of the window in
Chinese finds no English sentence. The .qm files must be current with their .ts sources."""

from __future__ import annotations

import importlib.util
import re
import shutil
import string
import subprocess
import sys
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QDockWidget, QGroupBox, QLabel,
                               QLineEdit, QMenu, QPushButton, QTabBar, QTabWidget, QWidget)

from nnstudio.gui.classroom import language
from nnstudio.i18n.glossary import GLOSSARY
from nnstudio.project.examples import EXAMPLES, make_example
from tests.gui.classroom_fixtures import chinese, classroom_window, classroom_settings  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef]")
WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")
# names that stay as they are in Chinese: Keras/NumPy identifiers, formats, products, units
KEEP = {
    "nn", "studio", "keras", "pytorch", "onnx", "numpy", "json", "csv", "png", "npz", "py", "python", "torch",
    "adam", "adamw", "sgd", "rmsprop", "adagrad", "nesterov", "rho", "beta", "epsilon", "relu", "leakyrelu",
    "elu", "gelu", "sigmoid", "tanh", "softmax", "swish", "silu", "softplus", "linear", "dense", "conv2d",
    "maxpooling2d", "flatten", "reshape", "dropout", "batchnormalization", "input", "inputlayer", "activation",
    "mae", "mse", "rmse", "logits", "glorot", "uniform", "normal", "he", "zeros", "ones", "lecun", "xor", "mlp",
    "cnn", "same", "valid", "sparse", "categorical", "crossentropy", "binary", "huber", "mean", "squared",
    "absolute", "error", "nnstudio", "keras_code", "pytorch_code", "weights", "h5", "iris", "sklearn", "ctrl",
    "shift", "alt", "space", "enter", "esc", "tab", "del", "backspace", "ins", "home", "end", "pgup", "pgdown",
    "up", "down", "left", "right", "f1", "f11", "f5", "id", "ok", "x", "dz", "dx", "db", "dw", "params",
    "standardscaler", "minmax", "l1", "l2", "mnist", "fashion", "digits", "learning_rate", "batch_size",
    "kernel_initializer", "bias_initializer", "true", "false", "none", "nan", "inf", "min", "max", "sum", "log",
    "exp", "sqrt", "abs", "rgb", "utf", "macos", "windows", "linux", "qt", "pyside", "pyqtgraph", "sklearn",
    "english",      # the language menu names each language in itself
}


def _load_script():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ut = _load_script()


def english_words(text: str) -> list:
    """Words of ``text`` that read as untranslated English (no CJK at all, and a word that is not a
    name we keep)."""
    if not text or CJK.search(text):
        return []
    text = re.sub(r"<[^>]+>", " ", text)                  # HTML tags
    text = re.sub(r"\S+\.(nnstudio|py|csv|png|json|npz|keras|onnx|h5)\b", " ", text)   # file names
    text = re.sub(r"\b\w*_\w*\b", " ", text)           # identifiers: leaky_relu, glorot_uniform
    return [w for w in WORD.findall(text.replace("&", "")) if w.lower().strip("'’") not in KEEP]


# ----- the files ----------------------------------------------------------------------------------
def test_ts_and_qm_files_exist_for_both_languages():
    for lang in ("en", "zh_CN"):
        assert ut.ts_path(lang).exists() and ut.ts_path(lang).with_suffix(".qm").exists(), lang


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_qm_files_are_built_from_the_current_ts(tmp_path, lang):
    ts = ut.ts_path(lang)
    fresh = tmp_path / ts.with_suffix(".qm").name
    ut.run_lrelease(ts, fresh)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), \
        "run: python scripts/update_translations.py"


def test_lupdate_finds_no_untranslated_text(tmp_path):
    ts = tmp_path / "nnstudio_zh_CN.ts"
    shutil.copy(ut.ts_path("zh_CN"), ts)
    ut.run_lupdate(ts, "zh_CN")
    missing = ut.unfinished(ts)
    assert not missing, f"{len(missing)} untranslated, e.g. {missing[:8]} (python scripts/update_translations.py)"


def test_every_marked_text_is_in_the_translation_under_its_runtime_context():
    """A second reading of the sources, independent of lupdate's Python parser: self.tr() in class C
    is looked up in context C at run time; the text must be there, finished."""
    translated = {}
    for context, message in ut.messages(ut.ts_path("zh_CN")):
        tr = message.find("translation")
        if tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished"):
            translated[(context, message.findtext("source"))] = True
    missing, problems = [], []
    for path in ut.source_files():
        found, bad = ut.marked_texts(path)
        problems += bad
        missing += [(Path(path).name, c, s) for c, s in found if (c, s) not in translated]
    assert not problems, f"texts that can never be translated (not a literal): {problems[:10]}"
    assert not missing, f"{len(missing)} marked texts missing from the .ts: {missing[:10]}"


def _placeholders(text) -> list:
    """The {…} fields of a str.format text (name, conversion and format spec), in order; None when
    the text is not a valid format string."""
    try:
        return sorted((name, conv or "", spec or "") for _lit, name, spec, conv in string.Formatter().parse(text)
                      if name is not None)
    except ValueError:
        return None


def test_chinese_translations_keep_every_placeholder_of_their_source():
    """A translation filled with str.format (errors, validation, most GUI texts) must use exactly
    its source's fields: a missing or renamed one would crash or garble the message when shown."""
    checked, broken = 0, []
    for context, message in ut.messages(ut.ts_path("zh_CN")):
        source = message.findtext("source")
        if "{" not in source and "}" not in source:
            continue
        tr = message.find("translation")
        forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
        want = _placeholders(source)
        for text in forms:
            checked += 1
            if _placeholders(text) != want:
                broken.append((context, source[:60], text[:60]))
    assert checked > 300
    assert not broken, f"{len(broken)} translations with other placeholders than their source: {broken[:8]}"


def test_translation_modules_below_gui_do_not_import_qt():
    code = ("import sys, nnstudio.i18n.glossary, nnstudio.project.examples; "
            "print(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


# ----- the app in Chinese ---------------------------------------------------------------------------
def test_examples_teacher_notes_and_glossary_are_translated(chinese):
    t = QCoreApplication.translate
    for key, example in EXAMPLES.items():
        doc = make_example(key)
        for text in (example.title, example.description, doc.title, doc.description, doc.teacher_note):
            assert CJK.search(t("examples", text)), (key, text)
    for entry in GLOSSARY:
        for text in (entry.term, entry.definition, entry.where):
            assert CJK.search(t("Glossary", text)), text


def test_example_gallery_shows_the_teachers_note_in_chinese(chinese, qtbot):
    from nnstudio.gui.builder.example_gallery import ExampleGallery

    gallery = ExampleGallery(current_key="xor")
    qtbot.addWidget(gallery)
    assert gallery.note.text() == "一个神经元解决不了的经典问题。先试一个隐藏神经元，再试四个。"
    assert CJK.search(gallery.title.text()) and CJK.search(gallery.description.text())
    assert all(CJK.search(gallery.list.item(i).text()) for i in range(gallery.list.count()))


def test_chinese_menus_buttons_and_palette_tooltips(chinese, classroom_window):
    window = classroom_window
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:5] == ["文件(&F)", "编辑(&E)", "视图(&V)", "数据(&D)", "训练(&T)"] and titles[-1] == "帮助(&H)"
    assert window.findChild(QPushButton, "trainButton").text() == "训练"
    assert window.findChild(QPushButton, "stopButton").text() == "停止"
    palette = window.findChild(QAbstractItemView, "layerPalette")
    tips = [t for t, _ in _model_texts(palette.model(), Qt.ToolTipRole)]
    assert tips and all(CJK.search(t) for t in tips)
    assert "拖" in palette.toolTip()


def _columns(model, parent=QModelIndex()):
    try:
        return model.columnCount(parent)
    except TypeError:           # list models keep columnCount() private in PySide
        return 1


def _model_texts(model, role=Qt.DisplayRole, parent=QModelIndex(), limit=400):
    out = []
    for row in range(min(model.rowCount(parent), limit)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            value = index.data(role)
            if isinstance(value, str) and value:
                out.append((value, index))
        first = model.index(row, 0, parent)
        if model.hasChildren(first):
            out += _model_texts(model, role, first, limit)
    return out


def visible_texts(window):
    """(where, text) for every text a user can meet in the window: widgets, menus, item views,
    plots."""
    texts = []

    def add(where, text):
        if isinstance(text, str) and text.strip():
            texts.append((where, text))

    for w in [window, *window.findChildren(QWidget)]:
        name = f"{type(w).__name__}:{w.objectName()}"
        for attr in ("toolTip", "whatsThis", "statusTip", "accessibleName", "accessibleDescription"):
            add(f"{name}.{attr}", getattr(w, attr)())
        if isinstance(w, (QDockWidget,)) or w.isWindow():
            add(f"{name}.windowTitle", w.windowTitle())
        if isinstance(w, (QAbstractButton, QLabel)):
            add(f"{name}.text", w.text())
        if isinstance(w, QLineEdit):
            add(f"{name}.placeholder", w.placeholderText())
        if isinstance(w, QGroupBox):
            add(f"{name}.title", w.title())
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(f"{name}.item", w.itemText(i))
                add(f"{name}.itemTip", w.itemData(i, Qt.ToolTipRole))
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(f"{name}.tab", w.tabText(i))
                add(f"{name}.tabTip", w.tabToolTip(i))
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                add(f"{name}.tab", w.tabText(i))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for role in (Qt.DisplayRole, Qt.ToolTipRole):
                for text, _ in _model_texts(model, role):
                    add(f"{name}.model", text)
            for section in range(_columns(model)):
                add(f"{name}.header", model.headerData(section, Qt.Horizontal, Qt.DisplayRole))
        if isinstance(w, pg.PlotWidget):
            item = w.getPlotItem()
            for axis_name in ("left", "bottom", "right", "top"):
                axis = item.getAxis(axis_name)
                if axis.isVisible():
                    add(f"{name}.axis", axis.labelText)
            add(f"{name}.title", item.titleLabel.text)
            if item.legend is not None:
                for _sample, label in item.legend.items:
                    add(f"{name}.legend", label.text)

    seen = set()

    def add_menu(menu, where):
        for action in menu.actions():
            if action in seen:
                continue
            seen.add(action)
            add(f"{where}>{action.text()}", action.text())
            add(f"{where}>{action.text()}.tip", action.toolTip() if action.toolTip() != action.text().replace(
                "&", "") else "")
            add(f"{where}>{action.text()}.status", action.statusTip())
            if action.menu() is not None:
                add_menu(action.menu(), f"{where}>{action.text()}")

    add_menu(window.menuBar(), "menu")
    for menu in window.findChildren(QMenu):
        add_menu(menu, f"menu:{menu.objectName()}")
    for action in window.findChildren(QAction):
        if action not in seen:
            add(f"action:{action.objectName()}", action.text())
    return texts


def test_walking_every_widget_in_chinese_finds_no_english(chinese, classroom_window, qtbot):
    window = classroom_window
    qtbot.wait(50)
    window.classroom.fill_accessibility()
    untranslated = sorted({(where, text) for where, text in visible_texts(window) if english_words(text)})
    assert not untranslated, f"{len(untranslated)} untranslated texts, e.g.:\n" + "\n".join(
        f"  {where}: {text[:90]!r}" for where, text in untranslated[:40])


# ----- choosing the language ------------------------------------------------------------------------
def test_language_menu_remembers_the_choice_and_says_it_applies_at_restart(classroom_window, monkeypatch):
    window = classroom_window
    menu = window.classroom.language
    assert set(menu.actions) == {"system", "en", "zh_CN"}
    assert menu.menu.menuAction() in window.menus["view"].actions()
    monkeypatch.setattr(type(menu), "_offer_restart", lambda self, new: None)
    menu.actions["zh_CN"].trigger()
    assert QSettings().value("language") == "zh_CN"
    assert language.chosen_language() == "zh_CN" and language.effective_language() == "zh_CN"
    message = window.statusBar().currentMessage()
    assert "next time it starts" in message and "下次启动时将使用简体中文" in message
    menu.actions["system"].trigger()
    assert language.chosen_language() == "system"


def test_the_system_locale_decides_by_default(classroom_settings, monkeypatch):
    monkeypatch.setattr(language.QLocale, "system", staticmethod(lambda: QLocale("zh_CN")))
    assert language.effective_language() == "zh_CN"
    monkeypatch.setattr(language.QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert language.effective_language() == "en"
    QSettings().setValue("language", "zh_CN")
    assert language.effective_language() == "zh_CN"


def test_install_translators_loads_ours_and_qts_own(qapp):
    try:
        assert language.install_translators(qapp, "zh_CN") == "zh_CN"
        assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"      # qtbase_zh_CN
    finally:
        language.remove_translators(qapp)
        qapp.setProperty("nnstudioLanguage", None)
        QLocale.setDefault(QLocale.system())
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
