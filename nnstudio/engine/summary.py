"""``model.summary()`` in Keras 3's table layout."""

from __future__ import annotations

from nnstudio.engine import backend


def _fmt_bytes(n):
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.2f} {unit}"
        n /= 1024


def format_shape(shape):
    """Keras's output-shape text: ``(None, 10)``; '?' when unknown."""
    return "(" + ", ".join(["None", *(str(d) for d in shape)]) + ")" if shape is not None else "?"


def summary_rows(model):
    """(name (type), output shape, params) per layer; the model must be built."""
    rows = []
    for layer in model.layers:
        built = layer.built
        rows.append((f"{layer.name} ({type(layer).__name__})",
                     format_shape(layer.output_shape) if built else "?",
                     str(layer.count_params()) if built else "0 (unbuilt)"))
    return rows


def summary_text(model) -> str:
    if model.built:
        total = sum(layer.count_params() for layer in model.layers)
        trainable = sum(layer.weights_dict[n].size for layer in model.layers if layer.trainable
                        for n in layer.trainable_names)
    else:
        total = trainable = 0
    return format_summary(model.name, summary_rows(model), total, trainable)


def format_summary(name, rows, total, trainable) -> str:
    """Keras's table from rows of (name (type), output shape, params) strings."""
    w = [max(31, *(len(r[0]) + 2 for r in rows)) if rows else 31,
         max(22, *(len(r[1]) + 2 for r in rows)) if rows else 22, 13]

    def line(left, mid, right, fill):
        return left + mid.join(fill * (c + 2) for c in w) + right

    def cells(a, b, c, sep="│"):
        return f"{sep} {a:<{w[0]}} {sep} {b:<{w[1]}} {sep} {c:>{w[2]}} {sep}"

    out = [f'Model: "{name}"', line("┏", "┳", "┓", "━"),
           cells("Layer (type)", "Output Shape", "Param #", "┃"), line("┡", "╇", "┩", "━")]
    for i, r in enumerate(rows):
        out.append(cells(*r))
        if i < len(rows) - 1:
            out.append(line("├", "┼", "┤", "─"))
    out.append(line("└", "┴", "┘", "─"))
    itemsize = 4 if backend.floatx() == "float32" else 8
    out.append(f" Total params: {total:,} ({_fmt_bytes(total * itemsize)})")
    out.append(f" Trainable params: {trainable:,} ({_fmt_bytes(trainable * itemsize)})")
    out.append(f" Non-trainable params: {total - trainable:,} ({_fmt_bytes((total - trainable) * itemsize)})")
    return "\n".join(out)
