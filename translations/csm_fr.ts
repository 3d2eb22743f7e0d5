<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>no account with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the book already has %n account(s); demo data goes into an empty book</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a demo book has 1 to %1 accounts, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start writing the demo book: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment shares must be between 0% and 100% and add up to at most 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR thresholds cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mid-touch threshold must not be above the high-touch threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segmentation rules are not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown segmentation mode &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start recomputing segments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read accounts for segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot change the segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read survey responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the survey response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such book file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a book file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot switch to write-ahead logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: book schema is version %2, this app needs %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the book was written by a newer version of CSM Workbench (schema %1; this version knows up to %2). It was not opened or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a CSM Workbench book (it holds other tables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a CSM Workbench book (no schema version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the schema upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transaction to commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csm</name>
    <message>
        <source>High-touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tech-touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is field %2 again; column %3 already is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no %1 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte 0x%1 is not valid UTF-8; save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file contains no accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file contains no accounts, only a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date; use YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR &apos;%1&apos; must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR &apos;%1&apos; has more than 2 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR &apos;%1&apos; is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency &apos;%1&apos; is not a code of 3 capital letters like USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifecycle_stage &apos;%1&apos; is not one of onboarding, adoption, expansion, renewal, advocacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment &apos;%1&apos; is not one of high, mid, tech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment_status &apos;%1&apos; is not one of current, late, overdue, failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag &apos;%1&apos; contains &apos;,&apos; or &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of text or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is field %2 again; key &apos;%3&apos; already is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags must be a list of text; item %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of accounts or an object with an &quot;accounts&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each account must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported; problems found in the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csm::AccountDetailPane</name>
    <message>
        <source>Account details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer voice and support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (set by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (by rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champion · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 seats active (%3%) in the week of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30-day trend: %1 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logins in 30 days; %2 of %3 features adopted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest NPS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) in the last year</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::AccountImport</name>
    <message>
        <source>cannot tell the format from the name; use a .csv or .json file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csm::AccountRecordBuilder</name>
    <message>
        <source>%1 is empty; every account needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has no %1; every account needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crm_id &apos;%1&apos; is a duplicate; it first appears on line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csm::BookFilterBar</name>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search accounts, domains, owners, tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle stage filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal window filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any renewal date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Renewing in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csm::BookModel</name>
    <message>
        <source>Segment set by hand; recomputing segments keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (manual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csm::BookSession</name>
    <message>
        <source>Could not load the book: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot start while &quot;%2&quot; is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Segments recomputed: %n account(s) changed segment.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Generate demo book</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Demo book created: %n account(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::BookTableView</name>
    <message>
        <source>Book of business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (by rules)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csm::ColumnMapping</name>
    <message>
        <source>%1: cannot read the column mapping: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: the column mapping is not valid JSON: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the column mapping must be a JSON object like {&quot;Company ID&quot;: &quot;crm_id&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; must map to a field key given as a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; maps to &apos;%3&apos;, which is not a field; use one of: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csm::CsvTokenizer</name>
    <message>
        <source>a quote inside an unquoted field; quote the whole field and double the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted field starting here is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the closing quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csm::ImportIssue</name>
    <message>
        <source>(record %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csm::JobIndicator</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csm::MainWindow</name>
    <message>
        <source>CSM Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Demo Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Segment of Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (by rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recompute Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmentation &amp;Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CSM Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CSM Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CSM Workbench %1&lt;/h3&gt;&lt;p&gt;A local-first workbench for customer success managers.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — CSM Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) loaded in %1 ms.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This book is empty. Import accounts or load the demo book from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo book can only be loaded into an empty book. Create a new book first (File ▸ New Book…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to CSM Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book is empty. Load a demo book of 300 accounts with a year of usage, contacts, NPS responses and tickets to explore the app?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books (*.sqlite *.csmbook *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; open it instead, or choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csm::SegmentCommand</name>
    <message>
        <source>Set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 to automatic segment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csm::SegmentationRulesDialog</name>
    <message>
        <source>By share of the book, ranked by ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By ARR thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmentation Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-touch: top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-touch: next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tech-touch: the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-touch from ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-touch from ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts with a segment set by hand keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csm::UsageChart</name>
    <message>
        <source>Usage trend: active users and licensed seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed seats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A workbench for customer success managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the book at &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not offer the demo book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSM Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the book:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
