<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>the book already has %n account(s); demo data goes into an empty book</source>
        <translation>
            <numerusform>the book already has %n account; demo data goes into an empty book</numerusform>
            <numerusform>the book already has %n accounts; demo data goes into an empty book</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::AccountDetailPane</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n open ticket</numerusform>
            <numerusform>%n open tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) in the last year</source>
        <translation>
            <numerusform>%n ticket in the last year</numerusform>
            <numerusform>%n tickets in the last year</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::BookFilterBar</name>
    <message numerus="yes">
        <source>Renewing in %n day(s)</source>
        <translation>
            <numerusform>Renewing in %n day</numerusform>
            <numerusform>Renewing in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::BookModel</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::BookSession</name>
    <message numerus="yes">
        <source>Segments recomputed: %n account(s) changed segment.</source>
        <translation>
            <numerusform>Segments recomputed: %n account changed segment.</numerusform>
            <numerusform>Segments recomputed: %n accounts changed segment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo book created: %n account(s).</source>
        <translation>
            <numerusform>Demo book created: %n account.</numerusform>
            <numerusform>Demo book created: %n accounts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::MainWindow</name>
    <message numerus="yes">
        <source>%n account(s) loaded in %1 ms.</source>
        <translation>
            <numerusform>%n account loaded in %1 ms.</numerusform>
            <numerusform>%n accounts loaded in %1 ms.</numerusform>
        </translation>
    </message>
</context>
</TS>
