#!/usr/bin/env python
"""Refresh the translations: pyside6-lupdate over nnstudio/**/*.py into resources/translations/
nnstudio_{en,zh_CN}.ts, then pyside6-lrelease into the .qm files the app loads.

    python scripts/update_translations.py            # update .ts (keeping translations), build .qm
    python scripts/update_translations.py --check    # exit 1 if a text lacks a Chinese translation
    python scripts/update_translations.py --fill zh_CN new.json   # merge {source: translation} or
                                                     # {context: {source: translation}} into a .ts
                                                     # (--overwrite: replace finished ones too)

Both tools come with PySide6-Essentials. ``N_`` and ``M_`` (nnstudio.i18n) are lupdate's
QT_TRANSLATE_NOOP for Qt-free modules. English is the source language: its .ts gets each text as
its own translation (and singular/plural forms for "%n …(s)" texts) so that numbers read right in
English too.
Locations are left out of the .ts files so that they change only when texts do.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "nnstudio"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("en", "zh_CN")
LUPDATE_OPTIONS = ["-tr-function-alias", "QT_TRANSLATE_NOOP+=N_,QT_TRANSLATE_NOOP+=M_", "-no-obsolete",
                   "-locations", "none", "-source-language", "en"]


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the PATH or next to this Python."""
    candidates = [shutil.which(f"pyside6-{name}"), str(Path(sys.executable).with_name(f"pyside6-{name}"))]
    for c in candidates:
        if c and Path(c).exists():
            return c
    import PySide6

    direct = Path(PySide6.__file__).parent / name
    if direct.exists():
        return str(direct)
    raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")


def source_files() -> list:
    return sorted(str(p) for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(language: str, directory: Path = TS_DIR) -> Path:
    return directory / f"nnstudio_{language}.ts"


def run_lupdate(ts: Path, language: str, quiet=True):
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as lst:
        lst.write("\n".join(os.path.relpath(f, ts.parent) for f in source_files()))
    try:
        cmd = [tool("lupdate"), *LUPDATE_OPTIONS, "-target-language", language, f"@{lst.name}", "-ts", str(ts)]
        if quiet:
            cmd.insert(1, "-silent")
        subprocess.run(cmd, check=True, cwd=ts.parent)
    finally:
        os.unlink(lst.name)


def run_lrelease(ts: Path, qm: Path):
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


# ----- reading and writing .ts --------------------------------------------------------------------
def messages(ts: Path):
    """Yield (context, message element) for every message of a .ts file."""
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def unfinished(ts: Path) -> list:
    """(context, source) of messages that have no finished translation (obsolete ones excepted)."""
    missing = []
    for context, message in messages(ts):
        tr = message.find("translation")
        kind = tr.get("type") if tr is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            continue
        forms = [f.text for f in tr.iter("numerusform")] if tr is not None else []
        empty = (not any(forms)) if message.get("numerus") == "yes" else not (tr is not None and tr.text)
        if kind == "unfinished" or empty:
            missing.append((context, message.findtext("source")))
    return missing


def english_forms(source: str) -> list:
    """'%n layer(s)' → ['%n layer', '%n layers']."""
    return [re.sub(r"\(s\)", "", source), re.sub(r"\(s\)", "s", source)]


def fill(ts: Path, lookup, overwrite=False) -> int:
    """Give every unfinished message (every message: ``overwrite``) ``lookup(context, source)`` (str,
    or list for plural forms) when it returns something; returns how many were filled."""
    tree = ET.parse(ts)
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("obsolete", "vanished"):
                continue
            if tr.get("type") != "unfinished" and not overwrite:
                continue
            value = lookup(name, message.findtext("source"))
            if not value:
                continue
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value]
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value if isinstance(value, str) else value[0]
            tr.attrib.pop("type", None)
            count += 1
    write_ts(tree, ts)
    return count


