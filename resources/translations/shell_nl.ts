<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ActionListScreen</name>
    <message>
        <source>Action list</source>
        <translation>Actielijst</translation>
    </message>
</context>
<context>
    <name>BodiesScreen</name>
    <message>
        <source>Consultation bodies</source>
        <translation>Overlegorganen</translation>
    </message>
</context>
<context>
    <name>CommandBus</name>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 ongedaan maken</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 opnieuw</translation>
    </message>
    <message>
        <source>“{step}” cannot be undone or redone any more: {reason}</source>
        <translation>“{step}” kan niet meer ongedaan worden gemaakt of opnieuw worden gedaan: {reason}</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong unexpectedly ({kind}); what was saved before is kept, and the details are in {log}.</source>
        <translation>Er ging onverwacht iets mis ({kind}); wat eerder is opgeslagen blijft bewaard, en de details staan in {log}.</translation>
    </message>
    <message>
        <source>Something went wrong unexpectedly ({kind}: {text}); what was saved before is kept.</source>
        <translation>Er ging onverwacht iets mis ({kind}: {text}); wat eerder is opgeslagen blijft bewaard.</translation>
    </message>
</context>
<context>
    <name>DecisionRegisterScreen</name>
    <message>
        <source>Decision register</source>
        <translation>Besluitenlijst</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Even geduld</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} wordt geschreven…</translation>
    </message>
</context>
<context>
    <name>MeetingsScreen</name>
    <message>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
</context>
<context>
    <name>MilestonesScreen</name>
    <message>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
</context>
<context>
    <name>NavigationWindow</name>
    <message>
        <source>Screens</source>
        <translation>Schermen</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already exists; choose another name, or use Open database to open it.</source>
        <translation>&apos;{name}&apos; bestaat al; kies een andere naam, of open het bestand met Database openen.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; no longer exists; it has been removed from the recent files.</source>
        <translation>&apos;{path}&apos; bestaat niet meer; het is uit de recente bestanden gehaald.</translation>
    </message>
    <message>
        <source>Refreshed from {name}.</source>
        <translation>Opnieuw ingelezen uit {name}.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nieuwe database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <source>Recent &amp;files</source>
        <translation>&amp;Recente bestanden</translation>
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
        <source>&amp;Backups…</source>
        <translation>Re&amp;servekopieën…</translation>
    </message>
    <message>
        <source>&amp;Export archive…</source>
        <translation>Archief &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Import archive…</source>
        <translation>Archief &amp;inlezen…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Gebruikershandleiding</translation>
    </message>
    <message>
        <source>&amp;About Overleg</source>
        <translation>&amp;Over Overleg</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>De gebruikershandleiding ontbreekt in deze installatie.</translation>
    </message>
    <message>
        <source>The card of keyboard shortcuts is missing from this installation.</source>
        <translation>Het overzicht van de sneltoetsen ontbreekt in deze installatie.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
</context>
<context>
    <name>OogoScreen</name>
    <message>
        <source>OOGO</source>
        <translation>OOGO</translation>
    </message>
</context>
<context>
    <name>PlanningScreen</name>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>(no recent files)</source>
        <translation>(geen recente bestanden)</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Lijst wissen</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(geen suggesties)</translation>
    </message>
    <message>
        <source>Add to word list</source>
        <translation>Toevoegen aan woordenlijst</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The database you used last, {path}, no longer exists; the default database is opened.</source>
        <translation>De database die u het laatst gebruikte, {path}, bestaat niet meer; de standaarddatabase wordt geopend.</translation>
    </message>
    <message>
        <source>The default database is opened instead.</source>
        <translation>In plaats daarvan wordt de standaarddatabase geopend.</translation>
    </message>
    <message>
        <source>Explore the example data (Drechtsteden and Lelystad, 2013)</source>
        <translation>De voorbeeldgegevens verkennen (Drechtsteden en Lelystad, 2013)</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Beginnen met een lege database</translation>
    </message>
    <message>
        <source>Open an existing database file…</source>
        <translation>Een bestaand databasebestand openen…</translation>
    </message>
    <message>
        <source>Welcome to Overleg</source>
        <translation>Welkom bij Overleg</translation>
    </message>
    <message>
        <source>This database is still empty. How do you want to begin?</source>
        <translation>Deze database is nog leeg. Hoe wilt u beginnen?</translation>
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
</TS>
