#!/bin/sh
# Add NN Studio to this user's applications menu and open .nnstudio files with it by double
# click. No administrator rights: everything goes under ~/.local (and the command is linked as
# ~/.local/bin/nnstudio). Run it from the unpacked bundle folder; `sh install.sh --uninstall`
# takes it out again (the folder itself stays). It is `nnstudio --install-desktop`, which a pip
# or pipx install of NN Studio has too.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" = "--uninstall" ]; then
  exec "$here/nnstudio" --uninstall-desktop
fi
exec "$here/nnstudio" --install-desktop
