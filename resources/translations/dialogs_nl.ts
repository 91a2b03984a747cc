<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Overleg</source>
        <translation>Over Overleg</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Geopende database</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>Error log</source>
        <translation>Foutenlogboek</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>{license} (European Union Public Licence)</source>
        <translation>{license} (Europese openbare licentie)</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Gemaakt met</translation>
    </message>
    <message>
        <source>Agendas, minutes, decisions and follow-ups of the consensus-oriented consultation (OOGO) on inclusive education and youth care.</source>
        <translation>Agenda&apos;s, verslagen, besluiten en actiepunten van het op overeenstemming gericht overleg (OOGO) over passend onderwijs en jeugdhulp.</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Gegevensmap openen</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Gebruikershandleiding</translation>
    </message>
    <message>
        <source>Open in &amp;browser to print</source>
        <translation>In &amp;browser openen om af te drukken</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>overleg.db in the data folder</source>
        <translation>overleg.db in de gegevensmap</translation>
    </message>
    <message>
        <source>Open the database used last at start</source>
        <translation>Bij het starten de laatst gebruikte database openen</translation>
    </message>
    <message>
        <source>e.g. Anna de Vries</source>
        <translation>bijv. Anna de Vries</translation>
    </message>
    <message>
        <source>e.g. secretary of the OOGO</source>
        <translation>bijv. secretaris van het OOGO</translation>
    </message>
    <message>
        <source>e.g. a.devries@lelystad.nl</source>
        <translation>bijv. a.devries@lelystad.nl</translation>
    </message>
    <message>
        <source>Short ({example})</source>
        <translation>Kort ({example})</translation>
    </message>
    <message>
        <source>Long ({example})</source>
        <translation>Lang ({example})</translation>
    </message>
    <message>
        <source>Check &amp;spelling (Dutch) in notes and descriptions</source>
        <translation>Spelling &amp;controleren (Nederlands) in aantekeningen en toelichtingen</translation>
    </message>
    <message>
        <source>none: no exchange through a folder</source>
        <translation>geen: niet uitwisselen via een map</translation>
    </message>
    <message>
        <source>Take over their changes &amp;without a conflict automatically</source>
        <translation>Wijzigingen van anderen zonder conflict &amp;vanzelf overnemen</translation>
    </message>
    <message>
        <source>&amp;Default database:</source>
        <translation>&amp;Standaarddatabase:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
    <message>
        <source>Your &amp;initials:</source>
        <translation>Uw &amp;initialen:</translation>
    </message>
    <message>
        <source>Your &amp;function:</source>
        <translation>Uw &amp;functie:</translation>
    </message>
    <message>
        <source>Your e-&amp;mail address:</source>
        <translation>Uw e-&amp;mailadres:</translation>
    </message>
    <message>
        <source>Your name is recorded with every change in the audit trail; without one, your login name is used.</source>
        <translation>Uw naam wordt bij elke wijziging in het logboek vastgelegd; zonder naam wordt uw inlognaam gebruikt.</translation>
    </message>
    <message>
        <source>Mail drafts are signed with your name and function; invitations name your address as organiser.</source>
        <translation>Mailconcepten worden ondertekend met uw naam en functie; uitnodigingen noemen uw adres als organisator.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>A new language takes effect when Overleg is restarted.</source>
        <translation>Een andere taal gaat in wanneer Overleg opnieuw wordt gestart.</translation>
    </message>
    <message>
        <source>Da&amp;tes in lists:</source>
        <translation>Datums in &amp;lijsten:</translation>
    </message>
    <message>
        <source>The Dutch dictionary is missing from this installation, so spelling is not checked.</source>
        <translation>Het Nederlandse woordenboek ontbreekt in deze installatie; de spelling wordt daarom niet gecontroleerd.</translation>
    </message>
    <message>
        <source>Invitation &amp;attachments up to:</source>
        <translation>&amp;Bijlagen bij uitnodiging tot:</translation>
    </message>
    <message>
        <source>Shared f&amp;older:</source>
        <translation>&amp;Gedeelde map:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>the standard house style</source>
        <translation>de standaardhuisstijl</translation>
    </message>
    <message>
        <source>There are no bodies in this database yet.</source>
        <translation>Er zijn nog geen overlegorganen in deze database.</translation>
    </message>
    <message>
        <source>Word template per body (.docx or .dotx)</source>
        <translation>Word-sjabloon per overlegorgaan (.docx of .dotx)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Default database</source>
        <translation>Standaarddatabase</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Word-sjabloon</translation>
    </message>
    <message>
        <source>Word template (*.docx *.dotx)</source>
        <translation>Word-sjabloon (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>The folder of the default database, {folder}, does not exist.</source>
        <translation>De map van de standaarddatabase, {folder}, bestaat niet.</translation>
    </message>
    <message>
        <source>The shared folder {folder} does not exist.</source>
        <translation>De gedeelde map {folder} bestaat niet.</translation>
    </message>
    <message>
        <source>The Word template of {body} must be a .docx or .dotx file.</source>
        <translation>Het Word-sjabloon van {body} moet een .docx- of .dotx-bestand zijn.</translation>
    </message>
    <message>
        <source>The Word template of {body}, {path}, does not exist.</source>
        <translation>Het Word-sjabloon van {body}, {path}, bestaat niet.</translation>
    </message>
    <message>
        <source>The new language takes effect when Overleg is restarted.</source>
        <translation>De nieuwe taal gaat in wanneer Overleg opnieuw wordt gestart.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Overleg</source>
        <translation>Welkom bij Overleg</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Overleg&lt;/h2&gt;&lt;p&gt;Overleg keeps the agendas, minutes, decisions and follow-ups of your consultations in one file on your computer. This database is still empty. How do you want to begin?&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welkom bij Overleg&lt;/h2&gt;&lt;p&gt;Overleg bewaart de agenda&apos;s, verslagen, besluiten en actiepunten van uw overleggen in één bestand op uw computer. Deze database is nog leeg. Hoe wilt u beginnen?&lt;/p&gt;</translation>
    </message>
</context>
</TS>
