#!/usr/bin/env bash
# Set up NN Studio on Debian/Ubuntu: the system libraries Qt needs, a virtual environment in
# .venv, and the package (with the extras named in NNSTUDIO_EXTRAS, e.g. "test" or "test,peers").
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv=${NNSTUDIO_VENV:-$root/.venv}
extras=${NNSTUDIO_EXTRAS:-}

# Qt offscreen/X11 runtime, fonts (CJK for the Chinese interface), Xvfb + xdotool for the
# real-window tests and screenshots.
apt_packages=(
  libegl1 libgl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0 libx11-6
  fonts-dejavu-core fonts-noto-cjk
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
  libxkbcommon-x11-0 xvfb xauth xdotool
)
if ! python3 -m venv --help >/dev/null 2>&1 || ! python3 -m pip --version >/dev/null 2>&1; then
  apt_packages+=(python3 python3-venv python3-pip)
fi
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x "$venv/bin/python" ]; then
  echo "Creating the virtual environment $venv"
  python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q --upgrade pip >/dev/null
spec="$root"
[ -z "$extras" ] || spec="$root[$extras]"
echo "Installing NN Studio${extras:+ with extras: $extras}"
"$venv/bin/python" -m pip install -q -e "$spec"
