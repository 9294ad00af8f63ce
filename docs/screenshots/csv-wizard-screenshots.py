"""Screenshots of the CSV import wizard on a table with text, dates and gaps
(docs/screenshots/csv-wizard-*.png), and the target it suggests for a car table.

Run under a real X server:  xvfb-run -a -s "-screen 0 1600x1000x24" python docs/screenshots/csv-wizard-screenshots.py
"""

from __future__ import annotations

import datetime
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtWidgets import QApplication  # noqa: E402

from nnstudio.gui.csv_wizard import CsvImportWizard  # noqa: E402

OUT = Path(__file__).resolve().parent


def weather_log(path, days=900):
    """A daily weather log: a date, a station name, readings with gaps, a free-text note, the weather."""
    rng = np.random.default_rng(7)
    lines = ["date,station,temp_max,temp_min,precipitation,wind,observer_note,weather"]
    start = datetime.date(2021, 1, 1)
    for i in range(days):
        day = start + datetime.timedelta(days=i)
        season = np.cos(2 * np.pi * (day.timetuple().tm_yday - 200) / 365.25)
        t_max = 15 + 10 * season + rng.normal(0, 3)
        rain = max(0.0, rng.normal(1 - season, 2))
        weather = "rain" if rain > 1.5 else "snow" if t_max < 3 and rain > 0.5 else "sun" if rain < 0.2 else "drizzle"
        cells = [day.isoformat(), ("Seattle", "Tacoma", "Everett")[i % 3], f"{t_max:.1f}", f"{t_max - 8:.1f}",
                 f"{rain:.1f}", f"{abs(rng.normal(3, 1.5)):.1f}", f"checked at {6 + i % 5}:{10 + i % 50} by #{i}",
                 weather]
        if i % 13 == 4:
            cells[3] = ""
        if i % 29 == 7:
            cells[5] = "NA"
        lines.append(",".join(cells))
    path.write_text("\n".join(lines) + "\n")


def car_table(path, rows=398):
    """Like the classic car data: miles per gallon first, a car's origin (3 texts) last."""
    rng = np.random.default_rng(3)
    lines = ["mpg,cylinders,displacement,horsepower,weight,acceleration,model_year,name,origin"]
    for i in range(rows):
        cyl = int(rng.choice([4, 6, 8]))
        weight = 1800 + 350 * cyl + 300 * rng.random()
        origin = ("usa", "japan", "europe")[int(rng.integers(3))]
        lines.append(f"{45 - weight / 150 + rng.normal(0, 2):.1f},{cyl},{40 * cyl + rng.normal(0, 10):.0f},"
                     f"{20 * cyl + rng.normal(0, 8):.0f},{weight:.0f},{rng.normal(15, 2):.1f},{70 + i % 13},"
                     f"car {i},{origin}")
    path.write_text("\n".join(lines) + "\n")


def settle(app, seconds=0.3):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def opened(app, path):
    """The wizard on ``path``, showing its first page."""
    wizard = CsvImportWizard()
    wizard.resize(1100, 720)
    wizard.show()
    wizard.open_file(str(path))
    settle(app)
    return wizard


def main():
    app = QApplication.instance() or QApplication(sys.argv)
    path = Path(tempfile.mkdtemp()) / "weather.csv"
    weather_log(path)
    wizard = opened(app, path)
    wizard.grab().save(str(OUT / "csv-wizard-file.png"))
    wizard.next()
    settle(app)
    wizard.grab().save(str(OUT / "csv-wizard-columns.png"))
    wizard.next()
    deadline = time.monotonic() + 20
    while wizard.dataset() is None and time.monotonic() < deadline:
        settle(app, 0.1)
    settle(app)
    wizard.grab().save(str(OUT / "csv-wizard-read.png"))
    print(wizard.dataset().description if wizard.dataset() is not None else "not read")
    wizard.shutdown()

    cars = path.with_name("cars.csv")
    car_table(cars)
    wizard = opened(app, cars)
    wizard.next()
    settle(app)
    wizard.grab().save(str(OUT / "csv-wizard-cars-target.png"))
    wizard.shutdown()

if __name__ == "__main__":
    main()
