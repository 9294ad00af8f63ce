"""Pieces shared by the generated Keras and PyTorch scripts: Python literals, input loading, the
command line. The scripts import nothing from NN Studio."""

from __future__ import annotations

import pathlib

from nnstudio.project.python_literals import kwargs, literal

__all__ = ["ARGUMENTS", "LOAD_INPUTS", "kwargs", "literal", "module_name"]


def module_name(path) -> str:
    return pathlib.Path(path).stem


# Input loading and the predictions' output, identical in both scripts (no dependency beyond NumPy).
LOAD_INPUTS = '''def load_inputs(path):
    """(x, y or None) from an .npz holding x (and y) or a .csv with one flattened sample per row."""
    path = pathlib.Path(path)
    if path.suffix == ".npz":
        with np.load(path, allow_pickle=False) as data:
            if "x" not in data.files:
                sys.exit(f"{path} has no array named 'x' (found: {', '.join(data.files)})")
            x = data["x"]
            y = data["y"] if "y" in data.files else None
    else:
        try:
            x = np.loadtxt(path, delimiter=",", ndmin=2, dtype="float32")
        except ValueError:  # a header row
            x = np.loadtxt(path, delimiter=",", ndmin=2, dtype="float32", skiprows=1)
        y = None
    x = np.asarray(x, dtype="float32")
    if x.size % int(np.prod(INPUT_SHAPE)):
        sys.exit(f"{path}: the inputs do not split into samples of shape {INPUT_SHAPE}")
    return x.reshape((-1,) + INPUT_SHAPE), y


def save_predictions(predictions, path):
    path = pathlib.Path(path)
    if path.suffix == ".csv":
        np.savetxt(path, predictions.reshape(len(predictions), -1), delimiter=",")
    else:
        np.save(path, predictions)
    print(f"Saved the predictions to {path}")


def show_predictions(predictions):
    print(f"predictions: shape {predictions.shape}")
    with np.printoptions(precision=4, suppress=True):
        for row in predictions[:5]:
            print(" ", row.reshape(-1))
    if len(predictions) > 5:
        print(f"  … ({len(predictions) - 5} more)")


def inputs_to_predict(args):
    """(x, y or None): the samples of --input (and its targets, if it has them), or random samples."""
    if args.input:
        return load_inputs(args.input)
    return np.random.default_rng(0).random((args.samples,) + INPUT_SHAPE, dtype="float32"), None


def report_predictions(predictions, output=None):
    show_predictions(predictions)
    if output:
        save_predictions(predictions, output)
'''

ARGUMENTS = '''
def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\\n", 1)[0])
    parser.add_argument("--input", help="predict on this .npz (array x; with y also evaluate) or .csv")
    parser.add_argument("--samples", type=int, default=4, help="random samples to predict when no --input")
    parser.add_argument("--train", action="store_true", help="train the network on --data")
    parser.add_argument("--data", help="training data: .npz with arrays x and y")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
    parser.add_argument("--output", help="where --train saves the trained weights, or where predictions go "
                                         "(.npy or .csv)")
    args = parser.parse_args(argv)
    if args.train and not args.data:
        parser.error("--train needs --data FILE.npz with arrays x and y")
    return args
'''
