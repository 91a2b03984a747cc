"""PDF output: the PDF/A-2b versions of Overleg's own documents (documents.py) and the
meeting pack that merges the agenda with the items' PDF files (pack.py).

fpdf2 writes the documents (pure Python, LGPL-3.0, embeds TrueType fonts and writes the
XMP metadata and OutputIntent PDF/A needs); pypdf reads and merges users' PDFs for the
pack (pure Python, BSD). Both install as wheels on Windows and Linux without system
libraries.
"""

from overleg.exports.pdf.documents import (
    action_list_pdf,
    agenda_pdf,
    decision_list_pdf,
    minutes_pdf,
)

__all__ = ["action_list_pdf", "agenda_pdf", "decision_list_pdf", "minutes_pdf"]
