from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from overleg.domain.errors import ValidationError
from overleg.domain.holidays import day_mark
from overleg.domain.procedures import (
    Procedure,
    add_years,
    check_can_complete,
    due_dates,
    plan_steps,
    rescheduled,
    template_from_mapping,
)
from overleg.services.procedure_templates import builtin_templates

SUPPORT = builtin_templates()["ondersteuningsplan"]


def test_every_shipped_template_loads():
    assert {"ondersteuningsplan", "jeugdplan", "huisvestingsverordening",
            "vve-onderwijsachterstanden", "geschil"} <= set(builtin_templates())
    for t in builtin_templates().values():
        assert t.steps and all(s.title for s in t.steps)


def test_support_plan_for_school_year_2027_2028():
    p = Procedure("ondersteuningsplan", "Ondersteuningsplan 2027-2031", 2027, party_ids=[7, 8],
                  id=1)
    steps = plan_steps(SUPPORT, p, {7: "Gemeente Lelystad", 8: "Gemeente Dronten"})
    due = {m.title: m.due for m in steps}
    inspection = due["Ondersteuningsplan naar de inspectie (vóór 1 mei)"]
    adoption = due["Vaststelling door het bestuur van het samenwerkingsverband"]
    oogo = {m.party_id: m.due for m in steps if m.step_code == "oogo"}
    assert inspection == date(2027, 5, 1)
    assert day_mark(inspection) == "zaterdag"  # kept as the law states it, and marked
    assert set(oogo) == {7, 8} and all(d < adoption < inspection for d in oogo.values())
    assert next(m.due for m in steps if m.step_code == "volgend_plan") == date(2031, 5, 1)
    assert all(m.procedure_id == 1 for m in steps)
    titles = [m.title for m in steps if m.step_code == "oogo"]
    assert titles == ["OOGO over het concept-ondersteuningsplan — Gemeente Lelystad",
                      "OOGO over het concept-ondersteuningsplan — Gemeente Dronten"]


def test_adoption_waits_for_oogo_with_every_municipality():
    p = Procedure("ondersteuningsplan", "OP", 2027, party_ids=[7, 8], id=1)
    steps = plan_steps(SUPPORT, p, {})
    for n, m in enumerate(steps):
        m.id = n
    adoption = next(m for m in steps if m.step_code == "vaststelling")
    concept, lelystad, dronten = steps[0], steps[1], steps[2]
    concept.done_on = lelystad.done_on = date(2027, 2, 1)
    with pytest.raises(ValidationError, match="Gemeente|Dronten|OOGO"):
        check_can_complete(SUPPORT, adoption, steps)
    dronten.done_on = date(2027, 2, 10)
    check_can_complete(SUPPORT, adoption, steps)


def test_a_done_step_moves_the_steps_that_count_from_it():
    t = builtin_templates()["geschil"]
    p = Procedure("geschil", "G", 2027, reference=date(2027, 2, 19), id=1)
    steps = plan_steps(t, p, {})
    notice = next(m for m in steps if m.step_code == "kennisgeving")
    notice.done_on = date(2027, 3, 1)
    moved = rescheduled(t, 2027, date(2027, 2, 19), steps)
    answer = next(m for m in steps if m.step_code == "antwoord")
    assert answer in moved and answer.due == date(2027, 3, 15)  # two weeks after the notice


def test_a_template_with_a_loop_or_unknown_step_is_refused():
    with pytest.raises(ValidationError, match="onbekende stap"):
        template_from_mapping({"code": "x", "title": "X", "step": [
            {"code": "a", "title": "A", "relative_to": "b"}]})
    loop = template_from_mapping({"code": "x", "title": "X", "step": [
        {"code": "a", "title": "A", "relative_to": "b"},
        {"code": "b", "title": "B", "relative_to": "a"}]})
    with pytest.raises(ValidationError, match="kring"):
        due_dates(loop, 2027)


def test_a_template_on_29_february():
    t = template_from_mapping({"code": "x", "title": "X", "step": [
        {"code": "a", "title": "A", "on": "02-29"}]})
    assert due_dates(t, 2028)["a"] == date(2028, 2, 29)
    assert due_dates(t, 2027)["a"] == date(2027, 2, 28)


@given(st.integers(min_value=2000, max_value=2090))
def test_support_plan_dates_in_any_year(year):
    d = due_dates(SUPPORT, year)
    assert d["inspectie"] == date(year, 5, 1)  # never moved off a weekend or holiday
    assert d["concept"] < d["oogo"] < d["vaststelling"] < d["inspectie"]
    assert d["volgend_plan"] == date(year + 4, 5, 1)
    assert all(day_mark(d[c]) == "" for c in ("concept", "oogo", "vaststelling"))


@given(st.dates(min_value=date(1996, 1, 1), max_value=date(2096, 12, 31)),
       st.integers(min_value=-8, max_value=8))
def test_add_years_keeps_the_day_or_ends_february(d, years):
    moved = add_years(d, years)
    assert moved.year == d.year + years and moved.month == d.month
    assert moved.day == d.day or (d.month, d.day, moved.day) == (2, 29, 28)
