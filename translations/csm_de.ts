<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>no account with id %1</source>
        <translation>kein Account mit der ID %1</translation>
    </message>
    <message>
        <source>cannot start the import: %1</source>
        <translation>der Import kann nicht gestartet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>the book already has %n account(s); demo data goes into an empty book</source>
        <translation>
            <numerusform>das Buch enthält bereits %n Account; Demodaten können nur in ein leeres Buch geladen werden</numerusform>
            <numerusform>das Buch enthält bereits %n Accounts; Demodaten können nur in ein leeres Buch geladen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>a demo book has 1 to %1 accounts, not %2</source>
        <translation>ein Demo-Buch hat 1 bis %1 Accounts, nicht %2</translation>
    </message>
    <message>
        <source>cannot start writing the demo book: %1</source>
        <translation>das Schreiben des Demo-Buchs kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>segment shares must be between 0% and 100% and add up to at most 100%</source>
        <translation>Segmentanteile müssen zwischen 0 % und 100 % liegen und zusammen höchstens 100 % ergeben</translation>
    </message>
    <message>
        <source>ARR thresholds cannot be negative</source>
        <translation>ARR-Schwellenwerte dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>the mid-touch threshold must not be above the high-touch threshold</source>
        <translation>der Mid-touch-Schwellenwert darf nicht über dem High-touch-Schwellenwert liegen</translation>
    </message>
    <message>
        <source>segmentation rules are not valid JSON: %1</source>
        <translation>die Segmentierungsregeln sind kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>unknown segmentation mode &apos;%1&apos;</source>
        <translation>unbekannter Segmentierungsmodus &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot start recomputing segments: %1</source>
        <translation>die Neuberechnung der Segmente kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>cannot read accounts for segmentation</source>
        <translation>Accounts für die Segmentierung können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read account</source>
        <translation>Account kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read accounts</source>
        <translation>Accounts können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot count accounts</source>
        <translation>Accounts können nicht gezählt werden</translation>
    </message>
    <message>
        <source>cannot add account %1</source>
        <translation>Account %1 kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot save account %1</source>
        <translation>Account %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot change the segment</source>
        <translation>das Segment kann nicht geändert werden</translation>
    </message>
    <message>
        <source>cannot write segments</source>
        <translation>Segmente können nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot read usage</source>
        <translation>Nutzungsdaten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot record usage</source>
        <translation>Nutzungsdaten können nicht erfasst werden</translation>
    </message>
    <message>
        <source>cannot read survey responses</source>
        <translation>Umfrageantworten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot record the survey response</source>
        <translation>die Umfrageantwort kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>cannot read tickets</source>
        <translation>Tickets können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot record the ticket</source>
        <translation>das Ticket kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>cannot read the book</source>
        <translation>das Buch kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot read account %1</source>
        <translation>Account %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read setting %1</source>
        <translation>Einstellung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot save setting %1</source>
        <translation>Einstellung %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot read contacts</source>
        <translation>Kontakte können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot add contact %1</source>
        <translation>Kontakt %1 kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot record the touch</source>
        <translation>der Kontaktpunkt kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>%1: no such book file</source>
        <translation>%1: Buchdatei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: keine Datei</translation>
    </message>
    <message>
        <source>%1: cannot create folder %2</source>
        <translation>%1: Ordner %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot open</source>
        <translation>%1: kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1: not a book file</source>
        <translation>%1: keine Buchdatei</translation>
    </message>
    <message>
        <source>%1: cannot switch to write-ahead logging</source>
        <translation>%1: Umstellung auf Write-Ahead-Logging nicht möglich</translation>
    </message>
    <message>
        <source>%1: book schema is version %2, this app needs %3</source>
        <translation>%1: das Buchschema hat Version %2, diese App benötigt %3</translation>
    </message>
    <message>
        <source>the book was written by a newer version of CSM Workbench (schema %1; this version knows up to %2). It was not opened or changed.</source>
        <translation>das Buch wurde von einer neueren Version von CSM Workbench geschrieben (Schema %1; diese Version kennt bis %2). Es wurde weder geöffnet noch verändert.</translation>
    </message>
    <message>
        <source>cannot read the schema</source>
        <translation>das Schema kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>not a CSM Workbench book (it holds other tables)</source>
        <translation>kein CSM-Workbench-Buch (es enthält andere Tabellen)</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>die Schemaversion kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>not a CSM Workbench book (no schema version)</source>
        <translation>kein CSM-Workbench-Buch (keine Schemaversion)</translation>
    </message>
    <message>
        <source>cannot start the schema upgrade: %1</source>
        <translation>die Schemaaktualisierung kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>missing migration %1</source>
        <translation>Migration %1 fehlt</translation>
    </message>
    <message>
        <source>migration %1 failed</source>
        <translation>Migration %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot record the schema version</source>
        <translation>die Schemaversion kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>no transaction to commit: %1</source>
        <translation>keine Transaktion zum Festschreiben: %1</translation>
    </message>
    <message>
        <source>cannot save the changes</source>
        <translation>die Änderungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot read the demo accounts</source>
        <translation>die Demo-Accounts können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Account CSM</source>
        <translation>Account-CSM</translation>
    </message>
    <message>
        <source>Quarterly business review</source>
        <translation>Quarterly Business Review</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reviewed progress against the success plan with &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Usage and adoption since the last review&lt;/li&gt;&lt;li&gt;Open support topics&lt;/li&gt;&lt;li&gt;Plans for the next quarter&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Fortschritt gegenüber dem Erfolgsplan mit &lt;b&gt;%1&lt;/b&gt; besprochen.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Nutzung und Adoption seit dem letzten Review&lt;/li&gt;&lt;li&gt;Offene Support-Themen&lt;/li&gt;&lt;li&gt;Pläne für das nächste Quartal&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>dem Kunden</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>&lt;p&gt;Regular check-in. %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Regelmäßiger Check-in. %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The customer raised concerns about adoption.</source>
        <translation>Der Kunde äußerte Bedenken zur Adoption.</translation>
    </message>
    <message>
        <source>Things are going well; no blockers.</source>
        <translation>Alles läuft gut; keine Hindernisse.</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>cannot write the demo notes: %1</source>
        <translation>die Demo-Notizen können nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>cannot start the demo playbooks: %1</source>
        <translation>die Demo-Playbooks können nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>cannot start the demo book: %1</source>
        <translation>das Demo-Buch kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Kein Score</translation>
    </message>
    <message>
        <source>health band thresholds must lie between 0 and 100</source>
        <translation>die Schwellenwerte der Health-Ampel müssen zwischen 0 und 100 liegen</translation>
    </message>
    <message>
        <source>the green band must start at or above the amber band (%1 &lt; %2)</source>
        <translation>Grün muss bei oder über Gelb beginnen (%1 &lt; %2)</translation>
    </message>
    <message>
        <source>health bands</source>
        <translation>Health-Ampel</translation>
    </message>
    <message>
        <source>cannot read accounts and usage for health</source>
        <translation>Accounts und Nutzung für den Health-Score können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read NPS for health</source>
        <translation>NPS für den Health-Score kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read tickets for health</source>
        <translation>Tickets für den Health-Score können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read contacts for health</source>
        <translation>Kontakte für den Health-Score können nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3</source>
        <translation>%1: &quot;%2&quot; muss %3 sein</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: ungültiges JSON an Position %2: %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1: JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a health model needs a key</source>
        <translation>ein Health-Modell braucht einen Schlüssel</translation>
    </message>
    <message>
        <source>health model %1: group &quot;%2&quot; has no measures</source>
        <translation>Health-Modell %1: Gruppe „%2“ hat keine Kennzahlen</translation>
    </message>
    <message>
        <source>health model %1: a measure in group &quot;%2&quot; has no key</source>
        <translation>Health-Modell %1: eine Kennzahl in Gruppe „%2“ hat keinen Schlüssel</translation>
    </message>
    <message>
        <source>health model %1: measure &quot;%2&quot; appears twice</source>
        <translation>Health-Modell %1: Kennzahl „%2“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>health model %1: measure &quot;%2&quot; needs a positive weight</source>
        <translation>Health-Modell %1: Kennzahl „%2“ braucht eine positive Gewichtung</translation>
    </message>
    <message>
        <source>health model %1: measure &quot;%2&quot;: %3</source>
        <translation>Health-Modell %1: Kennzahl „%2“: %3</translation>
    </message>
    <message>
        <source>health model %1 has no measures</source>
        <translation>Health-Modell %1 hat keine Kennzahlen</translation>
    </message>
    <message>
        <source>health model %1: weights sum to %2, not 100</source>
        <translation>Health-Modell %1: die Gewichtungen ergeben %2, nicht 100</translation>
    </message>
    <message>
        <source>%1, group %2</source>
        <translation>%1, Gruppe %2</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: Objekt erwartet</translation>
    </message>
    <message>
        <source>%1, measure %2</source>
        <translation>%1, Kennzahl %2</translation>
    </message>
    <message>
        <source>%1: unknown signal &quot;%2&quot;</source>
        <translation>%1: unbekanntes Signal „%2“</translation>
    </message>
    <message>
        <source>health model</source>
        <translation>Health-Modell</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Product usage</source>
        <translation>Produktnutzung</translation>
    </message>
    <message>
        <source>Customer voice</source>
        <translation>Kundenstimme</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Kommerziell</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Time to value</source>
        <translation>Time to Value</translation>
    </message>
    <message>
        <source>Setup and relationship</source>
        <translation>Einrichtung und Beziehung</translation>
    </message>
    <message>
        <source>health models</source>
        <translation>Health-Modelle</translation>
    </message>
    <message>
        <source>%1: unsupported version %2</source>
        <translation>%1: nicht unterstützte Version %2</translation>
    </message>
    <message>
        <source>%1: &quot;segments&quot; must be an object</source>
        <translation>%1: &quot;segments&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: unknown segment &quot;%2&quot;</source>
        <translation>%1: unbekanntes Segment „%2“</translation>
    </message>
    <message>
        <source>%1: segment &quot;%2&quot; must be an object</source>
        <translation>%1: Segment „%2“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>cannot save the health override</source>
        <translation>die Health-Überschreibung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot clear the health override</source>
        <translation>die Health-Überschreibung kann nicht aufgehoben werden</translation>
    </message>
    <message>
        <source>cannot read the health override</source>
        <translation>die Health-Überschreibung kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the health overrides</source>
        <translation>die Health-Überschreibungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>a health override needs a reason</source>
        <translation>eine Health-Überschreibung braucht einen Grund</translation>
    </message>
    <message>
        <source>a health override needs an expiry date</source>
        <translation>eine Health-Überschreibung braucht ein Ablaufdatum</translation>
    </message>
    <message>
        <source>the override&apos;s expiry (%1) is in the past</source>
        <translation>das Ablaufdatum der Überschreibung (%1) liegt in der Vergangenheit</translation>
    </message>
    <message>
        <source>a health override sets a band, a score or both</source>
        <translation>eine Health-Überschreibung setzt eine Ampelfarbe, einen Score oder beides</translation>
    </message>
    <message>
        <source>a health override cannot set &quot;no score&quot;</source>
        <translation>eine Health-Überschreibung kann nicht „Kein Score“ setzen</translation>
    </message>
    <message>
        <source>an override score must lie between 0 and 100</source>
        <translation>ein überschriebener Score muss zwischen 0 und 100 liegen</translation>
    </message>
    <message>
        <source>cannot start saving the override: %1</source>
        <translation>das Speichern der Überschreibung kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>cannot start clearing the override: %1</source>
        <translation>das Aufheben der Überschreibung kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>account %1 has no health override to clear</source>
        <translation>Account %1 hat keine Health-Überschreibung, die aufgehoben werden könnte</translation>
    </message>
    <message>
        <source>recomputing health needs a valid day</source>
        <translation>die Neuberechnung des Health-Scores braucht ein gültiges Datum</translation>
    </message>
    <message>
        <source>cannot start applying the health model: %1</source>
        <translation>das Anwenden des Health-Modells kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>cannot start recomputing health: %1</source>
        <translation>die Neuberechnung des Health-Scores kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>backfilling health needs a valid date range and a positive step</source>
        <translation>die rückwirkende Berechnung des Health-Scores braucht einen gültigen Zeitraum und eine positive Schrittweite</translation>
    </message>
    <message>
        <source>cannot start backfilling health: %1</source>
        <translation>die rückwirkende Berechnung des Health-Scores kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Seat utilisation</source>
        <translation>Lizenzauslastung</translation>
    </message>
    <message>
        <source>Utilisation trend (30 days)</source>
        <translation>Auslastungstrend (30 Tage)</translation>
    </message>
    <message>
        <source>Feature adoption</source>
        <translation>Feature-Adoption</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS trend</source>
        <translation>NPS-Trend</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Offene Tickets</translation>
    </message>
    <message>
        <source>Escalations (90 days)</source>
        <translation>Eskalationen (90 Tage)</translation>
    </message>
    <message>
        <source>Negative ticket sentiment</source>
        <translation>Negative Ticket-Stimmung</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Zahlungsstatus</translation>
    </message>
    <message>
        <source>Days since last touch</source>
        <translation>Tage seit letztem Kontakt</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Days since contract start</source>
        <translation>Tage seit Vertragsbeginn</translation>
    </message>
    <message>
        <source>cannot save the health snapshot</source>
        <translation>der Health-Snapshot kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot read the latest health snapshots</source>
        <translation>die neuesten Health-Snapshots können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the health history</source>
        <translation>der Health-Verlauf kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot save the health event</source>
        <translation>das Health-Ereignis kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot replace the health events</source>
        <translation>die Health-Ereignisse können nicht ersetzt werden</translation>
    </message>
    <message>
        <source>cannot read the health events</source>
        <translation>die Health-Ereignisse können nicht gelesen werden</translation>
    </message>
    <message>
        <source>a linear rule needs min &lt; max (%1, %2)</source>
        <translation>eine lineare Regel braucht min &lt; max (%1, %2)</translation>
    </message>
    <message>
        <source>higher-is-better thresholds must ascend: poor &lt; concerning &lt; healthy</source>
        <translation>Schwellenwerte bei „höher ist besser“ müssen steigen: schwach &lt; bedenklich &lt; gesund</translation>
    </message>
    <message>
        <source>lower-is-better thresholds must descend: poor &gt; concerning &gt; healthy</source>
        <translation>Schwellenwerte bei „niedriger ist besser“ müssen fallen: schwach &gt; bedenklich &gt; gesund</translation>
    </message>
    <message>
        <source>%1: unknown direction &quot;%2&quot;</source>
        <translation>%1: unbekannte Richtung „%2“</translation>
    </message>
    <message>
        <source>%1: unknown rule type &quot;%2&quot;</source>
        <translation>%1: unbekannter Regeltyp „%2“</translation>
    </message>
    <message>
        <source>QBR</source>
        <translation>QBR</translation>
    </message>
    <message>
        <source>EBR</source>
        <translation>EBR</translation>
    </message>
    <message>
        <source>Onboarding call</source>
        <translation>Onboarding-Call</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>cannot save the meeting</source>
        <translation>das Meeting kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>the meeting %1 no longer exists</source>
        <translation>das Meeting %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>cannot save the attendees</source>
        <translation>die Teilnehmer können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot save the attendee %1</source>
        <translation>der Teilnehmer %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot save the objectives</source>
        <translation>die Ziele können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot save the objective &quot;%1&quot;</source>
        <translation>das Ziel „%1“ kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot save the action items</source>
        <translation>die Aufgaben können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>an action item needs a title</source>
        <translation>eine Aufgabe braucht einen Titel</translation>
    </message>
    <message>
        <source>cannot save the action item &quot;%1&quot;</source>
        <translation>die Aufgabe „%1“ kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot read the attendees</source>
        <translation>die Teilnehmer können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the objectives</source>
        <translation>die Ziele können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the action items</source>
        <translation>die Aufgaben können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot delete the meeting</source>
        <translation>das Meeting kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>cannot read the meeting</source>
        <translation>das Meeting kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>there is no meeting %1</source>
        <translation>es gibt kein Meeting %1</translation>
    </message>
    <message>
        <source>cannot read the account&apos;s meetings</source>
        <translation>die Meetings des Accounts können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot update the action item</source>
        <translation>die Aufgabe kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>there is no action item %1</source>
        <translation>es gibt keine Aufgabe %1</translation>
    </message>
    <message>
        <source>cannot read the action item</source>
        <translation>die Aufgabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot save the note&apos;s history</source>
        <translation>der Verlauf der Notiz kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot read the note&apos;s history</source>
        <translation>der Verlauf der Notiz kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot autosave the note</source>
        <translation>die Notiz kann nicht automatisch gesichert werden</translation>
    </message>
    <message>
        <source>cannot read the note&apos;s draft</source>
        <translation>der Entwurf der Notiz kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot discard the note&apos;s draft</source>
        <translation>der Entwurf der Notiz kann nicht verworfen werden</translation>
    </message>
    <message>
        <source>cannot read the drafts</source>
        <translation>die Entwürfe können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot search the notes for &quot;%1&quot;</source>
        <translation>die Notizen können nicht nach „%1“ durchsucht werden</translation>
    </message>
    <message>
        <source>a meeting needs a date</source>
        <translation>ein Meeting braucht ein Datum</translation>
    </message>
    <message>
        <source>cannot save the meeting: %1</source>
        <translation>das Meeting kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>carried to %1</source>
        <translation>übernommen in %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Account executive</source>
        <translation>Account Executive</translation>
    </message>
    <message>
        <source>Onboarding engineer</source>
        <translation>Onboarding Engineer</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Started by hand</source>
        <translation>Manuell gestartet</translation>
    </message>
    <message numerus="yes">
        <source>When health enters red (within %n day(s))</source>
        <translation>
            <numerusform>Wenn Health auf Rot fällt (innerhalb von %n Tag)</numerusform>
            <numerusform>Wenn Health auf Rot fällt (innerhalb von %n Tagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before renewal</source>
        <translation>
            <numerusform>%n Tag vor der Verlängerung</numerusform>
            <numerusform>%n Tage vor der Verlängerung</numerusform>
        </translation>
    </message>
    <message>
        <source>When the lifecycle stage becomes %1</source>
        <translation>Wenn die Lebenszyklusphase %1 erreicht wird</translation>
    </message>
    <message numerus="yes">
        <source>On an NPS detractor answer (within %n day(s))</source>
        <translation>
            <numerusform>Bei einer NPS-Antwort eines Detraktors (innerhalb von %n Tag)</numerusform>
            <numerusform>Bei einer NPS-Antwort eines Detraktors (innerhalb von %n Tagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n day(s) without a touch</source>
        <translation>
            <numerusform>Nach %n Tag ohne Kontakt</numerusform>
            <numerusform>Nach %n Tagen ohne Kontakt</numerusform>
        </translation>
    </message>
    <message>
        <source>When active users fall %1% over 30 days</source>
        <translation>Wenn die aktiven Nutzer in 30 Tagen um %1 % sinken</translation>
    </message>
    <message>
        <source>the rule&apos;s window must be 1 to 3650 days, not %1</source>
        <translation>das Zeitfenster der Regel muss 1 bis 3650 Tage betragen, nicht %1</translation>
    </message>
    <message>
        <source>the usage drop must be more than 0 and at most 100%, not %1</source>
        <translation>der Nutzungsrückgang muss größer als 0 und höchstens 100 % sein, nicht %1</translation>
    </message>
    <message>
        <source>playbook rule: %1</source>
        <translation>Playbook-Regel: %1</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>playbook rule: unknown kind &quot;%1&quot;</source>
        <translation>Playbook-Regel: unbekannte Art „%1“</translation>
    </message>
    <message>
        <source>playbook rule: unknown lifecycle stage &quot;%1&quot;</source>
        <translation>Playbook-Regel: unbekannte Lebenszyklusphase „%1“</translation>
    </message>
    <message>
        <source>playbook rule: unknown segment &quot;%1&quot;</source>
        <translation>Playbook-Regel: unbekanntes Segment „%1“</translation>
    </message>
    <message>
        <source>a playbook needs a name</source>
        <translation>ein Playbook braucht einen Namen</translation>
    </message>
    <message>
        <source>playbook &quot;%1&quot; needs at least one step</source>
        <translation>Playbook „%1“ braucht mindestens einen Schritt</translation>
    </message>
    <message>
        <source>playbook &quot;%1&quot;: step %2 needs a title</source>
        <translation>Playbook „%1“: Schritt %2 braucht einen Titel</translation>
    </message>
    <message>
        <source>playbook &quot;%1&quot;: step %2 cannot be due before the run starts</source>
        <translation>Playbook „%1“: Schritt %2 kann nicht vor dem Start des Durchlaufs fällig sein</translation>
    </message>
    <message>
        <source>playbook &quot;%1&quot;: %2</source>
        <translation>Playbook „%1“: %2</translation>
    </message>
    <message>
        <source>cannot read the playbooks</source>
        <translation>die Playbooks können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the playbook</source>
        <translation>das Playbook kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>there is no playbook %1</source>
        <translation>es gibt kein Playbook %1</translation>
    </message>
    <message>
        <source>cannot read the steps of playbook &quot;%1&quot;</source>
        <translation>die Schritte von Playbook „%1“ können nicht gelesen werden</translation>
    </message>
    <message>
        <source>there is no playbook &quot;%1&quot;</source>
        <translation>es gibt kein Playbook „%1“</translation>
    </message>
    <message>
        <source>cannot save playbook &quot;%1&quot;</source>
        <translation>Playbook „%1“ kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot save the steps of playbook &quot;%1&quot;</source>
        <translation>die Schritte von Playbook „%1“ können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot save step &quot;%1&quot;</source>
        <translation>Schritt „%1“ kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot delete the playbook</source>
        <translation>das Playbook kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>cannot start playbook &quot;%1&quot;</source>
        <translation>Playbook „%1“ kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>cannot read the playbook&apos;s steps</source>
        <translation>die Schritte des Playbooks können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the playbook run</source>
        <translation>der Playbook-Durchlauf kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>there is no playbook run %1</source>
        <translation>es gibt keinen Playbook-Durchlauf %1</translation>
    </message>
    <message>
        <source>cannot read the account&apos;s playbooks</source>
        <translation>die Playbooks des Accounts können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the step</source>
        <translation>der Schritt kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>there is no playbook step %1</source>
        <translation>es gibt keinen Playbook-Schritt %1</translation>
    </message>
    <message>
        <source>cannot update step &quot;%1&quot;</source>
        <translation>Schritt „%1“ kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>cannot update playbook &quot;%1&quot;</source>
        <translation>Playbook „%1“ kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>cannot evaluate the rule &quot;%1&quot;</source>
        <translation>die Regel „%1“ kann nicht ausgewertet werden</translation>
    </message>
    <message>
        <source>Health entered red on %1</source>
        <translation>Health am %1 auf Rot gefallen</translation>
    </message>
    <message numerus="yes">
        <source>Renews on %1, within %n day(s)</source>
        <translation>
            <numerusform>Verlängerung am %1, innerhalb von %n Tag</numerusform>
            <numerusform>Verlängerung am %1, innerhalb von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Lifecycle stage is %1</source>
        <translation>Lebenszyklusphase ist %1</translation>
    </message>
    <message>
        <source>NPS detractor answer (%1) on %2</source>
        <translation>NPS-Antwort eines Detraktors (%1) am %2</translation>
    </message>
    <message>
        <source>No touch since %1</source>
        <translation>Kein Kontakt seit %1</translation>
    </message>
    <message>
        <source>Active users fell %1% over 30 days</source>
        <translation>Aktive Nutzer in 30 Tagen um %1 % gesunken</translation>
    </message>
    <message>
        <source>cannot evaluate the playbook rules: %1</source>
        <translation>die Playbook-Regeln können nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the accounts&apos; segments</source>
        <translation>die Segmente der Accounts können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the runs of &quot;%1&quot;</source>
        <translation>die Durchläufe von „%1“ können nicht gelesen werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already running for this account</source>
        <translation>„%1“ läuft für diesen Account bereits</translation>
    </message>
    <message>
        <source>cannot start the playbook: %1</source>
        <translation>das Playbook kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; its steps can no longer change</source>
        <translation>„%1“ hat den Status „%2“; seine Schritte können nicht mehr geändert werden</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; is already %2</source>
        <translation>Schritt „%1“ hat bereits den Status „%2“</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; is %2; reopen it first</source>
        <translation>Schritt „%1“ hat den Status „%2“; öffnen Sie ihn zuerst wieder</translation>
    </message>
    <message>
        <source>skipping step &quot;%1&quot; needs a reason</source>
        <translation>zum Überspringen von Schritt „%1“ ist ein Grund nötig</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already %2</source>
        <translation>„%1“ hat bereits den Status „%2“</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n open step(s); check or skip them first</source>
        <translation>
            <numerusform>„%1“ hat %n offenen Schritt; haken Sie ihn zuerst ab oder überspringen Sie ihn</numerusform>
            <numerusform>„%1“ hat %n offene Schritte; haken Sie sie zuerst ab oder überspringen Sie sie</numerusform>
        </translation>
    </message>
    <message>
        <source>completed by %1</source>
        <translation>abgeschlossen von %1</translation>
    </message>
    <message>
        <source>cancelling &quot;%1&quot; needs a reason</source>
        <translation>zum Abbrechen von „%1“ ist ein Grund nötig</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no CRM connection with id %1</source>
        <translation>keine CRM-Verbindung mit der ID %1</translation>
    </message>
    <message>
        <source>no sync run with id %1</source>
        <translation>kein Sync-Lauf mit der ID %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lebenszyklusphase</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Verlängerungsdatum</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>CRM changes</source>
        <translation>CRM-Änderungen</translation>
    </message>
    <message>
        <source>cannot read the account&apos;s timeline</source>
        <translation>die Zeitleiste des Accounts kann nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Playbook started: %1</source>
        <translation>Playbook gestartet: %1</translation>
    </message>
    <message>
        <source>Playbook completed: %1</source>
        <translation>Playbook abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Playbook cancelled: %1</source>
        <translation>Playbook abgebrochen: %1</translation>
    </message>
    <message>
        <source>Step skipped: %1</source>
        <translation>Schritt übersprungen: %1</translation>
    </message>
    <message>
        <source>Step done: %1</source>
        <translation>Schritt erledigt: %1</translation>
    </message>
    <message>
        <source>Health entered red</source>
        <translation>Health auf Rot gefallen</translation>
    </message>
    <message>
        <source>Health left red</source>
        <translation>Health nicht mehr Rot</translation>
    </message>
    <message>
        <source>Health band changed</source>
        <translation>Health-Ampel geändert</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Health overridden: %1</source>
        <translation>Health überschrieben: %1</translation>
    </message>
    <message>
        <source>%1 (until %2, by %3)</source>
        <translation>%1 (bis %2, von %3)</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message>
        <source>, escalated</source>
        <translation>, eskaliert</translation>
    </message>
    <message>
        <source>, closed %1</source>
        <translation>, geschlossen am %1</translation>
    </message>
    <message>
        <source>Ticket: %1</source>
        <translation>Ticket: %1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>cannot read what is due</source>
        <translation>fällige Einträge können nicht gelesen werden</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Kontraktion</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Churn</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reaktivierung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>„%1“ ist kein Währungscode</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not CODE=RATE with a positive rate</source>
        <translation>„%1“ hat nicht die Form CODE=KURS mit positivem Kurs</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot open the copy</source>
        <translation>die Kopie kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot prepare the copy</source>
        <translation>die Kopie kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>cannot write the manifest</source>
        <translation>das Manifest kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot read the book&apos;s owners</source>
        <translation>die Verantwortlichen des Buchs können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the book&apos;s manifest</source>
        <translation>das Manifest des Buchs kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot count the book&apos;s accounts</source>
        <translation>die Accounts des Buchs können nicht gezählt werden</translation>
    </message>
    <message>
        <source>cannot read the book id</source>
        <translation>die ID des Buchs kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>es ist keine Datei</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot copy it to %1 to bring it up to date</source>
        <translation>es kann nicht nach %1 kopiert werden, um es zu aktualisieren</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot read archived accounts</source>
        <translation>archivierte Accounts können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read contract dates</source>
        <translation>Vertragsdaten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read overdue playbook steps</source>
        <translation>überfällige Playbook-Schritte können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read QBR dates</source>
        <translation>QBR-Termine können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read ARR movements</source>
        <translation>ARR-Bewegungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>cannot be read (permissions)</source>
        <translation>kann nicht gelesen werden (Berechtigungen)</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>not a book file (%1)</source>
        <translation>keine Buchdatei (%1)</translation>
    </message>
    <message>
        <source>not a CSM Workbench book (it is empty)</source>
        <translation>kein CSM-Workbench-Buch (es ist leer)</translation>
    </message>
    <message>
        <source>cannot write the demo history</source>
        <translation>der Demo-Verlauf kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot set the demo owner</source>
        <translation>der Demo-Verantwortliche kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>a demo team has 1 to %1 CSMs, not %2</source>
        <translation>ein Demo-Team hat 1 bis %1 CSMs, nicht %2</translation>
    </message>
    <message>
        <source>cannot write in %1</source>
        <translation>in %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write the demo team</source>
        <translation>das Demo-Team kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>%1 (%2, started %3)</source>
        <translation>%1 (%2, begonnen am %3)</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>Review-Kommentare</translation>
    </message>
    <message>
        <source>Comment from %1</source>
        <translation>Kommentar von %1</translation>
    </message>
    <message>
        <source>Comment from %1 on a playbook run</source>
        <translation>Kommentar von %1 zu einem Playbook-Durchlauf</translation>
    </message>
    <message>
        <source>Comment from %1 on playbook run: %2</source>
        <translation>Kommentar von %1 zum Playbook-Durchlauf: %2</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Kein Verantwortlicher</translation>
    </message>
</context>
<context>
    <name>csm::AboutDialog</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>About CSM Workbench</source>
        <translation>Über CSM Workbench</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Lizenzen</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>Versionsinfo &amp;kopieren</translation>
    </message>
    <message>
        <source>CSM Workbench %1</source>
        <translation>CSM Workbench %1</translation>
    </message>
    <message>
        <source>A local-first workbench for customer success managers.</source>
        <translation>Eine lokal arbeitende Workbench für Customer Success Manager.</translation>
    </message>
    <message>
        <source>It is built on the components listed under Licences, each used under the licence named there.</source>
        <translation>Sie baut auf den unter „Lizenzen“ aufgeführten Komponenten auf, die jeweils unter der dort genannten Lizenz verwendet werden.</translation>
    </message>
    <message>
        <source>Select a component to read its licence. The texts are part of the app.</source>
        <translation>Wählen Sie eine Komponente aus, um ihre Lizenz zu lesen. Die Texte sind Teil der App.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>The licence text is missing from this build.</source>
        <translation>Der Lizenztext fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Qt Core</source>
        <translation>Qt Core</translation>
    </message>
    <message>
        <source>Objects, text, files, settings, threads</source>
        <translation>Objekte, Text, Dateien, Einstellungen, Threads</translation>
    </message>
    <message>
        <source>Qt GUI</source>
        <translation>Qt GUI</translation>
    </message>
    <message>
        <source>Painting, fonts, images, the PDF writer</source>
        <translation>Zeichnen, Schriften, Bilder, PDF-Ausgabe</translation>
    </message>
    <message>
        <source>Qt Widgets</source>
        <translation>Qt Widgets</translation>
    </message>
    <message>
        <source>Windows, dialogs, tables and menus</source>
        <translation>Fenster, Dialoge, Tabellen und Menüs</translation>
    </message>
    <message>
        <source>Qt SQL</source>
        <translation>Qt SQL</translation>
    </message>
    <message>
        <source>The book file, through the SQLite driver</source>
        <translation>Die Buchdatei, über den SQLite-Treiber</translation>
    </message>
    <message>
        <source>Qt Network</source>
        <translation>Qt Network</translation>
    </message>
    <message>
        <source>Talking to the CRM</source>
        <translation>Kommunikation mit dem CRM</translation>
    </message>
    <message>
        <source>Qt Concurrent</source>
        <translation>Qt Concurrent</translation>
    </message>
    <message>
        <source>Work in the background</source>
        <translation>Arbeit im Hintergrund</translation>
    </message>
    <message>
        <source>Qt D-Bus</source>
        <translation>Qt D-Bus</translation>
    </message>
    <message>
        <source>Reaching the system keychain and the desktop</source>
        <translation>Zugriff auf den Schlüsselbund des Systems und den Desktop</translation>
    </message>
    <message>
        <source>Qt OpenGL and OpenGL Widgets</source>
        <translation>Qt OpenGL und OpenGL Widgets</translation>
    </message>
    <message>
        <source>Needed by Qt Charts</source>
        <translation>Von Qt Charts benötigt</translation>
    </message>
    <message>
        <source>Qt Charts</source>
        <translation>Qt Charts</translation>
    </message>
    <message>
        <source>Every chart, on screen and in decks</source>
        <translation>Alle Diagramme, auf dem Bildschirm und in Decks</translation>
    </message>
    <message>
        <source>Qt Network Authorization</source>
        <translation>Qt Network Authorization</translation>
    </message>
    <message>
        <source>Signing in to the CRM with the browser (OAuth 2.0)</source>
        <translation>Anmeldung beim CRM im Browser (OAuth 2.0)</translation>
    </message>
    <message>
        <source>Qt translations</source>
        <translation>Qt-Übersetzungen</translation>
    </message>
    <message>
        <source>Qt&apos;s own texts (buttons, shortcuts) in German, French and Spanish</source>
        <translation>Die eigenen Texte von Qt (Schaltflächen, Tastenkürzel) auf Deutsch, Französisch und Spanisch</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Gemeinfrei</translation>
    </message>
    <message>
        <source>The book file</source>
        <translation>Die Buchdatei</translation>
    </message>
    <message>
        <source>QtKeychain</source>
        <translation>QtKeychain</translation>
    </message>
    <message>
        <source>Keeping CRM tokens in the system keychain</source>
        <translation>Aufbewahrung der CRM-Tokens im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>DejaVu fonts</source>
        <translation>DejaVu-Schriften</translation>
    </message>
    <message>
        <source>The type of QBR decks, embedded in the PDF</source>
        <translation>Die Schrift der QBR-Decks, im PDF eingebettet</translation>
    </message>
    <message>
        <source>WenQuanYi Micro Hei</source>
        <translation>WenQuanYi Micro Hei</translation>
    </message>
    <message>
        <source>Chinese and Japanese names in QBR decks, embedded in the PDF</source>
        <translation>Chinesische und japanische Namen in QBR-Decks, im PDF eingebettet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2. Used under %3.</source>
        <translation>%1 — %2. Verwendet unter %3.</translation>
    </message>
</context>
<context>
    <name>csm::AccountDetailPane</name>
    <message>
        <source>Account details</source>
        <translation>Account-Details</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM-ID</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>Vertragsbeginn</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lebenszyklusphase</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Customer voice and support</source>
        <translation>Kundenstimme und Support</translation>
    </message>
    <message>
        <source>Select an account to see its details.</source>
        <translation>Wählen Sie einen Account aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (set by hand)</source>
        <translation>%1 (manuell gesetzt)</translation>
    </message>
    <message>
        <source>%1 (by rules)</source>
        <translation>%1 (nach Regeln)</translation>
    </message>
    <message>
        <source>Champion · %1</source>
        <translation>Champion · %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 of %2 seats active (%3%) in the week of %4.</source>
        <translation>%1 von %2 Lizenzen aktiv (%3 %) in der Woche vom %4.</translation>
    </message>
    <message>
        <source>30-day trend: %1 points.</source>
        <translation>30-Tage-Trend: %1 Punkte.</translation>
    </message>
    <message>
        <source>%1 logins in 30 days; %2 of %3 features adopted.</source>
        <translation>%1 Logins in 30 Tagen; %2 von %3 Features genutzt.</translation>
    </message>
    <message>
        <source>No usage recorded.</source>
        <translation>Keine Nutzung erfasst.</translation>
    </message>
    <message>
        <source>Latest NPS: %1</source>
        <translation>Letzter NPS: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n offenes Ticket</numerusform>
            <numerusform>%n offene Tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) in the last year</source>
        <translation>
            <numerusform>%n Ticket im letzten Jahr</numerusform>
            <numerusform>%n Tickets im letzten Jahr</numerusform>
        </translation>
    </message>
    <message>
        <source>Health measures</source>
        <translation>Health-Kennzahlen</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health-Score</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>%1 · %2 (model: %3)</source>
        <translation>%1 · %2 (Modell: %3)</translation>
    </message>
    <message>
        <source>Not scored: no health data yet.</source>
        <translation>Nicht bewertet: noch keine Health-Daten.</translation>
    </message>
    <message>
        <source>%1 %2 in %3 days</source>
        <translation>%1 %2 in %3 Tagen</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>Override: %1 until %2 — %3</source>
        <translation>Überschreibung: %1 bis %2 — %3</translation>
    </message>
    <message>
        <source>Pulling it down most: %1</source>
        <translation>Zieht am stärksten nach unten: %1</translation>
    </message>
    <message>
        <source>Missing inputs (weight spread over the others): %1</source>
        <translation>Fehlende Eingaben (Gewichtung auf die übrigen verteilt): %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Account overview</source>
        <translation>Account-Übersicht</translation>
    </message>
</context>
<context>
    <name>csm::AccountEditCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>csm::AccountEditDialog</name>
    <message>
        <source>Edit Account</source>
        <translation>Account bearbeiten</translation>
    </message>
    <message>
        <source>These fields belong to %1. Your changes are written back by the next sync; if %1 changed the same field meanwhile, you choose which value stays under CRM ▸ Review Conflicts.</source>
        <translation>Diese Felder gehören zu %1. Ihre Änderungen werden bei der nächsten Synchronisierung zurückgeschrieben; hat %1 dasselbe Feld inzwischen geändert, wählen Sie unter CRM ▸ Konflikte prüfen, welcher Wert bleibt.</translation>
    </message>
    <message>
        <source>These fields come from %1, which the app cannot write to. Your changes are kept over the next syncs; if a new export changes the same field, you choose which value stays under CRM ▸ Review Conflicts.</source>
        <translation>Diese Felder stammen aus %1, wohin die App nicht schreiben kann. Ihre Änderungen bleiben bei den nächsten Synchronisierungen erhalten; ändert ein neuer Export dasselbe Feld, wählen Sie unter CRM ▸ Konflikte prüfen, welcher Wert bleibt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>&amp;ARR:</source>
        <translation>&amp;ARR:</translation>
    </message>
    <message>
        <source>&amp;Renews on</source>
        <translation>Verlän&amp;gerung am</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Verlängerungsdatum</translation>
    </message>
    <message>
        <source>Renewal:</source>
        <translation>Verlängerung:</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lebenszyklusphase</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Ein Account braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>csm::AccountFields</name>
    <message>
        <source>%1 &apos;%2&apos; is not a date; use YYYY-MM-DD</source>
        <translation>%1 &apos;%2&apos; ist kein Datum; verwenden Sie JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>ARR &apos;%1&apos; must not be negative</source>
        <translation>ARR &apos;%1&apos; darf nicht negativ sein</translation>
    </message>
    <message>
        <source>ARR &apos;%1&apos; is not a number</source>
        <translation>ARR &apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>ARR &apos;%1&apos; has more than 2 decimals</source>
        <translation>ARR &apos;%1&apos; hat mehr als 2 Nachkommastellen</translation>
    </message>
    <message>
        <source>ARR &apos;%1&apos; is too large</source>
        <translation>ARR &apos;%1&apos; ist zu groß</translation>
    </message>
    <message>
        <source>currency &apos;%1&apos; is not a code of 3 capital letters like USD</source>
        <translation>Währung &apos;%1&apos; ist kein Code aus 3 Großbuchstaben wie USD</translation>
    </message>
    <message>
        <source>lifecycle_stage &apos;%1&apos; is not one of onboarding, adoption, expansion, renewal, advocacy</source>
        <translation>lifecycle_stage &apos;%1&apos; ist keiner der Werte onboarding, adoption, expansion, renewal, advocacy</translation>
    </message>
    <message>
        <source>segment &apos;%1&apos; is not one of high, mid, tech</source>
        <translation>segment &apos;%1&apos; ist keiner der Werte high, mid, tech</translation>
    </message>
    <message>
        <source>payment_status &apos;%1&apos; is not one of current, late, overdue, failed</source>
        <translation>payment_status &apos;%1&apos; ist keiner der Werte current, late, overdue, failed</translation>
    </message>
    <message>
        <source>tag &apos;%1&apos; contains &apos;,&apos; or &apos;;&apos;</source>
        <translation>Tag &apos;%1&apos; enthält &apos;,&apos; oder &apos;;&apos;</translation>
    </message>
</context>
<context>
    <name>csm::AccountFilter</name>
    <message>
        <source>filter &apos;%1&apos;: %2</source>
        <translation>Filter &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>segment is high, mid or tech</source>
        <translation>segment ist high, mid oder tech</translation>
    </message>
    <message>
        <source>not a lifecycle stage</source>
        <translation>keine Lebenszyklusphase</translation>
    </message>
    <message>
        <source>health is red, amber, green or none</source>
        <translation>Health ist red, amber, green oder none</translation>
    </message>
    <message>
        <source>renewal takes a number of days</source>
        <translation>renewal erwartet eine Anzahl von Tagen</translation>
    </message>
    <message>
        <source>owner needs a name</source>
        <translation>owner braucht einen Namen</translation>
    </message>
    <message>
        <source>known keys are segment, stage, health, renewal and owner</source>
        <translation>bekannte Schlüssel sind segment, stage, health, renewal und owner</translation>
    </message>
</context>
<context>
    <name>csm::AccountImport</name>
    <message>
        <source>cannot tell the format from the name; use a .csv or .json file</source>
        <translation>das Format ist am Namen nicht erkennbar; verwenden Sie eine .csv- oder .json-Datei</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is field %2 again; column %3 already is</source>
        <translation>Spalte &apos;%1&apos; ist erneut Feld %2; Spalte %3 ist es bereits</translation>
    </message>
    <message>
        <source>the header has no %1 column</source>
        <translation>die Kopfzeile hat keine Spalte %1</translation>
    </message>
    <message>
        <source>byte 0x%1 is not valid UTF-8; save the file as UTF-8</source>
        <translation>Byte 0x%1 ist kein gültiges UTF-8; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>the file contains no accounts</source>
        <translation>die Datei enthält keine Accounts</translation>
    </message>
    <message>
        <source>the file contains no accounts, only a header</source>
        <translation>die Datei enthält keine Accounts, nur eine Kopfzeile</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2</source>
        <translation>diese Zeile hat %1 Felder, die Kopfzeile aber %2</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a number or text</source>
        <translation>eine Zahl oder Text</translation>
    </message>
    <message>
        <source>a list of text or text</source>
        <translation>eine Liste von Texten oder Text</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is field %2 again; key &apos;%3&apos; already is</source>
        <translation>Schlüssel &apos;%1&apos; ist erneut Feld %2; Schlüssel &apos;%3&apos; ist es bereits</translation>
    </message>
    <message>
        <source>tags must be a list of text; item %1 is %2</source>
        <translation>tags muss eine Liste von Texten sein; Element %1 ist %2</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation>%1 muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>expected a list of accounts or an object with an &quot;accounts&quot; list</source>
        <translation>erwartet wird eine Liste von Accounts oder ein Objekt mit einer Liste &quot;accounts&quot;</translation>
    </message>
    <message>
        <source>each account must be an object, not %1</source>
        <translation>jeder Account muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>%1 is empty; every account needs one</source>
        <translation>%1 ist leer; jeder Account braucht diesen Wert</translation>
    </message>
    <message>
        <source>the record has no %1; every account needs one</source>
        <translation>der Datensatz hat kein %1; jeder Account braucht diesen Wert</translation>
    </message>
    <message>
        <source>crm_id &apos;%1&apos; is a duplicate; it first appears on line %2</source>
        <translation>crm_id &apos;%1&apos; ist doppelt; sie kommt zuerst in Zeile %2 vor</translation>
    </message>
    <message>
        <source>nothing was imported; problems found in the file: %1</source>
        <translation>nichts wurde importiert; Probleme in der Datei: %1</translation>
    </message>
    <message>
        <source>cannot start the import: %1</source>
        <translation>der Import kann nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>csm::AccountTabs</name>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Playbooks</source>
        <translation>&amp;Playbooks</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
</context>
<context>
    <name>csm::AccountWork</name>
    <message>
        <source>me</source>
        <translation>mir</translation>
    </message>
    <message>
        <source>the note was not saved</source>
        <translation>die Notiz wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>the action item did not change</source>
        <translation>die Aufgabe wurde nicht geändert</translation>
    </message>
    <message>
        <source>cannot save the playbook: %1</source>
        <translation>das Playbook kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; its steps can no longer change</source>
        <translation>„%1“ hat den Status „%2“; seine Schritte können nicht mehr geändert werden</translation>
    </message>
    <message>
        <source>skipping step &quot;%1&quot; needs a reason</source>
        <translation>zum Überspringen von Schritt „%1“ ist ein Grund nötig</translation>
    </message>
    <message>
        <source>the step did not change</source>
        <translation>der Schritt wurde nicht geändert</translation>
    </message>
    <message>
        <source>Save note &quot;%1&quot;</source>
        <translation>Notiz „%1“ speichern</translation>
    </message>
    <message>
        <source>Check &quot;%1&quot;</source>
        <translation>„%1“ abhaken</translation>
    </message>
    <message>
        <source>Skip &quot;%1&quot;</source>
        <translation>„%1“ überspringen</translation>
    </message>
    <message>
        <source>Reopen &quot;%1&quot;</source>
        <translation>„%1“ wieder öffnen</translation>
    </message>
    <message>
        <source>Tick &quot;%1&quot;</source>
        <translation>„%1“ abhaken</translation>
    </message>
    <message>
        <source>This is a team member&apos;s book, opened read-only: nothing in it can be changed here.</source>
        <translation>Dies ist das Buch eines Teammitglieds, schreibgeschützt geöffnet: Hier kann nichts darin geändert werden.</translation>
    </message>
</context>
<context>
    <name>csm::BookFilterBar</name>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Search accounts, domains, owners, tags…</source>
        <translation>Accounts, Domains, Verantwortliche, Tags suchen…</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Accounts suchen</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filter Verantwortliche</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>Lifecycle stage filter</source>
        <translation>Filter Lebenszyklusphase</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Renewal window filter</source>
        <translation>Filter Verlängerungszeitraum</translation>
    </message>
    <message>
        <source>Any renewal date</source>
        <translation>Beliebiges Verlängerungsdatum</translation>
    </message>
    <message numerus="yes">
        <source>Renewing in %n day(s)</source>
        <translation>
            <numerusform>Verlängerung in %n Tag</numerusform>
            <numerusform>Verlängerung in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 · %3</source>
        <translation>%1  %2 · %3</translation>
    </message>
    <message>
        <source>Health band filter</source>
        <translation>Filter Health-Ampel</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>Jede Ampelfarbe</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message numerus="yes">
        <source>ARR in %1. %n account(s) in a currency without an exchange rate are counted but left out of the ARR; set the rates in Settings, General.</source>
        <translation>
            <numerusform>ARR in %1. %n Account in einer Währung ohne Wechselkurs wird mitgezählt, aber nicht in den ARR eingerechnet; die Kurse stehen unter Einstellungen, Allgemein.</numerusform>
            <numerusform>ARR in %1. %n Accounts in einer Währung ohne Wechselkurs werden mitgezählt, aber nicht in den ARR eingerechnet; die Kurse stehen unter Einstellungen, Allgemein.</numerusform>
        </translation>
    </message>
    <message>
        <source>ARR in %1, converted at the exchange rates in Settings, General.</source>
        <translation>ARR in %1, umgerechnet zu den Wechselkursen unter Einstellungen, Allgemein.</translation>
    </message>
</context>
<context>
    <name>csm::BookLocation</name>
    <message>
        <source>Choose a file for the book.</source>
        <translation>Wählen Sie eine Datei für das Buch.</translation>
    </message>
    <message>
        <source>Give the full path of the book file, such as %1.</source>
        <translation>Geben Sie den vollständigen Pfad der Buchdatei an, etwa %1.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file in it.</source>
        <translation>%1 ist ein Ordner; wählen Sie eine Datei darin.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: %2</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a CSM Workbench book.</source>
        <translation>%1 ist kein CSM-Workbench-Buch.</translation>
    </message>
    <message>
        <source>The book at %1 opens the next time CSM Workbench starts.</source>
        <translation>Das Buch unter %1 wird beim nächsten Start von CSM Workbench geöffnet.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 does not accept new files: %2</source>
        <translation>Im Ordner %1 können keine neuen Dateien angelegt werden: %2</translation>
    </message>
    <message>
        <source>There is no book at %1 yet: a new, empty book will be created there.</source>
        <translation>Unter %1 gibt es noch kein Buch: Dort wird ein neues, leeres Buch angelegt.</translation>
    </message>
    <message>
        <source>The folder %1 will be made.</source>
        <translation>Der Ordner %1 wird angelegt.</translation>
    </message>
    <message>
        <source>%1 exists already; the book was not copied there.</source>
        <translation>%1 existiert bereits; das Buch wurde nicht dorthin kopiert.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Copying the book was cancelled.</source>
        <translation>Das Kopieren des Buchs wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot copy the book to %1: %2</source>
        <translation>Das Buch kann nicht nach %1 kopiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot copy the book to %1: the file could not be put in place.</source>
        <translation>Das Buch kann nicht nach %1 kopiert werden: Die Datei konnte nicht an ihren Platz gebracht werden.</translation>
    </message>
</context>
<context>
    <name>csm::BookModel</name>
    <message>
        <source>Segment set by hand; recomputing segments keeps it.</source>
        <translation>Segment manuell gesetzt; die Neuberechnung der Segmente behält es bei.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (manual)</source>
        <translation>%1 (manuell)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Days to renewal</source>
        <translation>Tage bis Verlängerung</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health-Score</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>%1 (override)</source>
        <translation>%1 (überschrieben)</translation>
    </message>
</context>
<context>
    <name>csm::BookSession</name>
    <message>
        <source>Could not load the book: %1</source>
        <translation>Das Buch konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 cannot start while &quot;%2&quot; is running.</source>
        <translation>%1 kann nicht starten, während „%2“ läuft.</translation>
    </message>
    <message>
        <source>no account with id %1</source>
        <translation>kein Account mit der ID %1</translation>
    </message>
    <message>
        <source>Recompute segments</source>
        <translation>Segmente neu berechnen</translation>
    </message>
    <message numerus="yes">
        <source>Segments recomputed: %n account(s) changed segment.</source>
        <translation>
            <numerusform>Segmente neu berechnet: %n Account hat das Segment gewechselt.</numerusform>
            <numerusform>Segmente neu berechnet: %n Accounts haben das Segment gewechselt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate demo book</source>
        <translation>Demo-Buch erzeugen</translation>
    </message>
    <message numerus="yes">
        <source>Demo book created: %n account(s).</source>
        <translation>
            <numerusform>Demo-Buch erstellt: %n Account.</numerusform>
            <numerusform>Demo-Buch erstellt: %n Accounts.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cancelled; nothing was changed.</source>
        <translation>%1 abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Recompute health</source>
        <translation>Health neu berechnen</translation>
    </message>
    <message>
        <source>Health recomputed: %1 scored, %2 without data, %3 changed band, %4 entered red.</source>
        <translation>Health neu berechnet: %1 bewertet, %2 ohne Daten, %3 mit neuer Ampelfarbe, %4 auf Rot gefallen.</translation>
    </message>
    <message>
        <source>Apply health model</source>
        <translation>Health-Modell anwenden</translation>
    </message>
    <message>
        <source>Health model applied: %1 scored, %2 changed band, %3 entered red.</source>
        <translation>Health-Modell angewendet: %1 bewertet, %2 mit neuer Ampelfarbe, %3 auf Rot gefallen.</translation>
    </message>
    <message>
        <source>Run playbook rules</source>
        <translation>Playbook-Regeln ausführen</translation>
    </message>
    <message numerus="yes">
        <source>Playbook rules ran: %n playbook(s) started.</source>
        <translation>
            <numerusform>Playbook-Regeln ausgeführt: %n Playbook gestartet.</numerusform>
            <numerusform>Playbook-Regeln ausgeführt: %n Playbooks gestartet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::BookTableView</name>
    <message>
        <source>Book of business</source>
        <translation>Kundenbestand</translation>
    </message>
    <message>
        <source>Set segment</source>
        <translation>Segment festlegen</translation>
    </message>
    <message>
        <source>Automatic (by rules)</source>
        <translation>Automatisch (nach Regeln)</translation>
    </message>
</context>
<context>
    <name>csm::ChartView</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>from %1 to %2; lowest %3, highest %4</source>
        <translation>von %1 bis %2; Minimum %3, Maximum %4</translation>
    </message>
    <message>
        <source>%1 %2 (%3%)</source>
        <translation>%1 %2 (%3 %)</translation>
    </message>
</context>
<context>
    <name>csm::ColumnMapping</name>
    <message>
        <source>%1: cannot read the column mapping: %2</source>
        <translation>%1: die Spaltenzuordnung kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: the column mapping is not valid JSON: %4</source>
        <translation>%1:%2:%3: die Spaltenzuordnung ist kein gültiges JSON: %4</translation>
    </message>
    <message>
        <source>%1: the column mapping must be a JSON object like {&quot;Company ID&quot;: &quot;crm_id&quot;}</source>
        <translation>%1: die Spaltenzuordnung muss ein JSON-Objekt sein, etwa {&quot;Company ID&quot;: &quot;crm_id&quot;}</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; must map to a field key given as a string</source>
        <translation>%1: Spalte &apos;%2&apos; muss auf einen als String angegebenen Feldschlüssel verweisen</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; maps to &apos;%3&apos;, which is not a field; use one of: %4</source>
        <translation>%1: Spalte &apos;%2&apos; verweist auf &apos;%3&apos;, das kein Feld ist; verwenden Sie eines von: %4</translation>
    </message>
</context>
<context>
    <name>csm::CommandPalette</name>
    <message>
        <source>&amp;Go to Account or Command…</source>
        <translation>&amp;Gehe zu Account oder Befehl…</translation>
    </message>
    <message>
        <source>Go to Account or Command</source>
        <translation>Gehe zu Account oder Befehl</translation>
    </message>
    <message>
        <source>Jump to an account by name, domain or owner, or run any menu command</source>
        <translation>Zu einem Account nach Name, Domain oder Verantwortlichem springen oder einen beliebigen Menübefehl ausführen</translation>
    </message>
    <message>
        <source>Account or command</source>
        <translation>Account oder Befehl</translation>
    </message>
    <message>
        <source>Go to an account by name, domain or owner; type &gt; for commands</source>
        <translation>Account nach Name, Domain oder Verantwortlichem suchen; &gt; für Befehle eingeben</translation>
    </message>
    <message>
        <source>Matching accounts and commands</source>
        <translation>Passende Accounts und Befehle</translation>
    </message>
    <message>
        <source>No account or command matches.</source>
        <translation>Kein passender Account oder Befehl.</translation>
    </message>
</context>
<context>
    <name>csm::ConnectionChanges</name>
    <message>
        <source>Cannot change the CRM connections: %1</source>
        <translation>Die CRM-Verbindungen können nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>A CRM connection needs a name.</source>
        <translation>Eine CRM-Verbindung braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is a connection named %1 already; choose another name.</source>
        <translation>Es gibt bereits eine Verbindung namens %1; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The connection %1 keeps its name; remove it and add one with the new name instead.</source>
        <translation>Die Verbindung %1 behält ihren Namen; entfernen Sie sie und fügen Sie stattdessen eine mit dem neuen Namen hinzu.</translation>
    </message>
    <message>
        <source>The connector %1 is not installed.</source>
        <translation>Der Connector %1 ist nicht installiert.</translation>
    </message>
</context>
<context>
    <name>csm::ConnectionDialog</name>
    <message>
        <source>Edit CRM Connection</source>
        <translation>CRM-Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Add CRM Connection</source>
        <translation>CRM-Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>&amp;CRM:</source>
        <translation>&amp;CRM:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace it</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Private app or OAuth access token</source>
        <translation>Token einer privaten App oder OAuth-Zugriffstoken</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>Tokens are kept in the system keychain, never in the book or the settings.</source>
        <translation>Tokens werden im Schlüsselbund des Systems aufbewahrt, nie im Buch oder in den Einstellungen.</translation>
    </message>
    <message>
        <source>App client ID</source>
        <translation>Client-ID der App</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>OAuth-Client-Secret</translation>
    </message>
    <message>
        <source>any port</source>
        <translation>beliebiger Port</translation>
    </message>
    <message>
        <source>The app&apos;s redirect address is http://127.0.0.1:PORT/; register it with the CRM app</source>
        <translation>Die Weiterleitungsadresse der App ist http://127.0.0.1:PORT/; registrieren Sie sie in der CRM-App</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Weiterleitungsport</translation>
    </message>
    <message>
        <source>Sign &amp;In with Browser…</source>
        <translation>Im Browser an&amp;melden…</translation>
    </message>
    <message>
        <source>Or sign in:</source>
        <translation>Oder anmelden:</translation>
    </message>
    <message>
        <source>You in this CRM</source>
        <translation>Sie in diesem CRM</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>&amp;You in this CRM:</source>
        <translation>&amp;Sie in diesem CRM:</translation>
    </message>
    <message>
        <source>&amp;Write health score, band and segment back to the CRM</source>
        <translation>&amp;Health-Score, Ampelfarbe und Segment ins CRM zurückschreiben</translation>
    </message>
    <message>
        <source>Test Co&amp;nnection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>✓ Connected</source>
        <translation>✓ Verbunden</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>CRM exports (*.csv *.json)</source>
        <translation>CRM-Exporte (*.csv *.json)</translation>
    </message>
    <message>
        <source>This CRM takes access tokens only.</source>
        <translation>Dieses CRM akzeptiert nur Zugriffstokens.</translation>
    </message>
    <message>
        <source>Enter the client ID of the app registered with the CRM.</source>
        <translation>Geben Sie die Client-ID der im CRM registrierten App ein.</translation>
    </message>
    <message>
        <source>Finish signing in in the browser. If it did not open, visit:
%1</source>
        <translation>Schließen Sie die Anmeldung im Browser ab. Falls er sich nicht geöffnet hat, rufen Sie auf:
%1</translation>
    </message>
    <message>
        <source>Signed in with the browser</source>
        <translation>Im Browser angemeldet</translation>
    </message>
    <message>
        <source>✓ Signed in. The sign-in is kept in the keychain when you save.</source>
        <translation>✓ Angemeldet. Die Anmeldung wird beim Speichern im Schlüsselbund abgelegt.</translation>
    </message>
    <message>
        <source>The connection needs a name.</source>
        <translation>Die Verbindung braucht einen Namen.</translation>
    </message>
    <message>
        <source>Choose a CRM.</source>
        <translation>Wählen Sie ein CRM.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 needs an access token, or Sign In with Browser.</source>
        <translation>%1 braucht ein Zugriffstoken oder „Im Browser anmelden“.</translation>
    </message>
    <message>
        <source>Type the token to test it; the stored one is tested by Sync Now.</source>
        <translation>Geben Sie das Token ein, um es zu testen; das gespeicherte wird mit „Jetzt synchronisieren“ getestet.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>The connector is not installed.</source>
        <translation>Der Connector ist nicht installiert.</translation>
    </message>
    <message>
        <source>The CRM owner you are: CRM ▸ Show My Accounts Only shows the accounts they own</source>
        <translation>Welcher Verantwortliche im CRM Sie sind: CRM ▸ Nur meine Accounts anzeigen zeigt dessen Accounts</translation>
    </message>
</context>
<context>
    <name>csm::ConnectionsPage</name>
    <message>
        <source>Running since %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (fehlgeschlagen)</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (abgebrochen)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>CRM connections</source>
        <translation>CRM-Verbindungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzter Sync</translation>
    </message>
    <message>
        <source>Asks the CRM whether it answers, with the token in the keychain or the one just typed</source>
        <translation>Fragt beim CRM an, ob es antwortet – mit dem Token aus dem Schlüsselbund oder dem gerade eingegebenen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Tokens are kept in the system keychain, never in the book or the settings. Added, edited and removed connections are saved when you press OK; removing one also removes its sync log and its token. Sync and the sync log are in the CRM menu.</source>
        <translation>Tokens werden im Schlüsselbund des Systems aufbewahrt, nie im Buch oder in den Einstellungen. Hinzugefügte, bearbeitete und entfernte Verbindungen werden gespeichert, wenn Sie OK drücken; beim Entfernen einer Verbindung werden auch ihr Sync-Protokoll und ihr Token entfernt. Synchronisierung und Sync-Protokoll finden Sie im Menü CRM.</translation>
    </message>
    <message>
        <source>✓ %1 answered.</source>
        <translation>✓ %1 hat geantwortet.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>New: saved when you press OK</source>
        <translation>Neu: wird gespeichert, wenn Sie OK drücken</translation>
    </message>
    <message>
        <source>Changed: saved when you press OK</source>
        <translation>Geändert: wird gespeichert, wenn Sie OK drücken</translation>
    </message>
    <message>
        <source>There is a connection named %1 already; choose another name.</source>
        <translation>Es gibt bereits eine Verbindung namens %1; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>A CRM connection needs a name.</source>
        <translation>Eine CRM-Verbindung braucht einen Namen.</translation>
    </message>
    <message>
        <source>%1 is added when you press OK.</source>
        <translation>%1 wird hinzugefügt, wenn Sie OK drücken.</translation>
    </message>
    <message>
        <source>CRM Connection</source>
        <translation>CRM-Verbindung</translation>
    </message>
    <message>
        <source>The changes to %1 are saved when you press OK.</source>
        <translation>Die Änderungen an %1 werden gespeichert, wenn Sie OK drücken.</translation>
    </message>
    <message>
        <source>%1 is not added.</source>
        <translation>%1 wird nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is removed, with its sync log and its token, when you press OK; the accounts it brought stay in the book.</source>
        <translation>%1 wird samt Sync-Protokoll und Token entfernt, wenn Sie OK drücken; die Accounts, die die Verbindung gebracht hat, bleiben im Buch.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird angefragt…</translation>
    </message>
    <message>
        <source>The keychain holds no token for %1; edit the connection to enter one.</source>
        <translation>Der Schlüsselbund enthält kein Token für %1; bearbeiten Sie die Verbindung, um eines einzugeben.</translation>
    </message>
    <message>
        <source>There is no keychain to keep the tokens in.</source>
        <translation>Es gibt keinen Schlüsselbund, in dem die Tokens aufbewahrt werden können.</translation>
    </message>
    <message>
        <source>CRM Connections</source>
        <translation>CRM-Verbindungen</translation>
    </message>
</context>
<context>
    <name>csm::ConnectorRegistry</name>
    <message>
        <source>%1: a plugin of another kind (%2)</source>
        <translation>%1: ein Plugin anderer Art (%2)</translation>
    </message>
    <message>
        <source>%1: not a Qt plugin (%2)</source>
        <translation>%1: kein Qt-Plugin (%2)</translation>
    </message>
    <message>
        <source>%1: cannot be loaded (%2)</source>
        <translation>%1: kann nicht geladen werden (%2)</translation>
    </message>
    <message>
        <source>%1: a connector named &apos;%2&apos; is already there</source>
        <translation>%1: ein Connector namens &apos;%2&apos; ist bereits vorhanden</translation>
    </message>
</context>
<context>
    <name>csm::CrmConnector</name>
    <message>
        <source>%1 does not take updates from the app</source>
        <translation>%1 nimmt keine Aktualisierungen von der App an</translation>
    </message>
</context>
<context>
    <name>csm::CrmHttp</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>keine Antwort von %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2: %3). Re-authenticate the connection and sync again; nothing was changed.</source>
        <translation>%1 hat die Anmeldedaten abgelehnt (HTTP %2: %3). Authentifizieren Sie die Verbindung erneut und synchronisieren Sie noch einmal; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 kept answering that the rate limit is reached (HTTP %2: %3)</source>
        <translation>%1 meldete wiederholt, dass das Ratenlimit erreicht ist (HTTP %2: %3)</translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2: %3)</source>
        <translation>%1 fehlgeschlagen (HTTP %2: %3)</translation>
    </message>
    <message>
        <source>(gave up after %1 retries)</source>
        <translation>(nach %1 Wiederholungen aufgegeben)</translation>
    </message>
