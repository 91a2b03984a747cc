<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AdoptionBox</name>
    <message>
        <source>There is no earlier meeting of this body whose minutes could be adopted.</source>
        <translation>Er is geen eerdere vergadering van dit overlegorgaan waarvan het verslag kan worden vastgesteld.</translation>
    </message>
    <message>
        <source>The minutes of %1 were adopted in this meeting.</source>
        <translation>Het verslag van %1 is in deze vergadering vastgesteld.</translation>
    </message>
    <message>
        <source>The minutes of the previous meeting (%1) are still a draft.</source>
        <translation>Het verslag van de vorige vergadering (%1) is nog een concept.</translation>
    </message>
    <message>
        <source>A&amp;dopt the minutes of %1</source>
        <translation>Verslag van %1 vas&amp;tstellen</translation>
    </message>
    <message>
        <source>Adopt minutes</source>
        <translation>Verslag vaststellen</translation>
    </message>
    <message>
        <source>Adopt the minutes of %1? After that they can no longer be changed.</source>
        <translation>Het verslag van %1 vaststellen? Daarna kan het niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>Adopt as they are</source>
        <translation>Vaststellen zoals het is</translation>
    </message>
    <message>
        <source>Adopt with amendments…</source>
        <translation>Vaststellen met wijzigingen…</translation>
    </message>
    <message>
        <source>Adopt with amendments</source>
        <translation>Vaststellen met wijzigingen</translation>
    </message>
    <message>
        <source>Which amendments were made? They are recorded and printed in the adopted minutes.</source>
        <translation>Welke wijzigingen zijn aangebracht? Ze worden vastgelegd en in het vastgestelde verslag afgedrukt.</translation>
    </message>
    <message>
        <source>The minutes of the previous meeting (%1) were already adopted on %2.</source>
        <translation>Het verslag van de vorige vergadering (%1) is al vastgesteld op %2.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>&lt;b&gt;Attendance&lt;/b&gt;</source>
        <translation>&lt;b&gt;Presentielijst&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tick every invitee not yet ticked as present</source>
        <translation>Vink iedere genodigde die nog niet is aangevinkt aan als aanwezig</translation>
    </message>
    <message>
        <source>Everyone else pre&amp;sent</source>
        <translation>Alle anderen aanwe&amp;zig</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Presentielijst</translation>
    </message>
    <message>
        <source>A&amp;dd guest…</source>
        <translation>&amp;Gast toevoegen…</translation>
    </message>
    <message>
        <source>Remove &amp;guest</source>
        <translation>Gast verw&amp;ijderen</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n gast</numerusform>
            <numerusform>%n gasten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 present, %2 apologies, %3, %4 not ticked</source>
        <translation>%1 aanwezig, %2 afgemeld, %3, %4 niet aangevinkt</translation>
    </message>
    <message>
        <source>Everyone else present</source>
        <translation>Alle anderen aanwezig</translation>
    </message>
    <message>
        <source>A new person…</source>
        <translation>Een nieuwe persoon…</translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation>Gast toevoegen</translation>
    </message>
    <message>
        <source>Who attends as guest?</source>
        <translation>Wie is als gast aanwezig?</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>Name of the guest:</source>
        <translation>Naam van de gast:</translation>
    </message>
    <message>
        <source>Only a guest can be removed from the attendance list; an invitee gets apologies instead.</source>
        <translation>Alleen een gast kan van de presentielijst worden verwijderd; een genodigde die er niet is, meldt zich af.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>&lt;b&gt;Criteria&lt;/b&gt; (tick what this item meets; double-click a remark to write one)</source>
        <translation>&lt;b&gt;Criteria&lt;/b&gt; (vink aan waaraan dit punt voldoet; dubbelklik op een opmerking om die te schrijven)</translation>
    </message>
    <message>
        <source>Criteria checklist</source>
        <translation>Toetsingscriteria</translation>
    </message>
