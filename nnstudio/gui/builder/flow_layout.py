"""Where the blocks go: a reading-order flow (left to right, wrapping into rows), its connector
routes and the insertion gaps. Plain geometry in scene units, no Qt, so it is cheap and testable."""

from __future__ import annotations

import math
from dataclasses import dataclass

GAP_X = 44.0      # room between blocks for the arrow and the insertion marker
GAP_Y = 52.0      # room between rows for the wrap-around connector
MARGIN = 28.0


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self):
        return self.x + self.w

    @property
    def bottom(self):
        return self.y + self.h

    @property
    def cy(self):
        return self.y + self.h / 2


@dataclass
class Flow:
    rects: list          # one Rect per item, in flow order
    rows: list           # item indexes per row
    width: float
    height: float
    columns: int


def layout_flow(sizes, columns: int) -> Flow:
    """Place items of ``sizes`` [(w, h)] in rows of ``columns``; every column is as wide as the widest item."""
    columns = max(1, int(columns))
    n = len(sizes)
    cell_w = max((w for w, _ in sizes), default=0.0)
    rows = [list(range(i, min(i + columns, n))) for i in range(0, n, columns)]
    rects = [None] * n
    y = MARGIN
    for row in rows:
        row_h = max(sizes[i][1] for i in row)
        for col, i in enumerate(row):
            rects[i] = Rect(MARGIN + col * (cell_w + GAP_X), y, sizes[i][0], sizes[i][1])
        y += row_h + GAP_Y
    used_cols = min(columns, n) if n else 0
    width = 2 * MARGIN + used_cols * cell_w + max(0, used_cols - 1) * GAP_X
    height = (y - GAP_Y + MARGIN) if rows else 2 * MARGIN
    return Flow(rects, rows, width, height, columns)


def columns_for_width(sizes, width: float) -> int:
    """How many blocks fit side by side in ``width`` scene units."""
    cell_w = max((w for w, _ in sizes), default=1.0)
    return max(1, int((width - 2 * MARGIN + GAP_X) // (cell_w + GAP_X)))


def fit_flow(sizes, view_w: float, view_h: float, max_zoom=1.0, tolerance=0.0):
    """(columns, zoom) that shows every block as large as possible in a ``view_w`` × ``view_h`` view.

    With ``tolerance`` (e.g. 0.12) a layout with fewer rows wins when its zoom is within that
    fraction of the best: one row at 92 % reads better than two rows at 100 %."""
    options = []
    cell_w = max((w for w, _ in sizes), default=0.0)
    heights = [h for _, h in sizes]
    best_zoom = 0.0
    for cols in range(1, max(1, len(sizes)) + 1):
        used = min(cols, len(sizes))
        width = 2 * MARGIN + used * cell_w + max(0, used - 1) * GAP_X   # as layout_flow, without the rects
        width_zoom = view_w / max(width, 1.0)
        if width_zoom < best_zoom * (1 - tolerance) - 1e-9:
            break   # more columns are only wider: none of them can be good (linear time for long networks)
        rows = [max(heights[i:i + cols]) for i in range(0, len(heights), cols)]
        height = 2 * MARGIN + sum(rows) + max(0, len(rows) - 1) * GAP_Y
        options.append((cols, min(width_zoom, view_h / max(height, 1.0), max_zoom)))
        best_zoom = max(best_zoom, options[-1][1])
    good = [(c, z) for c, z in options if z >= best_zoom * (1 - tolerance) - 1e-9]
    return max(good, key=lambda cz: (cz[0], cz[1]))


def connector_route(a: Rect, b: Rect, anchor: float | None = None, row_bottom: float | None = None) -> list:
    """Points of the arrow from item ``a`` to the next item ``b`` (an elbow when ``b`` starts a new
    row). Arrows leave and enter ``anchor`` below the blocks' tops (default: half the shorter
    block), so they stay straight between blocks of different heights; an elbow runs midway
    between ``row_bottom`` (the bottom of ``a``'s tallest row-mate) and the next row."""
    anchor = min(a.h, b.h) / 2 if anchor is None else anchor
    ay, by = a.y + anchor, b.y + anchor
    if abs(a.y - b.y) < 1e-6 and b.x > a.x:
        return [(a.right, ay), (b.x, by)]
    bottom = max(a.bottom, row_bottom or 0.0)
    mid_y = bottom + (b.y - bottom) / 2 if b.y > bottom else max(bottom, b.bottom) + GAP_Y / 2
    out_x = a.right + GAP_X / 2
    in_x = b.x - GAP_X / 2
    return [(a.right, ay), (out_x, ay), (out_x, mid_y), (in_x, mid_y), (in_x, by), (b.x, by)]


def row_bottoms(flow: Flow) -> list:
    """For each item, the bottom of the tallest item in its row."""
    out = [0.0] * len(flow.rects)
    for row in flow.rows:
        bottom = max(flow.rects[i].bottom for i in row)
        for i in row:
            out[i] = bottom
    return out


@dataclass(frozen=True)
class Gap:
    index: int     # the flow position an item dropped here gets (insert before item ``index``)
    x: float       # the marker's centre line
    top: float
    bottom: float


def gaps(flow: Flow, first: int = 0) -> list:
    """Candidate insertion gaps: before item g (for g >= ``first``); a gap at a row break has two
    places (after the row's last item and before the next row's first)."""
    out = []
    rects = flow.rects
    for g in range(first, len(rects)):
        if g > 0:
            a = rects[g - 1]
            out.append(Gap(g, a.right + GAP_X / 2, a.y, a.bottom))
        b = rects[g]
        if g == 0 or abs(rects[g - 1].y - b.y) > 1e-6:
            out.append(Gap(g, b.x - GAP_X / 2, b.y, b.bottom))
    return out


def link_at(flow: Flow, x: float, y: float, anchor: float | None = None, tolerance: float = 14.0,
            first: int = 0) -> int | None:
    """The flow position of the item whose incoming arrow passes within ``tolerance`` of (x, y):
    a drop on the arrow between two items goes between them (also on a wrap-around elbow, whose
    long middle stretch is far from every gap marker)."""
    rects, bottoms = flow.rects, row_bottoms(flow)
    best, best_d = None, tolerance
    for g in range(max(1, first), len(rects)):
        points = connector_route(rects[g - 1], rects[g], anchor, bottoms[g - 1])
        for (x0, y0), (x1, y1) in zip(points, points[1:]):
            px = min(max(x, min(x0, x1)), max(x0, x1))      # nearest point of an axis-parallel segment
            py = min(max(y, min(y0, y1)), max(y0, y1))
            d = math.hypot(x - px, y - py)
            if d <= best_d:
                best, best_d = g, d
    return best


def nearest_gap(candidates, x: float, y: float):
    """The gap whose marker is closest to (x, y); vertical distance counts double so the row wins."""
    best, best_d = None, math.inf
    for gap in candidates:
        dy = 0.0 if gap.top <= y <= gap.bottom else min(abs(y - gap.top), abs(y - gap.bottom))
        d = abs(x - gap.x) + 2 * dy
        if d < best_d:
            best, best_d = gap, d
    return best
