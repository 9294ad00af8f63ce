"""The ``nnstudio`` command: the app by default; ``train``, ``export`` and ``summary`` headless.

Failures a user can cause (a bad path, a damaged file, an unknown format) print one line and
exit with status 2; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from nnstudio._version import __version__
from nnstudio.errors import NNStudioError

COMMANDS = ("train", "export", "summary")
EXIT_USER_ERROR = 2


class CliError(NNStudioError):
    pass


def _gui_parser():
    p = argparse.ArgumentParser(prog="nnstudio", description="NN Studio: build, train and export neural networks. "
                                "Commands: train, export, summary (nnstudio COMMAND --help).")
    p.add_argument("file", nargs="?", help="a .nnstudio project to open (default: the example)")
    p.add_argument("--debug", action="store_true", help="show full error details")
    p.add_argument("--version", action="version", version=f"nnstudio {__version__}")
    p.add_argument("--self-test", action="store_true",
                   help="open the window, check the installation, close, and print how long it took")
    p.add_argument("--install-desktop", action="store_true",
                   help="add NN Studio to this user's applications menu and open .nnstudio files with it")
    p.add_argument("--uninstall-desktop", action="store_true", help="undo --install-desktop")
    return p


def _command_parser():
    from nnstudio.project.export_formats import EXPORT_FORMATS

    p = argparse.ArgumentParser(prog="nnstudio")
    p.add_argument("--debug", action="store_true", help="show full error details")
    sub = p.add_subparsers(dest="command", required=True)
    t = sub.add_parser("train", help="train a project (or a CSV table) without a window")
    t.add_argument("file", help="the .nnstudio project, or a .csv table to train a suggested network on")
    t.add_argument("--target", help="CSV: the column to predict (default: the one the import wizard suggests)")
    t.add_argument("--task", choices=("classification", "regression"),
                   help="CSV: what to predict (default: guessed from the target column)")
    t.add_argument("--epochs", type=int, help="how many epochs (default: the project's setting)")
    t.add_argument("-o", "--output", help="where to save the trained project (default: over FILE)")
    t.add_argument("--fresh", action="store_true", help="start from new weights even if the project has some")
    t.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    e = sub.add_parser("export", help="export a trained model")
    e.add_argument("file", help="a .nnstudio project or a .keras model")
    e.add_argument("--format", required=True, help=", ".join(EXPORT_FORMATS))
    e.add_argument("-o", "--output", required=True, help="the file to write")
    e.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    s = sub.add_parser("summary", help="print the Keras-style summary table")
    s.add_argument("file", help="a .nnstudio project or a .keras model")
    s.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    return p


def _existing(path) -> Path:
    """``path`` after checking that it is an ordinary file (a pipe or a device is never read)."""
    from nnstudio.engine.saving.safe_read import check_regular_file

    return check_regular_file(path)


def _check_output(path) -> Path:
    """Before hours of training: the result can be written there (folder exists and is writable)."""
    import os
    import tempfile

    from nnstudio.engine.saving.files import check_destination

    path = check_destination(path)
    try:
        with tempfile.TemporaryFile(dir=path.parent):
            pass
    except OSError as e:
        raise CliError(f"Cannot save to {path}: the folder {path.parent} is not writable "
                       f"({e.strerror or 'permission denied'}).") from None
    if path.exists() and not os.access(path, os.W_OK):
        raise CliError(f"Cannot save to {path}: the file is read-only.")
    return path


def _load_model_file(path: Path):
    """(model, doc, dataset) from a .nnstudio project or a .keras file (doc/dataset None for .keras)."""
    if path.suffix == ".keras":
        from nnstudio.engine.saving import load_model

        return load_model(path), None, None
    from nnstudio.data import load_dataset
    from nnstudio.project import load_project, model_for_project

    doc = load_project(path)
    dataset = load_dataset(doc.data_spec)
    if doc.weights is None:
        print(f"note: {path.name} has not been trained yet; its freshly initialised weights are used.",
              file=sys.stderr)
    return model_for_project(doc, dataset), doc, dataset


class ProgressBar:
    """One terminal line: epoch, a bar, loss and metrics, samples/s and ETA."""

    def __init__(self, stream=sys.stderr, width=24):
        self.stream, self.width = stream, width
        self.tty = hasattr(stream, "isatty") and stream.isatty()
        self.last = 0.0
        self.logs = {}

    def __call__(self, p):
        if p.logs:
            self.logs = p.logs
        now = time.monotonic()
        if p.kind == "batch" and now - self.last < 0.1:
            return
        self.last = now
        filled = int(round(p.fraction * self.width))
        bar = "█" * filled + "·" * (self.width - filled)
        metrics = "  ".join(f"{k} {v:.4f}" for k, v in self.logs.items()
                            if k not in ("epoch", "seconds", "lr") and isinstance(v, float))
        eta = f"ETA {p.eta_seconds:.0f}s" if p.eta_seconds is not None and p.state == "running" else ""
        epoch = int(p.logs["epoch"]) if p.kind == "epoch" and p.logs else min(p.epoch + 1, p.epochs)
        line = f"Epoch {epoch}/{p.epochs} {bar} {metrics}  {p.samples_per_second:,.0f} samples/s {eta}"
        if self.tty:
            self.stream.write("\r" + line[:200].ljust(120))
            if p.kind == "finished":
                self.stream.write("\n")
        elif p.kind in ("epoch", "diverged"):
            self.stream.write(line + "\n")
        if p.kind == "diverged":
            self.stream.write(("\n" if self.tty else "") + p.message + "\n")
        self.stream.flush()


def _csv_project(path: Path, args):
    """(doc, dataset) for a CSV table: read as the wizard reads it, with the suggested network."""
    from nnstudio.data import CsvOptions, read_csv
    from nnstudio.project.suggested_network import suggested_project

    dataset = read_csv(path, CsvOptions(target=args.target, task=args.task or "auto"))
    print(dataset.description, file=sys.stderr)
    return suggested_project(dataset, path.stem), dataset


def _test_metric(doc, dataset) -> str:
    """``test accuracy 0.xxx`` or ``test mae x.xxx`` of the trained model on the test split."""
    from nnstudio.project import model_for_project

    model = model_for_project(doc, dataset)
    out = model.predict(dataset.x_test, batch_size=1024)
    if dataset.task == "classification":
        guess = (out[:, 0] > (0.5 if out.min() >= 0 else 0.0)).astype(int) if out.shape[1] == 1 else out.argmax(1)
        return f"test accuracy {float((guess == dataset.y_test).mean()):.3f}"
    return f"test mae {float(abs(out.reshape(len(out), -1)[:, 0] - dataset.y_test).mean()):.3f}"


def cmd_train(args) -> int:
    from nnstudio.data import load_dataset
    from nnstudio.project import load_project, save_project
    from nnstudio.training import RunRecorder

    path = _existing(args.file)
    from_csv = path.suffix.lower() != ".nnstudio" and not _is_zip(path)
    if not from_csv and (args.target or args.task):
        raise CliError("--target and --task are for a CSV table; a project already knows its data.")
    out = _check_output(Path(args.output) if args.output else path.with_suffix(".nnstudio") if from_csv else path)
    if from_csv:
        doc, dataset = _csv_project(path, args)
    else:
        doc = load_project(path)
    if args.epochs is not None:
        if not 0 < args.epochs <= doc.training.MAX_COUNT:
            raise CliError(f"--epochs must be a whole number from 1 to {doc.training.MAX_COUNT:,}, not {args.epochs}.")
        doc.training.epochs = args.epochs
    if not from_csv:
        dataset = load_dataset(doc.data_spec)
    if dataset.preprocessing is not None:
        doc.preprocessing = dataset.preprocessing.to_json()
    recorder = RunRecorder(doc, dataset, fresh=args.fresh)
    bar = ProgressBar()

    def report(p):
        bar(p)
        recorder.record(p)

    session = recorder.session(report=report, max_rate=10, pause_on_divergence=False)
    run = recorder.begin()
    state = session.run()  # a diverged run ends as "diverged" with the last good weights restored
    recorder.end(state)
    recorder.write_weights()
    save_project(doc, out)
    final = run.epochs[-1] if run.epochs else {}
    shown = ", ".join(f"{k} {v:.4f}" for k, v in final.items() if k.startswith(("test_", "loss", "accuracy")))
    print(f"Trained {len(run.epochs)} epoch(s) of {recorder.config.epochs - recorder.initial_epoch}; {shown}. "
          f"Saved to {out}.")
    if from_csv and doc.weights is not None:
        print(_test_metric(doc, dataset))
    return 0 if state in ("finished", "stopped") else EXIT_USER_ERROR


def _is_zip(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def cmd_export(args) -> int:
    from nnstudio.export import export_model
    from nnstudio.project.export_formats import EXPORT_FORMATS

    if args.format not in EXPORT_FORMATS:
        raise CliError(f"Unknown export format {args.format!r}. Choose one of: {', '.join(EXPORT_FORMATS)}.")
    from nnstudio.project.model_factory import preprocessing_for

    model, doc, dataset = _load_model_file(_existing(args.file))
    training = preprocessing = None
    if doc is not None:
        training = {**(model.get_compile_config() or {}), "batch_size": doc.training.batch_size,
                    "epochs": doc.training.epochs}
        preprocessing = preprocessing_for(doc, dataset)
    written = export_model(model, args.format, args.output, training=training, preprocessing=preprocessing)
    for p in written:
        print(f"Wrote {p}")
    return 0


def cmd_summary(args) -> int:
    path = _existing(args.file)
    if path.suffix == ".keras":
        model, _, _ = _load_model_file(path)
        model.summary()
        return 0
    from nnstudio.project import load_project, validate_network

    doc = load_project(path)
    report = validate_network(doc.layers)
    print(report.summary_text(doc.title or "model"))
    if not report.ok:
        print(f"Problem: {report.error}")
    return 0


def cmd_desktop(install: bool) -> int:
    from nnstudio import desktop_integration

    if sys.platform == "darwin":
        print("On macOS, NN Studio.app registers .nnstudio files itself: move it to Applications.")
        return 0
    if install:
        written = desktop_integration.install()
        print("NN Studio is in your applications menu; .nnstudio files open with it.")
    else:
        written = desktop_integration.uninstall()
        print("NN Studio is no longer in your applications menu." if written else "Nothing to remove.")
    for item in written:
        print(f"  {item}")
    return 0


def _no_screen() -> bool:
    """Linux without an X11 or Wayland display (and no Qt platform chosen): a window cannot open."""
    import os

    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def main(argv=None) -> int:
    started = time.perf_counter()
    argv = list(sys.argv[1:] if argv is None else argv)
    from nnstudio.engine import part_processes

    if argv == [part_processes.FROZEN_FLAG]:  # the frozen app as a helper process of training
        return part_processes.serve()
    from nnstudio.engine.memory_reuse import keep_freed_memory

    keep_freed_memory()  # this process is the app's own: training reuses its freed memory
    debug = "--debug" in argv
    try:
        if argv and argv[0] in COMMANDS or (len(argv) > 1 and argv[0] == "--debug" and argv[1] in COMMANDS):
            args = _command_parser().parse_args(argv)
            return {"train": cmd_train, "export": cmd_export, "summary": cmd_summary}[args.command](args)
        args = _gui_parser().parse_args(argv)
        if args.install_desktop or args.uninstall_desktop:
            return cmd_desktop(args.install_desktop)
        if args.self_test:
            if _no_screen():
                import os

                os.environ["QT_QPA_PLATFORM"] = "offscreen"
            from nnstudio.gui.self_test import run_self_test

            return run_self_test(started)
        if _no_screen():
            raise CliError("There is no screen to open the window on (DISPLAY is not set). Start NN Studio "
                           "from a desktop, or use nnstudio train, export or summary.")
        from nnstudio.gui.app import run_gui  # a file that cannot be opened: the window says why

        return run_gui(args.file)
    except SystemExit as e:  # argparse: usage errors are status 2 already
        return int(e.code or 0) if isinstance(e.code, int) else EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("nnstudio: interrupted", file=sys.stderr)
        return 130
    except NNStudioError as e:
        if debug:
            raise
        print(f"nnstudio: error: {e}", file=sys.stderr)
        return EXIT_USER_ERROR
    except MemoryError:
        if debug:
            raise
        print("nnstudio: error: the computer ran out of memory. Try a smaller network or data set.", file=sys.stderr)
        return EXIT_USER_ERROR
    except OSError as e:
        if debug:
            raise
        print(f"nnstudio: error: {e.strerror or 'the file cannot be read or written'}"
              f"{f' ({e.filename})' if e.filename else ''}.", file=sys.stderr)
        return EXIT_USER_ERROR
    except Exception as e:  # never a traceback or a Python name for a user; --debug shows them
        if debug:
            raise
        from nnstudio.i18n import Message, message_of

        if isinstance(message_of(e), Message):  # a plain-words refusal raised as ValueError/TypeError
            print(f"nnstudio: error: {message_of(e)}", file=sys.stderr)
            return EXIT_USER_ERROR
        print("nnstudio: error: something went wrong that NN Studio did not expect. Run again with --debug for "
              "the details, and please report them.", file=sys.stderr)
        return EXIT_USER_ERROR


if __name__ == "__main__":
    sys.exit(main())
