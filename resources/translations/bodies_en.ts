<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PersonDataDialog</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n membership(s), attendance(s) and follow-up(s) keep their link, under the pseudonym</source>
        <translation>
            <numerusform>  %n membership, attendance or follow-up keeps its link, under the pseudonym</numerusform>
            <numerusform>  %n memberships, attendances and follow-ups keep their link, under the pseudonym</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n row(s) of the audit trail</source>
        <translation>
            <numerusform>  %n row of the audit trail</numerusform>
            <numerusform>  %n rows of the audit trail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the %n record(s) past their retention period? This cannot be undone, also not with Undo.</source>
        <translation>
            <numerusform>Clear the %n record past its retention period? This cannot be undone, also not with Undo.</numerusform>
            <numerusform>Clear the %n records past their retention period? This cannot be undone, also not with Undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Removal</name>
    <message numerus="yes">
        <source>%1 appears in %n record(s) (memberships, attendance, follow-ups) and cannot be deleted. Archive instead? Archived people are no longer offered to choose from, and stay in the minutes and documents.</source>
        <translation>
            <numerusform>%1 appears in %n record (membership, attendance or follow-up) and cannot be deleted. Archive instead? Archived people are no longer offered to choose from, and stay in the minutes and documents.</numerusform>
            <numerusform>%1 appears in %n records (memberships, attendance, follow-ups) and cannot be deleted. Archive instead? Archived people are no longer offered to choose from, and stay in the minutes and documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 appears in %n record(s) (people, follow-ups, procedures) and cannot be deleted. Archive instead? Archived organisations are no longer offered to choose from, and stay in the records and documents.</source>
        <translation>
            <numerusform>%1 appears in %n record (a person, follow-up or procedure) and cannot be deleted. Archive instead? Archived organisations are no longer offered to choose from, and stay in the records and documents.</numerusform>
            <numerusform>%1 appears in %n records (people, follow-ups, procedures) and cannot be deleted. Archive instead? Archived organisations are no longer offered to choose from, and stay in the records and documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemasPage</name>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s)</source>
        <translation>
            <numerusform>%n criterion</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
</context>
</TS>
