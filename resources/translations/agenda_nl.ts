<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Agenda items</source>
        <translation>Agendapunten</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>&amp;Punt toevoegen</translation>
    </message>
    <message>
        <source>Add from &amp;schema…</source>
        <translation>Uit &amp;schema toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Omhoog</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>O&amp;mlaag</translation>
    </message>
    <message>
        <source>Choose a meeting to see its agenda.</source>
        <translation>Kies een vergadering om de agenda te zien.</translation>
    </message>
    <message>
        <source>Read only: the minutes of this meeting have been adopted, so its agenda is final.</source>
        <translation>Alleen lezen: het verslag van deze vergadering is vastgesteld, dus de agenda ligt vast.</translation>
    </message>
    <message>
        <source>Read only: this meeting was cancelled.</source>
        <translation>Alleen lezen: deze vergadering is geannuleerd.</translation>
    </message>
    <message>
        <source>Read only: this meeting was moved; its agenda went to the new date.</source>
        <translation>Alleen lezen: deze vergadering is verplaatst; de agenda is meegegaan naar de nieuwe datum.</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nieuw agendapunt</translation>
    </message>
    <message>
        <source>Title of the item:</source>
        <translation>Titel van het agendapunt:</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Agendapunt toevoegen</translation>
    </message>
    <message>
        <source>Add talking points</source>
        <translation>Bespreekpunten toevoegen</translation>
    </message>
    <message>
        <source>Add talking point</source>
        <translation>Bespreekpunt toevoegen</translation>
    </message>
    <message>
        <source>Add returning points</source>
        <translation>Terugkomende punten toevoegen</translation>
    </message>
    <message>
        <source>Add returning point</source>
        <translation>Terugkomend punt toevoegen</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Mijlpaal toevoegen</translation>
    </message>
    <message>
        <source>Delete item %1 “%2”? Its decisions (%3) and follow-ups (%4) are deleted with it.</source>
        <translation>Agendapunt %1 “%2” verwijderen? De besluiten (%3) en actiepunten (%4) ervan worden mee verwijderd.</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Agendapunt verwijderen</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Agendapunt verplaatsen</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>Agendapunt wijzigen</translation>
    </message>
    <message numerus="yes">
        <source>The agenda runs %n minute(s) past the planned end (%2): it would end at %3.</source>
        <translation>
            <numerusform>De agenda loopt %n minuut uit over het geplande einde (%2 uur): zij zou eindigen om %3 uur.</numerusform>
            <numerusform>De agenda loopt %n minuten uit over het geplande einde (%2 uur): zij zou eindigen om %3 uur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %n minute(s), until %3 (the meeting ends at %2).</source>
        <translation>
            <numerusform>Gepland: %n minuut, tot %3 uur (de vergadering eindigt om %2 uur).</numerusform>
            <numerusform>Gepland: %n minuten, tot %3 uur (de vergadering eindigt om %2 uur).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Inbreng</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Besloten</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>besloten</translation>
    </message>
</context>
<context>
    <name>AgendaWords</name>
    <message>
        <source>for decision</source>
        <translation>ter besluitvorming</translation>
    </message>
    <message>
        <source>for discussion</source>
        <translation>ter bespreking</translation>
    </message>
    <message>
        <source>for information</source>
        <translation>ter informatie</translation>
    </message>
    <message>
        <source>school boards</source>
        <translation>schoolbesturen</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>gedeeld</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Documents</source>
        <translation>Stukken</translation>
    </message>
    <message>
        <source>Documents of the item</source>
        <translation>Stukken bij het agendapunt</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Een stuk toevoegen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>Het stuk openen</translation>
    </message>
    <message>
        <source>Newer version…</source>
        <translation>Nieuwere versie…</translation>
    </message>
    <message>
        <source>Replace by a newer version</source>
        <translation>Vervangen door een nieuwere versie</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <source>Mark the document confidential</source>
        <translation>Het stuk vertrouwelijk maken</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>Het stuk verwijderen</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>vertrouwelijk</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Newer version of a document</source>
        <translation>Nieuwere versie van een stuk</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Stukken toevoegen</translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation>%s inlezen…</translation>
    </message>
    <message>
        <source>Newer version of &apos;%s&apos;</source>
        <translation>Nieuwere versie van &apos;%s&apos;</translation>
    </message>
    <message>
        <source>Mark document confidential</source>
        <translation>Stuk vertrouwelijk maken</translation>
    </message>
    <message>
        <source>Mark document public</source>
        <translation>Stuk openbaar maken</translation>
    </message>
    <message>
        <source>Remove the document &apos;%s&apos; (with its older versions)?</source>
        <translation>Het stuk &apos;%s&apos; verwijderen (met de oudere versies)?</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Stuk verwijderen</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Confidential (not in the public minutes)</source>
        <translation>Besloten (niet in het openbare verslag)</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>P&amp;resenter</source>
        <translation>&amp;Inbreng</translation>
    </message>
    <message>
        <source>Pla&amp;nned time</source>
        <translation>Geplande ti&amp;jd</translation>
    </message>
    <message>
        <source>One document per line, also without a file</source>
        <translation>Eén stuk per regel, ook zonder bestand</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>T&amp;oelichting</translation>
    </message>
    <message>
        <source>Doc&amp;ument list</source>
        <translation>St&amp;ukkenlijst</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>none (a free item)</source>
        <translation>geen (vrij agendapunt)</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <source>Returning points</source>
        <translation>Terugkomende punten</translation>
    </message>
    <message>
        <source>Add &amp;selected</source>
        <translation>&amp;Gekozen toevoegen</translation>
    </message>
    <message>
        <source>Add a&amp;ll</source>
        <translation>Alle toevoege&amp;n</translation>
    </message>
    <message>
        <source>postponed item</source>
        <translation>aangehouden punt</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>actiepunt</translation>
    </message>
    <message>
        <source>Milestone %1: %2</source>
        <translation>Mijlpaal %1: %2</translation>
    </message>
    <message>
        <source>Returning points: nothing comes back at this meeting.</source>
        <translation>Terugkomende punten: er komt in deze vergadering niets terug.</translation>
    </message>
    <message>
        <source>Returning points (%1)</source>
        <translation>Terugkomende punten (%1)</translation>
    </message>
</context>
<context>
    <name>ThemePicker</name>
    <message>
        <source>Add talking points from a schema</source>
        <translation>Bespreekpunten uit een schema toevoegen</translation>
    </message>
    <message>
        <source>Schemas and their themes</source>
        <translation>Schema&apos;s en hun thema&apos;s</translation>
    </message>
    <message>
        <source>Talking point</source>
        <translation>Bespreekpunt</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Verantwoordelijkheid</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Description of the chosen theme</source>
        <translation>Omschrijving van het gekozen thema</translation>
    </message>
    <message>
        <source>Choose a talking point to read its description.</source>
        <translation>Kies een bespreekpunt om de omschrijving te lezen.</translation>
    </message>
    <message>
        <source>Each talking point comes with its description and the schema&apos;s criteria as a checklist. Ctrl-click to pick several.</source>
        <translation>Elk bespreekpunt komt met zijn omschrijving en de criteria van het schema als checklist. Met Ctrl-klik kiest u er meerdere.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Add to agenda</source>
        <translation>&amp;Op de agenda zetten</translation>
    </message>
    <message>
        <source>Elaboration</source>
        <translation>Uitwerking</translation>
    </message>
</context>
</TS>