</context>
<context>
    <name>csm::CsvReader</name>
    <message>
        <source>a quote inside an unquoted field; quote the whole field and double the quote</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen; setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Anführungszeichen</translation>
    </message>
    <message>
        <source>the quoted field starting here is never closed</source>
        <translation>das hier beginnende Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote</source>
        <translation>unerwarteter Text nach dem schließenden Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>csm::CurrencyRatesEdit</name>
    <message>
        <source>&amp;Add Currency…</source>
        <translation>Währung hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Re&amp;move Currency</source>
        <translation>Währung ent&amp;fernen</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Berichtswährung</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <source>The reporting currency and US dollars stay in the list.</source>
        <translation>Die Berichtswährung und US-Dollar bleiben in der Liste.</translation>
    </message>
    <message>
        <source>Reporting &amp;currency:</source>
        <translation>Berichts&amp;währung:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Worth of one unit in %1</source>
        <translation>Wert einer Einheit in %1</translation>
    </message>
    <message>
        <source>The reporting currency</source>
        <translation>Die Berichtswährung</translation>
    </message>
    <message>
        <source>A currency is given by its three-letter ISO code, such as EUR.</source>
        <translation>Eine Währung wird mit ihrem dreistelligen ISO-Code angegeben, etwa EUR.</translation>
    </message>
    <message>
        <source>%1 is in the list already.</source>
        <translation>%1 steht bereits in der Liste.</translation>
    </message>
    <message>
        <source>A rate must be more than zero.</source>
        <translation>Ein Kurs muss größer als null sein.</translation>
    </message>
    <message>
        <source>Add Currency</source>
        <translation>Währung hinzufügen</translation>
    </message>
    <message>
        <source>ISO code of the currency (such as SEK):</source>
        <translation>ISO-Code der Währung (etwa SEK):</translation>
    </message>
