"""The main controls by objectName (the automation-name contract), with a friendly name and a
plain-words explanation each: the lesson editor lists them, the accessibility pass and
"What's This?" fall back on them, the tour and the glossary point at them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from nnstudio.i18n import N_

CONTEXT = "Controls"


@dataclass(frozen=True)
class ControlInfo:
    name: str           # objectName
    label: str          # marked for translation
    help: str           # marked for translation
    group: str          # marked for translation

    def friendly(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.label)

    def explanation(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.help)

    def group_title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.group)


_BUILD = N_("Controls", "Building the network")
_TRAIN = N_("Controls", "Training settings")
_RUN = N_("Controls", "Running the training")
_WATCH = N_("Controls", "Watching the results")

CONTROLS = (
    ControlInfo("layerPalette", N_("Controls", "Layer palette"),
                N_("Controls", "The building blocks of a network. Drag a layer onto the network, or select it "
                               "and press Enter to add it."), _BUILD),
    ControlInfo("networkCanvas", N_("Controls", "Network canvas"),
                N_("Controls", "Your network: the data flows from the input, through the layers, to the "
                               "output. Click a layer to change it; drag it to move it."), _BUILD),
    ControlInfo("inspector", N_("Controls", "Layer settings"),
                N_("Controls", "The settings of the selected layer, for example how many neurons it has and "
                               "which activation it uses."), _BUILD),
    ControlInfo("activationCombo", N_("Controls", "Activation"),
                N_("Controls", "The function each neuron of the selected layer applies to its sum. It lets "
                               "the network draw curved boundaries; relu and tanh are common choices."), _BUILD),
    ControlInfo("datasetCombo", N_("Controls", "Data set"),
                N_("Controls", "The examples the network learns from: inputs together with the right "
                               "answers."), _TRAIN),
    ControlInfo("optimizerCombo", N_("Controls", "Optimizer"),
                N_("Controls", "The method that changes the weights after each batch so that the loss goes "
                               "down. Adam is a safe first choice."), _TRAIN),
    ControlInfo("learningRateSpin", N_("Controls", "Learning rate"),
                N_("Controls", "How big each change of the weights is. Too big: the loss jumps around. Too "
                               "small: learning is slow."), _TRAIN),
    ControlInfo("epochsSpin", N_("Controls", "Epochs"),
                N_("Controls", "How many times the network goes through the whole training set."), _TRAIN),
    ControlInfo("batchSizeSpin", N_("Controls", "Batch size"),
                N_("Controls", "How many examples the network looks at before each change of its "
                               "weights."), _TRAIN),
    ControlInfo("lossCombo", N_("Controls", "Loss"),
                N_("Controls", "How the error of the answers is measured. Training tries to make this number "
                               "small."), _TRAIN),
    ControlInfo("trainButton", N_("Controls", "Train"),
                N_("Controls", "Start (or continue) training: the network goes through the data again and "
                               "again and improves its weights."), _RUN),
    ControlInfo("pauseButton", N_("Controls", "Pause"),
                N_("Controls", "Pause the training. You can change settings and then continue."), _RUN),
    ControlInfo("stepButton", N_("Controls", "Step"),
                N_("Controls", "Train on one more batch and pause again, to watch learning in slow "
                               "motion."), _RUN),
    ControlInfo("stopButton", N_("Controls", "Stop"),
                N_("Controls", "End this training run. The weights learnt so far are kept."), _RUN),
    ControlInfo("resetButton", N_("Controls", "Reset"),
                N_("Controls", "Start again from scratch: new random weights and empty curves."), _RUN),
    ControlInfo("trainingProgress", N_("Controls", "Training progress"),
                N_("Controls", "How much of the planned training is done."), _RUN),
    ControlInfo("lossPlot", N_("Controls", "Loss curve"),
                N_("Controls", "The error after each epoch, on training and test data. It should go down. If "
                               "the test curve rises while the training curve falls, the network is "
                               "overfitting."), _WATCH),
    ControlInfo("accuracyPlot", N_("Controls", "Accuracy curve"),
                N_("Controls", "The share of examples the network answers correctly after each epoch, on "
                               "training and test data."), _WATCH),
)

BY_NAME = {c.name: c for c in CONTROLS}


def control(name: str) -> ControlInfo | None:
    return BY_NAME.get(name)
