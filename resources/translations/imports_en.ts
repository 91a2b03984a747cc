<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) will be imported</source>
        <translation>
            <numerusform>%n row will be imported</numerusform>
            <numerusform>%n rows will be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read</source>
        <translation>
            <numerusform>%n row cannot be read</numerusform>
            <numerusform>%n rows cannot be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) change their follow-up</source>
        <translation>
            <numerusform>%n row changes its follow-up</numerusform>
            <numerusform>%n rows change their follow-up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) unchanged</source>
        <translation>
            <numerusform>%n row unchanged</numerusform>
            <numerusform>%n rows unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) imported.</source>
        <translation>
            <numerusform>%n follow-up imported.</numerusform>
            <numerusform>%n follow-ups imported.</numerusform>
        </translation>
    </message>
</context>
</TS>
