"""Positions per party in the Word minutes: shown under their talking point, with the
version discussed; a closed point's positions stay out of the public version."""

from overleg.exports.word import PositionLine, render_minutes
from tests.exports.word_records import body_text, record, reread


def with_positions():
    r = record()
    r.positions = {
        101: [PositionLine("Gemeente Lelystad", "akkoord", "Vervoer goed geregeld",
                           "concept 0.3"),
              PositionLine("SWV PO Flevoland", "akkoord met voorbehoud")],
        102: [PositionLine("Gemeente Dronten", "niet akkoord", "Casus Jansen onduidelijk")],
    }
    return r


def test_positions_are_listed_under_their_point():
    text = body_text(reread(render_minutes(with_positions())))
    assert "Standpunten:" in text
    assert "Gemeente Lelystad: akkoord (over concept 0.3): Vervoer goed geregeld" in text
    assert "SWV PO Flevoland: akkoord met voorbehoud" in text
    assert "Casus Jansen onduidelijk" in text  # the members' version has the closed point
    assert text.index("Vervoer goed geregeld") < text.index("Aanpak thuiszitters")


def test_public_minutes_leave_the_positions_of_a_closed_point_out():
    text = body_text(reread(render_minutes(with_positions(), public=True)))
    assert "Vervoer goed geregeld" in text
    assert "Gemeente Dronten" not in text and "Casus Jansen" not in text
