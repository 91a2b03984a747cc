<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import action list</source>
        <translation>Actielijst inlezen</translation>
    </message>
    <message>
        <source>(no meeting)</source>
        <translation>(geen vergadering)</translation>
    </message>
    <message>
        <source>Agreed in</source>
        <translation>Afgesproken in</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Kopregel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termijn (datum)</translation>
    </message>
    <message>
        <source>Returns in meeting</source>
        <translation>Terugkomen in vergadering</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reference (Overleg&apos;s own list)</source>
        <translation>Kenmerk (eigen lijst van Overleg)</translation>
    </message>
    <message>
        <source>Preview of the rows to import</source>
        <translation>Voorbeeld van de in te lezen regels</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Inlezen</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Uit: %1</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Regels die worden ingelezen</translation>
    </message>
    <message>
        <source>Rows that cannot be read</source>
        <translation>Regels die niet te lezen zijn</translation>
    </message>
    <message>
        <source>(not in the list)</source>
        <translation>(niet in de lijst)</translation>
    </message>
    <message>
        <source>Choose the column that holds the actions.</source>
        <translation>Kies de kolom waarin de actiepunten staan.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported</source>
        <translation>
            <numerusform>%n regel wordt ingelezen</numerusform>
            <numerusform>%n regels worden ingelezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read</source>
        <translation>
            <numerusform>%n regel is niet te lezen</numerusform>
            <numerusform>%n regels zijn niet te lezen</numerusform>
        </translation>
    </message>
    <message>
        <source>Of Overleg&apos;s own list: %1, %2.</source>
        <translation>Uit de eigen lijst van Overleg: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) change their follow-up</source>
        <translation>
            <numerusform>%n regel wijzigt zijn actiepunt</numerusform>
            <numerusform>%n regels wijzigen hun actiepunt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) unchanged</source>
        <translation>
            <numerusform>%n regel ongewijzigd</numerusform>
            <numerusform>%n regels ongewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) imported.</source>
        <translation>
            <numerusform>%n actiepunt ingelezen.</numerusform>
            <numerusform>%n actiepunten ingelezen.</numerusform>
        </translation>
    </message>
    <message>
        <source>New people: %1.</source>
        <translation>Nieuwe personen: %1.</translation>
    </message>
    <message>
        <source>Read it as a Windows file (cp1252)? Check the rows in the preview before you import.</source>
        <translation>Als Windows-bestand (cp1252) lezen? Controleer de regels in het voorbeeld voordat u inleest.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due / returns in</source>
        <translation>Termijn / terugkomen in</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Inlezen als</translation>
    </message>
    <message>
        <source>%1 (new person)</source>
        <translation>%1 (nieuwe persoon)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>change: %1</source>
        <translation>wijziging: %1</translation>
    </message>
</context>
</TS>
