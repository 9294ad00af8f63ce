"""A weight read from a file into a built network: it must have the shape its layer needs (the
.keras / .weights.h5 reader and the .npz / JSON loaders all check it here)."""

from __future__ import annotations

from nnstudio.errors import ProjectFileError
from nnstudio.i18n import M_


def fitting_weight(array, current, name: str, layer, source: str):
    """``array`` as ``layer``'s weight ``name`` (now ``current``); a plain-words ProjectFileError
    when the file's shape differs (a file saved from a different network)."""
    if array.shape != current.shape:
        raise ProjectFileError(M_("errors", "{source}: the {weight} of layer '{layer}' has shape {shape} in the file "
                                            "but {expected} in the network.")
                               .format(source=source, weight=name, layer=layer.name, shape=array.shape,
                                       expected=current.shape))
    return array