def write_ts(tree, ts: Path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def fill_english(ts: Path) -> int:
    def lookup(context, source):
        return source

    tree = ET.parse(ts)
    numerus = {(c.findtext("name"), m.findtext("source")) for c in tree.getroot().iter("context")
               for m in c.iter("message") if m.get("numerus") == "yes"}
    return fill(ts, lambda c, s: english_forms(s) if (c, s) in numerus else lookup(c, s))


def fill_from_json(ts: Path, path: Path, overwrite=False) -> int:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    flat = {k: v for k, v in data.items() if not isinstance(v, dict)}
    nested = {k: v for k, v in data.items() if isinstance(v, dict)}
    return fill(ts, lambda c, s: nested.get(c, {}).get(s) or flat.get(s), overwrite)


# ----- a second opinion: which texts the Python sources mark --------------------------------------
def marked_texts(path) -> tuple:
    """(found, problems) for one file.

    found = {(context, source)} of self.tr("…") (context: the enclosing class, as PySide looks it up),
    QCoreApplication.translate("ctx", "…"), N_("ctx", "…"), M_("ctx", "…"), and calls of one-line
    helpers such as ``def _tr(text): return QCoreApplication.translate("Ctx", text)`` with a literal
    text (lupdate does not see through those). problems = calls that can never be translated: an f-string, a
    "+" or a .format() inside tr()/translate(), tr() called through an alias (``tr = self.tr``:
    lupdate cannot know the class), translate() called with literal texts through a name lupdate
    does not know (``t = QCoreApplication.translate``)."""
    tree = ast.parse(Path(path).read_text(encoding="utf-8"), filename=str(path))
    found, problems = set(), []
    helpers = _translate_helpers(tree)
    aliases = {t.id for node in ast.walk(tree) if isinstance(node, ast.Assign)
               and isinstance(node.value, ast.Attribute) and node.value.attr == "translate"
               for t in node.targets if isinstance(t, ast.Name) and t.id != "translate"}

    def visit(node, cls):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
                args = child.args
                if name == "tr" and args:
                    if isinstance(func, ast.Name):
                        problems.append((str(path), child.lineno, "tr() through an alias"))
                    elif cls:
                        _take(cls, args[0], child)
                elif name == "translate" and len(args) >= 2 and _literal(args[0]) is not None and (
                        isinstance(func, ast.Name) or getattr(func.value, "id", "") == "QCoreApplication"):
                    _take(_literal(args[0]), args[1], child)
                elif isinstance(func, ast.Name) and name in aliases and len(args) >= 2 \
                        and _literal(args[0]) is not None and _literal(args[1]) is not None:
                    problems.append((str(path), child.lineno, f"translate() through the alias {name}()"))
                elif name in ("N_", "M_") and len(args) >= 2 and _literal(args[0]) is not None:
                    _take(_literal(args[0]), args[1], child)
                elif isinstance(func, ast.Name) and name in helpers and args:
                    _take(helpers[name], args[0], child)
            visit(child, cls)

    def _take(context, arg, call):
        text = _literal(arg)
        if text is not None:
            found.add((context, text))
        elif isinstance(arg, (ast.JoinedStr, ast.BinOp)) or (
                isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and arg.func.attr == "format"):
            problems.append((str(path), call.lineno, ast.unparse(arg)[:60]))
        # a plain variable: a text marked elsewhere (N_), translated at display time

    visit(tree, None)
    return found, problems


def _translate_helpers(tree) -> dict:
    """Module-level ``def f(text): return QCoreApplication.translate("Ctx", text)`` → {"f": "Ctx"}."""
    helpers = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.args.args and len(node.body) == 1 \
                and isinstance(node.body[0], ast.Return) and isinstance(node.body[0].value, ast.Call):
            call = node.body[0].value
            func = call.func
            if isinstance(func, ast.Attribute) and func.attr == "translate" and len(call.args) >= 2 \
                    and _literal(call.args[0]) is not None and isinstance(call.args[1], ast.Name) \
                    and call.args[1].id == node.args.args[0].arg:
                helpers[node.name] = _literal(call.args[0])
    return helpers


def _literal(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report untranslated texts; exit 1 if any")
    parser.add_argument("--fill", nargs=2, metavar=("LANG", "JSON"), help="merge translations from a JSON file")
    parser.add_argument("--overwrite", action="store_true", help="with --fill: replace finished translations too")
    args = parser.parse_args(argv)
    TS_DIR.mkdir(parents=True, exist_ok=True)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            ts = ts_path("zh_CN", Path(tmp))
            shutil.copy(ts_path("zh_CN"), ts)
            run_lupdate(ts, "zh_CN")
            missing = unfinished(ts)
        for context, source in missing:
            print(f"untranslated [{context}] {source!r}")
        print(f"{len(missing)} untranslated text(s)")
        return 1 if missing else 0
    for language in LANGUAGES:
        ts = ts_path(language)
        run_lupdate(ts, language, quiet=False)
        if language == "en":
            fill_english(ts)
        if args.fill and args.fill[0] == language:
            count = fill_from_json(ts, Path(args.fill[1]), args.overwrite)
            print(f"{count} translation(s) merged into {ts.name}")
        run_lupdate(ts, language)       # back to lupdate's own layout after our edits
        run_lrelease(ts, ts.with_suffix(".qm"))
        left = unfinished(ts)
        print(f"{ts.name}: {len(left)} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
