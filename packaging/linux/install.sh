#!/bin/sh
# Add NN Studio to this user's applications menu and open .nnstudio files with it by double
# click. No administrator rights: everything goes under ~/.local. Run it from the unpacked
# bundle folder; `sh install.sh --uninstall` takes it out again (the folder itself stays).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
apps=$data/applications
mime=$data/mime
icons=$data/icons/hicolor

refresh() {
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$mime" >/dev/null 2>&1 || true
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" >/dev/null 2>&1 || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" >/dev/null 2>&1 || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$apps/nnstudio.desktop" "$mime/packages/nnstudio.xml" "$bin/nnstudio" \
        "$icons/scalable/apps/nnstudio.svg" "$icons/256x256/apps/nnstudio.png"
  refresh
  echo "NN Studio is no longer in the applications menu."
  exit 0
fi

mkdir -p "$apps" "$mime/packages" "$bin" "$icons/scalable/apps" "$icons/256x256/apps"
ln -sf "$here/nnstudio" "$bin/nnstudio"
cp "$here/share/nnstudio.svg" "$icons/scalable/apps/nnstudio.svg"
cp "$here/share/nnstudio.png" "$icons/256x256/apps/nnstudio.png"
cp "$here/share/nnstudio-mime.xml" "$mime/packages/nnstudio.xml"
sed "s|^Exec=nnstudio |Exec=\"$here/nnstudio\" |" "$here/share/nnstudio.desktop" > "$apps/nnstudio.desktop"
chmod +x "$apps/nnstudio.desktop"
command -v xdg-mime >/dev/null 2>&1 && xdg-mime default nnstudio.desktop application/x-nnstudio-project || true
refresh
echo "NN Studio is in the applications menu; .nnstudio files open with it."
echo "The command line: $bin/nnstudio (add $bin to PATH if your shell does not have it)."
