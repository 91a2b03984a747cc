"""Word documents from domain records: agenda, minutes, decision list, action list, and
the OOGO statement, status matrix and dispute notice.

Each render_* function is pure (records in, python-docx Document out); save_document
writes it atomically. `template` is a .docx/.dotx path or None for the house style.
"""

from overleg.exports.word.agenda_doc import render_agenda
from overleg.exports.word.inputs import (
    ActionEntry,
    DecisionEntry,
    MeetingRecord,
    People,
    PositionLine,
    Scope,
)
from overleg.exports.word.lists_doc import render_action_list, render_decision_list
from overleg.exports.word.minutes_doc import render_minutes
from overleg.exports.word.oogo_docs import (
    render_dispute_notice,
    render_statement,
    render_status_matrix,
)
from overleg.exports.word.properties import stamp
from overleg.exports.word.save import SaveError, save_document
from overleg.exports.word.template import TemplateError, open_template

__all__ = ["ActionEntry", "DecisionEntry", "MeetingRecord", "People", "PositionLine",
           "SaveError", "Scope", "TemplateError", "open_template", "render_action_list",
           "render_agenda", "render_decision_list", "render_dispute_notice", "render_minutes",
           "render_statement", "render_status_matrix", "save_document", "stamp"]
