"""The canvas geometry (plain Python): wrapping rows, fitting, connector routes, drop gaps."""

from __future__ import annotations

from nnstudio.gui.builder import flow_layout as fl


def sizes(n, h=100.0):
    return [(200.0, h)] * n


def test_rows_wrap_and_do_not_overlap():
    flow = fl.layout_flow(sizes(7, 100) + [(200.0, 160.0)], 3)
    assert flow.rows == [[0, 1, 2], [3, 4, 5], [6, 7]]
    rects = flow.rects
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert a.right <= b.x or b.right <= a.x or a.bottom <= b.y or b.bottom <= a.y
    assert flow.height == rects[7].bottom + fl.MARGIN


def test_fit_prefers_fewer_rows_within_tolerance():
    cols, zoom = fl.fit_flow(sizes(5), 1100, 800)
    assert zoom <= 1.0
    cols_tol, zoom_tol = fl.fit_flow(sizes(5), 1100, 800, tolerance=0.15)
    assert cols_tol == 5 and zoom_tol >= 0.85 * zoom
    assert fl.columns_for_width(sizes(5), 1000) == 4


def test_connectors_are_straight_in_a_row_and_elbows_between_rows():
    flow = fl.layout_flow([(200.0, 100.0), (200.0, 180.0), (200.0, 100.0)], 2)
    a, b, c = flow.rects
    straight = fl.connector_route(a, b, 50)
    assert straight[0][1] == straight[1][1]                # horizontal even though heights differ
    elbow = fl.connector_route(b, c, 50)
    assert elbow[0][0] == b.right and elbow[-1][0] == c.x and len(elbow) == 6
    assert all(b.bottom < y < c.y for _, y in elbow[2:4])  # runs between the rows


def test_gaps_and_nearest_gap():
    flow = fl.layout_flow(sizes(5), 3)
    gaps = fl.gaps(flow, first=1)
    assert {g.index for g in gaps} == {1, 2, 3, 4}
    assert sum(1 for g in gaps if g.index == 3) == 2      # a row break offers both ends
    a = flow.rects[1]
    assert fl.nearest_gap(gaps, a.x + 10, a.cy).index == 1
    assert fl.nearest_gap(gaps, a.right - 10, a.cy).index == 2
    assert fl.nearest_gap(gaps, flow.rects[4].x - 5, flow.rects[4].cy).index == 4


def brute_force_fit(sizes, view_w, view_h, max_zoom=1.0, tolerance=0.0):
    """Every column count laid out in full: what ``fit_flow`` must choose."""
    options = []
    for cols in range(1, len(sizes) + 1):
        flow = fl.layout_flow(sizes, cols)
        options.append((cols, min(view_w / flow.width, view_h / flow.height, max_zoom)))
    best = max(z for _, z in options)
    return max(((c, z) for c, z in options if z >= best * (1 - tolerance) - 1e-9), key=lambda cz: cz)


def test_fit_chooses_what_trying_every_column_count_chooses():
    import random

    rng = random.Random(3)
    for _ in range(300):
        n = rng.randint(1, 60)
        blocks = [(rng.choice([120.0, 200.0]), rng.choice([60.0, 100.0, 180.0])) for _ in range(n)]
        view = (rng.uniform(200, 2500), rng.uniform(150, 1500))
        tolerance = rng.choice([0.0, 0.12, 0.15, 0.5])
        cols, zoom = fl.fit_flow(blocks, *view, tolerance=tolerance)
        want_cols, want_zoom = brute_force_fit(blocks, *view, tolerance=tolerance)
        assert cols == want_cols and abs(zoom - want_zoom) < 1e-9
