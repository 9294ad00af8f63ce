"""Write the example gallery as .nnstudio files into resources/examples/ (untrained projects)."""

from pathlib import Path

from nnstudio.project import EXAMPLES, make_example, save_project

out = Path(__file__).resolve().parent.parent / "resources" / "examples"
out.mkdir(parents=True, exist_ok=True)
for key in EXAMPLES:
    save_project(make_example(key), out / f"{key}.nnstudio")
    print(out / f"{key}.nnstudio")
