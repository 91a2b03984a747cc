<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Export exchange &amp;package…</source>
        <translation>&amp;Uitwisselingspakket maken…</translation>
    </message>
    <message>
        <source>Import e&amp;xchange package…</source>
        <translation>Uitwisselingspakket inle&amp;zen…</translation>
    </message>
    <message>
        <source>Export exchange package</source>
        <translation>Uitwisselingspakket maken</translation>
    </message>
    <message>
        <source>Exchange package (*.overleg)</source>
        <translation>Uitwisselingspakket (*.overleg)</translation>
    </message>
    <message>
        <source>Which version?</source>
        <translation>Welke versie?</translation>
    </message>
    <message>
        <source>Members&apos; version (everything)</source>
        <translation>Versie voor de leden (alles)</translation>
    </message>
    <message>
        <source>Public version (without closed points)</source>
        <translation>Openbare versie (zonder besloten punten)</translation>
    </message>
    <message>
        <source>Exchange package written: {path}.</source>
        <translation>Uitwisselingspakket geschreven: {path}.</translation>
    </message>
    <message>
        <source>Import exchange package</source>
        <translation>Uitwisselingspakket inlezen</translation>
    </message>
    <message>
        <source>{name} holds nothing that differs from the records here.</source>
        <translation>{name} bevat niets dat afwijkt van de gegevens hier.</translation>
    </message>
    <message>
        <source>Import exchange package {name}</source>
        <translation>Uitwisselingspakket {name} inlezen</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <source>Differences in {name}</source>
        <translation>Verschillen in {name}</translation>
    </message>
    <message>
        <source>Sent by {user} on {at}. Ticked differences are taken over when you apply; the others keep the value here. Their later changes are ticked.</source>
        <translation>Verstuurd door {user} op {at}. Aangevinkte verschillen worden overgenomen bij Toepassen; bij de andere blijft de waarde van hier. Hun latere wijzigingen zijn aangevinkt.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Verschillen</translation>
    </message>
    <message>
        <source>Accept &amp;all</source>
        <translation>Alles o&amp;vernemen</translation>
    </message>
    <message>
        <source>&amp;Reject all</source>
        <translation>Alles &amp;weigeren</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Toepassen</translation>
    </message>
</context>
<context>
    <name>ReconcileModel</name>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Overnemen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Removed by them</source>
        <translation>Verwijderd door afzender</translation>
    </message>
    <message>
        <source>Removed here</source>
        <translation>Hier verwijderd</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Overnemen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Niet overnemen</translation>
    </message>
</context>
<context>
    <name>SharedSync</name>
    <message>
        <source>Changes from the shared folder ({name})</source>
        <translation>Wijzigingen uit de gedeelde map ({name})</translation>
    </message>
    <message>
        <source>Shared folder read ({count} packages) and own package written.</source>
        <translation>Gedeelde map gelezen ({count} pakketten) en eigen pakket geschreven.</translation>
    </message>
</context>
</TS>
