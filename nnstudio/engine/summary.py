"""``model.summary()`` in Keras 3's table layout (its default 76-column width on an 80-column
terminal): fixed columns, long cells wrapped at spaces, parameter counts with thousands commas."""

from __future__ import annotations

import textwrap

import numpy as np

from nnstudio.engine import backend

#: content widths of Keras's three columns at its default line length (76)
COLUMNS = (31, 22, 13)


def _fmt_bytes(n):
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.2f} {unit}"
        n /= 1024


def _shape(shape):
    return "(" + ", ".join(["None", *(str(d) for d in shape)]) + ")" if shape is not None else "?"


def summary_rows(model):
    """(name (type), output shape, params) per layer; unbuilt layers show '?' and '0 (unbuilt)'."""
    rows = []
    for layer in model.layers:
        built = layer.built
        rows.append((f"{layer.name} ({type(layer).__name__})",
                     _shape(layer.output_shape) if built else "?",
                     f"{layer.count_params():,}" if built else "0 (unbuilt)"))
    return rows


def _widths(line_length):
    if not line_length:
        return COLUMNS
    content = max(int(line_length) - 10, 15)  # 4 borders and a space either side of each cell
    first = max(content * COLUMNS[0] // sum(COLUMNS), 5)
    second = max(content * COLUMNS[1] // sum(COLUMNS), 5)
    return (first, second, max(content - first - second, 5))


def summary_text(model, line_length=None, more=None) -> str:
    """The table of ``model.layers``; ``more`` = (layers, params, trainable params) of layers left
    out of the table (a very long network): one row says how many, and the totals count them."""
    w = _widths(line_length)

    def line(left, mid, right, fill):
        return left + mid.join(fill * (c + 2) for c in w) + right

    def cells(row, sep="│"):
        wrapped = [textwrap.wrap(text, width, break_long_words=True) or [""] for text, width in zip(row, w)]
        out = []
        for i in range(max(len(c) for c in wrapped)):
            a, b, c = (col[i] if i < len(col) else "" for col in wrapped)
            out.append(f"{sep} {a:<{w[0]}} {sep} {b:<{w[1]}} {sep} {c:>{w[2]}} {sep}")
        return out

    rows = summary_rows(model)
    if more is not None:
        rows.append((f"… {more[0]:,} more layers", "", ""))
    out = [f'Model: "{model.name}"', line("┏", "┳", "┓", "━"),
           *cells(("Layer (type)", "Output Shape", "Param #"), "┃"), line("┡", "╇", "┩", "━")]
    for i, r in enumerate(rows):
        out.extend(cells(r))
        if i < len(rows) - 1:
            out.append(line("├", "┼", "┤", "─"))
    out.append(line("└", "┴", "┘", "─"))
    weights = [(w, layer.trainable and n in layer.trainable_names)
               for layer in model.layers if layer.built for n, w in layer.weights_dict.items()]
    total, total_bytes = sum(w.size for w, _ in weights), sum(w.nbytes for w, _ in weights)
    trainable = sum(w.size for w, t in weights if t)
    trainable_bytes = sum(w.nbytes for w, t in weights if t)
    if more is not None:
        itemsize = np.dtype(backend.floatx()).itemsize
        total, total_bytes = total + more[1], total_bytes + more[1] * itemsize
        trainable, trainable_bytes = trainable + more[2], trainable_bytes + more[2] * itemsize
    out.append(f" Total params: {total:,} ({_fmt_bytes(total_bytes)})")
    out.append(f" Trainable params: {trainable:,} ({_fmt_bytes(trainable_bytes)})")
    out.append(f" Non-trainable params: {total - trainable:,} ({_fmt_bytes(total_bytes - trainable_bytes)})")
    return "\n".join(out)
