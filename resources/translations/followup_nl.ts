<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ActionListScreen</name>
    <message>
        <source>Mark &amp;done…</source>
        <translation>&amp;Afgerond…</translation>
    </message>
    <message>
        <source>&amp;Cancel follow-up…</source>
        <translation>&amp;Vervallen…</translation>
    </message>
    <message>
        <source>Open &amp;meeting</source>
        <translation>&amp;Open vergadering</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>As Word document…</source>
        <translation>Als Word-document…</translation>
    </message>
    <message>
        <source>As Excel workbook…</source>
        <translation>Als Excel-werkmap…</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>He&amp;ropenen</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <source>Every recorded change of this follow-up</source>
        <translation>Alle vastgelegde wijzigingen van dit actiepunt</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Read an existing action list from Excel or CSV</source>
        <translation>Een bestaande actielijst uit Excel of CSV inlezen</translation>
    </message>
    <message>
        <source>Filter follow-ups by text</source>
        <translation>Actiepunten filteren op tekst</translation>
    </message>
    <message>
        <source>Filter on text or owner…</source>
        <translation>Filter op tekst of eigenaar…</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle eigenaren</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Alle overlegorganen</translation>
    </message>
    <message>
        <source>Any meeting</source>
        <translation>Komt terug in: elke vergadering</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Overdue &amp;only</source>
        <translation>Alleen te &amp;laat</translation>
    </message>
    <message>
        <source>Follow-ups whose due date lies before this day are overdue</source>
        <translation>Actiepunten met een termijn vóór deze dag zijn te laat</translation>
    </message>
    <message>
        <source>Overdue &amp;as of</source>
        <translation>Te laat &amp;per</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>Follow-ups: %1</source>
        <translation>Actiepunten: %1</translation>
    </message>
    <message>
        <source>Agreed in %1 on %2</source>
        <translation>Afgesproken in %1 op %2</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultaat: %1</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Actiepunt afronden</translation>
    </message>
    <message>
        <source>What came of this follow-up?
%1</source>
        <translation>Wat is het resultaat van dit actiepunt?
%1</translation>
    </message>
    <message>
        <source>Cancel follow-up</source>
        <translation>Actiepunt laten vervallen</translation>
    </message>
    <message>
        <source>Why is this follow-up no longer needed?
%1</source>
        <translation>Waarom is dit actiepunt niet meer nodig?
%1</translation>
    </message>
    <message>
        <source>Reopen follow-up</source>
        <translation>Actiepunt heropenen</translation>
    </message>
    <message>
        <source>Save action list</source>
        <translation>Actielijst opslaan</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-document (*.docx)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Overlegorgaan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done on / result</source>
        <translation>Afgerond op / resultaat</translation>
    </message>
    <message>
        <source>Overdue: due on %1</source>
        <translation>Te laat: termijn was %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Vervallen</translation>
    </message>
</context>
<context>
    <name>DecisionRegisterModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <source>(revoked) %1</source>
        <translation>(ingetrokken) %1</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n besluit</numerusform>
            <numerusform>%n besluiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionRegisterScreen</name>
    <message>
        <source>Search decisions</source>
        <translation>Besluiten zoeken</translation>
    </message>
    <message>
        <source>Search decisions by text or number…</source>
        <translation>Zoek besluiten op tekst of nummer…</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>Open &amp;meeting</source>
        <translation>&amp;Open vergadering</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>As Word document…</source>
        <translation>Als Word-document…</translation>
    </message>
    <message>
        <source>As Excel workbook…</source>
        <translation>Als Excel-werkmap…</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <source>Every recorded change of this decision</source>
        <translation>Alle vastgelegde wijzigingen van dit besluit</translation>
    </message>
    <message>
        <source>Decisions: %1, in meetings: %2</source>
        <translation>Besluiten: %1, in vergaderingen: %2</translation>
    </message>
    <message>
        <source>Agenda item: %1</source>
        <translation>Agendapunt: %1</translation>
    </message>
    <message>
        <source>Save decision register</source>
        <translation>Besluitenlijst opslaan</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-document (*.docx)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>DisputeModel</name>
    <message>
        <source>Dispute</source>
        <translation>Geschil</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>closed %1: %2</source>
        <translation>afgesloten %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <source>Public version</source>
        <translation>Openbare versie</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
</context>
<context>
    <name>MilestoneTableModel</name>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Body / party</source>
        <translation>Overlegorgaan / partij</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <source>Meeting needed by</source>
        <translation>Vergadering uiterlijk</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>binnenkort</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
