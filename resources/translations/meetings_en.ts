<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MeetingDetail</name>
    <message numerus="yes">
        <source>Attendance list: %n person(s).</source>
        <translation>
            <numerusform>Attendance list: %n person.</numerusform>
            <numerusform>Attendance list: %n people.</numerusform>
        </translation>
    </message>
</context>
</TS>