</context>
<context>
    <name>DecisionModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <source>&lt;b&gt;Decisions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Besluiten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No decisions under this item yet.</source>
        <translation>Nog geen besluiten bij dit punt.</translation>
    </message>
    <message>
        <source>Decisions on this item</source>
        <translation>Besluiten bij dit punt</translation>
    </message>
    <message>
        <source>Text of a new decision</source>
        <translation>Tekst van een nieuw besluit</translation>
    </message>
    <message>
        <source>Wording of a new decision, then Enter</source>
        <translation>Tekst van een nieuw besluit, dan Enter</translation>
    </message>
    <message>
        <source>Add deci&amp;sion</source>
        <translation>Be&amp;sluit toevoegen</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>Besluit verwijderen</translation>
    </message>
    <message>
        <source>Delete decision %1?</source>
        <translation>Besluit %1 verwijderen?</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Follow-up</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Termijn</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>&lt;b&gt;Follow-ups&lt;/b&gt;</source>
        <translation>&lt;b&gt;Actiepunten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No follow-ups under this item yet.</source>
        <translation>Nog geen actiepunten bij dit punt.</translation>
    </message>
    <message>
        <source>Follow-ups of this item</source>
        <translation>Actiepunten bij dit punt</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Wat er moet gebeuren</translation>
    </message>
    <message>
        <source>Add follo&amp;w-up</source>
        <translation>A&amp;ctiepunt toevoegen</translation>
    </message>
    <message>
        <source>Edit follow-&amp;up</source>
        <translation>Actiepunt wij&amp;zigen</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Wijzigen annuleren</translation>
    </message>
    <message>
        <source>Delete follow-up</source>
        <translation>Actiepunt verwijderen</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Actiepunt:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigenaar:</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Termijn:</translation>
    </message>
    <message>
        <source>&amp;Save follow-up</source>
        <translation>Actiepunt op&amp;slaan</translation>
    </message>
    <message>
        <source>Delete the follow-up &apos;%1&apos;?</source>
        <translation>Het actiepunt &apos;%1&apos; verwijderen?</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>uiterlijk %1</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>&lt;b&gt;&amp;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aa&amp;ntekeningen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outcome&lt;/b&gt;</source>
        <translation>&lt;b&gt;Uitkomst&lt;/b&gt;</translation>
    </message>
    <message>
        <source>presented by %1</source>
        <translation>inbreng: %1</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>vertrouwelijk</translation>
    </message>
    <message>
        <source>Comes back at: %1</source>
        <translation>Komt terug in: %1</translation>
    </message>
    <message>
        <source>Not yet assigned to a later meeting (click &apos;postponed&apos; again to choose one).</source>
        <translation>Nog niet aan een latere vergadering toegewezen (klik opnieuw op &apos;aangehouden&apos; om er een te kiezen).</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Nog niet bekend</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Aangehouden</translation>
    </message>
    <message>
        <source>To which meeting does this item go?</source>
        <translation>Naar welke vergadering gaat dit punt?</translation>
    </message>
</context>
<context>
    <name>MeetingHeader</name>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Her&amp;openen…</translation>
    </message>
    <message>
        <source>Reopen the adopted minutes, with a reason</source>
        <translation>Het vastgestelde verslag heropenen, met een reden</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Mar&amp;k as held</source>
        <translation>Als gehouden &amp;markeren</translation>
    </message>
    <message>
        <source>Mar&amp;k minutes as drafted</source>
        <translation>Als verslag in concept &amp;markeren</translation>
    </message>
    <message>
        <source>These minutes are adopted and can no longer be changed.</source>
        <translation>Dit verslag is vastgesteld en kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>Adopted in %1 of %2. These minutes can no longer be changed.</source>
        <translation>Vastgesteld in %1 van %2. Dit verslag kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>This meeting was cancelled.</source>
        <translation>Deze vergadering is geannuleerd.</translation>
    </message>
    <message>
        <source>This meeting was moved to another date.</source>
        <translation>Deze vergadering is naar een andere datum verplaatst.</translation>
    </message>
    <message>
        <source>Meeting status</source>
        <translation>Status van de vergadering</translation>
    </message>
    <message>
        <source>Reopen minutes</source>
        <translation>Verslag heropenen</translation>
    </message>
    <message>
        <source>Why are these adopted minutes reopened? The reason is recorded.</source>
        <translation>Waarom wordt dit vastgestelde verslag heropend? De reden wordt vastgelegd.</translation>
    </message>
</context>
<context>
    <name>MinutesLabels</name>
    <message>
        <source>no outcome yet</source>
        <translation>nog geen uitkomst</translation>
    </message>
    <message>
        <source>consensus reached</source>
        <translation>overeenstemming</translation>
    </message>
    <message>
        <source>no consensus</source>
        <translation>geen overeenstemming</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>aangehouden</translation>
    </message>
    <message>
        <source>dispute</source>
        <translation>geschil</translation>
    </message>
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
        <source>invited</source>
        <translation>uitgenodigd</translation>
    </message>
    <message>
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <source>apologies</source>
        <translation>afgemeld</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>gast</translation>
    </message>
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
</context>
<context>
    <name>MinutesSession</name>
    <message>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Besluit toevoegen</translation>
    </message>
    <message>
        <source>Decision wording</source>
        <translation>Tekst van besluit</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>Besluit verwijderen</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Actiepunt toevoegen</translation>
    </message>
    <message>
        <source>Edit follow-up</source>
        <translation>Actiepunt wijzigen</translation>
    </message>
    <message>
        <source>Delete follow-up</source>
        <translation>Actiepunt verwijderen</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presentielijst</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Standpunt</translation>
    </message>