</context>
<context>
    <name>MilestonesScreen</name>
    <message>
        <source>Show &amp;done</source>
        <translation>Ook af&amp;geronde</translation>
    </message>
    <message>
        <source>&amp;Add milestone…</source>
        <translation>Mijlpaal &amp;toevoegen…</translation>
    </message>
    <message>
        <source>New &amp;procedure…</source>
        <translation>Nieuwe &amp;procedure…</translation>
    </message>
    <message>
        <source>Mark d&amp;one</source>
        <translation>&amp;Afronden</translation>
    </message>
    <message>
        <source>A&amp;s of</source>
        <translation>P&amp;eildatum</translation>
    </message>
    <message>
        <source>Deadlines and milestones</source>
        <translation>Termijnen en mijlpalen</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Mijlpaal toevoegen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Due date as the law states it (dd-mm-yyyy)</source>
        <translation>Datum zoals de wet hem noemt (dd-mm-jjjj)</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Wettelijke grondslag</translation>
    </message>
    <message>
        <source>New procedure</source>
        <translation>Nieuwe procedure</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Year (%1)</source>
        <translation>Jaar (%1)</translation>
    </message>
    <message>
        <source>Parties, separated by commas</source>
        <translation>Partijen, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>Run by (the samenwerkingsverband)</source>
        <translation>Gevoerd door (het samenwerkingsverband)</translation>
    </message>
    <message>
        <source>Date of adoption (dd-mm-yyyy)</source>
        <translation>Datum van vaststelling (dd-mm-jjjj)</translation>
    </message>
    <message numerus="yes">
        <source>Procedure &apos;%1&apos; created with %n step(s).</source>
        <translation>
            <numerusform>Procedure &apos;%1&apos; aangemaakt met %n stap.</numerusform>
            <numerusform>Procedure &apos;%1&apos; aangemaakt met %n stappen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the milestone &apos;%1&apos;?</source>
        <translation>De mijlpaal &apos;%1&apos; verwijderen?</translation>
    </message>
</context>
<context>
    <name>OogoScreen</name>
    <message>
        <source>Samenwerkingsverband</source>
        <translation>Samenwerkingsverband</translation>
    </message>
    <message>
        <source>&amp;Samenwerkingsverband</source>
        <translation>&amp;Samenwerkingsverband</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation>&amp;Procedure</translation>
    </message>
    <message>
        <source>P&amp;ublic version</source>
        <translation>&amp;Openbare versie</translation>
    </message>
    <message>
        <source>No OOGO procedure yet: start one under Deadlines (New procedure…).</source>
        <translation>Nog geen OOGO-procedure: begin er een onder Termijnen (Nieuwe procedure…).</translation>
    </message>
    <message>
        <source>OOGO status matrix</source>
        <translation>OOGO-statusoverzicht</translation>
    </message>
    <message>
        <source>Plan &amp;meeting for a step…</source>
        <translation>&amp;Vergadering plannen voor een stap…</translation>
    </message>
    <message>
        <source>Matrix as &amp;Word…</source>
        <translation>Overzi&amp;cht als Word…</translation>
    </message>
    <message>
        <source>St&amp;atement (Word)…</source>
        <translation>Ve&amp;rklaring (Word)…</translation>
    </message>
    <message>
        <source>Matrix as E&amp;xcel…</source>
        <translation>Overzicht als &amp;Excel…</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Geschillen</translation>
    </message>
    <message>
        <source>&amp;Open dispute track…</source>
        <translation>&amp;Geschillentraject openen…</translation>
    </message>
    <message>
        <source>Dispute &amp;notice (Word)…</source>
        <translation>&amp;Kennisgeving geschil (Word)…</translation>
    </message>
    <message>
        <source>&amp;Close dispute…</source>
        <translation>Geschil &amp;afsluiten…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Disputes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Geschillen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 talking point(s) ended in a dispute without a dispute track yet.</source>
        <translation>%1 agendapunt(en) eindigde(n) in een geschil zonder geschillentraject.</translation>
    </message>
    <message>
        <source>Every step that needs a meeting has been done.</source>
        <translation>Elke stap die een vergadering nodig heeft, is afgerond.</translation>
    </message>
    <message>
        <source>Plan meeting</source>
        <translation>Vergadering plannen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Date and time (dd-mm-yyyy hh:mm)</source>
        <translation>Datum en tijd (dd-mm-jjjj uu:mm)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time; write for example 14:00.</source>
        <translation>&apos;%1&apos; is geen tijd; schrijf bijvoorbeeld 14:00.</translation>
    </message>
    <message>
        <source>Meeting planned with a talking point for &apos;%1&apos;.</source>
        <translation>Vergadering gepland met een agendapunt voor &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Save statement</source>
        <translation>Verklaring opslaan</translation>
    </message>
    <message>
        <source>Save status matrix</source>
        <translation>Statusoverzicht opslaan</translation>
    </message>
    <message>
        <source>No talking point of this procedure ended in a dispute without a track. Record the outcome &apos;dispute&apos; in the minutes first.</source>
        <translation>Geen agendapunt van deze procedure eindigde in een geschil zonder traject. Leg eerst in het verslag de uitkomst &apos;geschil&apos; vast.</translation>
    </message>
    <message>
        <source>Open dispute track</source>
        <translation>Geschillentraject openen</translation>
    </message>
    <message>
        <source>Talking point</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <source>Dispute track opened; next: %1, due %2.</source>
        <translation>Geschillentraject geopend; volgende stap: %1, uiterlijk %2.</translation>
    </message>
    <message>
        <source>Save dispute notice</source>
        <translation>Kennisgeving geschil opslaan</translation>
    </message>
    <message>
        <source>Close dispute</source>
        <translation>Geschil afsluiten</translation>
    </message>
    <message>
        <source>Result and its effect on the procedure</source>
        <translation>Uitkomst en het gevolg voor de procedure</translation>
    </message>
