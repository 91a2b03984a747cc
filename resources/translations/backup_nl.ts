<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ArchiveActions</name>
    <message>
        <source>Export archive</source>
        <translation>Archief exporteren</translation>
    </message>
    <message>
        <source>Archive (*.zip)</source>
        <translation>Archief (*.zip)</translation>
    </message>
    <message>
        <source>Writing the archive {name}…</source>
        <translation>Het archief {name} wordt geschreven…</translation>
    </message>
    <message>
        <source>Archive written: {path} ({summary}).</source>
        <translation>Archief geschreven: {path} ({summary}).</translation>
    </message>
    <message>
        <source>Import archive</source>
        <translation>Archief inlezen</translation>
    </message>
    <message>
        <source>Archive imported from {name}: {summary}.</source>
        <translation>Archief ingelezen uit {name}: {summary}.</translation>
    </message>
    <message>
        <source>Reading the archive {name}…</source>
        <translation>Het archief {name} wordt ingelezen…</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Taken on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>handmatig</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vóór herstel</translation>
    </message>
</context>
<context>
    <name>FileCheckRun</name>
    <message>
        <source>Checking the file…</source>
        <translation>Bestand wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>File check</source>
        <translation>Controle van het bestand</translation>
    </message>
    <message>
        <source>The file is damaged; nothing can be saved in it.</source>
        <translation>Het bestand is beschadigd; er kan niets in worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>NavigationWindow</name>
    <message>
        <source>Today&apos;s backup was not made: {reason}</source>
        <translation>De reservekopie van vandaag is niet gemaakt: {reason}</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Create a new Overleg database in this file?</source>
        <translation>Een nieuwe Overleg-database in dit bestand maken?</translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation>Een reservekopie openen</translation>
    </message>
    <message>
        <source>Choose a backup to put in its place; the file as it is now is kept as a copy.</source>
        <translation>Kies een reservekopie om ervoor in de plaats te zetten; het bestand zoals het nu is, wordt als kopie bewaard.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>Overleg keeps a copy of this database every day it is opened (the last ten). Restoring a copy first keeps the current content as a copy too.</source>
        <translation>Overleg maakt elke dag dat deze database wordt geopend een reservekopie (de laatste tien blijven bewaard). Bij het terugzetten van een kopie wordt de huidige inhoud eerst zelf als kopie bewaard.</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>&amp;Nu een kopie maken</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>A backup was made: %1</source>
        <translation>Er is een reservekopie gemaakt: %1</translation>
    </message>
    <message>
        <source>Restore the backup of %1? Everything changed since then is replaced; the current content is first kept as a backup.</source>
        <translation>De reservekopie van %1 terugzetten? Alles wat sindsdien is gewijzigd, wordt vervangen; de huidige inhoud wordt eerst als reservekopie bewaard.</translation>
    </message>
    <message>
        <source>The backup of %1 is back.</source>
        <translation>De reservekopie van %1 is teruggezet.</translation>
    </message>
    <message>
        <source>The previous content was kept as %1.</source>
        <translation>De vorige inhoud is bewaard als %1.</translation>
    </message>
</context>
</TS>
