"""Undoable edits of a project, Qt-free: ``redo(doc)`` applies, ``undo(doc)`` restores exactly.

The GUI wraps each in a QUndoCommand. Network edits snapshot the network (and its weights)
before they apply; trained weights survive an edit only when every weight keeps its shape.
"""

from __future__ import annotations

import copy

from nnstudio.engine.layers import deserialize
from nnstudio.i18n import M_
from nnstudio.project.network import layer_names, new_layer_spec, renumber_default_names, unique_layer_name


def weight_shape_list(layers):
    """Every weight's shape in Keras order, or None when the network does not fit together."""
    shapes, shape = [], None
    try:
        for spec in layers:
            layer = deserialize(spec)
            if spec["class_name"] == "InputLayer":
                shape = layer.shape
                continue
            shapes.extend(tuple(s) for s in layer.weight_shapes(shape).values())
            shape = layer.compute_output_shape(shape)
    except Exception:
        return None
    return shapes


class Command:
    text = M_("commands", "Edit")
    #: commands with the same id and target may merge (typing in a spin box is one undo step)
    merge_id = None

    def redo(self, doc):
        raise NotImplementedError

    def undo(self, doc):
        raise NotImplementedError

    def merge_with(self, other) -> bool:
        return False


class NetworkCommand(Command):
    """Base for edits of ``doc.layers``: subclasses implement ``edit(layers) -> new layers``."""

    def __init__(self):
        self._before = None
        self._after = None

    def edit(self, layers):
        raise NotImplementedError

    def redo(self, doc):
        if self._before is None:
            self._before = doc.network_state()
            self._after = self.edit(copy.deepcopy(doc.layers))
        old_shapes = weight_shape_list(self._before[0])
        keep = doc.weights is not None and old_shapes is not None and old_shapes == weight_shape_list(self._after)
        doc.set_layers(self._after, self._before[1] if keep else None, self._before[2] if keep else None)

    def undo(self, doc):
        doc.restore_network_state(self._before)


class InsertLayer(NetworkCommand):
    def __init__(self, index, class_name_or_spec, **config):
        super().__init__()
        self.index = index
        self.source = class_name_or_spec
        self.config = config
        name = class_name_or_spec if isinstance(class_name_or_spec, str) else class_name_or_spec["class_name"]
        self.text = M_("commands", "Insert {layer}").format(layer=name)

    def edit(self, layers):
        taken = layer_names(layers)
        if isinstance(self.source, str):
            spec = new_layer_spec(self.source, taken, **self.config)
        else:
            spec = copy.deepcopy(self.source)
            spec["config"]["name"] = unique_layer_name(spec["config"].get("name") or "layer", taken)
        index = max(0, min(self.index, len(layers)))
        layers.insert(index, spec)
        if isinstance(self.source, str):
            renumber_default_names(layers)
        self.inserted_name = spec["config"]["name"]
        return layers


class LayerCommand(NetworkCommand):
    """An edit of the layer at ``index``; the class's ``text`` names it in the Edit menu."""

    def __init__(self, index):
        super().__init__()
        self.index = index


class RemoveLayer(LayerCommand):
    text = M_("commands", "Delete layer")

    def edit(self, layers):
        del layers[self.index]
        return layers


class DuplicateLayer(LayerCommand):
    text = M_("commands", "Duplicate layer")

    def edit(self, layers):
        spec = copy.deepcopy(layers[self.index])
        base = spec["config"].get("name", "layer")
        spec["config"]["name"] = unique_layer_name(base.rsplit("_copy", 1)[0] + "_copy", layer_names(layers))
        layers.insert(self.index + 1, spec)
        return layers


class MoveLayer(NetworkCommand):
    """Move the layer at ``source`` so that it ends up at index ``target``."""

    def __init__(self, source, target):
        super().__init__()
        self.source, self.target = source, target
        self.text = M_("commands", "Move layer")

    def edit(self, layers):
        spec = layers.pop(self.source)
        layers.insert(max(0, min(self.target, len(layers))), spec)
        return layers


