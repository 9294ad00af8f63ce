"""Render the app icon resources/icons/nnstudio.svg into the files each desktop wants:
nnstudio.png (256 px: the window icon, Linux), nnstudio.ico (Windows) and nnstudio.icns (macOS).
Both containers hold PNG images, which Windows Vista+ and macOS 10.7+ read. Run after editing the SVG."""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(images: dict[int, bytes]) -> bytes:
    head = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in sorted(images.items()):
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return head + entries + blobs


def icns(images: dict[str, bytes]) -> bytes:
    body = b"".join(kind.encode() + struct.pack(">I", 8 + len(data)) + data for kind, data in images.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "nnstudio.svg"))
    if not renderer.isValid():
        print("resources/icons/nnstudio.svg is not a valid SVG", file=sys.stderr)
        return 1
    sizes = {s: png(renderer, s) for s in (16, 32, 48, 128, 256, 512)}
    (ICONS / "nnstudio.png").write_bytes(sizes[256])
    (ICONS / "nnstudio.ico").write_bytes(ico({s: sizes[s] for s in (16, 32, 48, 256)}))
    (ICONS / "nnstudio.icns").write_bytes(icns({"ic07": sizes[128], "ic08": sizes[256], "ic09": sizes[512]}))
    for name in ("nnstudio.png", "nnstudio.ico", "nnstudio.icns"):
        print(f"wrote resources/icons/{name} ({(ICONS / name).stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
