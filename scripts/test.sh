#!/usr/bin/env bash
# Set up (first time) and run the whole test suite headless. Arguments go to pytest.
# The reference frameworks (torch, Keras, onnxruntime) are installed too when this machine has
# torch's local CPU wheel; elsewhere the tests that need them skip.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# bundle: PyInstaller, so that tests/test_bundle.py builds and runs the desktop bundle
extras=test,bundle
for dir in ${PIP_FIND_LINKS:-} /opt/wheels; do
  if compgen -G "$dir/torch-2.13.0*.whl" >/dev/null; then extras=test,bundle,peers; break; fi
done
NNSTUDIO_EXTRAS=${NNSTUDIO_EXTRAS:-$extras} "$root/scripts/setup.sh"
py="${NNSTUDIO_VENV:-$root/.venv}/bin/python"
cd "$root"
export QT_QPA_PLATFORM=offscreen
echo "Checking that only the gui package imports Qt (import-linter)"
"${py%/python}/lint-imports" pyproject.toml
set +e
"$py" -m pytest "$@"
status=$?
set -e
if [ $status -eq 5 ]; then
  echo "pytest collected no tests: that is a failure of the suite, not a pass." >&2
  exit 1
fi
exit $status
