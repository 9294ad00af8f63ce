"""The glossary behind Help ▸ Glossary: twelve words a beginner meets, in plain language.

Qt-free data. Every text is marked with :func:`N_` in the "Glossary" context; the Chinese lives in
``resources/translations/nnstudio_zh_CN.ts`` like every other text of the app. ``target`` is the
objectName of the control where the idea shows up in NN Studio (the glossary can point at it).
"""

from __future__ import annotations

from dataclasses import dataclass

from nnstudio.i18n import N_

CONTEXT = "Glossary"


@dataclass(frozen=True)
class GlossaryEntry:
    key: str            # the English term in lower case: stable, used by tests and links
    term: str           # marked for translation
    definition: str     # marked for translation
    where: str          # marked for translation: where the idea appears in the app
    target: str = ""    # objectName of the control to point at ("" = none)


GLOSSARY = (
    GlossaryEntry(
        "layer", N_("Glossary", "Layer"),
        N_("Glossary", "A step in the network. Each layer takes numbers in, changes them and passes them on "
                       "to the next layer. The data flows from the input layer to the output layer."),
        N_("Glossary", "The blocks on the network canvas. Add more from the layer palette."),
        "networkCanvas"),
    GlossaryEntry(
        "neuron", N_("Glossary", "Neuron"),
        N_("Glossary", "One small calculator inside a layer. It multiplies each input by a weight, adds "
                       "them up with a bias and passes the sum through an activation."),
        N_("Glossary", "A Dense layer's “units” setting is its number of neurons (in the layer settings)."),
        "inspector"),
    GlossaryEntry(
        "weight", N_("Glossary", "Weight"),
        N_("Glossary", "A number that says how strongly one input counts for a neuron. Training changes the "
                       "weights, a little at a time, until the answers get better."),
        N_("Glossary", "Each layer block shows how many parameters (weights and biases) it has."),
        "networkCanvas"),
    GlossaryEntry(
        "bias", N_("Glossary", "Bias"),
        N_("Glossary", "A number a neuron adds to its sum before the activation, so that it can answer "
                       "“yes” even when all inputs are zero. It is learnt like a weight."),
        N_("Glossary", "Counted in the parameters of each layer block on the network canvas."),
        "networkCanvas"),
    GlossaryEntry(
        "activation", N_("Glossary", "Activation"),
        N_("Glossary", "The function a neuron applies to its sum, for example relu (negative numbers become "
                       "zero) or tanh (squashes into −1…1). Without it, a deep network could only draw "
                       "straight lines."),
        N_("Glossary", "The “Activation” box in the layer settings of a selected layer."),
        "activationCombo"),
    GlossaryEntry(
        "loss", N_("Glossary", "Loss"),
        N_("Glossary", "A single number that says how wrong the network's answers are. Training tries to "
                       "make it as small as possible."),
        N_("Glossary", "The “Loss” box in the training settings, and the loss curve."),
        "lossPlot"),
    GlossaryEntry(
        "optimizer", N_("Glossary", "Optimizer"),
        N_("Glossary", "The method that decides how to change the weights after each batch so that the loss "
                       "goes down. SGD is the simplest; Adam adapts the step for each weight."),
        N_("Glossary", "The “Optimizer” box in the training settings."),
        "optimizerCombo"),
    GlossaryEntry(
        "learning rate", N_("Glossary", "Learning rate"),
        N_("Glossary", "How big each change of the weights is. Too big and the loss jumps around or "
                       "explodes; too small and learning takes forever."),
        N_("Glossary", "The “Learning rate” box in the training settings."),
        "learningRateSpin"),
    GlossaryEntry(
        "epoch", N_("Glossary", "Epoch"),
        N_("Glossary", "One pass over the whole training set. Training usually runs for many epochs; the "
                       "curves get one new point per epoch."),
        N_("Glossary", "The “Epochs” box in the training settings; the x-axis of the curves."),
        "epochsSpin"),
    GlossaryEntry(
        "batch", N_("Glossary", "Batch"),
        N_("Glossary", "A small group of examples the network looks at together before its weights are "
                       "changed once. Smaller batches mean more, noisier steps."),
        N_("Glossary", "The “Batch size” box in the training settings; Step trains one batch."),
        "batchSizeSpin"),
    GlossaryEntry(
        "overfitting", N_("Glossary", "Overfitting"),
        N_("Glossary", "When the network learns the training examples by heart instead of the general rule. "
                       "It shows when the training loss keeps falling but the test loss starts to rise."),
        N_("Glossary", "Compare the training and test curves in the loss plot."),
        "lossPlot"),
    GlossaryEntry(
        "validation", N_("Glossary", "Validation"),
        N_("Glossary", "Checking the network on examples it never trained on (validation or test data). "
                       "Only this tells whether it learnt the rule or just memorised the examples."),
        N_("Glossary", "The test (or validation) curves in the loss and accuracy plots."),
        "accuracyPlot"),
)


def entry(key: str) -> GlossaryEntry:
    for e in GLOSSARY:
        if e.key == key:
            return e
    raise ValueError(f"Unknown glossary term. Expected one of {', '.join(e.key for e in GLOSSARY)}. "
                     f"Received: key={key!r}")
