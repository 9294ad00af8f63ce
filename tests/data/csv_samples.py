"""Small CSV texts shared by the CSV tests."""

from collections import Counter

import numpy as np


IRIS_LIKE = "\n".join(
    ["sepal,petal,colour,species"]
    + [f"{5 + (i % 7) * 0.1:.1f},{1 + (i % 5) * 0.2 + (i % 3):.1f},red,{('setosa', 'versicolor', 'virginica')[i % 3]}"
       for i in range(60)]
) + "\n"


def mixed_table(n=240, seed=0, gaps=True):
    """A table with every column role: an id, a name (identifier), a text category with gaps, a
    few-valued whole-number code, a date, numbers with gaps, and a text target that depends on
    the category, the season and the numbers (so a small network learns it well)."""
    import datetime

    rng = np.random.default_rng(seed)
    lines = ["id,name,island,grade,day,length,weight,species"]
    start = datetime.date(2021, 1, 1)
    for i in range(n):
        island = ("Biscoe", "Dream", "Torgersen")[int(rng.integers(3))]
        grade = int(rng.integers(1, 4))
        day = start + datetime.timedelta(days=int(rng.integers(0, 730)))
        length = 40 + 10 * rng.random()
        weight = 3000 + 2000 * rng.random()
        summer = 120 < day.timetuple().tm_yday < 250
        species = ("Adelie", "Gentoo", "Chinstrap")[(island == "Dream") + (summer and length > 45)]
        cells = [str(i + 1), f"bird {i}", island, str(grade), day.isoformat(), f"{length:.1f}", f"{weight:.0f}",
                 species]
        if gaps and i % 17 == 3:
            cells[2] = ""  # a missing island
        if gaps and i % 23 == 5:
            cells[6] = "NA"  # a missing weight
        lines.append(",".join(cells))
    return "\n".join(lines) + "\n"


def cars_table(n=200, seed=1):
    """A regression table: miles per gallon from weight, cylinders and a text origin; a year
    column and a name column like the classic car data."""
    rng = np.random.default_rng(seed)
    lines = ["name,cylinders,weight,origin,model_year,mpg"]
    for i in range(n):
        cyl = int(rng.choice([4, 6, 8]))
        weight = 1800 + 350 * cyl + 300 * rng.random()
        origin = ("usa", "japan", "europe")[int(rng.integers(3))]
        mpg = 60 - weight / 100 + (3 if origin == "japan" else 0) + rng.normal(0, 0.5)
        lines.append(f"car {i},{cyl},{weight:.0f},{origin},{70 + i % 13},{mpg:.1f}")
    return "\n".join(lines) + "\n"


def assert_encoded_like_read(encoded, ds):
    """Raw rows encoded by ``ds.preprocessing`` are the rows the file was read as (in any order),
    except the training rows counted as "other" on purpose: those differ only there."""
    read = np.concatenate([ds.x_train_raw, ds.x_test_raw])
    other = [i for i, n in enumerate(ds.feature_names) if n.endswith("=(other)")]

    def counted(a):
        return Counter(tuple(np.round(np.asarray(r, dtype=np.float64), 9)) for r in a)

    only_encoded, only_read = counted(encoded) - counted(read), counted(read) - counted(encoded)
    assert sum(only_encoded.values()) == sum(only_read.values()) == len(encoded) - sum(
        (counted(encoded) & counted(read)).values())
    assert all(any(row[i] == 1 for i in other) for row in only_read.elements())
    assert sum(only_read.values()) <= max(3, 0.05 * len(read)) * max(1, len(other))
    return sum(only_read.values())
