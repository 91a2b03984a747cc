<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DecisionRegisterModel</name>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MilestonesScreen</name>
    <message numerus="yes">
        <source>Procedure &apos;%1&apos; created with %n step(s).</source>
        <translation>
            <numerusform>Procedure &apos;%1&apos; created with %n step.</numerusform>
            <numerusform>Procedure &apos;%1&apos; created with %n steps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanningModel</name>
    <message numerus="yes">
        <source>%n day(s) ahead</source>
        <translation>
            <numerusform>%n day ahead</numerusform>
            <numerusform>%n days ahead</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderButton</name>
    <message numerus="yes">
        <source>%n reminder(s) written in %1; open each to send it.</source>
        <translation>
            <numerusform>%n reminder written in %1; open it to send it.</numerusform>
            <numerusform>%n reminders written in %1; open each to send it.</numerusform>
        </translation>
    </message>
</context>
</TS>
