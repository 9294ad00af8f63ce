"""Training in the window: data, settings, worker thread, controls, live curves and runs."""