</context>
<context>
    <name>PlanningModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Meeting or milestone</source>
        <translation>Vergadering of mijlpaal</translation>
    </message>
    <message>
        <source>Due there</source>
        <translation>Wat er dan moet liggen</translation>
    </message>
    <message>
        <source>agreed in %1 of %2</source>
        <translation>afgesproken in %1 van %2</translation>
    </message>
    <message>
        <source>serves this milestone</source>
        <translation>behandelt deze mijlpaal</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(geannuleerd)</translation>
    </message>
    <message>
        <source>(moved)</source>
        <translation>(verplaatst)</translation>
    </message>
    <message>
        <source>no open follow-ups</source>
        <translation>geen open actiepunten</translation>
    </message>
    <message>
        <source>1 open follow-up comes back</source>
        <translation>1 open actiepunt komt terug</translation>
    </message>
    <message>
        <source>%1 open follow-ups come back</source>
        <translation>%1 open actiepunten komen terug</translation>
    </message>
    <message>
        <source>Milestone: %1</source>
        <translation>Mijlpaal: %1</translation>
    </message>
    <message>
        <source>statutory</source>
        <translation>wettelijk</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>beleid</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ahead</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanningScreen</name>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Alle overlegorganen</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Vanaf</translation>
    </message>
    <message>
        <source>&amp;Ahead</source>
        <translation>Voor&amp;uit</translation>
    </message>
    <message>
        <source>Planning of meetings and follow-ups</source>
        <translation>Planning van vergaderingen en actiepunten</translation>
    </message>
</context>
<context>
    <name>ReminderButton</name>
    <message>
        <source>Remi&amp;nder</source>
        <translation>Herin&amp;nering</translation>
    </message>
    <message>
        <source>Mail drafts to owners of open follow-ups</source>
        <translation>Maildrafts aan eigenaren van openstaande actiepunten</translation>
    </message>
    <message>
        <source>To this owner…</source>
        <translation>Aan deze eigenaar…</translation>
    </message>
    <message>
        <source>To all owners of open follow-ups…</source>
        <translation>Aan alle eigenaren van openstaande actiepunten…</translation>
    </message>
    <message>
        <source>Save reminder</source>
        <translation>Herinnering opslaan</translation>
    </message>
    <message>
        <source>E-mail (*.eml)</source>
        <translation>E-mail (*.eml)</translation>
    </message>
    <message>
        <source>No mail program opened the draft. It is saved as: %1.</source>
        <translation>Er opende geen mailprogramma met het concept. Het is opgeslagen als: %1.</translation>
    </message>
    <message>
        <source>No one has an open follow-up.</source>
        <translation>Niemand heeft een openstaand actiepunt.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) written in %1; open each to send it.</source>
        <translation>
            <numerusform>%n herinnering geschreven in %1; open hem om te versturen.</numerusform>
            <numerusform>%n herinneringen geschreven in %1; open ze één voor één om te versturen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No e-mail address is known for: %1. Add it in the mail program.</source>
        <translation>Geen e-mailadres bekend van: %1. Vul het aan in het mailprogramma.</translation>
    </message>
</context>
</TS>
