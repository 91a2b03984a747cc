"""Migration 0014: the follow-ups of an organisation through an index.

Typing in the action list's filter finds follow-ups whose owner's name holds the text
(FollowUpRepo.ids_of_match). Owners that are people had an index from the start
(idx_followups_owner); owners that are organisations had none, so a text found in a few
organisations' names read every follow-up: on four times the ten-year archive 42 ms for
the first key typed ('l'), and an action list filtered on one organisation the same. An
index is all it takes; creating it changes no row, so it is safe on any file.
"""

NAME = "0014_followup_owner_organisation"

OWNER_ORGANISATION = "idx_followups_owner_organisation"

DDL = [f"CREATE INDEX IF NOT EXISTS {OWNER_ORGANISATION} ON followups(owner_organisation_id)"]