</context>
<context>
    <name>csm::Deck</name>
    <message>
        <source>Health %1 (%2)</source>
        <translation>Health %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>, up %n point(s) since the last review</source>
        <translation>
            <numerusform>, seit dem letzten Review um %n Punkt gestiegen</numerusform>
            <numerusform>, seit dem letzten Review um %n Punkte gestiegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, down %n point(s) since the last review</source>
        <translation>
            <numerusform>, seit dem letzten Review um %n Punkt gesunken</numerusform>
            <numerusform>, seit dem letzten Review um %n Punkte gesunken</numerusform>
        </translation>
    </message>
    <message>
        <source>, level since the last review</source>
        <translation>, unverändert seit dem letzten Review</translation>
    </message>
    <message numerus="yes">
        <source>, up %n point(s) in 90 days</source>
        <translation>
            <numerusform>, in 90 Tagen um %n Punkt gestiegen</numerusform>
            <numerusform>, in 90 Tagen um %n Punkte gestiegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, down %n point(s) in 90 days</source>
        <translation>
            <numerusform>, in 90 Tagen um %n Punkt gesunken</numerusform>
            <numerusform>, in 90 Tagen um %n Punkte gesunken</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 licensed seats active (%3%)</source>
        <translation>%1 von %2 Lizenzen aktiv (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>Renews on %1, in %n day(s)</source>
        <translation>
            <numerusform>Verlängerung am %1, in %n Tag</numerusform>
            <numerusform>Verlängerung am %1, in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewal date %1 passed %n day(s) ago</source>
        <translation>
            <numerusform>Verlängerungsdatum %1 ist seit %n Tag überschritten</numerusform>
            <numerusform>Verlängerungsdatum %1 ist seit %n Tagen überschritten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NPS %1 from %n response(s) this year</source>
        <translation>
            <numerusform>NPS %1 aus %n Antwort in diesem Jahr</numerusform>
            <numerusform>NPS %1 aus %n Antworten in diesem Jahr</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress on the next steps agreed today</source>
        <translation>Fortschritt bei den heute vereinbarten nächsten Schritten</translation>
    </message>
    <message>
        <source>Objective at risk: %1</source>
        <translation>Gefährdetes Ziel: %1</translation>
    </message>
    <message>
        <source>Health recovery plan: %1</source>
        <translation>Plan zur Health-Verbesserung: %1</translation>
    </message>
    <message>
        <source>Renewal planning for %1</source>
        <translation>Verlängerungsplanung für %1</translation>
    </message>
    <message>
        <source>Adoption: activating the unused seats</source>
        <translation>Adoption: ungenutzte Lizenzen aktivieren</translation>
    </message>
    <message>
        <source>Product roadmap and your feedback</source>
        <translation>Produkt-Roadmap und Ihr Feedback</translation>
    </message>
    <message>
        <source>no account with id %1</source>
        <translation>kein Account mit der ID %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titelseite</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Objectives and success plan</source>
        <translation>Ziele und Erfolgsplan</translation>
    </message>
    <message>
        <source>Account health</source>
        <translation>Account-Health</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>Support and sentiment</source>
        <translation>Support und Stimmung</translation>
    </message>
    <message>
        <source>Since our last review</source>
        <translation>Seit unserem letzten Review</translation>
    </message>
    <message>
        <source>Success programmes</source>
        <translation>Erfolgsprogramme</translation>
    </message>
    <message>
        <source>The next 90 days</source>
        <translation>Die nächsten 90 Tage</translation>
    </message>
    <message>
        <source>unknown deck section &apos;%1&apos; (known: %2, or all)</source>
        <translation>unbekannter Deck-Abschnitt &apos;%1&apos; (bekannt: %2 oder all)</translation>
    </message>
    <message>
        <source>no deck sections chosen</source>
        <translation>keine Deck-Abschnitte ausgewählt</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format: day, month, year</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>csm::DeckBatchExport</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>csm::DeckDocument</name>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>%1 — Quarterly business review</source>
        <translation>%1 — Quarterly Business Review</translation>
    </message>
    <message>
        <source>Attendees: </source>
        <translation>Teilnehmer: </translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <source>No health, usage or renewal data yet.</source>
        <translation>Noch keine Health-, Nutzungs- oder Verlängerungsdaten.</translation>
    </message>
    <message>
        <source>Health set by %1 until %2: %3</source>
        <translation>Health von %1 festgelegt, gültig bis %2: %3</translation>
    </message>
    <message>
        <source>No objectives recorded in a review yet.</source>
        <translation>Noch keine Ziele in einem Review erfasst.</translation>
    </message>
    <message>
        <source>What changed since %1</source>
        <translation>Was sich seit %1 geändert hat</translation>
    </message>
    <message>
        <source>Not scored yet: no usage, survey, ticket or contact data.</source>
        <translation>Noch nicht bewertet: keine Nutzungs-, Umfrage-, Ticket- oder Kontaktdaten.</translation>
    </message>
    <message>
        <source>No measure moved by a point or more.</source>
        <translation>Keine Kennzahl hat sich um einen Punkt oder mehr bewegt.</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>now %1, no data before</source>
        <translation>jetzt %1, vorher keine Daten</translation>
    </message>
    <message>
        <source>was %1, no data now</source>
        <translation>war %1, jetzt keine Daten</translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n offenes Ticket</numerusform>
            <numerusform>%n offene Tickets</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 escalated, %2 urgent)</source>
        <translation> (%1 eskaliert, %2 dringend)</translation>
    </message>
    <message numerus="yes">
        <source>NPS %1 from %n response(s) this year</source>
        <translation>
            <numerusform>NPS %1 aus %n Antwort in diesem Jahr</numerusform>
            <numerusform>NPS %1 aus %n Antworten in diesem Jahr</numerusform>
        </translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>In ihren Worten</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>CSAT %1/5</source>
        <translation>CSAT %1/5</translation>
    </message>
    <message>
        <source>Next steps from %1</source>
        <translation>Nächste Schritte aus %1</translation>
    </message>
    <message>
        <source>No next steps were recorded.</source>
        <translation>Es wurden keine nächsten Schritte erfasst.</translation>
    </message>
    <message>
        <source>Next steps from the last review</source>
        <translation>Nächste Schritte aus dem letzten Review</translation>
    </message>
    <message>
        <source>No earlier review on record.</source>
        <translation>Kein früheres Review erfasst.</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>Offene Risiken</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Erfolge</translation>
    </message>
    <message>
        <source>Notes from %1</source>
        <translation>Notizen aus %1</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Review-Notizen</translation>
    </message>
    <message>
        <source>No review notes yet.</source>
        <translation>Noch keine Review-Notizen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %n step(s) done</source>
        <translation>
            <numerusform>%1 — %2 von %n Schritt erledigt</numerusform>
            <numerusform>%1 — %2 von %n Schritten erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · started %2</source>
        <translation>%1 · gestartet am %2</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig am %1</translation>
    </message>
    <message>
        <source>Success programmes</source>
        <translation>Erfolgsprogramme</translation>
    </message>
    <message>
        <source>No success programmes running in this period.</source>
        <translation>In diesem Zeitraum laufen keine Erfolgsprogramme.</translation>
    </message>
    <message>
        <source>Agreed next steps</source>
        <translation>Vereinbarte nächste Schritte</translation>
    </message>
    <message>
        <source>No next steps agreed yet.</source>
        <translation>Noch keine nächsten Schritte vereinbart.</translation>
    </message>
    <message>
        <source>Agenda for our next review, around %1</source>
        <translation>Agenda für unser nächstes Review, etwa am %1</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>QUARTERLY BUSINESS REVIEW</source>
        <translation>QUARTERLY BUSINESS REVIEW</translation>
    </message>
    <message>
        <source>Review period %1 – %2</source>
        <translation>Review-Zeitraum %1 – %2</translation>
    </message>
    <message>
        <source>Prepared by %1 · %2</source>
        <translation>Erstellt von %1 · %2</translation>
    </message>
    <message>
        <source>Customer Success</source>
        <translation>Customer Success</translation>
    </message>
    <message>
        <source>Attendees to be confirmed</source>
        <translation>Teilnehmer werden noch bestätigt</translation>
    </message>
    <message>
        <source>%1%2 in 90 days</source>
        <translation>%1%2 in 90 Tagen</translation>
    </message>
    <message>
        <source>%1%2 in 30 days</source>
        <translation>%1%2 in 30 Tagen</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>None set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s): </source>
        <translation>
            <numerusform>%n Ziel: </numerusform>
            <numerusform>%n Ziele: </numerusform>
        </translation>
    </message>
    <message>
        <source>No product usage recorded for this account yet.</source>
        <translation>Für diesen Account ist noch keine Produktnutzung erfasst.</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Aktive Nutzer</translation>
    </message>
    <message>
        <source>of %1 licensed seats</source>
        <translation>von %1 Lizenzen</translation>
    </message>
    <message>
        <source>Seat utilisation</source>
        <translation>Lizenzauslastung</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1%2 points in 30 days</source>
        <translation>%1%2 Punkte in 30 Tagen</translation>
    </message>
    <message>
        <source>Features in use</source>
        <translation>Genutzte Features</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1% of the plan</source>
        <translation>%1 % des Plans</translation>
    </message>
    <message>
        <source>Logins</source>
        <translation>Logins</translation>
    </message>
    <message>
        <source>in the last 30 days</source>
        <translation>in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>Chart not available</source>
        <translation>Diagramm nicht verfügbar</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started</source>
        <translation>%1 kann nicht geschrieben werden: das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format: day, short month, year</comment>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>csm::DeckExportDialog</name>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>Export QBR Deck</source>
        <translation>QBR-Deck exportieren</translation>
    </message>
    <message>
        <source>Sections of the deck</source>
        <translation>Abschnitte des Decks</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Datenstand</translation>
    </message>
    <message>
        <source>The account&apos;s owner</source>
        <translation>Verantwortliche Person des Accounts</translation>
    </message>
    <message>
        <source>Data &amp;as of:</source>
        <translation>Date&amp;nstand:</translation>
    </message>
    <message>
        <source>&amp;Prepared by:</source>
        <translation>&amp;Erstellt von:</translation>
    </message>
    <message>
        <source>S&amp;ections:</source>
        <translation>A&amp;bschnitte:</translation>
    </message>
    <message>
        <source>Segment &amp;Defaults</source>
        <translation>Segment-Stan&amp;dards</translation>
    </message>
    <message>
        <source>Preview of the deck&apos;s pages</source>
        <translation>Vorschau der Deck-Seiten</translation>
    </message>
    <message>
        <source>Could not read the account: %1</source>
        <translation>Der Account konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Export QBR Deck — %1</source>
        <translation>QBR-Deck exportieren — %1</translation>
    </message>
    <message>
        <source>Customer Success</source>
        <translation>Customer Success</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1</source>
        <translation>
            <numerusform>%n Seite in %1 gespeichert</numerusform>
            <numerusform>%n Seiten in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <source>Reading the account…</source>
        <translation>Account wird gelesen…</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Wählen Sie mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation>Vorschau wird gezeichnet…</translation>
    </message>
    <message>
        <source>Save QBR Deck</source>
        <translation>QBR-Deck speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The preview is still being prepared; try again in a moment.</source>
        <translation>Die Vorschau wird noch vorbereitet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>csm::Domain</name>
    <message>
        <source>High-touch</source>
        <translation>High-touch</translation>
    </message>
    <message>
        <source>Mid-touch</source>
        <translation>Mid-touch</translation>
    </message>
    <message>
        <source>Tech-touch</source>
        <translation>Tech-touch</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Advocacy</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Pünktlich</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Zahlung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>csm::ErrorDialog</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the whole message, with its details, to the clipboard</source>
        <translation>Die ganze Meldung samt Details in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>csm::FeatureAdoptionChart</name>
    <message>
        <source>Share of the plan&apos;s features in use over time</source>
        <translation>Anteil der genutzten Features des Plans im Zeitverlauf</translation>
    </message>
    <message>
        <source>Features in use</source>
        <translation>Genutzte Features</translation>
    </message>
    <message>
        <source>No feature usage recorded</source>
        <translation>Keine Feature-Nutzung erfasst</translation>
    </message>
    <message>
        <source>Features in use (% of plan)</source>
        <translation>Genutzte Features (% des Plans)</translation>
    </message>
    <message>
        <source>%1: %2% of features in use</source>
        <translation>%1: %2 % der Features genutzt</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format of the time axis: day and short month</comment>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>csm::FileConnector</name>
    <message>
        <source>Accounts file</source>
        <translation>Account-Datei</translation>
    </message>
    <message>
        <source>A .csv or .json export of the CRM&apos;s accounts</source>
        <translation>Ein .csv- oder .json-Export der Accounts aus dem CRM</translation>
    </message>
    <message>
        <source>Contacts file</source>
        <translation>Kontaktdatei</translation>
    </message>
    <message>
        <source>Optional; rows name their account in account_crm_id</source>
        <translation>Optional; Zeilen nennen ihren Account in account_crm_id</translation>
    </message>
    <message>
        <source>Deals file</source>
        <translation>Deal-Datei</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Column=field; … for columns whose names are not the app&apos;s, e.g. Account ID=crm_id; Annual Revenue=arr</source>
        <translation>Spalte=Feld; … für Spalten, deren Namen nicht denen der App entsprechen, z. B. Account ID=crm_id; Annual Revenue=arr</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the column mapping is not Column=field</source>
        <translation>&apos;%1&apos; in der Spaltenzuordnung hat nicht die Form Spalte=Feld</translation>
    </message>
    <message>
        <source>%1: cannot tell the format from the name; use a .csv or .json file</source>
        <translation>%1: das Format ist am Namen nicht erkennbar; verwenden Sie eine .csv- oder .json-Datei</translation>
    </message>
    <message>
        <source>The file connection needs an accounts file</source>
        <translation>Die Dateiverbindung braucht eine Account-Datei</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: not UTF-8 text; nothing of the file was applied</source>
        <translation>%1:%2:%3: kein UTF-8-Text; nichts aus der Datei wurde übernommen</translation>
    </message>
    <message>
        <source>%1: no header row</source>
        <translation>%1: keine Kopfzeile</translation>
    </message>
    <message>
        <source>%1:%2: %3 fields where the header has %4</source>
        <translation>%1:%2: %3 Felder, wo die Kopfzeile %4 hat</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4; nothing of the file was applied</source>
        <translation>%1:%2:%3: %4; nichts aus der Datei wurde übernommen</translation>
    </message>
    <message>
        <source>%1: expected an array of records, or {&quot;%2&quot;: [...]}</source>
        <translation>%1: erwartet wird ein Array von Datensätzen oder {&quot;%2&quot;: [...]}</translation>
    </message>
    <message>
        <source>%1:%2: a record that is not a JSON object</source>
        <translation>%1:%2: ein Datensatz, der kein JSON-Objekt ist</translation>
    </message>
    <message>
        <source>no crm_id (a required field)</source>
        <translation>keine crm_id (ein Pflichtfeld)</translation>
    </message>
    <message>
        <source>modified_at &apos;%1&apos; is not an ISO date and time</source>
        <translation>modified_at &apos;%1&apos; ist kein ISO-Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>no name (a required field)</source>
        <translation>kein Name (ein Pflichtfeld)</translation>
    </message>
    <message>
        <source>neither a name nor an email</source>
        <translation>weder ein Name noch eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>close_date &apos;%1&apos; is not a YYYY-MM-DD date</source>
        <translation>close_date &apos;%1&apos; ist kein Datum im Format JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>CRM export files</source>
        <translation>CRM-Exportdateien</translation>
    </message>