</context>
<context>
    <name>MinutesView</name>
    <message>
        <source>Agenda items</source>
        <translation>Agendapunten</translation>
    </message>
    <message>
        <source>◀ Previous item</source>
        <translation>◀ Vorig punt</translation>
    </message>
    <message>
        <source>Next item ▶</source>
        <translation>Volgend punt ▶</translation>
    </message>
    <message>
        <source>Choose a meeting to take its minutes.</source>
        <translation>Kies een vergadering om de notulen te maken.</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Volgend punt</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Vorig punt</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation>Besluit toevoegen</translation>
    </message>
    <message>
        <source>Add a follow-up</source>
        <translation>Actiepunt toevoegen</translation>
    </message>
    <message>
        <source>Record a position</source>
        <translation>Standpunt vastleggen</translation>
    </message>
    <message>
        <source>Set the outcome</source>
        <translation>Uitkomst kiezen</translation>
    </message>
    <message>
        <source>Next item (Ctrl+PgDown)</source>
        <translation>Volgend punt (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Previous item (Ctrl+PgUp)</source>
        <translation>Vorig punt (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presentielijst</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>Punt %1 van %2</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>What was said, in a few sentences</source>
        <translation>Wat er is gezegd, in een paar zinnen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Web address (https://…) or mailto: address</source>
        <translation>Webadres (https://…) of mailto:-adres</translation>
    </message>
    <message>
        <source>Only addresses starting with http://, https:// or mailto: can be links.</source>
        <translation>Alleen adressen die beginnen met http://, https:// of mailto: kunnen een link zijn.</translation>
    </message>
</context>
<context>
    <name>NotesToolbar</name>
    <message>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Vet (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Cursief (Ctrl+I)</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lijst</translation>
    </message>
    <message>
        <source>Bulleted list (Ctrl+Shift+L, or &apos;- &apos; at the start of a line; Tab a level in)</source>
        <translation>Opsomming (Ctrl+Shift+L, of &apos;- &apos; aan het begin van een regel; Tab een niveau dieper)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Opsomming</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Lijst</translation>
    </message>
    <message>
        <source>Numbered list (Ctrl+Shift+O, or &apos;1. &apos; at the start of a line; Tab a level in)</source>
        <translation>Genummerde lijst (Ctrl+Shift+O, of &apos;1. &apos; aan het begin van een regel; Tab een niveau dieper)</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Genummerde lijst</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Link (Ctrl+K)</source>
        <translation>Link (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>OwnerPicker</name>
    <message>
        <source>(no owner)</source>
        <translation>(geen eigenaar)</translation>
    </message>
</context>
<context>
    <name>PositionModel</name>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Standpunt</translation>
    </message>
    <message>
        <source>Version discussed</source>
        <translation>Besproken versie</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Inbreng</translation>
    </message>
</context>
<context>
    <name>Positions</name>
    <message>
        <source>agree</source>
        <translation>akkoord</translation>
    </message>
    <message>
        <source>agree with reservations</source>
        <translation>akkoord met voorbehoud</translation>
    </message>
    <message>
        <source>disagree</source>
        <translation>niet akkoord</translation>
    </message>
</context>
<context>
    <name>PositionsPanel</name>
    <message>
        <source>&lt;b&gt;Positions of the parties&lt;/b&gt;</source>
        <translation>&lt;b&gt;Standpunten van de partijen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No positions recorded for this item.</source>
        <translation>Bij dit punt zijn geen standpunten vastgelegd.</translation>
    </message>
    <message>
        <source>Positions of the parties</source>
        <translation>Standpunten van de partijen</translation>
    </message>
    <message>
        <source>Record position…</source>
        <translation>Standpunt vastleggen…</translation>
    </message>
    <message>
        <source>Remove position</source>
        <translation>Standpunt verwijderen</translation>
    </message>
    <message>
        <source>Add the parties as organisations first (Bodies).</source>
        <translation>Voeg de partijen eerst toe als organisatie (Overlegorganen).</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Standpunt</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Inbreng</translation>
    </message>
    <message>
        <source>Version of the document discussed</source>
        <translation>Versie van het besproken stuk</translation>
    </message>
    <message>
        <source>Remove the position of %1?</source>
        <translation>Het standpunt van %1 verwijderen?</translation>
    </message>
</context>
<context>
    <name>SettleBox</name>
    <message>
        <source>Date the follow-up was done</source>
        <translation>Datum waarop het actiepunt is afgerond</translation>
    </message>
    <message>
        <source>Result of the follow-up</source>
        <translation>Resultaat van het actiepunt</translation>
    </message>
    <message>
        <source>Result, or why it is no longer needed</source>
        <translation>Resultaat, of waarom het niet meer nodig is</translation>
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
        <source>&lt;b&gt;Settle follow-up&lt;/b&gt;</source>
        <translation>&lt;b&gt;Actiepunt afhandelen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Done on %1: %2</source>
        <translation>Afgerond op %1: %2</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Vervallen: %1</translation>
    </message>
    <message>
        <source>Still open: %1</source>
        <translation>Nog open: %1</translation>
    </message>
</context>
<context>
    <name>TargetPicker</name>
    <message>
        <source>No term</source>
        <translation>Geen termijn</translation>
    </message>
    <message>
        <source>&amp;By date</source>
        <translation>Op dat&amp;um</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termijn (datum)</translation>
    </message>
    <message>
        <source>At meet&amp;ing</source>
        <translation>In ver&amp;gadering</translation>
    </message>
    <message>
        <source>Meeting to come back to</source>
        <translation>Vergadering waarin het terugkomt</translation>
    </message>
</context>
<context>
    <name>WalkModel</name>
    <message>
        <source>Attendance</source>
        <translation>Presentielijst</translation>
    </message>
</context>
</TS>
