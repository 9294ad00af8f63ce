"""Guessing what each column is for, which column to predict and the task, with reasons."""

import csv
import io

from nnstudio.data.column_roles import guess_columns, guess_target
from tests.data.csv_samples import cars_table, mixed_table


def table(text):
    rows = list(csv.reader(io.StringIO(text)))
    return rows[0], rows[1:]


def test_each_column_gets_its_role_with_a_reason():
    columns, rows = table(mixed_table())
    guesses = {g.name: g for g in guess_columns(columns, rows)}
    assert {n: g.role for n, g in guesses.items()} == {
        "id": "identifier", "name": "identifier", "island": "category", "grade": "category", "day": "date",
        "length": "number", "weight": "number", "species": "category"}
    assert guesses["island"].missing > 0 and guesses["island"].default_missing == "most_frequent"
    assert guesses["weight"].default_missing == "drop"  # gaps in under 5 % of the rows
    assert "different" in str(guesses["name"].reason)


def test_an_empty_column_is_ignored():
    columns, rows = table("a,b,y\n1,,x\n2,,y\n3,NA,x\n")
    assert [g.role for g in guess_columns(columns, rows)] == ["number", "ignored", "category"]


def test_target_named_like_a_label_wins_over_the_last_column():
    columns, rows = table(mixed_table())
    columns, rows = columns[:-1][:2] + [columns[-1]] + columns[2:-1], [r[:2] + [r[-1]] + r[2:-1] for r in rows]
    guess = guess_target(columns, rows)
    assert guess.column == "species" and guess.task == "classification"
    assert "name" in str(guess.reason)


def test_a_text_column_with_few_values_is_the_target_when_no_name_helps():
    columns, rows = table("temp,wind,date,weather\n" + "".join(
        f"{i % 30},{i % 7},2020-01-{1 + i % 28:02d},{('sun', 'rain', 'fog')[i % 3]}\n" for i in range(60)))
    guess = guess_target(columns, rows)
    assert (guess.column, guess.task) == ("weather", "classification")


def test_many_distinct_numbers_are_regression_and_the_reason_says_so():
    columns, rows = table(cars_table())
    columns, rows = columns, rows
    guesses = {g.name: g for g in guess_columns(columns, rows)}
    assert guesses["name"].role == "identifier" and guesses["origin"].role == "category"
    assert guesses["cylinders"].role == "category" and guesses["mpg"].role == "number"
    from nnstudio.data.column_roles import guess_task

    task, reason = guess_task(guesses["mpg"], [r[-1] for r in rows])
    assert task == "regression" and "quantity" in str(reason)
    # no label-like name, but "mpg" is a quantity people predict: it wins over the text column "origin"
    guess = guess_target(columns, rows)
    assert (guess.column, guess.task) == ("mpg", "regression") and "quantity" in str(guess.reason)


def test_a_car_table_with_mpg_first_and_origin_last_predicts_mpg():
    columns, rows = table(cars_table())
    order = [columns.index(c) for c in ("mpg", "cylinders", "weight", "model_year", "name", "origin")]
    columns, rows = [columns[j] for j in order], [[r[j] for j in order] for r in rows]
    guess = guess_target(columns, rows)
    assert (guess.column, guess.task) == ("mpg", "regression")
    assert guess_target(columns[1:], [r[1:] for r in rows]).column == "origin"  # without mpg: the text column


def test_a_few_small_whole_numbers_are_codes_but_years_are_numbers():
    columns, rows = table("class,year,size\n" + "".join(f"{1 + i % 3},{2007 + i % 3},{i}\n" for i in range(60)))
    guesses = {g.name: g for g in guess_columns(columns, rows)}
    assert guesses["class"].role == "category" and guesses["year"].role == "number"
