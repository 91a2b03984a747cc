"""The rich-notes dialect: what it reads, what it writes, and that nothing breaks it."""

import time

from hypothesis import given, settings
from hypothesis import strategies as hs

from overleg.domain.rich_text import Block, Kind, Run, escape_plain, parse, plain_text, to_markdown


def test_reads_the_subset():
    blocks = parse("Een **vet** en *schuin* woord, [site](https://oogo.nl).\n"
                   "- punt\n  - dieper\n1. een\n   2. twee")
    assert blocks[0].runs == (Run("Een "), Run("vet", bold=True), Run(" en "),
                              Run("schuin", italic=True), Run(" woord, "),
                              Run("site", link="https://oogo.nl"), Run("."))
    assert [(b.kind, b.level, b.text) for b in blocks[1:]] == [
        (Kind.BULLET, 0, "punt"), (Kind.BULLET, 1, "dieper"),
        (Kind.NUMBER, 0, "een"), (Kind.NUMBER, 1, "twee")]


def test_hostile_input_is_text():
    md = ('<script>alert(1)</script> [klik](javascript:alert(1)) <b>x</b> '
          '[a](file:///etc/passwd) [b](data:text/html,x)')
    blocks = parse(md)
    assert all(not r.link for b in blocks for r in b.runs)
    assert plain_text(md) == md
    deep = "\n".join(" " * (2 * n) + "- diep" for n in range(200))
    assert {b.level for b in parse(deep)} == {0, 1}


def test_unpaired_and_spaced_stars_stay_literal():
    assert plain_text("3 * 4 = 12 en **half") == "3 * 4 = 12 en **half"
    assert parse(r"\*\*niet vet\*\*")[0].runs == (Run("**niet vet**"),)


def test_plain_text_lists_and_links():
    md = "Inleiding\n- a\n  1. x\n  1. y\n- [b](mailto:a@b.nl)\n1. c\n1. d"
    assert plain_text(md) == ("Inleiding\n- a\n  1. x\n  2. y\n- b (mailto:a@b.nl)\n"
                              "1. c\n2. d")


def test_escape_plain_shows_text_as_typed():
    text = "1. niet genummerd\n- geen punt\n*ster* [x](https://a.nl) \\ pad\n  3. ook niet"
    assert plain_text(escape_plain(text)) == text
    assert all(b.kind is Kind.PARAGRAPH for b in parse(escape_plain(text)))


def test_escape_keeping_bullets_turns_old_bullets_into_list_items():
    text = "Besproken:\n- eerste\n* tweede\n• derde\n  - sub *met ster*\n2. geen lijst"
    blocks = parse(escape_plain(text, keep_bullets=True))
    assert [(b.kind, b.level) for b in blocks] == [
        (Kind.PARAGRAPH, 0), (Kind.BULLET, 0), (Kind.BULLET, 0), (Kind.BULLET, 0),
        (Kind.BULLET, 1), (Kind.PARAGRAPH, 0)]
    assert [b.text for b in blocks] == ["Besproken:", "eerste", "tweede", "derde",
                                        "sub *met ster*", "2. geen lijst"]


_text = hs.text(alphabet=hs.sampled_from("ab *_\\[]()-1.<>/:\t"), max_size=12)
_run = hs.builds(Run, _text, hs.booleans(), hs.booleans(),
                 hs.sampled_from(["", "", "https://oogo.nl/x?y=1", "mailto:a@b.nl"]))
_block = hs.one_of(
    hs.builds(Block, hs.just(Kind.PARAGRAPH), hs.just(0), hs.lists(_run, max_size=5).map(tuple)),
    hs.builds(Block, hs.sampled_from([Kind.BULLET, Kind.NUMBER]), hs.sampled_from([0, 1]),
              hs.lists(_run, max_size=5).map(tuple)))


def _seen(blocks):
    """What a reader sees: per visible character its formatting (spaces carry none)."""
    out = []
    for b in blocks:
        chars = [(c, r.bold, r.italic, r.link) if not c.isspace() else (c, False, False, "")
                 for r in b.runs for c in r.text.replace("\n", " ")]
        out.append((b.kind, b.level, chars))
    # one empty paragraph is the empty text
    return [] if out == [(Kind.PARAGRAPH, 0, [])] else out


@settings(max_examples=400, deadline=None)
@given(hs.lists(_block, max_size=6))
def test_writing_and_reading_back_shows_the_same(blocks):
    assert _seen(parse(to_markdown(blocks))) == _seen(blocks)


@settings(max_examples=300, deadline=None)
@given(hs.text(max_size=200))
def test_any_text_escaped_reads_back_as_itself(text):
    text = text.replace("\r", "")
    assert plain_text(escape_plain(text)) == text


@settings(max_examples=300, deadline=None)
@given(hs.text(alphabet=hs.sampled_from("*_[]()\\-1. \n<>ahttps:/"), max_size=300))
def test_any_markdown_parses(md):
    for block in parse(md):
        assert block.level in (0, 1)
        assert all(not r.link or r.link.startswith(("http", "mailto")) for r in block.runs)


def _seconds(md: str) -> float:
    start = time.perf_counter()
    parse(md)
    return time.perf_counter() - start


def test_a_megabyte_takes_bounded_time():
    """Linear time: ten times the input takes about ten times as long (quadratic would be
    a hundred), and no megabyte takes long even on a loaded machine."""
    for unit in ("[", "*a", "[a](https://x", "- " * 1000 + "\n", "**a ",
                 "Een **vet** woord en [link](https://a.nl). " * 30 + "\n"):
        small = unit * (100_000 // len(unit))
        big = unit * (1_000_000 // len(unit))
        tenth, whole = min(_seconds(small) for _ in range(3)), _seconds(big)
        assert whole < 25 * max(tenth, 0.01), (unit[:10], tenth, whole)
        assert whole < 120
