"""The bundle's entry point: the ``nnstudio`` command (the window, or train / export / summary)."""

import multiprocessing
import sys

from nnstudio.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
