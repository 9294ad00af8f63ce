"""Nothing outside the engine reaches into it: no import of a private engine module or name, no
use of an attribute the engine keeps private. (The engine can then change its insides freely.)"""

import ast
from pathlib import Path

import nnstudio

PACKAGE = Path(nnstudio.__file__).parent
ENGINE = PACKAGE / "engine"


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _engine_private_attributes() -> set:
    """Attributes and methods the engine's own code names with a leading underscore."""
    names = set()
    for path in ENGINE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and _private(node.attr):
                names.add(node.attr)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and _private(node.name):
                names.add(node.name)
    return names


def _own_private_attributes(tree) -> set:
    """What a module sets or defines privately itself (``self._x = …``, ``def _x``, ``obj._x = …``)."""
    own = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and _private(node.name):
            own.add(node.name)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store) and _private(node.attr):
            own.add(node.attr)
    return own


def private_engine_uses(source: str, where: str, engine_private: set) -> list[str]:
    """Each place in a module outside the engine that imports or uses a private engine name."""
    tree = ast.parse(source)
    own = _own_private_attributes(tree)
    problems = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("nnstudio.engine"):
            parts = node.module.split(".") + [a.name for a in node.names]
            problems += [f"{where}:{node.lineno} imports {p}" for p in parts if _private(p)]
        elif isinstance(node, ast.Import):
            problems += [f"{where}:{node.lineno} imports {a.name}" for a in node.names
                         if a.name.startswith("nnstudio.engine") and any(map(_private, a.name.split(".")))]
        elif (isinstance(node, ast.Attribute) and node.attr in engine_private and node.attr not in own
              and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))):
            problems.append(f"{where}:{node.lineno} uses .{node.attr}")
    return problems


def test_nothing_outside_the_engine_uses_a_private_engine_name():
    engine_private = _engine_private_attributes()
    problems = []
    for path in PACKAGE.rglob("*.py"):
        if ENGINE not in path.parents:
            problems += private_engine_uses(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE.parent)),
                                            engine_private)
    assert not problems, "\n".join(problems)


def test_the_check_reports_each_kind_of_private_use():
    violating = ("from nnstudio.engine.layers._windows import window_pads\n"
                 "import nnstudio.engine.layers._windows\n"
                 "from nnstudio.engine.model import _private_helper\n"
                 "pairs = model._variables\n"
                 "arrays = model._var_arrays\n")
    problems = private_engine_uses(violating, "outside.py", _engine_private_attributes())
    assert problems == ["outside.py:1 imports _windows", "outside.py:2 imports nnstudio.engine.layers._windows",
                        "outside.py:3 imports _private_helper", "outside.py:4 uses ._variables",
                        "outside.py:5 uses ._var_arrays"]


def test_the_check_allows_public_names_and_a_module_s_own_private_attributes():
    allowed = ("from nnstudio.engine.layers import window_pads\n"
               "class View:\n"
               "    def __init__(self):\n"
               "        self._var_arrays = []\n"
               "    def show(self):\n"
               "        return self._var_arrays, model.prepare(x, y)\n")
    assert private_engine_uses(allowed, "outside.py", _engine_private_attributes()) == []