</context>
<context>
    <name>csm::GeneralSettingsPage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>St&amp;andard</translation>
    </message>
    <message>
        <source>&amp;Copy the open book there</source>
        <translation>Geöffnetes Buch dorthin &amp;kopieren</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language changes the next time CSM Workbench starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von CSM Workbench.</translation>
    </message>
    <message>
        <source>Book opened at start</source>
        <translation>Beim Start geöffnetes Buch</translation>
    </message>
    <message>
        <source>The app&apos;s own folder: %1</source>
        <translation>Eigener Ordner der App: %1</translation>
    </message>
    <message>
        <source>Book location check</source>
        <translation>Prüfung des Buchspeicherorts</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the open book, as it is when you press OK, to the new location; the book stays open where it is until the app starts again.</source>
        <translation>Schreibt eine konsistente Kopie des geöffneten Buchs, so wie es beim Drücken von OK ist, an den neuen Speicherort; das Buch bleibt bis zum nächsten Start der App dort geöffnet, wo es ist.</translation>
    </message>
    <message>
        <source>Book location</source>
        <translation>Speicherort des Buchs</translation>
    </message>
    <message>
        <source>No book is open.</source>
        <translation>Kein Buch geöffnet.</translation>
    </message>
    <message>
        <source>Open now:</source>
        <translation>Jetzt geöffnet:</translation>
    </message>
    <message>
        <source>Book opened at &amp;start:</source>
        <translation>Beim Start &amp;geöffnetes Buch:</translation>
    </message>
    <message>
        <source>Starting the app with --db opens another book for that run.</source>
        <translation>Wird die App mit --db gestartet, öffnet sie für diesen Lauf ein anderes Buch.</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Berichtswährung</translation>
    </message>
    <message>
        <source>The team portfolio and its review convert every account&apos;s ARR into the reporting currency at these rates.</source>
        <translation>Das Team-Portfolio und sein Review rechnen den ARR jedes Accounts zu diesen Kursen in die Berichtswährung um.</translation>
    </message>
    <message>
        <source>This is the book open now.</source>
        <translation>Das ist das gerade geöffnete Buch.</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Book Opened at Start</source>
        <translation>Beim Start geöffnetes Buch</translation>
    </message>
    <message>
        <source>Books (*.sqlite *.csmbook *.db);;All files (*)</source>
        <translation>Bücher (*.sqlite *.csmbook *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>csm::HealthContributionChart</name>
    <message>
        <source>Health contribution of each measure</source>
        <translation>Health-Beitrag jeder Kennzahl</translation>
    </message>
    <message>
        <source>%1: no data; its weight %2 is spread over the others</source>
        <translation>%1: keine Daten; ihre Gewichtung %2 wird auf die übrigen verteilt</translation>
    </message>
    <message>
        <source>%1: value %2 scores %3 × weight %4 = %5 points (%6 lost)</source>
        <translation>%1: Wert %2 ergibt Score %3 × Gewichtung %4 = %5 Punkte (%6 verloren)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No health data to explain</source>
        <translation>Keine Health-Daten zum Erklären</translation>
    </message>
    <message>
        <source>Points by measure</source>
        <translation>Punkte je Kennzahl</translation>
    </message>
    <message>
        <source>Points by measure — %1 loses the most</source>
        <translation>Punkte je Kennzahl — %1 verliert am meisten</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Erreichte Punkte</translation>
    </message>
    <message>
        <source>Points lost</source>
        <translation>Verlorene Punkte</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
</context>
<context>
    <name>csm::HealthModelDialog</name>
    <message>
        <source>Health Model</source>
        <translation>Health-Modell</translation>
    </message>
    <message>
        <source>&amp;Apply and Rescore</source>
        <translation>&amp;Anwenden und neu bewerten</translation>
    </message>
</context>
<context>
    <name>csm::HealthModelEditModel</name>
    <message>
        <source>Measures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>Raw value that scores 0 (100 if lower is better)</source>
        <translation>Rohwert mit Score 0 (100, wenn niedriger besser ist)</translation>
    </message>
    <message>
        <source>Poor below this: scores 25 here</source>
        <translation>Darunter schwach: hier Score 25</translation>
    </message>
    <message>
        <source>Concerning from here: scores 75 here</source>
        <translation>Ab hier bedenklich: hier Score 75</translation>
    </message>
    <message>
        <source>Raw value that scores 100 (0 if lower is better)</source>
        <translation>Rohwert mit Score 100 (0, wenn niedriger besser ist)</translation>
    </message>
    <message>
        <source>Healthy from here: scores 100</source>
        <translation>Ab hier gesund: Score 100</translation>
    </message>
    <message>
        <source>Points of the model&apos;s 100</source>
        <translation>Punkte von den 100 des Modells</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Poor / min</source>
        <translation>Schwach / Min.</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Bedenklich</translation>
    </message>
    <message>
        <source>Healthy / max</source>
        <translation>Gesund / Max.</translation>
    </message>
</context>
<context>
    <name>csm::HealthModelEditor</name>
    <message>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Score this segment with its &amp;own model</source>
        <translation>Dieses Segment mit &amp;eigenem Modell bewerten</translation>
    </message>
    <message>
        <source>&amp;Add Measure</source>
        <translation>&amp;Kennzahl hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Measure</source>
        <translation>Kennzahl ent&amp;fernen</translation>
    </message>
    <message>
        <source>Reset to &amp;Defaults</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Standard (accounts past onboarding)</source>
        <translation>Standard (Accounts nach dem Onboarding)</translation>
    </message>
    <message>
        <source>Onboarding (time-to-value and setup)</source>
        <translation>Onboarding (Time-to-Value und Einrichtung)</translation>
    </message>
    <message>
        <source>Model to edit</source>
        <translation>Zu bearbeitendes Modell</translation>
    </message>
    <message>
        <source>Measures of the model</source>
        <translation>Kennzahlen des Modells</translation>
    </message>
    <message>
        <source>Accounts that would change band</source>
        <translation>Accounts, die die Ampelfarbe wechseln würden</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Bands: amber &amp;from score</source>
        <translation>Ampel: Gelb a&amp;b Score</translation>
    </message>
    <message>
        <source>&amp;green from score</source>
        <translation>&amp;Grün ab Score</translation>
    </message>
    <message>
        <source>(below amber is red)</source>
        <translation>(unter Gelb ist Rot)</translation>
    </message>
    <message>
        <source>Effect before applying</source>
        <translation>Auswirkung vor dem Anwenden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Total weight: %1 of 100.</source>
        <translation>Gesamtgewichtung: %1 von 100.</translation>
    </message>
    <message>
        <source> This segment is scored by the standard model.</source>
        <translation> Dieses Segment wird mit dem Standardmodell bewertet.</translation>
    </message>
    <message>
        <source>⚠ %1 %2 — nothing can be saved until it is fixed; the book keeps its current model.</source>
        <translation>⚠ %1 %2 — nichts kann gespeichert werden, bis das behoben ist; das Buch behält sein aktuelles Modell.</translation>
    </message>
    <message>
        <source>Fix the model to see its effect.</source>
        <translation>Korrigieren Sie das Modell, um seine Auswirkung zu sehen.</translation>
    </message>
    <message>
        <source>No change yet: edit the model or the bands to see which accounts would move.</source>
        <translation>Noch keine Änderung: Bearbeiten Sie das Modell oder die Ampelgrenzen, um zu sehen, welche Accounts sich verschieben würden.</translation>
    </message>
    <message>
        <source>Computing the effect…</source>
        <translation>Auswirkung wird berechnet…</translation>
    </message>
    <message>
        <source>The effect could not be computed: %1</source>
        <translation>Die Auswirkung konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>No account would change band.</source>
        <translation>Kein Account würde die Ampelfarbe wechseln.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) would change band (%1 ARR); </source>
        <translation>
            <numerusform>%n Account würde die Ampelfarbe wechseln (%1 ARR); </numerusform>
            <numerusform>%n Accounts würden die Ampelfarbe wechseln (%1 ARR); </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would move into red (%1 ARR).</source>
        <translation>
            <numerusform>%n würde auf Rot fallen (%1 ARR).</numerusform>
            <numerusform>%n würden auf Rot fallen (%1 ARR).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::HealthOverrideDialog</name>
    <message>
        <source>Override Health of %1</source>
        <translation>Health von %1 überschreiben</translation>
    </message>
    <message>
        <source>A score…</source>
        <translation>Ein Score…</translation>
    </message>
    <message>
        <source>Why the score is wrong (required)</source>
        <translation>Warum der Score falsch ist (erforderlich)</translation>
    </message>
    <message>
        <source>&amp;Override with:</source>
        <translation>Überschreiben &amp;mit:</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Score:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
