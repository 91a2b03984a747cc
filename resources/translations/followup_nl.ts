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
        <source>Re&amp;open</source>
        <translation>&amp;Heropenen</translation>
    </message>
    <message>
        <source>Open &amp;meeting</source>
        <translation>&amp;Open vergadering</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
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
        <source>&amp;History…</source>
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
        <translation>Termijn</translation>
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
        <source>Search decisions by text or number…</source>
        <translation>Zoek besluiten op tekst of nummer…</translation>
    </message>
    <message>
        <source>Open &amp;meeting</source>
        <translation>&amp;Open vergadering</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
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
        <source>&amp;History…</source>
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
    <name>ExportButton</name>
    <message>
        <source>Public version</source>
        <translation>Openbare versie</translation>
    </message>
</context>
<context>
    <name>MilestoneTableModel</name>
    <message>
        <source>Due</source>
        <translation>Termijn</translation>
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
        <source>&amp;As of</source>
        <translation>&amp;Peildatum</translation>
    </message>
    <message>
        <source>Show &amp;done</source>
        <translation>Ook &amp;afgeronde</translation>
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
        <source>&amp;Delete</source>
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
        <source>&amp;From</source>
        <translation>&amp;Vanaf</translation>
    </message>
    <message>
        <source>&amp;Ahead</source>
        <translation>Voor&amp;uit</translation>
    </message>
</context>
<context>
    <name>ReminderButton</name>
    <message>
        <source>&amp;Reminder</source>
        <translation>&amp;Herinnering</translation>
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
        <source>No one has an open follow-up.</source>
        <translation>Niemand heeft een openstaand actiepunt.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) written; open each in the folder shown to send it.</source>
        <translation>
            <numerusform>%n herinnering geschreven; open hem in de getoonde map om hem te versturen.</numerusform>
            <numerusform>%n herinneringen geschreven; open ze een voor een in de getoonde map om ze te versturen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No e-mail address is known for: %1. Add it in the mail program.</source>
        <translation>Geen e-mailadres bekend van: %1. Vul het aan in het mailprogramma.</translation>
    </message>
</context>
</TS>
