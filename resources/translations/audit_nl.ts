<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AuditDialog</name>
    <message>
        <source>Change history</source>
        <translation>Wijzigingsgeschiedenis</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Nog geen wijzigingen vastgelegd.</translation>
    </message>
    <message>
        <source>Recorded changes, oldest first: %1</source>
        <translation>Vastgelegde wijzigingen, oudste eerst: %1</translation>
    </message>
    <message>
        <source>The history was changed outside Overleg: %1</source>
        <translation>De geschiedenis is buiten Overleg veranderd: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>marked done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>heropend</translation>
    </message>
    <message>
        <source>new target</source>
        <translation>nieuwe termijn</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verplaatst</translation>
    </message>
    <message>
        <source>minutes adopted</source>
        <translation>verslag vastgesteld</translation>
    </message>
    <message>
        <source>minutes reopened</source>
        <translation>verslag heropend</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>restored from the archive</source>
        <translation>teruggezet uit het archief</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>target</source>
        <translation>termijn</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>aantekeningen</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>uitkomst</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>description</source>
        <translation>toelichting</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>inleider</translation>
    </message>
    <message>
        <source>planned minutes</source>
        <translation>geplande minuten</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>vertrouwelijk</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>stukken</translation>
    </message>
    <message>
        <source>postponed to</source>
        <translation>aangehouden tot</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>aanwezigheid</translation>
    </message>
    <message>
        <source>criteria checklist</source>
        <translation>afvinklijst criteria</translation>
    </message>
    <message>
        <source>%1, imported from %2</source>
        <translation>%1, geïmporteerd uit %2</translation>
    </message>
</context>
</TS>
