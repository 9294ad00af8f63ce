"""Looking inside the network: decision boundary, neurons, weights and gradients, evaluation,
predictions, a digit drawing pad and the glass box. ``InsightPart`` puts them in the window."""
