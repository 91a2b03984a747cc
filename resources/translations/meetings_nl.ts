<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>InviteeEditor</name>
    <message>
        <source>Invited people</source>
        <translation>Genodigden</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>Persoon &amp;toevoegen</translation>
    </message>
</context>
<context>
    <name>MeetingDetail</name>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>Ve&amp;rslag</translation>
    </message>
    <message>
        <source>No meeting chosen</source>
        <translation>Geen vergadering gekozen</translation>
    </message>
    <message>
        <source>Choose a meeting in the list, or plan a new one.</source>
        <translation>Kies een vergadering in de lijst, of plan een nieuwe.</translation>
    </message>
    <message>
        <source>OOGO on %1</source>
        <translation>OOGO over %1</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <source>Moved here from %1.</source>
        <translation>Verplaatst van %1.</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Verplaatst naar %1.</translation>
    </message>
    <message>
        <source>Reason for cancelling: %1.</source>
        <translation>Reden van annulering: %1.</translation>
    </message>
    <message>
        <source>No reason was given for cancelling.</source>
        <translation>Bij de annulering is geen reden opgegeven.</translation>
    </message>
    <message>
        <source>Minutes adopted in %1 on %2.</source>
        <translation>Verslag vastgesteld in %1 op %2.</translation>
    </message>
    <message numerus="yes">
        <source>Attendance list: %n person(s).</source>
        <translation>
            <numerusform>Presentielijst: %n persoon.</numerusform>
            <numerusform>Presentielijst: %n personen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adopted with amendments: %1.</source>
        <translation>Vastgesteld met wijzigingen: %1.</translation>
    </message>
    <message>
        <source>Reopened on %1 by %2: %3.</source>
        <translation>Heropend op %1 door %2: %3.</translation>
    </message>
</context>
<context>
    <name>MeetingExportMenu</name>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Agenda…</source>
        <translation>Agenda…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Agenda, public version…</source>
        <translation>Agenda, openbare versie…</translation>
    </message>
    <message>
        <source>Agenda (public)</source>
        <translation>Agenda (openbaar)</translation>
    </message>
    <message>
        <source>Minutes…</source>
        <translation>Verslag…</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Minutes, public version…</source>
        <translation>Verslag, openbare versie…</translation>
    </message>
    <message>
        <source>Minutes (public)</source>
        <translation>Verslag (openbaar)</translation>
    </message>
    <message>
        <source>Decision list of this meeting…</source>
        <translation>Besluitenlijst van deze vergadering…</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluitenlijst</translation>
    </message>
    <message>
        <source>Action list of this meeting…</source>
        <translation>Actielijst van deze vergadering…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actielijst</translation>
    </message>
    <message>
        <source>Agenda as PDF/A…</source>
        <translation>Agenda als PDF/A…</translation>
    </message>
    <message>
        <source>Agenda, public version, as PDF/A…</source>
        <translation>Agenda, openbare versie, als PDF/A…</translation>
    </message>
    <message>
        <source>Minutes as PDF/A…</source>
        <translation>Verslag als PDF/A…</translation>
    </message>
    <message>
        <source>Minutes, public version, as PDF/A…</source>
        <translation>Verslag, openbare versie, als PDF/A…</translation>
    </message>
    <message>
        <source>Decision list of this meeting as PDF/A…</source>
        <translation>Besluitenlijst van deze vergadering als PDF/A…</translation>
    </message>
    <message>
        <source>Action list of this meeting as PDF/A…</source>
        <translation>Actielijst van deze vergadering als PDF/A…</translation>
    </message>
    <message>
        <source>Meeting pack (PDF)…</source>
        <translation>Vergaderstukken (PDF)…</translation>
    </message>
    <message>
        <source>Meeting pack, public version (PDF)…</source>
        <translation>Vergaderstukken, openbare versie (PDF)…</translation>
    </message>
    <message>
        <source>Calendar entry (.ics)…</source>
        <translation>Agenda-afspraak (.ics)…</translation>
    </message>
    <message>
        <source>Send invitation…</source>
        <translation>Uitnodiging versturen…</translation>
    </message>
    <message>
        <source>Send draft minutes…</source>
        <translation>Conceptverslag versturen…</translation>
    </message>
    <message>
        <source>Send cancellation…</source>
        <translation>Afzegging versturen…</translation>
    </message>
    <message>
        <source>Save Word document</source>
        <translation>Word-document opslaan</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-document (*.docx)</translation>
    </message>
    <message>
        <source>Save PDF/A document</source>
        <translation>PDF/A-document opslaan</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Meeting pack (public)</source>
        <translation>Vergaderstukken (openbaar)</translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation>Vergaderstukken</translation>
    </message>
    <message>
        <source>Save meeting pack</source>
        <translation>Vergaderstukken opslaan</translation>
    </message>
    <message>
        <source>Save calendar entry</source>
        <translation>Agenda-afspraak opslaan</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <source>Save mail draft</source>
        <translation>Mailconcept opslaan</translation>
    </message>
    <message>
        <source>E-mail (*.eml)</source>
        <translation>E-mail (*.eml)</translation>
    </message>
    <message>
        <source>No mail program opened the draft. It is saved as: %1. Open it with your mail program, or attach it to a new mail.</source>
        <translation>Er opende geen mailprogramma met het concept. Het is opgeslagen als: %1. Open het met uw mailprogramma, of voeg het toe aan een nieuwe mail.</translation>
    </message>
    <message>
        <source>No e-mail address is known for: %s. Add their addresses on the Bodies screen, or add them in the mail program.</source>
        <translation>Er is geen e-mailadres bekend van: %s. Vul de adressen aan op het scherm Overlegorganen, of voeg ze toe in het mailprogramma.</translation>
    </message>
    <message>
        <source>Mark the agenda of this meeting as sent?</source>
        <translation>De agenda van deze vergadering als verstuurd markeren?</translation>
    </message>
    <message>
        <source>Agenda sent</source>
        <translation>Agenda verstuurd</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Overlegorgaan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>MeetingTimeFields</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Eindtijd</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>The meeting cannot end before it starts: choose an end time after the start.</source>
        <translation>De vergadering kan niet eindigen voordat zij begint: kies een eindtijd na het begin.</translation>
    </message>
