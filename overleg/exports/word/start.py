"""The empty document each export starts from: the given template, or the house style."""

from pathlib import Path

from docx.document import Document

from overleg.exports.word.template import open_template


def new_document(template: str | Path | None) -> Document:
    """From `template` (a .docx or .dotx path; refused with one sentence when unusable),
    or the built-in house style when None."""
    if template is None:
        # Imported here so `python -m overleg.exports.word.default_template` runs cleanly.
        from overleg.exports.word.default_template import build_default_template

        return build_default_template()
    return open_template(template)
