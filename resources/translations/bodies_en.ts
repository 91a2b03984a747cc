<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