</context>
<context>
    <name>MeetingWords</name>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>agenda sent</source>
        <translation>agenda verstuurd</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gehouden</translation>
    </message>
    <message>
        <source>draft minutes</source>
        <translation>conceptverslag</translation>
    </message>
    <message>
        <source>minutes adopted</source>
        <translation>verslag vastgesteld</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verplaatst</translation>
    </message>
    <message>
        <source>support plan (primary)</source>
        <translation>ondersteuningsplan PO</translation>
    </message>
    <message>
        <source>support plan (secondary)</source>
        <translation>ondersteuningsplan VO</translation>
    </message>
    <message>
        <source>youth care plan</source>
        <translation>jeugdplan</translation>
    </message>
    <message>
        <source>school buildings</source>
        <translation>onderwijshuisvesting</translation>
    </message>
    <message>
        <source>other</source>
        <translation>overig</translation>
    </message>
</context>
<context>
    <name>MeetingsScreen</name>
    <message>
        <source>All meetings</source>
        <translation>Alle vergaderingen</translation>
    </message>
    <message>
        <source>Upcoming (soonest first)</source>
        <translation>Komend (eerstvolgende bovenaan)</translation>
    </message>
    <message>
        <source>Past (newest first)</source>
        <translation>Geweest (nieuwste bovenaan)</translation>
    </message>
    <message>
        <source>&amp;Plan meeting…</source>
        <translation>Vergadering &amp;plannen…</translation>
    </message>
    <message>
        <source>M&amp;ove…</source>
        <translation>&amp;Verplaatsen…</translation>
    </message>
    <message>
        <source>&amp;Cancel meeting…</source>
        <translation>Annu&amp;leren…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
    <message>
        <source>Plan meeting</source>
        <translation>Vergadering plannen</translation>
    </message>
    <message>
        <source>Plan a meeting (Ctrl+Shift+N)</source>
        <translation>Een vergadering plannen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Alle overlegorganen</translation>
    </message>
    <message>
        <source>There is no consultation body yet to plan a meeting for; add one first.</source>
        <translation>Er is nog geen overlegorgaan om een vergadering voor te plannen; voeg er eerst een toe.</translation>
    </message>
    <message>
        <source>Move meeting</source>
        <translation>Vergadering verplaatsen</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Vergadering annuleren</translation>
    </message>
    <message>
        <source>Why is this meeting cancelled?</source>
        <translation>Waarom wordt deze vergadering geannuleerd?</translation>
    </message>
    <message>
        <source>Write a mail to everyone invited saying the meeting is cancelled?</source>
        <translation>Een mail schrijven aan alle genodigden dat de vergadering niet doorgaat?</translation>
    </message>
</context>
<context>
    <name>MoveMeetingDialog</name>
    <message>
        <source>Move meeting</source>
        <translation>Vergadering verplaatsen</translation>
    </message>
    <message>
        <source>The agenda, the invitees and everything that comes back at this meeting move along; the old date stays visible as moved.</source>
        <translation>De agenda, de genodigden en alles wat in deze vergadering terugkomt gaan mee; de oude datum blijft zichtbaar als verplaatst.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verplaatsen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>&amp;New date and time</source>
        <translation>&amp;Nieuwe datum en tijd</translation>
    </message>
</context>
<context>
    <name>PlanMeetingDialog</name>
    <message>
        <source>Plan a meeting</source>
        <translation>Vergadering plannen</translation>
    </message>
    <message>
        <source>optional, e.g. Extra meeting</source>
        <translation>niet verplicht, bijvoorbeeld Extra vergadering</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plannen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Overlegorgaan</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Datum en tijd</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>OOGO &amp;subject</source>
        <translation>OOGO-onder&amp;werp</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>In&amp;vited</source>
        <translation>&amp;Genodigden</translation>
    </message>
</context>
</TS>
