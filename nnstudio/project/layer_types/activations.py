"""The activation layers: each is only its activation function, which the exports write as a step
of its own (export/graph_plan.py)."""

from __future__ import annotations

from nnstudio.i18n import M_, N_
from nnstudio.project.layer_types.describing import LayerExport, LayerType, last_activation

_ONLY_ITS_ACTIVATION = LayerExport(activation=True)

TYPES = (
    LayerType("ReLU", "activation", "activation", N_("LayerCatalog", "ReLU"),
              N_("LayerCatalog", "Keeps positive values and turns negatives into zero: the usual choice to let a "
                                 "network bend its decisions."),
              summary=lambda cfg: M_("layers", "keeps values above 0"),
              output_activation=lambda cfg: "relu", elementwise=True, export=_ONLY_ITS_ACTIVATION),
    LayerType("LeakyReLU", "activation", "activation", N_("LayerCatalog", "LeakyReLU"),
              N_("LayerCatalog", "Like ReLU but lets a little of the negative values through; use it when many "
                                 "neurons stop learning (stay at zero)."),
              defaults={"negative_slope": 0.3}, fields=("name", "negative_slope"),
              summary=lambda cfg: M_("layers", "slope {slope}").format(slope=cfg.get("negative_slope", 0.3)),
              output_activation=lambda cfg: "relu", elementwise=True, export=_ONLY_ITS_ACTIVATION,
              code_kwargs=("negative_slope",)),
    LayerType("Activation", "activation", "activation", N_("LayerCatalog", "Activation"),
              N_("LayerCatalog", "Applies a function of your choice (tanh, sigmoid, softmax, …) to every value; pick "
                                 "the function in the inspector."),
              defaults={"activation": "relu"}, fields=("name", "activation"),
              summary=lambda cfg: str(cfg.get("activation")), output_activation=last_activation,
              elementwise=True, export=_ONLY_ITS_ACTIVATION, code_args=("activation",)),
)
