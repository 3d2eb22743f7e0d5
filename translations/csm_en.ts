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
    <message numerus="yes">
        <source>When health enters red (within %n day(s))</source>
        <translation>
            <numerusform>When health enters red (within %n day)</numerusform>
            <numerusform>When health enters red (within %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before renewal</source>
        <translation>
            <numerusform>%n day before renewal</numerusform>
            <numerusform>%n days before renewal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On an NPS detractor answer (within %n day(s))</source>
        <translation>
            <numerusform>On an NPS detractor answer (within %n day)</numerusform>
            <numerusform>On an NPS detractor answer (within %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n day(s) without a touch</source>
        <translation>
            <numerusform>After %n day without a touch</numerusform>
            <numerusform>After %n days without a touch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renews on %1, within %n day(s)</source>
        <translation>
            <numerusform>Renews on %1, within %n day</numerusform>
            <numerusform>Renews on %1, within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n open step(s); check or skip them first</source>
        <translation>
            <numerusform>&quot;%1&quot; has %n open step; check or skip them first</numerusform>
            <numerusform>&quot;%1&quot; has %n open steps; check or skip them first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n action item</numerusform>
            <numerusform>%n action items</numerusform>
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
    <message numerus="yes">
        <source>ARR in %1. %n account(s) in a currency without an exchange rate are counted but left out of the ARR; set the rates in Settings, General.</source>
        <translation>
            <numerusform>ARR in %1. %n account in a currency without an exchange rate is counted but left out of the ARR; set the rates in Settings, General.</numerusform>
            <numerusform>ARR in %1. %n accounts in a currency without an exchange rate are counted but left out of the ARR; set the rates in Settings, General.</numerusform>
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
    <message numerus="yes">
        <source>Playbook rules ran: %n playbook(s) started.</source>
        <translation>
            <numerusform>Playbook rules ran: %n playbook started.</numerusform>
            <numerusform>Playbook rules ran: %n playbooks started.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::Deck</name>
    <message numerus="yes">
        <source>, up %n point(s) since the last review</source>
        <translation>
            <numerusform>, up %n point since the last review</numerusform>
            <numerusform>, up %n points since the last review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, down %n point(s) since the last review</source>
        <translation>
            <numerusform>, down %n point since the last review</numerusform>
            <numerusform>, down %n points since the last review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, up %n point(s) in 90 days</source>
        <translation>
            <numerusform>, up %n point in 90 days</numerusform>
            <numerusform>, up %n points in 90 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, down %n point(s) in 90 days</source>
        <translation>
            <numerusform>, down %n point in 90 days</numerusform>
            <numerusform>, down %n points in 90 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renews on %1, in %n day(s)</source>
        <translation>
            <numerusform>Renews on %1, in %n day</numerusform>
            <numerusform>Renews on %1, in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewal date %1 passed %n day(s) ago</source>
        <translation>
            <numerusform>Renewal date %1 passed %n day ago</numerusform>
            <numerusform>Renewal date %1 passed %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NPS %1 from %n response(s) this year</source>
        <translation>
            <numerusform>NPS %1 from %n response this year</numerusform>
            <numerusform>NPS %1 from %n responses this year</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::DeckDocument</name>
    <message numerus="yes">
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n open ticket</numerusform>
            <numerusform>%n open tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NPS %1 from %n response(s) this year</source>
        <translation>
            <numerusform>NPS %1 from %n response this year</numerusform>
            <numerusform>NPS %1 from %n responses this year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %n step(s) done</source>
        <translation>
            <numerusform>%1 — %2 of %n step done</numerusform>
            <numerusform>%1 — %2 of %n steps done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s): </source>
        <translation>
            <numerusform>%n objective: </numerusform>
            <numerusform>%n objectives: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::DeckExportDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1</source>
        <translation>
            <numerusform>Saved %n page to %1</numerusform>
            <numerusform>Saved %n pages to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::HealthModelEditor</name>
    <message numerus="yes">
        <source>%n account(s) would change band (%1 ARR); </source>
        <translation>
            <numerusform>%n account would change band (%1 ARR); </numerusform>
            <numerusform>%n accounts would change band (%1 ARR); </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would move into red (%1 ARR).</source>
        <translation>
            <numerusform>%n would move into red (%1 ARR).</numerusform>
            <numerusform>%n would move into red (%1 ARR).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
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
    <message numerus="yes">
        <source>Showing the first %n account(s) while the book loads…</source>
        <translation>
            <numerusform>Showing the first %n account while the book loads…</numerusform>
            <numerusform>Showing the first %n accounts while the book loads…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation>
            <numerusform>Exported %n account to %1.</numerusform>
            <numerusform>Exported %n accounts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored unsaved typing in %n note(s); the open note shows it.</source>
        <translation>
            <numerusform>Restored unsaved typing in %n note; the open note shows it.</numerusform>
            <numerusform>Restored unsaved typing in %n notes; the open note shows it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n QBR Deck(s) to Folder</source>
        <translation>
            <numerusform>Export %n QBR Deck to Folder</numerusform>
            <numerusform>Export %n QBR Decks to Folder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n QBR deck(s)</source>
        <translation>
            <numerusform>Exporting %n QBR deck</numerusform>
            <numerusform>Exporting %n QBR decks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deck export cancelled: %1 of %n written to %2; no partial files.</source>
        <translation>
            <numerusform>Deck export cancelled: %1 of %n written to %2; no partial files.</numerusform>
            <numerusform>Deck export cancelled: %1 of %n written to %2; no partial files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 of %n QBR deck(s) to %2.</source>
        <translation>
            <numerusform>Exported %1 of %n QBR deck to %2.</numerusform>
            <numerusform>Exported %1 of %n QBR decks to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deck(s) could not be written.</source>
        <translation>
            <numerusform>%n deck could not be written.</numerusform>
            <numerusform>%n decks could not be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n comment(s) on accounts that are not in this book: %1</source>
        <translation>
            <numerusform>Skipped %n comment on accounts that are not in this book: %1</numerusform>
            <numerusform>Skipped %n comments on accounts that are not in this book: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) of %1&apos;s book to %2.</source>
        <translation>
            <numerusform>Exported %n account of %1&apos;s book to %2.</numerusform>
            <numerusform>Exported %n accounts of %1&apos;s book to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::MeetingEditor</name>
    <message numerus="yes">
        <source>%n saved version(s), newest first.</source>
        <translation>
            <numerusform>%n saved version, newest first.</numerusform>
            <numerusform>%n saved versions, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::NoteSearchDialog</name>
    <message numerus="yes">
        <source>%n note(s) found</source>
        <translation>
            <numerusform>%n note found</numerusform>
            <numerusform>%n notes found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::NotesView</name>
    <message numerus="yes">
        <source> — %n open next step(s)</source>
        <translation>
            <numerusform> — %n open next step</numerusform>
            <numerusform> — %n open next steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::PortfolioCharts</name>
    <message numerus="yes">
        <source>ARR at risk (red): %1 across %n account(s)</source>
        <translation>
            <numerusform>ARR at risk (red): %1 across %n account</numerusform>
            <numerusform>ARR at risk (red): %1 across %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ARR against health (largest %n account(s))</source>
        <translation>
            <numerusform>ARR against health (largest %n account)</numerusform>
            <numerusform>ARR against health (largest %n accounts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ARR in %1. %n account(s) in a currency without an exchange rate are left out of the ARR; set the rates in Settings, General.</source>
        <translation>
            <numerusform>ARR in %1. %n account in a currency without an exchange rate is left out of the ARR; set the rates in Settings, General.</numerusform>
            <numerusform>ARR in %1. %n accounts in a currency without an exchange rate are left out of the ARR; set the rates in Settings, General.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::SettingsDialog</name>
    <message numerus="yes">
        <source>%n account(s) changed segment</source>
        <translation>
            <numerusform>%n account changed segment</numerusform>
            <numerusform>%n accounts changed segment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) changed health band</source>
        <translation>
            <numerusform>%n account changed health band</numerusform>
            <numerusform>%n accounts changed health band</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::SyncDialog</name>
    <message numerus="yes">
        <source>%n record(s) skipped:</source>
        <translation>
            <numerusform>%n record skipped:</numerusform>
            <numerusform>%n records skipped:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::TodayModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::TodayView</name>
    <message numerus="yes">
        <source>%n item(s) due</source>
        <translation>
            <numerusform>%n item due</numerusform>
            <numerusform>%n items due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
</TS>
