<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Standpunt</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Stuk</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Vindplaats</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Found text</source>
        <translation>Gevonden tekst</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Search text</source>
        <translation>Zoektekst</translation>
    </message>
    <message>
        <source>Search agenda items, notes, decisions and follow-ups (Ctrl+F)</source>
        <translation>Zoek in agendapunten, aantekeningen, besluiten en actiepunten (Ctrl+F)</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Nieuwste eerst</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Best passend</translation>
    </message>
    <message>
        <source>Order of the hits</source>
        <translation>Volgorde van de resultaten</translation>
    </message>
    <message>
        <source>Public only</source>
        <translation>Alleen openbaar</translation>
    </message>
    <message>
        <source>Leave out what was dealt with in closed session, e.g. when others see the screen</source>
        <translation>Laat weg wat besloten is behandeld, bijvoorbeeld als anderen meekijken</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>More than %1 hits; the newest %2 are shown</source>
        <translation>Meer dan %1 resultaten; de nieuwste %2 staan hieronder</translation>
    </message>
    <message>
        <source>More than %1 hits; the %2 best matching are shown</source>
        <translation>Meer dan %1 resultaten; de %2 best passende staan hieronder</translation>
    </message>
    <message>
        <source>%1 hits; the newest %2 are shown</source>
        <translation>%1 resultaten; de nieuwste %2 staan hieronder</translation>
    </message>
    <message>
        <source>%1 hits; the %2 best matching are shown</source>
        <translation>%1 resultaten; de %2 best passende staan hieronder</translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation>1 resultaat</translation>
    </message>
    <message>
        <source>%1 hits</source>
        <translation>%1 resultaten</translation>
    </message>
    <message>
        <source>,</source>
        <comment>thousands separator</comment>
        <translation>.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>Niets gevonden voor ‘%1’</translation>
    </message>
</context>
</TS>
