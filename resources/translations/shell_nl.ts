<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <source>Overleg database (*.db *.sqlite);;All files (*)</source>
        <translation>Overleg-database (*.db *.sqlite);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to Overleg</source>
        <translation>Welkom bij Overleg</translation>
    </message>
    <message>
        <source>This database is empty. Do you want to fill it with the example data (Drechtsteden and Lelystad, 2013)?</source>
        <translation>Deze database is leeg. Wilt u haar vullen met de voorbeeldgegevens (Drechtsteden en Lelystad, 2013)?</translation>
    </message>
</context>
</TS>