class SetLayerConfig(NetworkCommand):
    """Change settings of one layer; consecutive changes of the same setting merge into one step."""

    merge_id = 1

    def __init__(self, index, changes: dict, text=None):
        super().__init__()
        self.index = index
        self.changes = dict(changes)
        self.text = text or M_("commands", "Change {settings}").format(settings=", ".join(self.changes))

    def edit(self, layers):
        layers[self.index]["config"].update(copy.deepcopy(self.changes))
        return layers

    def merge_with(self, other) -> bool:
        if not isinstance(other, SetLayerConfig) or other.index != self.index or \
                set(other.changes) != set(self.changes):
            return False
        self.changes = dict(other.changes)
        self._after = other._after
        return True


class ReplaceNetwork(NetworkCommand):
    def __init__(self, layers, text=M_("commands", "Replace network")):
        super().__init__()
        self.layers = copy.deepcopy(layers)
        self.text = text

    def edit(self, layers):
        return self.layers   # doc.set_layers takes a copy


class SetDataSpec(Command):
    """Choose other data; the Input layer follows the data's shape, a loss that cannot work on the
    data's ``task`` becomes automatic, ``layers`` (a suggested network) replace the network and
    ``training`` (settings for it) the training settings, all in the same undo step."""

    def __init__(self, spec: dict, input_shape=None, text=M_("commands", "Change data"), task=None, layers=None,
                 training=None):
        self.spec = dict(spec)
        self.input_shape = list(input_shape) if input_shape is not None else None
        self.text = text
        self.task = task
        self.layers = copy.deepcopy(layers)
        self.training = copy.deepcopy(training)
        self._before = None

    def redo(self, doc):
        from nnstudio.project.validation import loss_fits

        if self._before is None:
            self._before = (dict(doc.data_spec), doc.network_state(), copy.deepcopy(doc.training))
        doc.set_data_spec(self.spec)
        if self.training is not None:
            doc.set_training(copy.deepcopy(self.training))
        if not loss_fits(doc.training.loss, self.task):
            training = copy.deepcopy(doc.training)
            training.loss = "auto"
            doc.set_training(training)
        if self.layers is not None:
            doc.set_layers(self.layers)
        layers = copy.deepcopy(doc.layers)
        if self.input_shape is not None and layers and layers[0]["class_name"] == "InputLayer" \
                and list(layers[0]["config"].get("shape", [])) != self.input_shape:
            layers[0]["config"]["shape"] = list(self.input_shape)
            doc.set_layers(layers)

    def undo(self, doc):
        spec, network, training = self._before
        doc.set_data_spec(spec)
        doc.restore_network_state(network)
        if doc.training != training:
            doc.set_training(copy.deepcopy(training))


class SetTrainingConfig(Command):
    merge_id = 2

    def __init__(self, config, text=M_("commands", "Change training settings")):
        self.config = copy.deepcopy(config)
        self.text = text
        self._before = None

    def redo(self, doc):
        if self._before is None:
            self._before = copy.deepcopy(doc.training)
        doc.set_training(copy.deepcopy(self.config))

    def undo(self, doc):
        doc.set_training(copy.deepcopy(self._before))

    def merge_with(self, other) -> bool:
        if not isinstance(other, SetTrainingConfig):
            return False
        changed_self = {k for k, v in self.config.to_dict().items() if v != self._before.to_dict()[k]}
        changed_other = {k for k, v in other.config.to_dict().items() if v != other._before.to_dict()[k]}
        if changed_self != changed_other:
            return False
        self.config = copy.deepcopy(other.config)
        return True


class LoadProject(Command):
    """Replace the whole project (loading an example); undo brings the previous one back."""

    def __init__(self, other, text=M_("commands", "Load example")):
        self.other = other.copy()
        self.text = text
        self._before = None

    def redo(self, doc):
        if self._before is None:
            self._before = doc.copy()
        doc.replace_with(self.other)
        doc.set_path(None)   # an example is not the file that was open: Save must ask for a name
        doc.set_dirty(True)

    def undo(self, doc):
        doc.replace_with(self._before)
        doc.set_path(self._before.path)
        doc.set_dirty(True)
