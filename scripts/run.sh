#!/usr/bin/env bash
# Set up (first time) and open NN Studio on its default example. Arguments go to `nnstudio`.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"
exec "${NNSTUDIO_VENV:-$root/.venv}/bin/nnstudio" "$@"
