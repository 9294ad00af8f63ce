"""The bundle's entry point: the ``nnstudio`` command (the window, or train / export / summary)."""

import multiprocessing
import sys

from nnstudio.cli import main
from nnstudio.engine import part_processes

if __name__ == "__main__":
    multiprocessing.freeze_support()
    part_processes.FROZEN_ENTRY_SERVES = True  # main() serves --engine-part-process
    sys.exit(main())