</context>
<context>
    <name>csm::HealthTrendChart</name>
    <message>
        <source>Health trend with red, amber and green bands</source>
        <translation>Health-Trend mit rotem, gelbem und grünem Bereich</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>Health-Score</translation>
    </message>
    <message>
        <source>No health history yet</source>
        <translation>Noch kein Health-Verlauf</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Überschreibung</translation>
    </message>
    <message>
        <source>%1: health %2</source>
        <translation>%1: Health %2</translation>
    </message>
    <message>
        <source>Override on %1: %2 — %3</source>
        <translation>Überschreibung am %1: %2 — %3</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format of the time axis: day and short month</comment>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>csm::HubSpotConnector</name>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>https://api.hubapi.com, or a proxy or test server</source>
        <translation>https://api.hubapi.com oder ein Proxy- oder Testserver</translation>
    </message>
    <message>
        <source>ARR property</source>
        <translation>ARR-Eigenschaft</translation>
    </message>
    <message>
        <source>The company property holding ARR</source>
        <translation>Die Unternehmenseigenschaft mit dem ARR</translation>
    </message>
    <message>
        <source>Renewal date property</source>
        <translation>Eigenschaft für Verlängerungsdatum</translation>
    </message>
    <message>
        <source>Contract start property</source>
        <translation>Eigenschaft für Vertragsbeginn</translation>
    </message>
    <message>
        <source>Lifecycle stage property</source>
        <translation>Eigenschaft für Lebenszyklusphase</translation>
    </message>
    <message>
        <source>A company property holding onboarding, adoption, expansion, renewal or advocacy</source>
        <translation>Eine Unternehmenseigenschaft mit onboarding, adoption, expansion, renewal oder advocacy</translation>
    </message>
    <message>
        <source>Currency property</source>
        <translation>Eigenschaft für Währung</translation>
    </message>
    <message>
        <source>Records per request</source>
        <translation>Datensätze pro Anfrage</translation>
    </message>
    <message>
        <source>1 to 100</source>
        <translation>1 bis 100</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message>
        <source>For Sign In with Browser; empty: HubSpot&apos;s</source>
        <translation>Für „Im Browser anmelden“; leer: die von HubSpot</translation>
    </message>
    <message>
        <source>Timeout per request (ms)</source>
        <translation>Timeout pro Anfrage (ms)</translation>
    </message>
    <message>
        <source>Retries per request</source>
        <translation>Wiederholungen pro Anfrage</translation>
    </message>
    <message>
        <source>First retry after (ms)</source>
        <translation>Erste Wiederholung nach (ms)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) address</source>
        <translation>&apos;%1&apos; ist keine http(s)-Adresse</translation>
    </message>
    <message>
        <source>HubSpot needs a private app token or an OAuth access token</source>
        <translation>HubSpot braucht ein Token einer privaten App oder ein OAuth-Zugriffstoken</translation>
    </message>
    <message>
        <source>HubSpot refused %1 %2 (HTTP %3: %4)</source>
        <translation>HubSpot hat %1 %2 abgelehnt (HTTP %3: %4)</translation>
    </message>
    <message>
        <source>HubSpot answered %1 with something that is not a JSON object (%2 at byte %3); nothing of it was applied</source>
        <translation>HubSpot hat auf %1 mit etwas geantwortet, das kein JSON-Objekt ist (%2 bei Byte %3); nichts davon wurde übernommen</translation>
    </message>
    <message>
        <source>a record without an id</source>
        <translation>ein Datensatz ohne ID</translation>
    </message>
    <message>
        <source>its properties are not a JSON object</source>
        <translation>seine Eigenschaften sind kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no name (a required field)</source>
        <translation>kein Name (ein Pflichtfeld)</translation>
    </message>
    <message>
        <source>ARR &apos;%1&apos; is not a number</source>
        <translation>ARR &apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>neither a name nor an email</source>
        <translation>weder ein Name noch eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>an owner without an id</source>
        <translation>ein Verantwortlicher ohne ID</translation>
    </message>
    <message>
        <source>HubSpot&apos;s answer for %1 has no list of results; nothing of it was applied</source>
        <translation>Die Antwort von HubSpot für %1 enthält keine Ergebnisliste; nichts davon wurde übernommen</translation>
    </message>
    <message>
        <source>HubSpot refused to create the property %1 (HTTP %2: %3)</source>
        <translation>HubSpot hat das Anlegen der Eigenschaft %1 abgelehnt (HTTP %2: %3)</translation>
    </message>
    <message>
        <source>HubSpot refused to show the property %1 (HTTP %2: %3)</source>
        <translation>HubSpot hat das Anzeigen der Eigenschaft %1 abgelehnt (HTTP %2: %3)</translation>
    </message>
    <message>
        <source>HubSpot write-back covers companies only</source>
        <translation>Das Zurückschreiben nach HubSpot umfasst nur Unternehmen</translation>
    </message>
    <message>
        <source>Health score (CSM Workbench)</source>
        <translation>Health-Score (CSM Workbench)</translation>
    </message>
    <message>
        <source>Health band (CSM Workbench)</source>
        <translation>Health-Ampel (CSM Workbench)</translation>
    </message>
    <message>
        <source>Segment (CSM Workbench)</source>
        <translation>Segment (CSM Workbench)</translation>
    </message>
    <message>
        <source>HubSpot has no property for the field %1</source>
        <translation>HubSpot hat keine Eigenschaft für das Feld %1</translation>
    </message>
    <message>
        <source>HubSpot did not take it: %1</source>
        <translation>HubSpot hat es nicht übernommen: %1</translation>
    </message>
    <message>
        <source>HubSpot did not take %1 of the updates: %2</source>
        <translation>HubSpot hat %1 der Aktualisierungen nicht übernommen: %2</translation>
    </message>
</context>
<context>
    <name>csm::ImportIssue</name>
    <message>
        <source>(record %1)</source>
        <translation>(Datensatz %1)</translation>
    </message>
</context>
<context>
    <name>csm::JobIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Laufende Aufgabe abbrechen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>csm::LocalEditStore</name>
    <message>
        <source>%1 is not a field that can be edited</source>
        <translation>%1 ist kein bearbeitbares Feld</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Verlängerungsdatum</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lebenszyklusphase</translation>
    </message>
    <message>
        <source>no account with id %1</source>
        <translation>kein Account mit der ID %1</translation>
    </message>
    <message>
        <source>An account needs a name</source>
        <translation>Ein Account braucht einen Namen</translation>
    </message>
    <message>
        <source>that edit is no longer waiting</source>
        <translation>diese Änderung wartet nicht mehr</translation>
    </message>
</context>
<context>
    <name>csm::LocalEditsModel</name>
    <message>
        <source>(none)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>Conflict: changed in the CRM too</source>
        <translation>Konflikt: auch im CRM geändert</translation>
    </message>
    <message>
        <source>Waiting to be written to the CRM</source>
        <translation>Wartet darauf, ins CRM geschrieben zu werden</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>CRM&apos;s value</source>
        <translation>CRM-Wert</translation>
    </message>
    <message>
        <source>Before either change</source>
        <translation>Vor beiden Änderungen</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
