"""Scaffold, replaced by the training part."""


class TrainingPart:
    def __init__(self, window):
        self.window = window
