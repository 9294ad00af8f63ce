"""The UI thread's shared redraw budget: while a run trains, redraws that can wait are put off
when the UI thread has used more than its share of a core over the last second."""

from nnstudio.gui.ui_budget import MIN_SPAN, UiBudget


class Clocks:
    def __init__(self):
        self.wall = 100.0
        self.cpu = 5.0

    def run(self, seconds, busy_share):
        self.wall += seconds
        self.cpu += seconds * busy_share


def budget(clocks, active=True, share=0.05):
    return UiBudget(lambda: active, share, clock=lambda: clocks.wall, cpu_clock=lambda: clocks.cpu)


def test_a_busy_ui_thread_puts_redraws_off_until_they_have_waited_too_long():
    clocks = Clocks()
    b = budget(clocks)
    assert b.allows(last_drawn=0.0, max_wait=2.0)          # no history yet: draw
    for _ in range(10):
        clocks.run(0.1, busy_share=0.20)                    # 20 % of a core: four times the share
    last_drawn = clocks.wall
    assert b.used() > 0.15
    assert not b.allows(last_drawn, max_wait=2.0)
    assert b.deferred == 1
    clocks.run(2.0, busy_share=0.20)
    assert b.allows(last_drawn, max_wait=2.0)               # waited max_wait: draws anyway


def test_a_quiet_ui_thread_draws_and_the_share_forgets_old_work():
    clocks = Clocks()
    b = budget(clocks)
    b.used()
    for _ in range(10):
        clocks.run(0.1, busy_share=0.5)
        b.used()
    assert not b.allows(clocks.wall, max_wait=5.0)
    for _ in range(15):                                     # 1.5 s of a quiet thread
        clocks.run(0.1, busy_share=0.01)
        b.used()
    assert b.used() < 0.05
    assert b.allows(clocks.wall, max_wait=5.0)


def test_nothing_waits_when_no_run_trains_or_the_history_is_short():
    clocks = Clocks()
    idle = budget(clocks, active=False)
    idle.used()
    clocks.run(1.0, busy_share=1.0)
    assert idle.allows(clocks.wall, max_wait=10.0) and idle.deferred == 0
    fresh = budget(clocks)
    fresh.used()
    clocks.run(MIN_SPAN / 2, busy_share=1.0)
    assert fresh.used() == 0.0 and fresh.allows(clocks.wall, max_wait=10.0)
