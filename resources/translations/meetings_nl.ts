<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>MeetingsScreen</name>
    <message>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
</context>
</TS>