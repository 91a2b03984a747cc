<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgendaEditor</name>
    <message numerus="yes">
        <source>The agenda runs %n minute(s) past the planned end (%2): it would end at %3.</source>
        <translation>
            <numerusform>The agenda runs %n minute past the planned end (%2): it would end at %3.</numerusform>
            <numerusform>The agenda runs %n minutes past the planned end (%2): it would end at %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %n minute(s), until %3 (the meeting ends at %2).</source>
        <translation>
            <numerusform>Planned %n minute, until %3 (the meeting ends at %2).</numerusform>
            <numerusform>Planned %n minutes, until %3 (the meeting ends at %2).</numerusform>
        </translation>
    </message>
</context>
</TS>
