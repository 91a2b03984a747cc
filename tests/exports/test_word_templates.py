"""House-style templates: the committed default, a user's .docx or .dotx, templates that
lack styles, and templates that cannot be used."""

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from overleg.exports.word import TemplateError, open_template, render_minutes
from overleg.exports.word.default_template import build_default_template
from overleg.exports.word.styles import REQUIRED
from overleg.resource_paths import resource
from tests.exports.word_records import header_text, record, reread, styled

DEFAULT = resource("templates", "overleg-standaard.docx")
DOTX = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _styles_xml(doc) -> bytes:
    return doc.styles.element.xml.encode()


def test_committed_default_template_is_what_the_builder_makes():
    committed = docx.Document(str(DEFAULT))
    assert _styles_xml(committed) == _styles_xml(build_default_template()), (
        "rebuild it: python -m overleg.exports.word.default_template")


def test_default_template_is_sober_arial_a4_with_all_styles():
    doc = docx.Document(str(DEFAULT))
    names = {s.name for s in doc.styles}
    assert set(REQUIRED) <= names
    assert doc.styles["Normal"].font.name == "Arial"
    assert doc.styles["Heading 1"].font.bold
    section = doc.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert doc.paragraphs == []


def _as_dotx(src: Path, target: Path) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(target, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(DOCX.encode(), DOTX.encode())
            zout.writestr(item, data)
    return target


def test_a_dotx_template_is_used(tmp_path):
    dotx = _as_dotx(DEFAULT, tmp_path / "huisstijl.dotx")
    with pytest.raises(ValueError):
        docx.Document(str(dotx))  # python-docx alone refuses a template
    doc = reread(render_minutes(record(), template=dotx))
    assert styled(doc, "Title") == ["Verslag"]


def _word_like_template(tmp_path: Path) -> Path:
    """What Word saves: only the styles the author used, a logo line in the header, some
    sample text in the body, a font of its own."""
    doc = docx.Document()
    root = doc.styles.element
    for style in list(root.findall(qn("w:style"))):
        name = style.find(qn("w:name")).get(qn("w:val"))
        if name not in ("Normal", "Default Paragraph Font", "Normal Table", "No List",
                        "Header", "Footer"):
            root.remove(style)
    doc.styles["Normal"].font.name = "Verdana"
    doc.sections[0].header.paragraphs[0].text = "GEMEENTE VOORBEELDSTAD [logo]"
    doc.add_paragraph("Voorbeeldtekst die niet in de documenten hoort.")
    path = tmp_path / "gemeente.docx"
    doc.save(path)
    return path


def test_a_word_template_lacking_styles_gets_them_and_keeps_its_own(tmp_path):
    template = _word_like_template(tmp_path)
    doc = reread(render_minutes(record(), template=template))
    assert set(REQUIRED) <= {s.name for s in doc.styles}
    assert doc.styles["Normal"].font.name == "Verdana"  # the municipality's font stays
    assert styled(doc, "Heading 1")[0] == "1\tOnderwerp 1"
    header = header_text(doc)
    assert "GEMEENTE VOORBEELDSTAD [logo]" in header
    assert "Stuurgroep Talentontwikkeling" in header
    assert "Voorbeeldtekst" not in "\n".join(p.text for p in doc.paragraphs)
    # the documents' list style got a numbering of its own
    list_number = doc.styles["List Number"].element
    assert list_number.pPr.find(qn("w:numPr")) is not None


def test_unusable_templates_are_refused_in_one_sentence(tmp_path):
    (tmp_path / "tekst.docx").write_text("geen Word")
    (tmp_path / "leeg.docx").write_bytes(b"")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    (tmp_path / "ander.docx").write_bytes(buf.getvalue())
    with zipfile.ZipFile(DEFAULT) as zin, zipfile.ZipFile(tmp_path / "macro.dotm", "w") as z:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(DOCX.encode(),
                                    b"application/vnd.ms-word.template.macroEnabledTemplate"
                                    b".main+xml")
            z.writestr(item, data)
    with zipfile.ZipFile(DEFAULT) as zin, zipfile.ZipFile(tmp_path / "kapot.docx", "w") as z:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/styles.xml":
                data = data[: len(data) // 2]
            z.writestr(item, data)
    cases = {"bestaat-niet.docx": "bestaat niet", "tekst.docx": "geen Word-document",
             "leeg.docx": "geen Word-document", "ander.docx": "geen Word-document",
             "macro.dotm": "macro's", "kapot.docx": "beschadigd", ".": "is een map"}
    for name, words in cases.items():
        with pytest.raises(TemplateError) as exc:
            open_template(tmp_path / name)
        message = str(exc.value)
        assert words in message, message
        assert message.endswith(".") and "\n" not in message