</context>
<context>
    <name>csm::MainWindow</name>
    <message>
        <source>CSM Workbench</source>
        <translation>CSM Workbench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Book…</source>
        <translation>&amp;Neues Buch…</translation>
    </message>
    <message>
        <source>&amp;Open Book…</source>
        <translation>Buch ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Load &amp;Demo Book…</source>
        <translation>&amp;Demo-Buch laden…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find Accounts</source>
        <translation>Accounts &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>B&amp;uch</translation>
    </message>
    <message>
        <source>Set &amp;Segment of Account</source>
        <translation>&amp;Segment des Accounts festlegen</translation>
    </message>
    <message>
        <source>Automatic (by rules)</source>
        <translation>Automatisch (nach Regeln)</translation>
    </message>
    <message>
        <source>&amp;Recompute Segments</source>
        <translation>Segmente &amp;neu berechnen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About CSM Workbench</source>
        <translation>Ü&amp;ber CSM Workbench</translation>
    </message>
    <message>
        <source>Loading the book…</source>
        <translation>Buch wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>%1 — CSM Workbench</source>
        <translation>%1 — CSM Workbench</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) loaded in %1 ms.</source>
        <translation>
            <numerusform>%n Account in %1 ms geladen.</numerusform>
            <numerusform>%n Accounts in %1 ms geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No account matches the filters.</source>
        <translation>Kein Account entspricht den Filtern.</translation>
    </message>
    <message>
        <source>Demo Book</source>
        <translation>Demo-Buch</translation>
    </message>
    <message>
        <source>The demo book can only be loaded into an empty book. Create a new book first (File ▸ New Book…).</source>
        <translation>Das Demo-Buch kann nur in ein leeres Buch geladen werden. Legen Sie zuerst ein neues Buch an (Datei ▸ Neues Buch…).</translation>
    </message>
    <message>
        <source>Welcome to CSM Workbench</source>
        <translation>Willkommen bei CSM Workbench</translation>
    </message>
    <message>
        <source>This book is empty. Load a demo book of 300 accounts with a year of usage, contacts, NPS responses and tickets to explore the app?</source>
        <translation>Dieses Buch ist leer. Ein Demo-Buch mit 300 Accounts samt einem Jahr Nutzungsdaten, Kontakten, NPS-Antworten und Tickets laden, um die App kennenzulernen?</translation>
    </message>
    <message>
        <source>Open Book</source>
        <translation>Buch öffnen</translation>
    </message>
    <message>
        <source>Books (*.sqlite *.csmbook *.db);;All files (*)</source>
        <translation>Bücher (*.sqlite *.csmbook *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Book</source>
        <translation>Neues Buch</translation>
    </message>
    <message>
        <source>Books (*.sqlite)</source>
        <translation>Bücher (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead, or choose a new name.</source>
        <translation>%1 existiert bereits; öffnen Sie die Datei stattdessen oder wählen Sie einen neuen Namen.</translation>
    </message>
    <message>
        <source>Portfolio Health</source>
        <translation>Portfolio-Health</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>&amp;Import Accounts…</source>
        <translation>Accounts &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Accounts…</source>
        <translation>Accounts &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export QBR Decks for &amp;Filtered Accounts…</source>
        <translation>QBR-Decks der &amp;gefilterten Accounts exportieren…</translation>
    </message>
    <message>
        <source>&amp;Search Notes…</source>
        <translation>&amp;Notizen durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Override Health of Account…</source>
        <translation>Health des Accounts ü&amp;berschreiben…</translation>
    </message>
    <message>
        <source>C&amp;lear Health Override</source>
        <translation>Health-Überschreibung &amp;aufheben</translation>
    </message>
    <message>
        <source>Recompute &amp;Health</source>
        <translation>&amp;Health neu berechnen</translation>
    </message>
    <message>
        <source>Health &amp;Model…</source>
        <translation>Health-&amp;Modell…</translation>
    </message>
    <message>
        <source>Playbook &amp;Templates…</source>
        <translation>Playbook-&amp;Vorlagen…</translation>
    </message>
    <message>
        <source>Run &amp;Playbook Rules</source>
        <translation>&amp;Playbook-Regeln ausführen</translation>
    </message>
    <message>
        <source>New &amp;QBR for Account</source>
        <translation>Neues &amp;QBR für Account</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>Account &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Export QBR &amp;Deck…</source>
        <translation>QBR-&amp;Deck exportieren…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Ans&amp;icht</translation>
    </message>
    <message>
        <source>Go to &amp;Today</source>
        <translation>Zu &amp;Heute wechseln</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n account(s) while the book loads…</source>
        <translation>
            <numerusform>%n Account wird angezeigt, während das Buch geladen wird…</numerusform>
            <numerusform>Die ersten %n Accounts werden angezeigt, während das Buch geladen wird…</numerusform>
        </translation>
    </message>
    <message>
        <source>This book is empty. Import accounts or load the demo book from the File menu, or sync a CRM from CRM ▸ Connections and Sync Log.</source>
        <translation>Dieses Buch ist leer. Importieren Sie Accounts oder laden Sie das Demo-Buch über das Menü Datei, oder synchronisieren Sie ein CRM über CRM ▸ Verbindungen und Sync-Protokoll.</translation>
    </message>
    <message numerus="yes">
        <source>Restored unsaved typing in %n note(s); the open note shows it.</source>
        <translation>
            <numerusform>Nicht gespeicherte Eingaben in %n Notiz wiederhergestellt; die geöffnete Notiz zeigt sie.</numerusform>
            <numerusform>Nicht gespeicherte Eingaben in %n Notizen wiederhergestellt; die geöffnete Notiz zeigt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>Accounts importieren</translation>
    </message>
    <message>
        <source>Accounts (*.csv *.json);;All files (*)</source>
        <translation>Accounts (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>Nothing was imported. Problems found:
%1</source>
        <translation>Es wurde nichts importiert. Gefundene Probleme:
%1</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 updated accounts.</source>
        <translation>%1 neue und %2 aktualisierte Accounts importiert.</translation>
    </message>
    <message>
        <source>Export Accounts</source>
        <translation>Accounts exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export accounts</source>
        <translation>Accounts exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation>
            <numerusform>%n Account nach %1 exportiert.</numerusform>
            <numerusform>%n Accounts nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an account to export its QBR deck.</source>
        <translation>Wählen Sie einen Account aus, um sein QBR-Deck zu exportieren.</translation>
    </message>
    <message>
        <source>No accounts match the filter: nothing to export.</source>
        <translation>Keine Accounts entsprechen dem Filter: nichts zu exportieren.</translation>
    </message>
    <message>
        <source>QBR decks are being exported already.</source>
        <translation>QBR-Decks werden bereits exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Export %n QBR Deck(s) to Folder</source>
        <translation>
            <numerusform>%n QBR-Deck in Ordner exportieren</numerusform>
            <numerusform>%n QBR-Decks in Ordner exportieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n QBR deck(s)</source>
        <translation>
            <numerusform>%n QBR-Deck wird exportiert</numerusform>
            <numerusform>%n QBR-Decks werden exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deck export cancelled: %1 of %n written to %2; no partial files.</source>
        <translation>
            <numerusform>Deck-Export abgebrochen: %1 von %n in %2 geschrieben; keine unvollständigen Dateien.</numerusform>
            <numerusform>Deck-Export abgebrochen: %1 von %n in %2 geschrieben; keine unvollständigen Dateien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 of %n QBR deck(s) to %2.</source>
        <translation>
            <numerusform>%1 von %n QBR-Deck nach %2 exportiert.</numerusform>
            <numerusform>%1 von %n QBR-Decks nach %2 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>QBR Deck Export</source>
        <translation>QBR-Deck-Export</translation>
    </message>
    <message numerus="yes">
        <source>%n deck(s) could not be written.</source>
        <translation>
            <numerusform>%n Deck konnte nicht geschrieben werden.</numerusform>
            <numerusform>%n Decks konnten nicht geschrieben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Review &amp;Comments…</source>
        <translation>Review-&amp;Kommentare importieren…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Import Review Comments</source>
        <translation>Review-Kommentare importieren</translation>
    </message>
    <message>
        <source>Review comments (*.json);;All files (*)</source>
        <translation>Review-Kommentare (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Review comments from %1: %2 new, %3 already here.</source>
        <translation>Review-Kommentare aus %1: %2 neu, %3 bereits vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n comment(s) on accounts that are not in this book: %1</source>
        <translation>
            <numerusform>%n Kommentar zu Accounts übersprungen, die nicht in diesem Buch sind: %1</numerusform>
            <numerusform>%n Kommentare zu Accounts übersprungen, die nicht in diesem Buch sind: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;Book for Your Lead…</source>
        <translation>Buch für die Team&amp;leitung exportieren…</translation>
    </message>
    <message>
        <source>Open &amp;Team Books…</source>
        <translation>&amp;Team-Bücher öffnen…</translation>
    </message>
    <message>
        <source>%1 (read-only) — CSM Workbench</source>
        <translation>%1 (schreibgeschützt) — CSM Workbench</translation>
    </message>
    <message>
        <source>Read-only: a team member&apos;s book. Nothing you do here changes it.</source>
        <translation>Schreibgeschützt: das Buch eines Teammitglieds. Nichts, was Sie hier tun, verändert es.</translation>
    </message>
    <message>
        <source>book</source>
        <translation>Buch</translation>
    </message>
    <message>
        <source>Export Book for Your Lead</source>
        <translation>Buch für die Teamleitung exportieren</translation>
    </message>
    <message>
        <source>CSM Workbench book (*.csmbook)</source>
        <translation>CSM-Workbench-Buch (*.csmbook)</translation>
    </message>
    <message>
        <source>Exporting the book</source>
        <translation>Buch wird exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) of %1&apos;s book to %2.</source>
        <translation>
            <numerusform>%n Account aus dem Buch von %1 nach %2 exportiert.</numerusform>
            <numerusform>%n Accounts aus dem Buch von %1 nach %2 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add your team&apos;s book files (File ▸ Export Book for Your Lead in their app), or load the demo team.</source>
        <translation>Fügen Sie die Buchdateien Ihres Teams hinzu (Datei ▸ Buch für die Teamleitung exportieren in deren App) oder laden Sie das Demo-Team.</translation>
    </message>
    <message>
        <source>Segmentation R&amp;ules…</source>
        <translation>Segmentierungs&amp;regeln…</translation>
    </message>
    <message>
        <source>P&amp;ortfolio Health</source>
        <translation>&amp;Portfolio-Health</translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation>H&amp;eute</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>&amp;Previous Pane</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>A sync is running: the connections can be changed when it has finished.</source>
        <translation>Eine Synchronisierung läuft: Die Verbindungen können geändert werden, sobald sie abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>csm::MeetingEditor</name>
    <message>
        <source>Wins, one per line</source>
        <translation>Erfolge, einer pro Zeile</translation>
    </message>
    <message>
        <source>Risks, one per line</source>
        <translation>Risiken, eines pro Zeile</translation>
    </message>
    <message>
        <source>Asks, one per line</source>
        <translation>Anliegen, eines pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Save Note</source>
        <translation>Notiz &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Meeting note</source>
        <translation>Meeting-Notiz</translation>
    </message>
    <message>
        <source>Meeting kind</source>
        <translation>Art des Meetings</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Datum des Meetings</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Titel (optional)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Attendees from the account&apos;s contacts</source>
        <translation>Teilnehmer aus den Kontakten des Accounts</translation>
    </message>
    <message>
        <source>Other attendees, comma-separated</source>
        <translation>Weitere Teilnehmer, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Other attendees</source>
        <translation>Weitere Teilnehmer</translation>
    </message>
    <message>
        <source>Customer objective</source>
        <translation>Kundenziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes from the meeting</source>
        <translation>Notizen aus dem Meeting</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <source>Save the note as a version (Ctrl+S); Edit ▸ Undo takes it back</source>
        <translation>Notiz als Version speichern (Strg+S); Bearbeiten ▸ Rückgängig nimmt das zurück</translation>
    </message>
    <message>
        <source>Add Objective</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Add Next Step</source>
        <translation>Nächsten Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Teilnehmer:</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <source>Wins · risks · asks:</source>
        <translation>Erfolge · Risiken · Anliegen:</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Nächste Schritte:</translation>
    </message>
    <message>
        <source>Choose a meeting or start a new one.</source>
        <translation>Wählen Sie ein Meeting oder beginnen Sie ein neues.</translation>
    </message>
    <message>
        <source>%1 ★ (%2)</source>
        <translation>%1 ★ (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Restored typing autosaved at %1 that was not saved. Save keeps it, or &lt;a href=&quot;discard&quot;&gt;discard it&lt;/a&gt;.</source>
        <translation>Um %1 automatisch gesicherte, nicht gespeicherte Eingaben wurden wiederhergestellt. Speichern behält sie, oder &lt;a href=&quot;discard&quot;&gt;verwerfen Sie sie&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Unsaved: restored from the autosave.</source>
        <translation>Nicht gespeichert: aus der automatischen Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Taken over from the previous review</source>
        <translation>Aus dem vorigen Review übernommen</translation>
    </message>
    <message>
        <source>Unsaved changes (autosaved as you type)</source>
        <translation>Nicht gespeicherte Änderungen (werden beim Tippen automatisch gesichert)</translation>
    </message>
    <message>
        <source>Unsaved changes · autosaved %1</source>
        <translation>Nicht gespeicherte Änderungen · automatisch gesichert: %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Link einfügen</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n saved version(s), newest first.</source>
        <translation>
            <numerusform>%n gespeicherte Version, neueste zuerst.</numerusform>
            <numerusform>%n gespeicherte Versionen, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Erfolge</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>Anliegen</translation>
    </message>
</context>
<context>
    <name>csm::NoteSearchDialog</name>
    <message>
        <source>Search Notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Words to find in every note of the book</source>
        <translation>Wörter, die in allen Notizen des Buchs gesucht werden</translation>
    </message>
    <message>
        <source>Search notes for</source>
        <translation>Notizen durchsuchen nach</translation>
    </message>
    <message>
        <source>Notes found</source>
        <translation>Gefundene Notizen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Where it matched</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) found</source>
        <translation>
            <numerusform>%n Notiz gefunden</numerusform>
            <numerusform>%n Notizen gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
</context>
<context>
    <name>csm::NotesView</name>
    <message>
        <source>New &amp;QBR</source>
        <translation>Neues &amp;QBR</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>N&amp;eu…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Meeting notes of the account</source>
        <translation>Meeting-Notizen des Accounts</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>A new QBR with the last one&apos;s open next steps and objectives</source>
        <translation>Ein neues QBR mit den offenen nächsten Schritten und Zielen des letzten</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Delete this note and its next steps? This cannot be undone.</source>
        <translation>Diese Notiz und ihre nächsten Schritte löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source> — %n open next step(s)</source>
        <translation>
            <numerusform> — %n offener nächster Schritt</numerusform>
            <numerusform> — %n offene nächste Schritte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::NpsChart</name>
    <message>
        <source>NPS answers per quarter: promoters, passives and detractors</source>
        <translation>NPS-Antworten pro Quartal: Promotoren, Passive und Detraktoren</translation>
    </message>
    <message>
        <source>No NPS answers this year</source>
        <translation>Keine NPS-Antworten in diesem Jahr</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Detraktoren (0–6)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Passive (7–8)</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promotoren (9–10)</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
</context>
<context>
    <name>csm::OAuthSignIn</name>
    <message>
        <source>The CRM refused to trade the sign-in code for a token: %1</source>
        <translation>Das CRM hat den Tausch des Anmeldecodes gegen ein Token abgelehnt: %1</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 for the CRM&apos;s answer</source>
        <translation>Auf 127.0.0.1:%1 kann nicht auf die Antwort des CRM gewartet werden</translation>
    </message>
    <message>
        <source>Signed in. You can close this page and return to CSM Workbench.</source>
        <translation>Angemeldet. Sie können diese Seite schließen und zu CSM Workbench zurückkehren.</translation>
    </message>
    <message>
        <source>The CRM signed you in but gave no refresh token; ask for offline access (scope)</source>
        <translation>Das CRM hat Sie angemeldet, aber kein Refresh-Token geliefert; fordern Sie Offline-Zugriff an (Scope)</translation>
    </message>
    <message>
        <source>The CRM refused the sign-in: %1</source>
        <translation>Das CRM hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The sign-in did not complete: the CRM&apos;s token answer was refused or unreadable</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen: die Token-Antwort des CRM wurde abgelehnt oder war unlesbar</translation>
    </message>
    <message>
        <source>The stored sign-in has no token address; sign in again</source>
        <translation>Die gespeicherte Anmeldung hat keine Token-Adresse; melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>The CRM refused the stored sign-in (%1); sign in again</source>
        <translation>Das CRM hat die gespeicherte Anmeldung abgelehnt (%1); melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>The CRM&apos;s token answer had no access token (HTTP %1)</source>
        <translation>Die Token-Antwort des CRM enthielt kein Zugriffstoken (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>csm::PlaybookEditorDialog</name>
    <message>
        <source>Started by hand only</source>
        <translation>Nur manuell gestartet</translation>
    </message>
    <message>
        <source>Health enters red</source>
        <translation>Health fällt auf Rot</translation>
    </message>
    <message>
        <source>Renewal within N days</source>
        <translation>Verlängerung innerhalb von N Tagen</translation>
    </message>
    <message>
        <source>Lifecycle stage becomes…</source>
        <translation>Lebenszyklusphase wird…</translation>
    </message>
    <message>
        <source>NPS detractor answer</source>
        <translation>NPS-Antwort eines Detraktors</translation>
    </message>
    <message>
        <source>No touch for N days</source>
        <translation>N Tage ohne Kontakt</translation>
    </message>
    <message>
        <source>Active users drop N% over 30 days</source>
        <translation>Aktive Nutzer sinken in 30 Tagen um N %</translation>
    </message>
    <message>
        <source>The rule starts this playbook by itself</source>
        <translation>Die Regel startet dieses Playbook automatisch</translation>
    </message>
    <message>
        <source>Playbook Templates</source>
        <translation>Playbook-Vorlagen</translation>
    </message>
    <message>
        <source>Playbook templates</source>
        <translation>Playbook-Vorlagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>(none ticked: every segment)</source>
        <translation>(keines angehakt: alle Segmente)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Due after (days)</source>
        <translation>Fällig nach (Tagen)</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Verantwortliche Rolle</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Checklistenschritte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regel:</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segmente:</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>&amp;New Template</source>
        <translation>Neue &amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Save Template</source>
        <translation>Vorlage &amp;speichern</translation>
    </message>
    <message>
        <source>%1 (rule off)</source>
        <translation>%1 (Regel aus)</translation>
    </message>
    <message>
        <source>A built-in template: change it freely; runs already started keep their steps.</source>
        <translation>Eine mitgelieferte Vorlage: Sie können sie frei ändern; bereits gestartete Durchläufe behalten ihre Schritte.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>Neues Playbook</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <source>Marks the account&apos;s first value when done</source>
        <translation>Markiert bei Erledigung den ersten Mehrwert (First Value) des Accounts</translation>
    </message>
</context>
<context>
    <name>csm::PlaybooksView</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;kip Step…</source>
        <translation>Schritt &amp;überspringen…</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>Abs&amp;chließen</translation>
    </message>
    <message>
        <source>Cancel &amp;Playbook…</source>
        <translation>&amp;Playbook abbrechen…</translation>
    </message>
    <message>
        <source>Playbooks of the account</source>
        <translation>Playbooks des Accounts</translation>
    </message>
    <message>
        <source>Playbook to start</source>
        <translation>Zu startendes Playbook</translation>
    </message>
    <message>
        <source>Playbook runs and their steps</source>
        <translation>Playbook-Durchläufe und ihre Schritte</translation>
    </message>
    <message>
        <source>Playbook / step</source>
        <translation>Playbook / Schritt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Start a playbook:</source>
        <translation>Playbook starten:</translation>
    </message>
    <message>
        <source>Skip Step</source>
        <translation>Schritt überspringen</translation>
    </message>
    <message>
        <source>Why is this step skipped?</source>
        <translation>Warum wird dieser Schritt übersprungen?</translation>
    </message>
    <message>
        <source>Cancel Playbook</source>
        <translation>Playbook abbrechen</translation>
    </message>
    <message>
        <source>Why is this playbook cancelled?</source>
        <translation>Warum wird dieses Playbook abgebrochen?</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 done · %4 · started %5</source>
        <translation>%1 — %2 von %3 erledigt · %4 · gestartet am %5</translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · überfällig</translation>
    </message>
    <message>
        <source>%1 · due today</source>
        <translation>%1 · heute fällig</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Done by %1 on %2</source>
        <translation>Erledigt von %1 am %2</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Skipped by %1: %2</source>
        <translation>Übersprungen von %1: %2</translation>
    </message>
    <message>
        <source>
Skipped: %1</source>
        <translation>
Übersprungen: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No playbook has run on this account. Rules start them by themselves, or start one above.</source>
        <translation>Für diesen Account lief noch kein Playbook. Regeln starten sie automatisch, oder starten Sie oben eines.</translation>
    </message>
</context>
<context>
    <name>csm::PortfolioAccountModel</name>
    <message>
        <source>%1 (former customer)</source>
        <translation>%1 (ehemaliger Kunde)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No exchange rate for %1: shown in its own currency</source>
        <translation>Kein Wechselkurs für %1: in der eigenen Währung angezeigt</translation>
    </message>
    <message>
        <source>CRM id %1 · double-click to open it in the CSM&apos;s book (read-only)</source>
        <translation>CRM-ID %1 · Doppelklick öffnet den Account im Buch des CSM (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health-Score</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation>Überfällige Schritte</translation>
    </message>
    <message>
        <source>Last QBR</source>
        <translation>Letztes QBR</translation>
    </message>
</context>
<context>
    <name>csm::PortfolioCharts</name>
    <message>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Health by segment</source>
        <translation>Health nach Segment</translation>
    </message>
    <message>
        <source>ARR against health</source>
        <translation>ARR gegenüber Health</translation>
    </message>
    <message>
        <source>Measure health mix by</source>
        <translation>Health-Mix messen nach</translation>
    </message>
    <message>
        <source>By accounts</source>
        <translation>Nach Accounts</translation>
    </message>
    <message>
        <source>By ARR</source>
        <translation>Nach ARR</translation>
    </message>
    <message numerus="yes">
        <source>ARR at risk (red): %1 across %n account(s)</source>
        <translation>
            <numerusform>Gefährdeter ARR (Rot): %1 in %n Account</numerusform>
            <numerusform>Gefährdeter ARR (Rot): %1 in %n Accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Health mix by segment (accounts)</source>
        <translation>Health-Mix nach Segment (Accounts)</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Account</numerusform>
            <numerusform>%n Accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>ARR against health (largest %n account(s))</source>
        <translation>
            <numerusform>ARR gegenüber Health (größter %n Account)</numerusform>
            <numerusform>ARR gegenüber Health (größte %n Accounts)</numerusform>
        </translation>
    </message>
    <message>
        <source>ARR %1 · health %2 (%3)</source>
        <translation>ARR %1 · Health %2 (%3)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message numerus="yes">
        <source>ARR in %1. %n account(s) in a currency without an exchange rate are left out of the ARR; set the rates in Settings, General.</source>
        <translation>
            <numerusform>ARR in %1. %n Account in einer Währung ohne Wechselkurs ist nicht im ARR enthalten; die Kurse stehen unter Einstellungen, Allgemein.</numerusform>
            <numerusform>ARR in %1. %n Accounts in einer Währung ohne Wechselkurs sind nicht im ARR enthalten; die Kurse stehen unter Einstellungen, Allgemein.</numerusform>
        </translation>
    </message>
    <message>
        <source>ARR in %1, converted at the exchange rates in Settings, General.</source>
        <translation>ARR in %1, umgerechnet zu den Wechselkursen unter Einstellungen, Allgemein.</translation>
    </message>
    <message>
        <source>Health mix by segment (ARR, thousands of %1)</source>
        <translation>Health-Mix nach Segment (ARR, Tsd. %1)</translation>
    </message>
    <message>
        <source>ARR (%1)</source>
        <translation>ARR (%1)</translation>
    </message>
</context>
<context>
    <name>csm::PortfolioDeck</name>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1–%2 d</source>
        <translation>%1–%2 T</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 Tage</translation>
    </message>
    <message>
        <source>Health mix</source>
        <translation>Health-Verteilung</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 of ARR</source>
        <translation>%1 · %2 · %3 des ARR</translation>
    </message>
    <message>
        <source>Renewals in the next 120 days</source>
        <translation>Verlängerungen in den nächsten 120 Tagen</translation>
    </message>
    <message>
        <source>Portfolio review</source>
        <translation>Portfolio-Review</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>TEAM SUMMARY</source>
        <translation>TEAM-ÜBERSICHT</translation>
    </message>
    <message>
        <source>Period %1 – %2</source>
        <translation>Zeitraum %1 – %2</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>prepared by %1</source>
        <translation>erstellt von %1</translation>
    </message>
    <message>
        <source>amounts in %1</source>
        <translation>Beträge in %1</translation>
    </message>
    <message>
        <source>%1 accounts only</source>
        <translation>nur %1-Accounts</translation>
    </message>
    <message>
        <source>the book of %1 only</source>
        <translation>nur das Buch von %1</translation>
    </message>
    <message>
        <source>CSMs: %1</source>
        <translation>CSMs: %1</translation>
    </message>
    <message>
        <source> · shared: %1</source>
        <translation> · geteilt: %1</translation>
    </message>
    <message>
        <source>Left out, no rate: %1</source>
        <translation>Ausgelassen, kein Kurs: %1</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>Beträge in %1</translation>
    </message>
    <message>
        <source>ARR at risk</source>
        <translation>Gefährdeter ARR</translation>
    </message>
    <message>
        <source>Red: %1 · %2 of ARR</source>
        <translation>Rot: %1 · %2 des ARR</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>Starting ARR %1</source>
        <translation>ARR zu Beginn %1</translation>
    </message>
    <message>
        <source>No ARR at the start</source>
        <translation>Kein ARR zu Beginn</translation>
    </message>
    <message>
        <source>GRR</source>
        <translation>GRR</translation>
    </message>
    <message>
        <source>Churn and cuts: %1</source>
        <translation>Churn und Kürzungen: %1</translation>
    </message>
    <message>
        <source>Coverage and retention</source>
        <translation>Abdeckung und Bindung</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>none of %1</source>
        <translation>keiner von %1</translation>
    </message>
    <message>
        <source>Overdue playbook steps</source>
        <translation>Überfällige Playbook-Schritte</translation>
    </message>
    <message>
        <source>Accounts with overdue steps</source>
        <translation>Accounts mit überfälligen Schritten</translation>
    </message>
    <message>
        <source>QBR coverage, high-touch</source>
        <translation>QBR-Abdeckung, High-touch</translation>
    </message>
    <message>
        <source>Median days since last touch</source>
        <translation>Median der Tage seit letztem Kontakt</translation>
    </message>
    <message>
        <source>Not touched in %1 days</source>
        <translation>Seit %1 Tagen ohne Kontakt</translation>
    </message>
    <message>
        <source>Median days to first value</source>
        <translation>Median der Tage bis zum First Value</translation>
    </message>
    <message>
        <source>Starting ARR</source>
        <translation>ARR zu Beginn</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <source>Contraction and churn</source>
        <translation>Kontraktion und Churn</translation>
    </message>
    <message>
        <source>New and reactivated</source>
        <translation>Neu und reaktiviert</translation>
    </message>
    <message>
        <source>The team by CSM and segment</source>
        <translation>Das Team nach CSM und Segment</translation>
    </message>
    <message>
        <source>ARR by health per CSM</source>
        <translation>ARR nach Health je CSM</translation>
    </message>
    <message>
        <source>Bars: ARR by health band. Right: the CSM&apos;s ARR and accounts.</source>
        <translation>Balken: ARR nach Health-Ampel. Rechts: ARR und Accounts des CSM.</translation>
    </message>
    <message>
        <source>Shared accounts count for each of their CSMs, once for the team.</source>
        <translation>Geteilte Accounts zählen für jeden ihrer CSMs, für das Team einmal.</translation>
    </message>
    <message>
        <source>No CSM books in the portfolio.</source>
        <translation>Keine CSM-Bücher im Portfolio.</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>Nach Segment</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Red · amber · green</source>
        <translation>Rot · Gelb · Grün</translation>
    </message>
    <message>
        <source>Renewing in 120 days</source>
        <translation>Verlängerung in 120 Tagen</translation>
    </message>
    <message>
        <source>QBR coverage</source>
        <translation>QBR-Abdeckung</translation>
    </message>
    <message>
        <source>Shared: %1</source>
        <translation>Geteilt: %1</translation>
    </message>
    <message>
        <source>High-touch: %1</source>
        <translation>High-touch: %1</translation>
    </message>
    <message>
        <source>%1 of team ARR</source>
        <translation>%1 des Team-ARR</translation>
    </message>
    <message>
        <source>GRR %1</source>
        <translation>GRR %1</translation>
    </message>
    <message>
        <source>%1 of %2 high-touch</source>
        <translation>%1 von %2 High-touch</translation>
    </message>
    <message>
        <source>No high-touch accounts</source>
        <translation>Keine High-touch-Accounts</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation>Überfällige Schritte</translation>
    </message>
    <message>
        <source>Accounts affected: %1</source>
        <translation>Betroffene Accounts: %1</translation>
    </message>
    <message>
        <source>Median days since last touch: %1</source>
        <translation>Median der Tage seit letztem Kontakt: %1</translation>
    </message>
    <message>
        <source>not touched in %1 days: %2</source>
        <translation>seit %1 Tagen ohne Kontakt: %2</translation>
    </message>
    <message>
        <source>time to value: median %1 days, reached %2 of %3</source>
        <translation>Time to Value: Median %1 Tage, erreicht von %2 von %3</translation>
    </message>
    <message>
        <source>time to value: reached 0 of %1</source>
        <translation>Time to Value: erreicht von 0 von %1</translation>
    </message>
    <message>
        <source>book exported %1</source>
        <translation>Buch exportiert am %1</translation>
    </message>
    <message>
        <source>Red and amber renewals, next 120 days</source>
        <translation>Rote und gelbe Verlängerungen, nächste 120 Tage</translation>
    </message>
    <message>
        <source>No red or amber account renews in the next 120 days.</source>
        <translation>Kein roter oder gelber Account wird in den nächsten 120 Tagen verlängert.</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>ACCOUNT</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>HEALTH</translation>
    </message>
    <message>
        <source>RENEWS</source>
        <translation>VERLÄNGERUNG</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>Not listed: %1 more, ARR %2</source>
        <translation>Nicht aufgeführt: %1 weitere, ARR %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>csm::PortfolioGroupModel</name>
    <message>
        <source>%1 (%2 red)</source>
        <translation>%1 (%2 rot)</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>Green: %1 accounts, %2
Amber: %3 accounts, %4
Red: %5 accounts, %6
Not scored: %7 accounts, %8</source>
        <translation>Grün: %1 Accounts, %2
Gelb: %3 Accounts, %4
Rot: %5 Accounts, %6
Nicht bewertet: %7 Accounts, %8</translation>
    </message>
    <message>
        <source>ARR of red accounts: %1</source>
        <translation>ARR der roten Accounts: %1</translation>
    </message>
    <message>
        <source>Renewing in %1–%2 days: %3 accounts, %4
Green %5 · Amber %6 · Red %7 · Not scored %8</source>
        <translation>Verlängerung in %1–%2 Tagen: %3 Accounts, %4
Grün %5 · Gelb %6 · Rot %7 · Nicht bewertet %8</translation>
    </message>
    <message>
        <source>%1 overdue playbook steps on %2 accounts</source>
        <translation>%1 überfällige Playbook-Schritte bei %2 Accounts</translation>
    </message>
    <message>
        <source>%1 of %2 high-touch accounts had no QBR in the last 90 days</source>
        <translation>%1 von %2 High-touch-Accounts hatten in den letzten 90 Tagen kein QBR</translation>
    </message>
    <message>
        <source>Median days since the last touch; %1 accounts not touched in 30 days</source>
        <translation>Median der Tage seit dem letzten Kontakt; %1 Accounts seit 30 Tagen ohne Kontakt</translation>
    </message>
    <message>
        <source>Starting ARR %1 (%2 accounts)
+ expansion %3
− contraction %4
− churn %5
New %6 · reactivated %7 (not in NRR)</source>
        <translation>ARR zu Beginn %1 (%2 Accounts)
+ Expansion %3
− Kontraktion %4
− Churn %5
Neu %6 · reaktiviert %7 (nicht in NRR)</translation>
    </message>
    <message>
        <source>%1 accounts left out: no exchange rate for their currency</source>
        <translation>%1 Accounts ausgelassen: kein Wechselkurs für ihre Währung</translation>
    </message>
    <message>
        <source>%1 accounts started in the period, %2 reached first value</source>
        <translation>%1 Accounts im Zeitraum begonnen, %2 haben den First Value erreicht</translation>
    </message>
    <message>
        <source>ARR of accounts in the red band</source>
        <translation>ARR der Accounts im roten Bereich</translation>
    </message>
    <message>
        <source>High-touch accounts with a QBR in the last 90 days</source>
        <translation>High-touch-Accounts mit einem QBR in den letzten 90 Tagen</translation>
    </message>
    <message>
        <source>Median days since the last touch</source>
        <translation>Median der Tage seit dem letzten Kontakt</translation>
    </message>
    <message>
        <source>Net revenue retention over the period</source>
        <translation>Nettoumsatzbindung (NRR) im Zeitraum</translation>
    </message>
    <message>
        <source>Gross revenue retention over the period</source>
        <translation>Bruttoumsatzbindung (GRR) im Zeitraum</translation>
    </message>
    <message>
        <source>Median days from contract start to first value, for accounts started in the period</source>
        <translation>Median der Tage vom Vertragsbeginn bis zum First Value, für im Zeitraum begonnene Accounts</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>ARR at risk</source>
        <translation>Gefährdeter ARR</translation>
    </message>
    <message>
        <source>Renew ≤30 d</source>
        <translation>Verlängerung ≤30 T</translation>
    </message>
    <message>
        <source>31–60 d</source>
        <translation>31–60 T</translation>
    </message>
    <message>
        <source>61–90 d</source>
        <translation>61–90 T</translation>
    </message>
    <message>
        <source>91–120 d</source>
        <translation>91–120 T</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation>Überfällige Schritte</translation>
    </message>
    <message>
        <source>QBR coverage</source>
        <translation>QBR-Abdeckung</translation>
    </message>
    <message>
        <source>Days since touch</source>
        <translation>Tage seit Kontakt</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>GRR</source>
        <translation>GRR</translation>
    </message>
    <message>
        <source>Time to value</source>
        <translation>Time to Value</translation>
    </message>
</context>
<context>
    <name>csm::PortfolioWindow</name>
    <message>
        <source>Team Portfolio — CSM Workbench</source>
        <translation>Team-Portfolio — CSM Workbench</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Berichtswährung</translation>
    </message>
    <message>
        <source>Figures by CSM</source>
        <translation>Kennzahlen nach CSM</translation>
    </message>
    <message>
        <source>Figures by segment</source>
        <translation>Kennzahlen nach Segment</translation>
    </message>
    <message>
        <source>Accounts behind the figure</source>
        <translation>Accounts hinter der Kennzahl</translation>
    </message>
    <message>
        <source>Portfolio chart</source>
        <translation>Portfolio-Diagramm</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Health mix by ARR</source>
        <translation>Health-Verteilung nach ARR</translation>
    </message>
    <message>
        <source>Health mix by accounts</source>
        <translation>Health-Verteilung nach Accounts</translation>
    </message>
    <message>
        <source>ARR at risk</source>
        <translation>Gefährdeter ARR</translation>
    </message>
    <message>
        <source>Renewals due</source>
        <translation>Anstehende Verlängerungen</translation>
    </message>
    <message>
        <source>Overdue playbook steps</source>
        <translation>Überfällige Playbook-Schritte</translation>
    </message>
    <message>
        <source>QBR coverage</source>
        <translation>QBR-Abdeckung</translation>
    </message>
    <message>
        <source>Days since last touch</source>
        <translation>Tage seit letztem Kontakt</translation>
    </message>
    <message>
        <source>NRR and GRR</source>
        <translation>NRR und GRR</translation>
    </message>
    <message>
        <source>Time to value</source>
        <translation>Time to Value</translation>
    </message>
    <message>
        <source>Chart grouping</source>
        <translation>Gruppierung des Diagramms</translation>
    </message>
    <message>
        <source>By CSM</source>
        <translation>Nach CSM</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>Nach Segment</translation>
    </message>
    <message>
        <source>Click a figure to see the accounts behind it.</source>
        <translation>Klicken Sie auf eine Kennzahl, um die Accounts dahinter zu sehen.</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>Team books</source>
        <translation>Team-Bücher</translation>
    </message>
    <message>
        <source>Team Books</source>
        <translation>Team-Bücher</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: a newer export of %2&apos;s book (%3) is already open; kept that one.</source>
        <translation>%1: ein neuerer Export des Buchs von %2 (%3) ist bereits geöffnet; dieser wurde behalten.</translation>
    </message>
    <message>
        <source>%1 books open, %2 could not be opened.</source>
        <translation>%1 Bücher geöffnet, %2 konnten nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Portfolio Review</source>
        <translation>Portfolio-Review</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Add Books…</source>
        <translation>Bücher hinzufügen…</translation>
    </message>
    <message>
        <source>Open Team Books</source>
        <translation>Team-Bücher öffnen</translation>
    </message>
    <message>
        <source>CSM Workbench books (*.csmbook *.sqlite);;All files (*)</source>
        <translation>CSM-Workbench-Bücher (*.csmbook *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Open a Folder of Team Books</source>
        <translation>Ordner mit Team-Büchern öffnen</translation>
    </message>
    <message>
        <source>Load Demo Team</source>
        <translation>Demo-Team laden</translation>
    </message>
    <message>
        <source>Remove Book</source>
        <translation>Buch entfernen</translation>
    </message>
    <message>
        <source> Period: </source>
        <translation> Zeitraum: </translation>
    </message>
    <message>
        <source> Segment: </source>
        <translation> Segment: </translation>
    </message>
    <message>
        <source> CSM: </source>
        <translation> CSM: </translation>
    </message>
    <message>
        <source> Currency: </source>
        <translation> Währung: </translation>
    </message>
    <message>
        <source>Exchange Rates…</source>
        <translation>Wechselkurse…</translation>
    </message>
    <message>
        <source>Export Review PDF…</source>
        <translation>Review-PDF exportieren…</translation>
    </message>
    <message>
        <source>Export Portfolio Review</source>
        <translation>Portfolio-Review exportieren</translation>
    </message>
    <message>
        <source>Portfolio review %1.pdf</source>
        <translation>Portfolio-Review %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No book files there (*.csmbook, *.sqlite).</source>
        <translation>Dort gibt es keine Buchdateien (*.csmbook, *.sqlite).</translation>
    </message>
    <message>
        <source>Opening %1 books…</source>
        <translation>%1 Bücher werden geöffnet…</translation>
    </message>
    <message>
        <source>Opened %1 of %2 books…</source>
        <translation>%1 von %2 Büchern geöffnet…</translation>
    </message>
    <message>
        <source>Could not remember the team books: %1</source>
        <translation>Die Team-Bücher konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Writing a demo team of five CSMs…</source>
        <translation>Ein Demo-Team mit fünf CSMs wird geschrieben…</translation>
    </message>
    <message>
        <source>Demo Team</source>
        <translation>Demo-Team</translation>
    </message>
    <message>
        <source>Wrote %1 of %2 demo books…</source>
        <translation>%1 von %2 Demo-Büchern geschrieben…</translation>
    </message>
    <message>
        <source>All CSMs</source>
        <translation>Alle CSMs</translation>
    </message>
    <message>
        <source>%1 CSMs · %2 accounts · ARR %3 · at risk %4 · NRR %5 · GRR %6 (%7 to %8)</source>
        <translation>%1 CSMs · %2 Accounts · ARR %3 · gefährdet %4 · NRR %5 · GRR %6 (%7 bis %8)</translation>
    </message>
    <message>
        <source>%1 — %2 accounts (double-click one to open it in the CSM&apos;s book)</source>
        <translation>%1 — %2 Accounts (Doppelklick öffnet einen Account im Buch des CSM)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 is a former customer: it is no longer in %2&apos;s book list.</source>
        <translation>%1 ist ein ehemaliger Kunde: der Account steht nicht mehr in der Liste des Buchs von %2.</translation>
    </message>
    <message>
        <source>Exchange Rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <source>What one unit of each currency is worth in %1, as CODE=RATE separated by semicolons:</source>
        <translation>Was eine Einheit jeder Währung in %1 wert ist, als CODE=KURS, getrennt durch Semikolons:</translation>
    </message>
    <message>
        <source>Writing the portfolio review…</source>
        <translation>Das Portfolio-Review wird geschrieben…</translation>
    </message>
    <message>
        <source>Portfolio review</source>
        <translation>Portfolio-Review</translation>
    </message>
    <message>
        <source>%1 thousands</source>
        <translation>Tsd. %1</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>≤30 days</source>
        <translation>≤30 Tage</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 Tage</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 Tage</translation>
    </message>
    <message>
        <source>91–120 days</source>
        <translation>91–120 Tage</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Median days since last touch</source>
        <translation>Median der Tage seit letztem Kontakt</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>GRR</source>
        <translation>GRR</translation>
    </message>
    <message>
        <source>Median days to first value</source>
        <translation>Median der Tage bis zum First Value</translation>
    </message>
    <message>
        <source>%1 · %2: %3 %4</source>
        <translation>%1 · %2: %3 %4</translation>
    </message>
    <message>
        <source>Export Comments for CSM…</source>
        <translation>Kommentare für CSM exportieren…</translation>
    </message>
    <message>
        <source>Export Comments</source>
        <translation>Kommentare exportieren</translation>
    </message>
    <message>
        <source>Choose a CSM first (the CSM filter or the Team Books list).</source>
        <translation>Wählen Sie zuerst einen CSM (im CSM-Filter oder in der Liste der Team-Bücher).</translation>
    </message>
    <message>
        <source>Export Review Comments</source>
        <translation>Review-Kommentare exportieren</translation>
    </message>
    <message>
        <source>Review comments for %1.json</source>
        <translation>Review-Kommentare für %1.json</translation>
    </message>
    <message>
        <source>Review comments (*.json)</source>
        <translation>Review-Kommentare (*.json)</translation>
    </message>
    <message>
        <source>Wrote %1 comments for %2 to %3</source>
        <translation>%1 Kommentare für %2 nach %3 geschrieben</translation>
    </message>
    <message>
        <source>Add My Book by Owner</source>
        <translation>Mein Buch nach Verantwortlichen hinzufügen</translation>
    </message>
    <message>
        <source>Your own book, synced from the CRM for the team, compared owner by owner</source>
        <translation>Ihr eigenes Buch, für das Team aus dem CRM synchronisiert, nach Verantwortlichen verglichen</translation>
    </message>
</context>
<context>
    <name>csm::QuickOpenModel</name>
    <message>
        <source>%1 ARR</source>
        <translation>%1 ARR</translation>
    </message>
    <message>
        <source>renews %1</source>
        <translation>Verlängerung am %1</translation>
    </message>
    <message>
        <source>%1, account, health %2, %3</source>
        <translation>%1, Account, Health %2, %3</translation>
    </message>
    <message>
        <source>%1, command</source>
        <translation>%1, Befehl</translation>
    </message>
    <message>
        <source>%1, command, %2</source>
        <translation>%1, Befehl, %2</translation>
    </message>
</context>
<context>
    <name>csm::ReviewCommentDialog</name>
    <message>
        <source>Comment on %1</source>
        <translation>Kommentar zu %1</translation>
    </message>
    <message>
        <source>New review comment</source>
        <translation>Neuer Review-Kommentar</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>Der Account</translation>
    </message>
    <message>
        <source>Playbook run: %1</source>
        <translation>Playbook-Durchlauf: %1</translation>
    </message>
    <message>
        <source>What the comment is about</source>
        <translation>Worum es im Kommentar geht</translation>
    </message>
    <message>
        <source>What should the CSM know or do?</source>
        <translation>Was soll der CSM wissen oder tun?</translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation>Kommentartext</translation>
    </message>
    <message>
        <source>Comment from</source>
        <translation>Kommentar von</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Betrifft:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
</context>
<context>
    <name>csm::ReviewCommentStore</name>
    <message>
        <source>A review comment needs some text.</source>
        <translation>Ein Review-Kommentar braucht Text.</translation>
    </message>
    <message>
        <source>A review comment needs an author.</source>
        <translation>Ein Review-Kommentar braucht einen Autor.</translation>
    </message>
    <message>
        <source>A review comment needs the CRM id of its account.</source>
        <translation>Ein Review-Kommentar braucht die CRM-ID seines Accounts.</translation>
    </message>
    <message>
        <source>cannot store the review comment</source>
        <translation>der Review-Kommentar kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot read the account&apos;s review comments</source>
        <translation>die Review-Kommentare des Accounts können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the book&apos;s review comments</source>
        <translation>die Review-Kommentare des Buchs können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot remove the review comment</source>
        <translation>der Review-Kommentar kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>There is no review comment %1.</source>
        <translation>Es gibt keinen Review-Kommentar %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty; it holds no review comments.</source>
        <translation>%1 ist leer; die Datei enthält keine Review-Kommentare.</translation>
    </message>
    <message>
        <source>this is not UTF-8 text</source>
        <translation>das ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>%1 is not a review comments file (its &quot;format&quot; is not &quot;%2&quot;).</source>
        <translation>%1 ist keine Datei mit Review-Kommentaren (ihr „format“ ist nicht „%2“).</translation>
    </message>
    <message>
        <source>%1 has no valid review comments &quot;version&quot;.</source>
        <translation>%1 hat keine gültige „version“ für Review-Kommentare.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CSM Workbench (review comments version %2; this version reads up to %3). Nothing was imported.</source>
        <translation>%1 wurde von einer neueren Version von CSM Workbench geschrieben (Review-Kommentare Version %2; diese Version liest bis %3). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 has no &quot;comments&quot; list.</source>
        <translation>%1 hat keine Liste „comments“.</translation>
    </message>
    <message>
        <source>comment %1: %2</source>
        <translation>Kommentar %1: %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text that is not empty</source>
        <translation>„%1“ muss nicht leerer Text sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation>„%1“ muss Text sein</translation>
    </message>
    <message>
        <source>&quot;created_at&quot; must be a date and time like 2026-11-25T09:30:00Z</source>
        <translation>„created_at“ muss Datum und Uhrzeit wie 2026-11-25T09:30:00Z sein</translation>
    </message>
    <message>
        <source>&quot;run_id&quot; must be a whole number or null</source>
        <translation>„run_id“ muss eine ganze Zahl oder null sein</translation>
    </message>
    <message>
        <source>cannot look up the account of a review comment</source>
        <translation>der Account eines Review-Kommentars kann nicht ermittelt werden</translation>
    </message>
    <message>
        <source>cannot store a review comment</source>
        <translation>ein Review-Kommentar kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>csm::ReviewCommentsPanel</name>
    <message>
        <source>No review comments on this account yet.</source>
        <translation>Zu diesem Account gibt es noch keine Review-Kommentare.</translation>
    </message>
    <message>
        <source>Add &amp;Comment…</source>
        <translation>&amp;Kommentar hinzufügen…</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>Review-Kommentare</translation>
    </message>
    <message>
        <source>Account commented on</source>
        <translation>Kommentierter Account</translation>
    </message>
    <message>
        <source>No review comments</source>
        <translation>Keine Review-Kommentare</translation>
    </message>
    <message>
        <source>Review comments problem</source>
        <translation>Problem mit Review-Kommentaren</translation>
    </message>
    <message>
        <source>Add a review comment</source>
        <translation>Einen Review-Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Review comments on the account</source>
        <translation>Review-Kommentare zum Account</translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation>Kein Account ausgewählt</translation>
    </message>
    <message>
        <source>Comments on %1</source>
        <translation>Kommentare zu %1</translation>
    </message>
    <message>
        <source>Playbook run: %1</source>
        <translation>Playbook-Durchlauf: %1</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>Der Account</translation>
    </message>
    <message>
        <source>%1, from %2: %3</source>
        <translation>%1, von %2: %3</translation>
    </message>
    <message>
        <source>The comment was not saved: %1</source>
        <translation>Der Kommentar wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>csm::SalesforceConnector</name>
    <message>
        <source>Instance address</source>
        <translation>Instanzadresse</translation>
    </message>
    <message>
        <source>The instance_url of the org, such as https://yourcompany.my.salesforce.com</source>
        <translation>Die instance_url der Org, etwa https://yourcompany.my.salesforce.com</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>Such as v59.0</source>
        <translation>Etwa v59.0</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>For Sign In with Browser: https://login.salesforce.com, test.salesforce.com for sandboxes, or My Domain</source>
        <translation>Für „Im Browser anmelden“: https://login.salesforce.com, test.salesforce.com für Sandboxes oder My Domain</translation>
    </message>
    <message>
        <source>ARR field</source>
        <translation>ARR-Feld</translation>
    </message>
    <message>
        <source>The Account field holding ARR (API name)</source>
        <translation>Das Account-Feld mit dem ARR (API-Name)</translation>
    </message>
    <message>
        <source>Renewal date field</source>
        <translation>Feld für Verlängerungsdatum</translation>
    </message>
    <message>
        <source>An Account date field (API name)</source>
        <translation>Ein Datumsfeld von Account (API-Name)</translation>
    </message>
    <message>
        <source>Contract start field</source>
        <translation>Feld für Vertragsbeginn</translation>
    </message>
    <message>
        <source>Lifecycle stage field</source>
        <translation>Feld für Lebenszyklusphase</translation>
    </message>
    <message>
        <source>An Account field holding Onboarding, Adoption, Expansion, Renewal or Advocacy</source>
        <translation>Ein Account-Feld mit Onboarding, Adoption, Expansion, Renewal oder Advocacy</translation>
    </message>
    <message>
        <source>Currency field</source>
        <translation>Feld für Währung</translation>
    </message>
    <message>
        <source>CurrencyIsoCode in orgs with several currencies; empty: every amount is in USD</source>
        <translation>CurrencyIsoCode in Orgs mit mehreren Währungen; leer: alle Beträge in USD</translation>
    </message>
    <message>
        <source>Records per page</source>
        <translation>Datensätze pro Seite</translation>
    </message>
    <message>
        <source>200 to 2000</source>
        <translation>200 bis 2000</translation>
    </message>
    <message>
        <source>Timeout per request (ms)</source>
        <translation>Timeout pro Anfrage (ms)</translation>
    </message>
    <message>
        <source>Retries per request</source>
        <translation>Wiederholungen pro Anfrage</translation>
    </message>
    <message>
        <source>First retry after (ms)</source>
        <translation>Erste Wiederholung nach (ms)</translation>
    </message>
    <message>
        <source>Salesforce needs the org&apos;s instance address (its instance_url), such as https://yourcompany.my.salesforce.com</source>
        <translation>Salesforce braucht die Instanzadresse der Org (ihre instance_url), etwa https://yourcompany.my.salesforce.com</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) address</source>
        <translation>&apos;%1&apos; ist keine http(s)-Adresse</translation>
    </message>
    <message>
        <source>Salesforce needs an OAuth access token of a connected app</source>
        <translation>Salesforce braucht ein OAuth-Zugriffstoken einer Connected App</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce API version such as v59.0</source>
        <translation>&apos;%1&apos; ist keine Salesforce-API-Version wie v59.0</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce field&apos;s API name</source>
        <translation>&apos;%1&apos; ist kein API-Name eines Salesforce-Felds</translation>
    </message>
    <message>
        <source>Salesforce refused GET %1 (HTTP %2: %3)</source>
        <translation>Salesforce hat GET %1 abgelehnt (HTTP %2: %3)</translation>
    </message>
    <message>
        <source>Check that the fields the connection&apos;s settings name exist in this org, by their API names (such as Renewal_Date__c)</source>
        <translation>Prüfen Sie, ob die in den Einstellungen der Verbindung genannten Felder in dieser Org unter ihren API-Namen existieren (etwa Renewal_Date__c)</translation>
    </message>
    <message>
        <source>Salesforce answered %1 with something that is not a JSON object (%2 at byte %3); nothing of it was applied</source>
        <translation>Salesforce hat auf %1 mit etwas geantwortet, das kein JSON-Objekt ist (%2 bei Byte %3); nichts davon wurde übernommen</translation>
    </message>
    <message>
        <source>Salesforce answered %1 with JSON that is not a JSON object; nothing of it was applied</source>
        <translation>Salesforce hat auf %1 mit JSON geantwortet, das kein JSON-Objekt ist; nichts davon wurde übernommen</translation>
    </message>
    <message>
        <source>a record that is not a JSON object</source>
        <translation>ein Datensatz, der kein JSON-Objekt ist</translation>
    </message>
    <message>
        <source>a record without an Id</source>
        <translation>ein Datensatz ohne Id</translation>
    </message>
    <message>
        <source>its SystemModstamp &apos;%1&apos; is not a timestamp</source>
        <translation>sein SystemModstamp &apos;%1&apos; ist kein Zeitstempel</translation>
    </message>
    <message>
        <source>no name (a required field)</source>
        <translation>kein Name (ein Pflichtfeld)</translation>
    </message>
    <message>
        <source>ARR &apos;%1&apos; is not a number</source>
        <translation>ARR &apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>neither a name nor an email</source>
        <translation>weder ein Name noch eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Salesforce&apos;s answer for %1 has no list of records; nothing of it was applied</source>
        <translation>Die Antwort von Salesforce für %1 enthält keine Liste von Datensätzen; nichts davon wurde übernommen</translation>
    </message>
    <message>
        <source>Salesforce said more %1 follow but sent no nextRecordsUrl; nothing of the page was applied</source>
        <translation>Salesforce kündigte weitere %1 an, sendete aber keine nextRecordsUrl; nichts von der Seite wurde übernommen</translation>
    </message>
    <message>
        <source>Salesforce sent the next page of %1 on another host (%2); it was not followed, and nothing of the page was applied</source>
        <translation>Salesforce sendete die nächste Seite von %1 auf einem anderen Host (%2); ihr wurde nicht gefolgt, und nichts von der Seite wurde übernommen</translation>
    </message>
    <message>
        <source>Salesforce write-back covers accounts only</source>
        <translation>Das Zurückschreiben nach Salesforce umfasst nur Accounts</translation>
    </message>
    <message>
        <source>Create the custom fields %1 on Account in Salesforce Setup (Object Manager, Account, Fields &amp; Relationships) and give the connected app&apos;s user access to them; the REST API cannot create fields.</source>
        <translation>Legen Sie die benutzerdefinierten Felder %1 am Account im Salesforce-Setup an (Objekt-Manager, Account, Felder und Beziehungen) und geben Sie dem Benutzer der Connected App Zugriff darauf; die REST-API kann keine Felder anlegen.</translation>
    </message>
    <message>
        <source>Salesforce has no field for %1</source>
        <translation>Salesforce hat kein Feld für %1</translation>
    </message>
    <message>
        <source>Salesforce refused PATCH %1 (HTTP %2: %3)</source>
        <translation>Salesforce hat PATCH %1 abgelehnt (HTTP %2: %3)</translation>
    </message>
    <message>
        <source>Salesforce answered %1 with something that is not a JSON array of results; whether the updates were written is unknown</source>
        <translation>Salesforce hat auf %1 mit etwas geantwortet, das kein JSON-Array von Ergebnissen ist; ob die Aktualisierungen geschrieben wurden, ist unbekannt</translation>
    </message>
    <message>
        <source>no result for it</source>
        <translation>kein Ergebnis dafür</translation>
    </message>
    <message>
        <source>Salesforce did not take it: %1</source>
        <translation>Salesforce hat es nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Salesforce did not take %1 of the %2 updates: %3</source>
        <translation>Salesforce hat %1 der %2 Aktualisierungen nicht übernommen: %3</translation>
    </message>
</context>
<context>
    <name>csm::SecretStore</name>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The keychain did not take the token (%1); it is kept until the app closes and must be entered again after that</source>
        <translation>Der Schlüsselbund hat das Token nicht angenommen (%1); es bleibt bis zum Schließen der App erhalten und muss danach erneut eingegeben werden</translation>
    </message>
    <message>
        <source>The keychain could not remove the token: %1</source>
        <translation>Der Schlüsselbund konnte das Token nicht entfernen: %1</translation>
    </message>
</context>
<context>
    <name>csm::SegmentCommand</name>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Return %1 to automatic segment</source>
        <translation>%1 auf automatisches Segment zurücksetzen</translation>
    </message>
</context>
<context>
    <name>csm::SegmentationRulesDialog</name>
    <message>
        <source>Segmentation Rules</source>
        <translation>Segmentierungsregeln</translation>
    </message>
</context>
<context>
    <name>csm::SegmentationRulesEditor</name>
    <message>
        <source>By share of the book, ranked by ARR</source>
        <translation>Nach Anteil am Buch, sortiert nach ARR</translation>
    </message>
    <message>
        <source>By ARR thresholds</source>
        <translation>Nach ARR-Schwellenwerten</translation>
    </message>
    <message>
        <source>High-touch share</source>
        <translation>Anteil High-touch</translation>
    </message>
    <message>
        <source>Mid-touch share</source>
        <translation>Anteil Mid-touch</translation>
    </message>
    <message>
        <source>High-touch minimum ARR</source>
        <translation>Mindest-ARR High-touch</translation>
    </message>
    <message>
        <source>Mid-touch minimum ARR</source>
        <translation>Mindest-ARR Mid-touch</translation>
    </message>
    <message>
        <source>High-touch: top</source>
        <translation>High-touch: die obersten</translation>
    </message>
    <message>
        <source>Mid-touch: next</source>
        <translation>Mid-touch: die nächsten</translation>
    </message>
    <message>
        <source>Tech-touch: the rest.</source>
        <translation>Tech-touch: der Rest.</translation>
    </message>
    <message>
        <source>High-touch from ARR</source>
        <translation>High-touch ab ARR</translation>
    </message>
    <message>
        <source>Mid-touch from ARR</source>
        <translation>Mid-touch ab ARR</translation>
    </message>
    <message>
        <source>Accounts with a segment set by hand keep it.</source>
        <translation>Accounts mit manuell gesetztem Segment behalten es.</translation>
    </message>
</context>
<context>
    <name>csm::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Settings of the app, whichever book is open.</source>
        <translation>Einstellungen der App, unabhängig davon, welches Buch geöffnet ist.</translation>
    </message>
    <message>
        <source>CRM Connections</source>
        <translation>CRM-Verbindungen</translation>
    </message>
    <message>
        <source>The CRMs this book syncs with: where each one is, and when it last synced.</source>
        <translation>Die CRMs, mit denen dieses Buch synchronisiert: wo sich jedes befindet und wann es zuletzt synchronisiert wurde.</translation>
    </message>
    <message>
        <source>Open a book to edit its segment rules: each book keeps its own.</source>
        <translation>Öffnen Sie ein Buch, um seine Segmentierungsregeln zu bearbeiten: Jedes Buch hat seine eigenen.</translation>
    </message>
    <message>
        <source>Open a book to edit its health model and bands: each book keeps its own.</source>
        <translation>Öffnen Sie ein Buch, um sein Health-Modell und seine Ampelgrenzen zu bearbeiten: Jedes Buch hat seine eigenen.</translation>
    </message>
    <message>
        <source>Open a book to see and edit its CRM connections: each book keeps its own.</source>
        <translation>Öffnen Sie ein Buch, um seine CRM-Verbindungen zu sehen und zu bearbeiten: Jedes Buch hat seine eigenen.</translation>
    </message>
    <message>
        <source>This book is open read-only (a team member&apos;s book): its segment rules are shown but cannot be changed.</source>
        <translation>Dieses Buch ist schreibgeschützt geöffnet (das Buch eines Teammitglieds): Seine Segmentierungsregeln werden angezeigt, können aber nicht geändert werden.</translation>
    </message>
    <message>
        <source>This book is open read-only (a team member&apos;s book): its health model is shown but cannot be changed.</source>
        <translation>Dieses Buch ist schreibgeschützt geöffnet (das Buch eines Teammitglieds): Sein Health-Modell wird angezeigt, kann aber nicht geändert werden.</translation>
    </message>
    <message>
        <source>This book is open read-only (a team member&apos;s book): its CRM connections are shown but cannot be changed.</source>
        <translation>Dieses Buch ist schreibgeschützt geöffnet (das Buch eines Teammitglieds): Seine CRM-Verbindungen werden angezeigt, können aber nicht geändert werden.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>How the accounts of this book are split into high-, mid- and tech-touch. Saving recomputes every segment not set by hand.</source>
        <translation>Wie die Accounts dieses Buchs auf High-touch, Mid-touch und Tech-touch aufgeteilt werden. Beim Speichern wird jedes nicht manuell gesetzte Segment neu berechnet.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>The measures, weights and bands that score this book&apos;s accounts, with the effect of a change before it is saved. Saving rescores every account.</source>
        <translation>Die Kennzahlen, Gewichtungen und Ampelgrenzen, mit denen die Accounts dieses Buchs bewertet werden, samt der Auswirkung einer Änderung vor dem Speichern. Beim Speichern werden alle Accounts neu bewertet.</translation>
    </message>
    <message>
        <source>The book was closed.</source>
        <translation>Das Buch wurde geschlossen.</translation>
    </message>
    <message>
        <source>The book is busy with another task (see the status bar); press OK again when it has finished.</source>
        <translation>Das Buch ist mit einer anderen Aufgabe beschäftigt (siehe Statusleiste); drücken Sie erneut OK, wenn sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Copy the book</source>
        <translation>Buch kopieren</translation>
    </message>
    <message>
        <source>Copied the book to %1; it opens there the next time CSM Workbench starts.</source>
        <translation>Das Buch wurde nach %1 kopiert; es wird dort beim nächsten Start von CSM Workbench geöffnet.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) changed segment</source>
        <translation>
            <numerusform>%n Account hat das Segment gewechselt</numerusform>
            <numerusform>%n Accounts haben das Segment gewechselt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) changed health band</source>
        <translation>
            <numerusform>%n Account hat die Ampelfarbe gewechselt</numerusform>
            <numerusform>%n Accounts haben die Ampelfarbe gewechselt</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved: %1.</source>
        <translation>Einstellungen gespeichert: %1.</translation>
    </message>
</context>
<context>
    <name>csm::SettingsPage</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>csm::SyncController</name>
    <message>
        <source>C&amp;RM</source>
        <translation>C&amp;RM</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Pull what changed in the CRM and write back what changed here</source>
        <translation>Änderungen aus dem CRM abrufen und hier vorgenommene Änderungen zurückschreiben</translation>
    </message>
    <message>
        <source>&amp;Connections and Sync Log…</source>
        <translation>&amp;Verbindungen und Sync-Protokoll…</translation>
    </message>
    <message>
        <source>Review C&amp;onflicts…</source>
        <translation>&amp;Konflikte prüfen…</translation>
    </message>
    <message>
        <source>Show &amp;My Accounts Only</source>
        <translation>Nur &amp;meine Accounts anzeigen</translation>
    </message>
    <message>
        <source>Choose Who I &amp;Am…</source>
        <translation>Festlegen, &amp;wer ich bin…</translation>
    </message>
    <message>
        <source>My Accounts</source>
        <translation>Meine Accounts</translation>
    </message>
    <message>
        <source>Which owner are you?</source>
        <translation>Welcher Verantwortliche sind Sie?</translation>
    </message>
</context>
<context>
    <name>csm::SyncDialog</name>
    <message>
        <source>Owners</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>CRM Sync</source>
        <translation>CRM-Sync</translation>
    </message>
    <message>
        <source>C&amp;onnection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>CRM connection</source>
        <translation>CRM-Verbindung</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Cancel Sync</source>
        <translation>Sync abbrechen</translation>
    </message>
    <message>
        <source>%1 synced</source>
        <translation>%1 synchronisiert</translation>
    </message>
    <message>
        <source>Sync runs</source>
        <translation>Sync-Läufe</translation>
    </message>
    <message>
        <source>Records skipped by the run</source>
        <translation>Vom Lauf übersprungene Datensätze</translation>
    </message>
    <message>
        <source>Sync &amp;Log</source>
        <translation>Sync-&amp;Protokoll</translation>
    </message>
    <message>
        <source>Fields the CRM owns that were edited here. They are written to the CRM by the next sync, unless the CRM changed them too: then choose which value stays.</source>
        <translation>Felder, die dem CRM gehören und hier bearbeitet wurden. Die nächste Synchronisierung schreibt sie ins CRM, es sei denn, das CRM hat sie ebenfalls geändert: Wählen Sie dann, welcher Wert bleibt.</translation>
    </message>
    <message>
        <source>Edits and conflicts</source>
        <translation>Änderungen und Konflikte</translation>
    </message>
    <message>
        <source>&amp;Keep Your Value</source>
        <translation>&amp;Ihren Wert behalten</translation>
    </message>
    <message>
        <source>The next sync writes your value to the CRM</source>
        <translation>Die nächste Synchronisierung schreibt Ihren Wert ins CRM</translation>
    </message>
    <message>
        <source>&amp;Take the CRM&apos;s Value</source>
        <translation>CRM-Wert über&amp;nehmen</translation>
    </message>
    <message>
        <source>Your value is replaced by the CRM&apos;s</source>
        <translation>Ihr Wert wird durch den des CRM ersetzt</translation>
    </message>
    <message>
        <source>&amp;Go to Account</source>
        <translation>Zum &amp;Account</translation>
    </message>
    <message>
        <source>&amp;Conflicts and Edits</source>
        <translation>&amp;Konflikte und Änderungen</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1) and Edits</source>
        <translation>&amp;Konflikte (%1) und Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) skipped:</source>
        <translation>
            <numerusform>%n Datensatz übersprungen:</numerusform>
            <numerusform>%n Datensätze übersprungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Withdraw Your Edit</source>
        <translation>Ihre Änderung &amp;zurückziehen</translation>
    </message>
    <message>
        <source>Add a CRM connection first.</source>
        <translation>Fügen Sie zuerst eine CRM-Verbindung hinzu.</translation>
    </message>
    <message>
        <source>The connector &apos;%1&apos; is not installed.</source>
        <translation>Der Connector &apos;%1&apos; ist nicht installiert.</translation>
    </message>
    <message>
        <source>Reading the token from the keychain…</source>
        <translation>Token wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>No token is stored for %1: edit the connection to enter it.</source>
        <translation>Für %1 ist kein Token gespeichert: Bearbeiten Sie die Verbindung, um es einzugeben.</translation>
    </message>
    <message>
        <source>The book is busy; sync when the current work is done.</source>
        <translation>Das Buch ist beschäftigt; synchronisieren Sie, wenn die aktuelle Arbeit erledigt ist.</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>%1 wird synchronisiert…</translation>
    </message>
    <message>
        <source>Synced: %1 created, %2 updated, %3 deleted, %4 skipped, %5 written back, %6 conflicts.</source>
        <translation>Synchronisiert: %1 angelegt, %2 aktualisiert, %3 gelöscht, %4 übersprungen, %5 zurückgeschrieben, %6 Konflikte.</translation>
    </message>
    <message>
        <source>Cancelling after the page being stored…</source>
        <translation>Abbruch nach der gerade gespeicherten Seite…</translation>
    </message>
    <message>
        <source>CRM Connection</source>
        <translation>CRM-Verbindung</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection %1, its sync log and its token? The accounts it brought stay in the book.</source>
        <translation>Die Verbindung %1, ihr Sync-Protokoll und ihr Token entfernen? Die Accounts, die sie gebracht hat, bleiben im Buch.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Your value stays; the next sync writes it to the CRM.</source>
        <translation>Ihr Wert bleibt; die nächste Synchronisierung schreibt ihn ins CRM.</translation>
    </message>
    <message>
        <source>The CRM&apos;s value is back.</source>
        <translation>Der Wert des CRM ist wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>csm::SyncEngine</name>
    <message>
        <source>Cancelled; every page applied so far is kept and the next sync goes on from there.</source>
        <translation>Abgebrochen; jede bisher übernommene Seite bleibt erhalten, und die nächste Synchronisierung macht dort weiter.</translation>
    </message>
    <message>
        <source>%1 (while reading %2)</source>
        <translation>%1 (beim Lesen von %2)</translation>
    </message>
    <message>
        <source>Could not store a page of %1: %2</source>
        <translation>Eine Seite von %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not apply the records that waited for their company: %1</source>
        <translation>Die Datensätze, die auf ihr Unternehmen warteten, konnten nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>Synced, but the segments could not be recomputed: %1</source>
        <translation>Synchronisiert, aber die Segmente konnten nicht neu berechnet werden: %1</translation>
    </message>
    <message>
        <source>Cancelled while writing back; every change pulled is kept, and what was not written yet is written by the next sync.</source>
        <translation>Beim Zurückschreiben abgebrochen; alle abgerufenen Änderungen bleiben erhalten, und was noch nicht geschrieben wurde, schreibt die nächste Synchronisierung.</translation>
    </message>
    <message>
        <source>Pulled every change, but writing back failed: %1</source>
        <translation>Alle Änderungen abgerufen, aber das Zurückschreiben ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>could not read the book&apos;s CRM ids: %1</source>
        <translation>die CRM-IDs des Buchs konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>company %1: %2</source>
        <translation>Unternehmen %1: %2</translation>
    </message>
    <message>
        <source>not associated with a company</source>
        <translation>keinem Unternehmen zugeordnet</translation>
    </message>
    <message>
        <source>its company %1 is not in the book yet; kept, and applied when the company arrives</source>
        <translation>sein Unternehmen %1 ist noch nicht im Buch; aufbewahrt und übernommen, sobald das Unternehmen eintrifft</translation>
    </message>
    <message>
        <source>contact %1: %2</source>
        <translation>Kontakt %1: %2</translation>
    </message>
    <message>
        <source>deal %1: %2</source>
        <translation>Deal %1: %2</translation>
    </message>
    <message>
        <source>the owner &apos;%1&apos; is not a user of the CRM; the edit waits</source>
        <translation>der Verantwortliche &apos;%1&apos; ist kein Benutzer des CRM; die Änderung wartet</translation>
    </message>
    <message>
        <source>cancelled while writing back; what was written is remembered</source>
        <translation>beim Zurückschreiben abgebrochen; was geschrieben wurde, bleibt vermerkt</translation>
    </message>
    <message>
        <source>Could not store the last pages read: %1</source>
        <translation>Die zuletzt gelesenen Seiten konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>csm::SyncIssuesModel</name>
    <message>
        <source>Owner</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(keine ID)</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Datensatztyp</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM-ID</translation>
    </message>
    <message>
        <source>Why it was skipped</source>
        <translation>Grund für das Überspringen</translation>
    </message>
</context>
<context>
    <name>csm::SyncJob</name>
    <message>
        <source>Syncing %1</source>
        <translation>%1 wird synchronisiert</translation>
    </message>
    <message>
        <source>The book was closed during the sync; every page stored is kept.</source>
        <translation>Das Buch wurde während der Synchronisierung geschlossen; jede gespeicherte Seite bleibt erhalten.</translation>
    </message>
    <message>
        <source>The connector &apos;%1&apos; is not installed</source>
        <translation>Der Connector &apos;%1&apos; ist nicht installiert</translation>
    </message>
    <message>
        <source>Synced %1: %2 created, %3 updated, %4 deleted, %5 skipped, %6 written back, %7 conflicts</source>
        <translation>%1 synchronisiert: %2 angelegt, %3 aktualisiert, %4 gelöscht, %5 übersprungen, %6 zurückgeschrieben, %7 Konflikte</translation>
    </message>
</context>
<context>
    <name>csm::SyncRunsModel</name>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Running or interrupted</source>
        <translation>Läuft oder unterbrochen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Written back</source>
        <translation>Zurückgeschrieben</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>csm::TeamBooksModel</name>
    <message>
        <source>Not opened</source>
        <translation>Nicht geöffnet</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>csm::TicketTrendChart</name>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Support tickets opened per month by priority</source>
        <translation>Pro Monat eröffnete Support-Tickets nach Priorität</translation>
    </message>
    <message>
        <source>No tickets in the last six months</source>
        <translation>Keine Tickets in den letzten sechs Monaten</translation>
    </message>
</context>
<context>
    <name>csm::TimelineView</name>
    <message>
        <source>Account timeline</source>
        <translation>Zeitleiste des Accounts</translation>
    </message>
    <message>
        <source>Timeline entries</source>
        <translation>Einträge der Zeitleiste</translation>
    </message>
</context>
<context>
    <name>csm::TodayModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Playbook: %1</source>
        <translation>Playbook: %1</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>Meeting: %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
</context>
<context>
    <name>csm::TodayView</name>
    <message>
        <source>&amp;Open Account</source>
        <translation>Account ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Als erledigt &amp;markieren</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Due today and overdue</source>
        <translation>Heute fällig und überfällig</translation>
    </message>
    <message>
        <source>And the next 7 days</source>
        <translation>Und die nächsten 7 Tage</translation>
    </message>
    <message>
        <source>And the next 30 days</source>
        <translation>Und die nächsten 30 Tage</translation>
    </message>
    <message>
        <source>How far ahead</source>
        <translation>Wie weit voraus</translation>
    </message>
    <message>
        <source>Due and overdue work</source>
        <translation>Fällige und überfällige Aufgaben</translation>
    </message>
    <message>
        <source>Mark the selected item done (Ctrl+D); Edit ▸ Undo takes it back</source>
        <translation>Ausgewählten Eintrag als erledigt markieren (Strg+D); Bearbeiten ▸ Rückgängig nimmt das zurück</translation>
    </message>
    <message>
        <source>Could not read what is due: %1</source>
        <translation>Fällige Einträge konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No book is open.</source>
        <translation>Kein Buch geöffnet.</translation>
    </message>
    <message>
        <source>Nothing due. Well done.</source>
        <translation>Nichts fällig. Gut gemacht.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due</source>
        <translation>
            <numerusform>%n Eintrag fällig</numerusform>
            <numerusform>%n Einträge fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::UsageChart</name>
    <message>
        <source>Usage trend: active users and licensed seats</source>
        <translation>Nutzungstrend: aktive Nutzer und Lizenzen</translation>
    </message>
    <message>
        <source>No usage recorded</source>
        <translation>Keine Nutzung erfasst</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Aktive Nutzer</translation>
    </message>
    <message>
        <source>Licensed seats</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Week of %1: %2 active of %3 seats</source>
        <translation>Woche vom %1: %2 von %3 Lizenzen aktiv</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format of the time axis: day and short month</comment>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>csm::UserGuideDialog</name>
    <message>
        <source>CSM Workbench User Guide</source>
        <translation>CSM Workbench – Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation>&amp;Anfang</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorherige</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Screenshot</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A workbench for customer success managers.</source>
        <translation>Eine Workbench für Customer Success Manager.</translation>
    </message>
    <message>
        <source>Open the book at &lt;path&gt;.</source>
        <translation>Das Buch unter &lt;path&gt; öffnen.</translation>
    </message>
    <message>
        <source>Do not offer the demo book.</source>
        <translation>Das Demo-Buch nicht anbieten.</translation>
    </message>
    <message>
        <source>CSM Workbench</source>
        <translation>CSM Workbench</translation>
    </message>
    <message>
        <source>Could not open the book:
%1</source>
        <translation>Das Buch konnte nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <source>Show the app in &lt;language&gt; (%1) for this run; Edit ▸ Settings keeps a choice.</source>
        <translation>Die App bei diesem Start in &lt;language&gt; (%1) anzeigen; Bearbeiten ▸ Einstellungen merkt sich eine Wahl.</translation>
    </message>
    <message>
        <source>There is no translation into &apos;%1&apos;; choose one of %2.</source>
        <translation>Es gibt keine Übersetzung in „%1“; wählen Sie eine aus %2.</translation>
    </message>
    <message>
        <source>Could not open the book chosen in Settings:
%1

The book in the app&apos;s own folder opens instead.</source>
        <translation>Das in den Einstellungen gewählte Buch konnte nicht geöffnet werden:
%1

Stattdessen wird das Buch im eigenen Ordner der App geöffnet.</translation>
    </message>
</context>
</TS>
