"""Errors raised below ``gui`` reach users (dialogs, the status bar, the canvas), so their messages
are translatable Messages (``M_("errors", "…").format(…)``), never plain strings or f-strings.
Read from the sources: a new ``raise ValueError(f"…")`` fails here unless it is listed below
with the reason no user can ever see it."""

from __future__ import annotations

import ast
import string
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QT_FREE = ("engine", "keras", "data", "project", "training", "export", "insight", "i18n", "errors.py")
CONTEXTS = {"errors", "validation", "notes", "commands", "layers", "training"}  # layers: block summaries
#: functions that build an error from the message they are given -> position of that argument
MESSAGE_HELPERS = {"_fail": 1, "refuse": 0, "_hint": 0, "bad": 1, "shape_error": 0, "not_a_number": 3,
                   "_too_many_classes": 1}

#: (file, function) -> why its plain-text error can never reach a user
PLAIN_ALLOWED = {
    ("nnstudio/engine/parallel.py", "set_num_threads"):
        "thread count set by code (benchmarks, tests); the app never calls it with a user's value",
    ("nnstudio/export/graph_plan.py", "plan"):
        "check_exportable refuses unknown layer types before a plan is made",
    ("nnstudio/training/session.py", "TrainingSession.request_step"):
        "the step kind comes from the GUI's own buttons ('batch' or 'epoch'), never typed",
    ("nnstudio/data/dataset.py", "Dataset.__post_init__"):
        "task and kind are set by the loaders from fixed choices, never from a user",
    ("nnstudio/data/transforms.py", "Standardizer.transform"):
        "calling transform before fit is a programming error",
    ("nnstudio/insight/histograms.py", "GrowingHistogram.__init__"):
        "the bin count is a constant of the views",
    ("nnstudio/project/examples.py", "make_example"):
        "example keys come from the gallery's own list",
    ("nnstudio/engine/part_processes.py", "Helper.__init__"):
        "caught by the split step, which then keeps every part on threads (sharded_step.py)",
    ("nnstudio/engine/part_processes.py", "SharedBlock.array"):
        "caught by the split step, which then runs the part in this process (sharded_step.py)",
    ("nnstudio/i18n/glossary.py", "entry"):
        "glossary keys are constants of the code that links to the glossary",
}


def source_files():
    for name in QT_FREE:
        path = ROOT / "nnstudio" / name
        yield from ([path] if path.suffix == ".py" else sorted(path.rglob("*.py")))


def _parents(tree):
    parents = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    return parents


def _where(node, parents) -> str:
    names = []
    while node in parents:
        node = parents[node]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return ".".join(reversed(names))


def _call_name(call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)


def _is_marked(node) -> bool:
    """``M_(…)`` or ``M_(…).format(…)``."""
    if isinstance(node, ast.Call) and _call_name(node) == "format" and isinstance(node.func, ast.Attribute):
        node = node.func.value
    return isinstance(node, ast.Call) and _call_name(node) == "M_"


def _plain_text(node) -> bool:
    """A text built in place: a literal, an f-string, "…" + x, "…" % x, "…".format(…), a or b of those."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _plain_text(node.left) or _plain_text(node.right)
    if isinstance(node, ast.IfExp):
        return _plain_text(node.body) or _plain_text(node.orelse)
    if isinstance(node, ast.Call) and _call_name(node) == "format" and isinstance(node.func, ast.Attribute):
        return _plain_text(node.func.value)
    return False


def _message_arguments(call):
    """The arguments of ``call`` that carry its message: every one of an exception or a note, the
    message argument of a helper."""
    position = MESSAGE_HELPERS.get(_call_name(call))
    if position is None:
        return [*call.args, *(kw.value for kw in call.keywords)]
    return call.args[position:position + 1]


def _plain_arguments(call):
    """Message arguments of ``call`` (and of message helpers called inside it) that are plain text."""
    found = []
    for arg in _message_arguments(call):
        if _is_marked(arg):
            continue
        if _plain_text(arg):
            found.append(arg)
        elif isinstance(arg, ast.Call) and _call_name(arg) in MESSAGE_HELPERS:
            found += _plain_arguments(arg)
    return found


def plain_messages():
    """(file, function, line, source) of every error or note built from plain text."""
    out = []
    for path in source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = _parents(tree)
        rel = path.relative_to(ROOT).as_posix()
        for node in ast.walk(tree):
            calls = []
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                calls.append(node.exc)
            elif isinstance(node, ast.Call) and _call_name(node) in MESSAGE_HELPERS:
                calls.append(node)
            elif isinstance(node, ast.Call) and _call_name(node) == "append" and \
                    isinstance(node.func.value, ast.Attribute) and node.func.value.attr == "notes":
                calls.append(node)
            for call in calls:
                for arg in _plain_arguments(call):
                    out.append((rel, _where(node, parents), arg.lineno, ast.unparse(arg)[:70]))
    return sorted(set(out))


def test_errors_below_gui_are_translatable_messages():
    found = plain_messages()
    unexpected = [f for f in found if (f[0], f[1]) not in PLAIN_ALLOWED]
    assert not unexpected, "plain-text errors (mark them with M_ or list them with a reason):\n" + "\n".join(
        f"  {path}:{line} in {where}: {text}" for path, where, line, text in unexpected)


def test_every_allowed_plain_error_still_exists():
    found = {(path, where) for path, where, _line, _text in plain_messages()}
    stale = sorted(set(PLAIN_ALLOWED) - found)
    assert not stale, f"allowed plain errors that are gone (remove them from the list): {stale}"
    assert all(reason.strip() for reason in PLAIN_ALLOWED.values())


def _fields(text) -> set:
    return {name.split(".")[0].split("[")[0] for _lit, name, _spec, _conv in string.Formatter().parse(text)
            if name is not None}


def test_marked_messages_fill_exactly_their_placeholders():
    """``M_(ctx, text)`` takes literals in a known context; a text with {fields} is followed by
    ``.format(…)`` naming exactly those fields, a text without fields by nothing."""
    problems = []
    count = 0
    for path in (ROOT / "nnstudio").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = _parents(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "M_"):
                continue
            count += 1
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args]
            if len(args) != 2 or None in args or node.keywords:
                problems.append(f"{where}: M_ needs a literal context and a literal text")
                continue
            context, text = args
            if context not in CONTEXTS:
                problems.append(f"{where}: context {context!r} is not one of {sorted(CONTEXTS)}")
            attribute = parents.get(node)
            call = parents.get(attribute)
            formatted = isinstance(attribute, ast.Attribute) and attribute.attr == "format" and \
                isinstance(call, ast.Call) and call.func is attribute
            fields = _fields(text)
            if not formatted:
                if "{" in text or "}" in text:
                    problems.append(f"{where}: {text[:50]!r} has braces but is not formatted")
                continue
            if call.args:
                problems.append(f"{where}: Message.format takes named fields only")
            names = {kw.arg for kw in call.keywords}
            if None not in names and names != fields:
                problems.append(f"{where}: {text[:50]!r} has fields {sorted(fields)}, given {sorted(names)}")
    assert count > 300
    assert not problems, "\n".join(problems)
