<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>bb::ClusterView</name>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>power loss on node %1</source>
        <translation>Stromausfall auf Knoten %1</translation>
    </message>
    <message>
        <source>crash node %1</source>
        <translation>Knoten %1 abstürzen lassen</translation>
    </message>
    <message>
        <source>restart node %1</source>
        <translation>Knoten %1 neu starten</translation>
    </message>
    <message>
        <source>isolate node %1</source>
        <translation>Knoten %1 isolieren</translation>
    </message>
    <message>
        <source>reconnect node %1</source>
        <translation>Knoten %1 wieder verbinden</translation>
    </message>
    <message>
        <source>%1 of %2 up</source>
        <translation>%1 von %2 laufen</translation>
    </message>
    <message>
        <source>1 topic</source>
        <translation>1 Topic</translation>
    </message>
    <message>
        <source>%1 topics</source>
        <translation>%1 Topics</translation>
    </message>
    <message>
        <source>%1 in %2 · %3 under-replicated · %4 offline</source>
        <translation>%1 in %2 · %3 unterrepliziert · %4 offline</translation>
    </message>
    <message>
        <source>1 partition</source>
        <translation>1 Partition</translation>
    </message>
    <message>
        <source>%1 partitions</source>
        <translation>%1 Partitionen</translation>
    </message>
</context>
<context>
    <name>bb::EventLogModel</name>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>bb::EventLogView</name>
    <message>
        <source>Filter events (node, partition, word)</source>
        <translation>Ereignisse filtern (Knoten, Partition, Wort)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source></source>
        <comment>The event sentences in the log come from the engine (core) and stay in English: they are the same words the command line prints and the docs quote. Only the view around them (filter, counts, columns) is translated.</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>bb::Format</name>
    <message>
        <source>%1T</source>
        <translation>%1T</translation>
    </message>
    <message>
        <source>%1G</source>
        <translation>%1G</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1M</translation>
    </message>
    <message>
        <source>%1k</source>
        <translation>%1k</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 Datensatz</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 Datensätze</translation>
    </message>
    <message>
        <source>%1 rec/s</source>
        <translation>%1 Datensätze/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1x</source>
        <comment>speed: virtual seconds per wall-clock second</comment>
        <translation>%1×</translation>
    </message>
</context>
<context>
    <name>bb::GroupTableModel</name>
    <message>
        <source>No members: the group keeps its committed offsets until a consumer joins again.</source>
        <translation>Keine Mitglieder: Die Gruppe behält ihre festgeschriebenen Offsets, bis wieder ein Consumer beitritt.</translation>
    </message>
    <message>
        <source>%1 (leader)</source>
        <translation>%1 (Leader)</translation>
    </message>
    <message>
        <source>%1: no partitions</source>
        <translation>%1: keine Partitionen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Lag to the last stable offset (read_committed):</source>
        <translation>Rückstand zum letzten stabilen Offset (read_committed):</translation>
    </message>
    <message>
        <source>Lag to the high watermark:</source>
        <translation>Rückstand zur High Watermark:</translation>
    </message>
    <message>
        <source>%1: unknown, the partition is offline</source>
        <translation>%1: unbekannt, die Partition ist offline</translation>
    </message>
    <message>
        <source>%1: %2 (nothing committed: from the log start)</source>
        <translation>%1: %2 (nichts festgeschrieben: ab dem Log-Start)</translation>
    </message>
    <message>
        <source>%1: %2 (committed %3)</source>
        <translation>%1: %2 (festgeschrieben %3)</translation>
    </message>
    <message>
        <source>No members.</source>
        <translation>Keine Mitglieder.</translation>
    </message>
    <message>
        <source>Waiting for the members to join the next generation; nobody consumes meanwhile.</source>
        <translation>Wartet, bis die Mitglieder der nächsten Generation beitreten; solange liest niemand.</translation>
    </message>
    <message>
        <source>Waiting for the leader&apos;s assignment (SyncGroup).</source>
        <translation>Wartet auf die Zuteilung durch den Leader (SyncGroup).</translation>
    </message>
    <message>
        <source>Every member has its partitions of generation %1.</source>
        <translation>Jedes Mitglied hat seine Partitionen der Generation %1.</translation>
    </message>
    <message>
        <source>Bumps on every rebalance; a commit from an older generation is refused.</source>
        <translation>Steigt bei jedem Rebalance; ein Commit aus einer älteren Generation wird abgelehnt.</translation>
    </message>
    <message>
        <source>Records below the high watermark (the last stable offset for read_committed) the group has not committed, over its partitions.</source>
        <translation>Datensätze unter der High Watermark (bei read_committed dem letzten stabilen Offset), die die Gruppe noch nicht festgeschrieben hat, über alle ihre Partitionen.</translation>
    </message>
    <message>
        <source>Records handed to the group&apos;s consumers per second.</source>
        <translation>An die Consumer der Gruppe übergebene Datensätze pro Sekunde.</translation>
    </message>
    <message>
        <source>End-to-end latency, record timestamp to delivery to the consumer, since the run began.</source>
        <translation>Ende-zu-Ende-Latenz, vom Zeitstempel des Datensatzes bis zur Zustellung an den Consumer, seit Beginn des Laufs.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Assignor</source>
        <translation>Zuteiler</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>End-to-end p50</source>
        <translation>Ende-zu-Ende p50</translation>
    </message>
    <message>
        <source>End-to-end p99</source>
        <translation>Ende-zu-Ende p99</translation>
    </message>
</context>
<context>
    <name>bb::HeaderTableModel</name>
    <message>
        <source>(name)</source>
        <translation>(Name)</translation>
    </message>
    <message>
        <source>Header name; a row without one is not sent</source>
        <translation>Name des Headers; eine Zeile ohne Namen wird nicht gesendet</translation>
    </message>
    <message>
        <source>Header value; {n} becomes the record&apos;s number</source>
        <translation>Wert des Headers; {n} wird zur Nummer des Datensatzes</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>bb::LogStripView</name>
    <message>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>in ISR</source>
        <translation>im ISR</translation>
    </message>
    <message>
        <source>out of ISR</source>
        <translation>nicht im ISR</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>%1 · lag %2</source>
        <translation>%1 · Rückstand %2</translation>
    </message>
    <message>
        <source>No partitions yet</source>
        <translation>Noch keine Partitionen</translation>
    </message>
    <message>
        <source>HW %1 · LEO %2</source>
        <translation>HW %1 · LEO %2</translation>
    </message>
    <message>
        <source>offline: no leader</source>
        <translation>offline: kein Leader</translation>
    </message>
    <message>
        <source>leader %1 · epoch %2</source>
        <translation>Leader %1 · Epoche %2</translation>
    </message>
    <message>
        <source>%1 on node %2: the node is down</source>
        <translation>%1 auf Knoten %2: Der Knoten ist ausgefallen</translation>
    </message>
    <message>
        <source>follower, in the ISR</source>
        <translation>Follower, im ISR</translation>
    </message>
    <message>
        <source>follower, out of the ISR</source>
        <translation>Follower, nicht im ISR</translation>
    </message>
    <message>
        <source>%1 on node %2: %3</source>
        <translation>%1 auf Knoten %2: %3</translation>
    </message>
    <message>
        <source>Log start offset: %1</source>
        <translation>Log-Start-Offset: %1</translation>
    </message>
    <message>
        <source>High watermark: %1</source>
        <translation>High Watermark: %1</translation>
    </message>
    <message>
        <source>Log end offset: %1</source>
        <translation>Log-End-Offset: %1</translation>
    </message>
    <message>
        <source>Not yet committed: %1 records</source>
        <translation>Noch nicht festgeschrieben: %1 Datensätze</translation>
    </message>
    <message>
        <source>Behind the leader: %1 records</source>
        <translation>Hinter dem Leader: %1 Datensätze</translation>
    </message>
    <message>
        <source>Group %1 committed offset %2 on %3</source>
        <translation>Gruppe %1 hat Offset %2 auf %3 festgeschrieben</translation>
    </message>
    <message>
        <source>Last stable offset of %1: %2</source>
        <translation>Letzter stabiler Offset von %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>Lag: %1 records</source>
        <translation>Rückstand: %1 Datensätze</translation>
    </message>
    <message>
        <source>%1 is offline: no replica can lead it</source>
        <translation>%1 ist offline: Kein Replikat kann sie führen</translation>
    </message>
    <message>
        <source>%1: leader node %2 in leader epoch %3, ISR %4
Log start %5 · high watermark %6 · log end %7</source>
        <translation>%1: Leader Knoten %2 in Leader-Epoche %3, ISR %4
Log-Start %5 · High Watermark %6 · Log-Ende %7</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
</context>
<context>
    <name>bb::MainWindow</name>
    <message>
        <source>Injected: %1</source>
        <translation>Ausgelöst: %1</translation>
    </message>
    <message>
        <source>Cannot Open Scenario</source>
        <translation>Szenario kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Partition Logs</source>
        <translation>Partitions-Logs</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Virtual time 00:00.000</source>
        <translation>Virtuelle Zeit 00:00.000</translation>
    </message>
    <message>
        <source>Virtual time since the scenario started</source>
        <translation>Virtuelle Zeit seit dem Start des Szenarios</translation>
    </message>
    <message>
        <source>Records appended by the partition leaders, all topics</source>
        <translation>Von den Partitions-Leadern angehängte Datensätze, alle Topics</translation>
    </message>
    <message>
        <source>Seed and trace hash: the same scenario, seed and faults give the same trace</source>
        <translation>Seed und Trace-Hash: Gleiches Szenario, gleicher Seed und gleiche Fehler ergeben denselben Ablauf</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Flat out</source>
        <translation>Vollgas</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Virtual time %1</source>
        <translation>Virtuelle Zeit %1</translation>
    </message>
    <message>
        <source>Speed %1</source>
        <translation>Tempo %1</translation>
    </message>
    <message>
        <source>flat out</source>
        <translation>Vollgas</translation>
    </message>
    <message>
        <source>Speed %1 (%2 achieved)</source>
        <translation>Tempo %1 (%2 erreicht)</translation>
    </message>
    <message>
        <source>Throughput %1</source>
        <translation>Durchsatz %1</translation>
    </message>
    <message>
        <source>Seed %1 · trace %2</source>
        <translation>Seed %1 · Trace %2</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>S&amp;tep 100 ms</source>
        <translation>Schri&amp;tt 100 ms</translation>
    </message>
    <message>
        <source>Advance virtual time by 100 ms (F10); only while paused</source>
        <translation>Virtuelle Zeit um 100 ms vorrücken (F10); nur im angehaltenen Zustand</translation>
    </message>
    <message>
        <source>&amp;Restart (Same Seed)</source>
        <translation>&amp;Neu starten (gleicher Seed)</translation>
    </message>
    <message>
        <source>Start the scenario over with the same seed: the same events happen again (Ctrl+R)</source>
        <translation>Das Szenario mit demselben Seed neu beginnen: Dieselben Ereignisse geschehen erneut (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;Flat Out</source>
        <translation>&amp;Vollgas</translation>
    </message>
    <message>
        <source>Run as fast as the CPU allows, ignoring the speed (Ctrl+F)</source>
        <translation>So schnell laufen, wie die CPU erlaubt, ohne Rücksicht auf das Tempo (Strg+F)</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>Sch&amp;neller</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>&amp;Langsamer</translation>
    </message>
    <message>
        <source>Scenario &amp;Gallery...</source>
        <translation>Szenario-&amp;Galerie...</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <source>Pick a bundled scenario, each with what it teaches (Ctrl+G)</source>
        <translation>Ein mitgeliefertes Szenario wählen, jedes mit dem, was es zeigt (Strg+G)</translation>
    </message>
    <message>
        <source>&amp;About Brokerbench</source>
        <translation>Über &amp;Brokerbench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>&amp;Tempo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Virtual seconds per wall-clock second ([ and ] change it)</source>
        <translation>Virtuelle Sekunden pro realer Sekunde ([ und ] ändern es)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Run the simulation (Space)</source>
        <translation>Die Simulation starten (Leertaste)</translation>
    </message>
    <message>
        <source>Pause the simulation (Space)</source>
        <translation>Die Simulation anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>About Brokerbench</source>
        <translation>Über Brokerbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Brokerbench %1&lt;/h3&gt;&lt;p&gt;A desktop workbench with a replicated message broker inside: several broker nodes run in-process on a deterministic simulated network, so you can crash a node, cut a link, and watch partitions, ISRs and offsets react.&lt;/p&gt;&lt;p&gt;Kafka&apos;s log semantics are the reference; where Brokerbench simplifies (for instance, the controller is never faulted), the documentation says so.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Brokerbench %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Werkbank mit einem replizierten Message-Broker darin: Mehrere Broker-Knoten laufen im selben Prozess auf einem deterministisch simulierten Netzwerk, sodass Sie einen Knoten abstürzen lassen, eine Verbindung kappen und zusehen können, wie Partitionen, ISRs und Offsets reagieren.&lt;/p&gt;&lt;p&gt;Die Log-Semantik von Kafka ist die Referenz; wo Brokerbench vereinfacht (zum Beispiel fällt der Controller nie aus), sagt es die Dokumentation.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New Workbench</source>
        <translation>&amp;Neue Workbench</translation>
    </message>
    <message>
        <source>Start over on the default scenario</source>
        <translation>Mit dem Standardszenario neu beginnen</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open a workbench file (.bbench)</source>
        <translation>Eine Workbench-Datei öffnen (.bbench)</translation>
    </message>
    <message>
        <source>Open Workbench</source>
        <translation>Workbench öffnen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the scenario, the window layout and the lab results</source>
        <translation>Szenario, Fensteranordnung und Laborergebnisse speichern</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <source>&amp;Import Scenario File...</source>
        <translation>Szenario-Datei &amp;importieren...</translation>
    </message>
    <message>
        <source>Put a scenario from a JSON file into this workbench</source>
        <translation>Ein Szenario aus einer JSON-Datei in diese Workbench übernehmen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The scenario changed since the workbench was last saved.</source>
        <translation>Das Szenario wurde seit dem letzten Speichern der Workbench geändert.</translation>
    </message>
    <message>
        <source>No recent workbenches</source>
        <translation>Keine zuletzt geöffneten Workbenches</translation>
    </message>
    <message>
        <source>Removed, no longer found: %1</source>
        <translation>Entfernt, nicht mehr gefunden: %1</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Save the changes to the workbench &quot;%1&quot;?</source>
        <translation>Die Änderungen an der Workbench „%1“ speichern?</translation>
    </message>
    <message>
        <source>Cannot Start a New Workbench</source>
        <translation>Neue Workbench kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>Cannot Open Workbench</source>
        <translation>Workbench kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The scenario in &quot;%1&quot; cannot run: %2</source>
        <translation>Das Szenario in „%1“ kann nicht laufen: %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot Save Workbench</source>
        <translation>Workbench kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Workbench As</source>
        <translation>Workbench speichern unter</translation>
    </message>
    <message>
        <source>Import Scenario</source>
        <translation>Szenario importieren</translation>
    </message>
    <message>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>Szenario-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Import Scenario</source>
        <translation>Szenario kann nicht importiert werden</translation>
    </message>
    <message>
        <source>%1[*] - %2 - Brokerbench</source>
        <translation>%1[*] - %2 - Brokerbench</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Voreinstellungen...</translation>
    </message>
    <message>
        <source></source>
        <comment>Error sentences from the engine and from file loading (core), shown in message boxes and the status bar, stay in English; so do the names of bundled scenarios.</comment>
        <translation></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
</context>
<context>
    <name>bb::MessageBrowser</name>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>Filter by key or value text</source>
        <translation>Nach Text in Schlüssel oder Wert filtern</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Jump to an offset, or to the first record at or after a virtual time</source>
        <translation>Zu einem Offset springen oder zum ersten Datensatz ab einer virtuellen Zeit</translation>
    </message>
    <message>
        <source>e.g. 1200</source>
        <translation>z. B. 1200</translation>
    </message>
    <message>
        <source>e.g. 12.5</source>
        <translation>z. B. 12,5</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <source>The oldest records still in the log (Ctrl+Home)</source>
        <translation>Die ältesten Datensätze, die noch im Log sind (Strg+Pos1)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorherige</translation>
    </message>
    <message>
        <source>The page before this one (Ctrl+Page Up)</source>
        <translation>Die Seite vor dieser (Strg+Bild auf)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>The page after this one (Ctrl+Page Down)</source>
        <translation>Die Seite nach dieser (Strg+Bild ab)</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>The newest records, up to the log end (Ctrl+End)</source>
        <translation>Die neuesten Datensätze bis zum Log-Ende (Strg+Ende)</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Keep showing the newest records as they arrive; selecting a record stops following</source>
        <translation>Immer die neuesten Datensätze zeigen, sobald sie ankommen; die Auswahl eines Datensatzes beendet das Folgen</translation>
    </message>
    <message>
        <source>Type an offset: a whole number, 0 or more.</source>
        <translation>Geben Sie einen Offset ein: eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>Type a virtual time in seconds, such as 12.5.</source>
        <translation>Geben Sie eine virtuelle Zeit in Sekunden ein, etwa 12,5.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>offsets %1–%2</source>
        <translation>Offsets %1–%2</translation>
    </message>
    <message>
        <source>no offsets</source>
        <translation>keine Offsets</translation>
    </message>
    <message>
        <source>log %1–%2</source>
        <translation>Log %1–%2</translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 von %3</translation>
    </message>
    <message>
        <source>%1 · %2 matching in %3 of %4</source>
        <translation>%1 · %2 Treffer in %3 von %4</translation>
    </message>
    <message>
        <source> · searched %1 without filling the page: Next searches on</source>
        <translation> · %1 durchsucht, ohne die Seite zu füllen: „Nächste“ sucht weiter</translation>
    </message>
    <message>
        <source>No partitions yet</source>
        <translation>Noch keine Partitionen</translation>
    </message>
</context>
<context>
    <name>bb::MessageTableModel</name>
    <message>
        <source>The record&apos;s timestamp, in virtual seconds since the scenario started</source>
        <translation>Der Zeitstempel des Datensatzes in virtuellen Sekunden seit dem Start des Szenarios</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>transaction marker</source>
        <translation>Transaktionsmarker</translation>
    </message>
    <message>
        <source>tombstone</source>
        <translation>Tombstone</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>festgeschrieben</translation>
    </message>
    <message>
        <source>not committed</source>
        <translation>nicht festgeschrieben</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>weg</translation>
    </message>
    <message>
        <source>No key: the producer chose the partition</source>
        <translation>Kein Schlüssel: Der Producer hat die Partition gewählt</translation>
    </message>
    <message>
        <source>A tombstone: no value; compaction deletes the key</source>
        <translation>Ein Tombstone: kein Wert; die Kompaktierung löscht den Schlüssel</translation>
    </message>
    <message>
        <source>Below the high watermark: every in-sync replica has it</source>
        <translation>Unter der High Watermark: Jedes synchrone Replikat hat ihn</translation>
    </message>
    <message>
        <source>At or above the high watermark: not on every in-sync replica yet</source>
        <translation>Auf oder über der High Watermark: noch nicht auf jedem synchronen Replikat</translation>
    </message>
    <message>
        <source>The leader&apos;s log no longer reaches this offset: it was truncated away</source>
        <translation>Das Log des Leaders reicht nicht mehr bis zu diesem Offset: Er wurde abgeschnitten</translation>
    </message>
</context>
<context>
    <name>bb::MetricsView</name>
    <message>
        <source>records/s</source>
        <translation>Datensätze/s</translation>
    </message>
    <message>
        <source>Produce latency per producer</source>
        <translation>Sendelatenz pro Producer</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Batch creation to acknowledgement over each quarter second of virtual time: p99 solid, p50 dashed</source>
        <translation>Vom Erzeugen des Batches bis zur Bestätigung, je Viertelsekunde virtueller Zeit: p99 durchgezogen, p50 gestrichelt</translation>
    </message>
    <message>
        <source>%1 p99</source>
        <translation>%1 p99</translation>
    </message>
    <message>
        <source>%1 p50</source>
        <translation>%1 p50</translation>
    </message>
    <message>
        <source>Throughput in per topic</source>
        <translation>Eingangsdurchsatz pro Topic</translation>
    </message>
    <message>
        <source>Consumer lag per group</source>
        <translation>Consumer-Rückstand pro Gruppe</translation>
    </message>
    <message>
        <source>records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>End-to-end latency p50/p99 per group</source>
        <translation>Ende-zu-Ende-Latenz p50/p99 pro Gruppe</translation>
    </message>
    <message>
        <source>Throughput out per group</source>
        <translation>Ausgangsdurchsatz pro Gruppe</translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation>Queue-Tiefe</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Records below the high watermark each group has not committed, over all its partitions</source>
        <translation>Datensätze unter der High Watermark, die jede Gruppe noch nicht festgeschrieben hat, über alle ihre Partitionen</translation>
    </message>
    <message>
        <source>Record timestamp to delivery to the consumer over each quarter second of virtual time: p99 solid, p50 dashed</source>
        <translation>Vom Zeitstempel des Datensatzes bis zur Zustellung an den Consumer, je Viertelsekunde virtueller Zeit: p99 durchgezogen, p50 gestrichelt</translation>
    </message>
    <message>
        <source>Records handed to each group&apos;s consumers per second</source>
        <translation>An die Consumer jeder Gruppe übergebene Datensätze pro Sekunde</translation>
    </message>
    <message>
        <source>Messages ready to deliver, per queue</source>
        <translation>Zustellbereite Nachrichten pro Queue</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
</context>
<context>
    <name>bb::NodeCard</name>
    <message>
        <source>controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>nodes %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>cut from %1</source>
        <translation>getrennt von %1</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>Crash</source>
        <translation>Absturz</translation>
    </message>
    <message>
        <source>Power loss</source>
        <translation>Strom aus</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Isolate</source>
        <translation>Isolieren</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Führt</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Unflushed</source>
        <translation>Ungesichert</translation>
    </message>
    <message>
        <source>Flush</source>
        <translation>Flush</translation>
    </message>
    <message>
        <source>Records in</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Kill the broker process. Writes it handed to the OS survive; the controller fences it after the session timeout.</source>
        <translation>Den Broker-Prozess beenden. Schreibvorgänge, die er dem Betriebssystem übergeben hat, bleiben erhalten; der Controller sperrt ihn nach Ablauf der Sitzung aus.</translation>
    </message>
    <message>
        <source>Cut the machine&apos;s power. Writes not yet flushed to disk are lost.</source>
        <translation>Dem Rechner den Strom abschalten. Noch nicht auf die Platte geschriebene Daten gehen verloren.</translation>
    </message>
    <message>
        <source>Start the broker again: it recovers its logs from storage and catches up from the leaders.</source>
        <translation>Den Broker wieder starten: Er stellt seine Logs aus dem Speicher wieder her und holt bei den Leadern auf.</translation>
    </message>
    <message>
        <source>Cut the node off the network (controller, other nodes and clients), or reconnect it.</source>
        <translation>Den Knoten vom Netzwerk trennen (Controller, andere Knoten und Clients) oder wieder verbinden.</translation>
    </message>
    <message>
        <source>%1 of %2 partitions · hosts %3</source>
        <translation>%1/%2 Partitionen · hält %3</translation>
    </message>
    <message>
        <source>— (down)</source>
        <translation>— (ausgefallen)</translation>
    </message>
    <message>
        <source>1 write</source>
        <translation>1 Schreibvorgang</translation>
    </message>
    <message>
        <source>%1 writes</source>
        <translation>%1 Schreibvorgänge</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>isoliert</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>bb::NodeTableModel</name>
    <message>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Running and registered with the controller (incarnation %1).</source>
        <translation>Läuft und ist beim Controller registriert (Inkarnation %1).</translation>
    </message>
    <message>
        <source>The process runs, but the controller does not count it as alive: it is cut off from the controller or has not registered yet.</source>
        <translation>Der Prozess läuft, aber der Controller hält ihn nicht für lebendig: Er ist vom Controller getrennt oder hat sich noch nicht registriert.</translation>
    </message>
    <message>
        <source>Cut off from the whole network.</source>
        <translation>Vom gesamten Netzwerk getrennt.</translation>
    </message>
    <message>
        <source>The process is down; its storage waits for a restart.</source>
        <translation>Der Prozess ist ausgefallen; sein Speicher wartet auf einen Neustart.</translation>
    </message>
    <message>
        <source>Writes in the OS cache that a power loss would drop.</source>
        <translation>Schreibvorgänge im Cache des Betriebssystems, die ein Stromausfall verwerfen würde.</translation>
    </message>
    <message>
        <source>Stored in SQLite; fsync %1.</source>
        <translation>In SQLite gespeichert; fsync %1.</translation>
    </message>
    <message>
        <source>Stored in memory; fsync %1.</source>
        <translation>Im Arbeitsspeicher gespeichert; fsync %1.</translation>
    </message>
    <message>
        <source>Records appended (as leader and as follower), %1 in total by this incarnation.</source>
        <translation>Angehängte Datensätze (als Leader und als Follower), insgesamt %1 in dieser Inkarnation.</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Flush</source>
        <translation>Flush</translation>
    </message>
    <message>
        <source>Unflushed</source>
        <translation>Ungesichert</translation>
    </message>
    <message>
        <source>Records in</source>
        <translation>Eingang</translation>
    </message>
</context>
<context>
    <name>bb::PartitionLogView</name>
    <message>
        <source>Show the partitions of one topic</source>
        <translation>Die Partitionen eines Topics zeigen</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle Topics</translation>
    </message>
    <message>
        <source>Each bar is one replica&apos;s log, from its log start offset to its log end offset, to scale. The dark part is committed (below the high watermark, the tick); the light part is written but not yet on every in-sync replica.</source>
        <translation>Jeder Balken ist das Log eines Replikats, vom Log-Start-Offset bis zum Log-End-Offset, maßstabsgetreu. Der dunkle Teil ist festgeschrieben (unter der High Watermark, dem Strich); der helle Teil ist geschrieben, aber noch nicht auf jedem synchronen Replikat.</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>festgeschrieben</translation>
    </message>
    <message>
        <source>not yet committed</source>
        <translation>noch nicht festgeschrieben</translation>
    </message>
    <message>
        <source>out of ISR</source>
        <translation>nicht im ISR</translation>
    </message>
    <message>
        <source>high watermark</source>
        <translation>High Watermark</translation>
    </message>
    <message>
        <source>group&apos;s committed offset · lag</source>
        <translation>festgeschriebener Offset der Gruppe · Rückstand</translation>
    </message>
</context>
<context>
    <name>bb::PartitionTableModel</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Leader down</source>
        <translation>Leader ausgefallen</translation>
    </message>
    <message>
        <source>Under-replicated</source>
        <translation>Unterrepliziert</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, leader epoch %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, Leader-Epoche %2</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Replikat</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Log start</source>
        <translation>Log-Start</translation>
    </message>
    <message>
        <source>HW</source>
        <translation>HW</translation>
    </message>
    <message>
        <source>LEO</source>
        <translation>LEO</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>in ISR</source>
        <translation>im ISR</translation>
    </message>
    <message>
        <source>out of sync</source>
        <translation>nicht synchron</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>No replica can lead: writes and reads fail until one returns.</source>
        <translation>Kein Replikat kann führen: Schreiben und Lesen schlagen fehl, bis eines zurückkehrt.</translation>
    </message>
    <message>
        <source>The leader&apos;s node is down, but the controller has not noticed yet: it waits for the broker&apos;s session to time out before electing a new leader.</source>
        <translation>Der Knoten des Leaders ist ausgefallen, aber der Controller hat es noch nicht bemerkt: Er wartet, bis die Sitzung des Brokers abläuft, bevor er einen neuen Leader wählt.</translation>
    </message>
    <message>
        <source>The ISR (%1) is smaller than the replica set (%2).</source>
        <translation>Der ISR (%1) ist kleiner als die Replikatmenge (%2).</translation>
    </message>
    <message>
        <source>Every replica is in the ISR.</source>
        <translation>Jedes Replikat ist im ISR.</translation>
    </message>
    <message>
        <source>In-sync replicas: the followers caught up with the leader.</source>
        <translation>Synchrone Replikate (ISR): die Follower, die zum Leader aufgeschlossen haben.</translation>
    </message>
    <message>
        <source>The leader&apos;s first offset still kept (retention moves it).</source>
        <translation>Der erste Offset, den der Leader noch aufbewahrt (die Aufbewahrung verschiebt ihn).</translation>
    </message>
    <message>
        <source>The leader&apos;s high watermark: records below it are committed and readable.</source>
        <translation>Die High Watermark des Leaders: Datensätze darunter sind festgeschrieben und lesbar.</translation>
    </message>
    <message>
        <source>The leader&apos;s log end offset: the next offset it will write.</source>
        <translation>Der Log-End-Offset des Leaders: der nächste Offset, den er schreibt.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>ISR</source>
        <translation>ISR</translation>
    </message>
    <message>
        <source>High watermark</source>
        <translation>High Watermark</translation>
    </message>
    <message>
        <source>Log end</source>
        <translation>Log-Ende</translation>
    </message>
    <message>
        <source>No consumer group reads this partition.</source>
        <translation>Keine Consumer-Gruppe liest diese Partition.</translation>
    </message>
    <message>
        <source>The lag is not known while the partition is offline.</source>
        <translation>Der Rückstand ist unbekannt, solange die Partition offline ist.</translation>
    </message>
    <message>
        <source>Group %1 is %2 behind.</source>
        <translation>Gruppe %1 liegt %2 zurück.</translation>
    </message>
    <message>
        <source>%1 groups read this partition; the furthest behind, %2, by %3.</source>
        <translation>%1 Gruppen lesen diese Partition; am weitesten zurück liegt %2, um %3.</translation>
    </message>
    <message>
        <source>The largest lag of any consumer group on the partition: records below the high watermark it has not committed.</source>
        <translation>Der größte Rückstand einer Consumer-Gruppe auf der Partition: Datensätze unter der High Watermark, die sie noch nicht festgeschrieben hat.</translation>
    </message>
    <message>
        <source>Max lag</source>
        <translation>Max. Rückstand</translation>
    </message>
</context>
<context>
    <name>bb::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voreinstellungen</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>Follow system (dark)</source>
        <translation>Wie das System (dunkel)</translation>
    </message>
    <message>
        <source>Follow system (light)</source>
        <translation>Wie das System (hell)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>The new language applies when Brokerbench starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Brokerbench.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>bb::ProducerTableModel</name>
    <message>
        <source>0: no answer awaited; 1: the leader&apos;s append; all: every in-sync replica.</source>
        <translation>0: keine Antwort abwarten; 1: das Anhängen beim Leader; all: jedes synchrone Replikat.</translation>
    </message>
    <message>
        <source>Batches sent again after an error or a timeout: how duplicates appear under at-least-once.</source>
        <translation>Nach einem Fehler oder einer Zeitüberschreitung erneut gesendete Batches: So entstehen Duplikate bei at-least-once.</translation>
    </message>
    <message>
        <source>Batch creation to acknowledgement, since the run began.</source>
        <translation>Vom Erzeugen des Batches bis zur Bestätigung, seit Beginn des Laufs.</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Acks</source>
        <translation>Acks</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Ack rate</source>
        <translation>Bestätigungsrate</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>p99.9</source>
        <translation>p99,9</translation>
    </message>
</context>
<context>
    <name>bb::PublishLogModel</name>
    <message>
        <source>%1: sent (acks=0: no offset)</source>
        <translation>%1: gesendet (acks=0: kein Offset)</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 bei Offset %2</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source></source>
        <comment>A refused send shows the engine&apos;s error sentence (core), which stays in English.</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>bb::PublishPanel</name>
    <message>
        <source>By key: the key&apos;s hash picks the partition (records without a key take turns)</source>
        <translation>Nach Schlüssel: Der Hash des Schlüssels wählt die Partition (Datensätze ohne Schlüssel wechseln sich ab)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>The leader answers once every in-sync replica has the record</source>
        <translation>Der Leader antwortet, sobald jedes synchrone Replikat den Datensatz hat</translation>
    </message>
    <message>
        <source>The leader answers once it has the record itself</source>
        <translation>Der Leader antwortet, sobald er selbst den Datensatz hat</translation>
    </message>
    <message>
        <source>No answer: the producer counts the record as sent</source>
        <translation>Keine Antwort: Der Producer zählt den Datensatz als gesendet</translation>
    </message>
    <message>
        <source>When the leader answers the producer: all (every in-sync replica), 1 (the leader alone) or 0 (never)</source>
        <translation>Wann der Leader dem Producer antwortet: all (jedes synchrone Replikat), 1 (der Leader allein) oder 0 (nie)</translation>
    </message>
    <message>
        <source>Idempotent</source>
        <translation>Idempotent</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Transaktional</translation>
    </message>
    <message>
        <source>Not available yet: the producer has no idempotence or transactions in this version</source>
        <translation>Noch nicht verfügbar: Der Producer kennt in dieser Version weder Idempotenz noch Transaktionen</translation>
    </message>
    <message>
        <source>e.g. customer-42</source>
        <translation>z. B. kunde-42</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Kein Schlüssel</translation>
    </message>
    <message>
        <source>The record&apos;s value; {n} becomes the record&apos;s number</source>
        <translation>Der Wert des Datensatzes; {n} wird zur Nummer des Datensatzes</translation>
    </message>
    <message>
        <source>Tombstone (no value)</source>
        <translation>Tombstone (kein Wert)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation>Einen Header hinzufügen</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Remove the selected header</source>
        <translation>Den ausgewählten Header entfernen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the record once (Ctrl+Return)</source>
        <translation>Den Datensatz einmal senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Acks</source>
        <translation>Acks</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source> records/s</source>
        <translation> Datensätze/s</translation>
    </message>
    <message>
        <source>Records per second of virtual time</source>
        <translation>Datensätze pro Sekunde virtueller Zeit</translation>
    </message>
    <message>
        <source>Start &amp;Repeating</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Repeating sends the record at this rate until you stop it.</source>
        <translation>Beim Wiederholen wird der Datensatz mit dieser Rate gesendet, bis Sie es beenden.</translation>
    </message>
    <message>
        <source>A new run started: the repeat stopped.</source>
        <translation>Ein neuer Lauf hat begonnen: Das Wiederholen wurde beendet.</translation>
    </message>
    <message>
        <source>By key</source>
        <translation>Nach Schlüssel</translation>
    </message>
    <message>
        <source>Stop &amp;Repeating</source>
        <translation>&amp;Wiederholen beenden</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Sent %1 · acknowledged %2 · failed %3</source>
        <translation>Gesendet %1 · bestätigt %2 · fehlgeschlagen %3</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>Zuletzt: %1</translation>
    </message>
</context>
<context>
    <name>bb::QueueTableModel</name>
    <message>
        <source>%1 (FIFO)</source>
        <translation>%1 (FIFO)</translation>
    </message>
    <message>
        <source>No dead-letter topic: %1 discarded past the delivery limit.</source>
        <translation>Kein Dead-Letter-Topic: %1 nach Überschreiten des Zustellungslimits verworfen.</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>%1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Messages are waiting and nobody fetches them.</source>
        <translation>Nachrichten warten, und niemand holt sie ab.</translation>
    </message>
    <message>
        <source>Messages ready to deliver, including those not read from the topic yet.</source>
        <translation>Zustellbereite Nachrichten, einschließlich der noch nicht aus dem Topic gelesenen.</translation>
    </message>
    <message>
        <source>Delivered and locked until acknowledged or until the visibility timeout runs out.</source>
        <translation>Zugestellt und gesperrt, bis sie bestätigt werden oder das Sichtbarkeits-Timeout abläuft.</translation>
    </message>
    <message>
        <source>Members that fetched within the visibility timeout or wait in a long poll now.</source>
        <translation>Mitglieder, die innerhalb des Sichtbarkeits-Timeouts abgeholt haben oder gerade in einem Long Poll warten.</translation>
    </message>
    <message>
        <source>Deliveries after the first: a lock ran out or a consumer released the message.</source>
        <translation>Zustellungen nach der ersten: Eine Sperre lief ab, oder ein Consumer hat die Nachricht freigegeben.</translation>
    </message>
    <message>
        <source>Past the delivery limit or rejected: moved to the dead-letter topic (or discarded without one).</source>
        <translation>Über dem Zustellungslimit oder abgelehnt: ins Dead-Letter-Topic verschoben (oder ohne eines verworfen).</translation>
    </message>
    <message>
        <source>Age of the oldest message not finished yet.</source>
        <translation>Alter der ältesten noch nicht erledigten Nachricht.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>In Zustellung</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Redelivered</source>
        <translation>Erneut zugestellt</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Dead-lettered</source>
        <translation>Dead-Letter</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Älteste</translation>
    </message>
</context>
<context>
    <name>bb::RecordTrace</name>
    <message>
        <source>node %1 (leader)</source>
        <translation>Knoten %1 (Leader)</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>down: unknown until it restarts</source>
        <translation>ausgefallen: unbekannt bis zum Neustart</translation>
    </message>
    <message>
        <source>deleted by retention (its log starts at %1)</source>
        <translation>durch Aufbewahrung gelöscht (sein Log beginnt bei %1)</translation>
    </message>
    <message>
        <source>not yet (its log ends at %1)</source>
        <translation>noch nicht (sein Log endet bei %1)</translation>
    </message>
    <message>
        <source>holds it</source>
        <translation>hat ihn</translation>
    </message>
    <message>
        <source>Select a record to see its trace: whether it is committed, which replicas hold it, and who wrote it.</source>
        <translation>Wählen Sie einen Datensatz, um seinen Werdegang zu sehen: ob er festgeschrieben ist, welche Replikate ihn haben und wer ihn geschrieben hat.</translation>
    </message>
    <message>
        <source>yes: below the high watermark (%1)</source>
        <translation>ja: unter der High Watermark (%1)</translation>
    </message>
    <message>
        <source>not yet: the high watermark is %1; consumers cannot read it</source>
        <translation>noch nicht: Die High Watermark ist %1; Consumer können ihn nicht lesen</translation>
    </message>
    <message>
        <source>leader epoch %1</source>
        <translation>Leader-Epoche %1</translation>
    </message>
    <message>
        <source> (the partition is in epoch %1 now)</source>
        <translation> (die Partition ist jetzt in Epoche %1)</translation>
    </message>
    <message>
        <source>offsets %1 to %2, %3</source>
        <translation>Offsets %1 bis %2, %3</translation>
    </message>
    <message>
        <source>unknown (no load generator tag in the value)</source>
        <translation>unbekannt (keine Kennung eines Lastgenerators im Wert)</translation>
    </message>
    <message>
        <source>%1, record #%2 of its load</source>
        <translation>%1, Datensatz Nr. %2 seiner Last</translation>
    </message>
    <message>
        <source>none: not an idempotent producer</source>
        <translation>keine: kein idempotenter Producer</translation>
    </message>
    <message>
        <source>%1, epoch %2, sequence %3</source>
        <translation>%1, Epoche %2, Sequenz %3</translation>
    </message>
    <message>
        <source> · transactional</source>
        <translation> · transaktional</translation>
    </message>
    <message>
        <source>%1 · offset %2</source>
        <translation>%1 · Offset %2</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Festgeschrieben</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Written in</source>
        <translation>Geschrieben in</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>Erzeugt von</translation>
    </message>
    <message>
        <source>Producer id</source>
        <translation>Producer-ID</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>none (a tombstone)</source>
        <translation>keiner (ein Tombstone)</translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation>Header %1</translation>
    </message>
</context>
<context>
    <name>bb::ScenarioGallery</name>
    <message>
        <source>Scenario Gallery</source>
        <translation>Szenario-Galerie</translation>
    </message>
    <message>
        <source>Each scenario sets up a cluster, a load and a fault plan that shows one idea. Open one to load it into the workbench; it starts running at once.</source>
        <translation>Jedes Szenario richtet einen Cluster, eine Last und einen Fehlerplan ein, der eine Idee zeigt. Öffnen Sie eines, um es in die Workbench zu laden; es läuft sofort los.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>bb::ScenarioListModel</name>
    <message>
        <source>1 node</source>
        <translation>1 Knoten</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 Knoten</translation>
    </message>
    <message>
        <source>1 topic</source>
        <translation>1 Topic</translation>
    </message>
    <message>
        <source>%1 topics</source>
        <translation>%1 Topics</translation>
    </message>
    <message>
        <source>1 partition</source>
        <translation>1 Partition</translation>
    </message>
    <message>
        <source>%1 partitions</source>
        <translation>%1 Partitionen</translation>
    </message>
    <message>
        <source>1 producer</source>
        <translation>1 Producer</translation>
    </message>
    <message>
        <source>%1 producers</source>
        <translation>%1 Producer</translation>
    </message>
    <message>
        <source>no scheduled faults</source>
        <translation>keine geplanten Fehler</translation>
    </message>
    <message>
        <source>1 scheduled fault</source>
        <translation>1 geplanter Fehler</translation>
    </message>
    <message>
        <source>%1 scheduled faults</source>
        <translation>%1 geplante Fehler</translation>
    </message>
    <message>
        <source>semantics lab</source>
        <translation>Semantik-Labor</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <source>Bundled scenario &quot;%1&quot;: double-click or press Enter to open it</source>
        <translation>Mitgeliefertes Szenario „%1“: Zum Öffnen doppelklicken oder die Eingabetaste drücken</translation>
    </message>
    <message>
        <source>This bundled scenario cannot be read: %1</source>
        <translation>Dieses mitgelieferte Szenario kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
</context>
<context>
    <name>bb::ScenarioPanel</name>
    <message>
        <source>%1 · seed %2 · %3 nodes</source>
        <translation>%1 · Seed %2 · %3 Knoten</translation>
    </message>
    <message>
        <source>No scheduled faults: use the buttons on the node cards.</source>
        <translation>Keine geplanten Fehler: Benutzen Sie die Schaltflächen auf den Knotenkarten.</translation>
    </message>
    <message>
        <source>Fault plan</source>
        <translation>Fehlerplan</translation>
    </message>
    <message>
        <source></source>
        <comment>A scenario&apos;s title and description come from its file, and the fault plan&apos;s lines from the engine (core): they stay in English. Only the panel&apos;s own words are translated.</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>bb::SnapshotNames</name>
    <message>
        <source>Up</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Fenced</source>
        <translation>Ausgesperrt</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>Isoliert</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Abgestürzt</translation>
    </message>
    <message>
        <source>every batch</source>
        <translation>jeder Batch</translation>
    </message>
    <message>
        <source>every %1 s</source>
        <translation>alle %1 s</translation>
    </message>
    <message>
        <source>every %1 ms</source>
        <translation>alle %1 ms</translation>
    </message>
    <message>
        <source>never (OS)</source>
        <translation>nie (Betriebssystem)</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Preparing rebalance</source>
        <translation>Rebalance wird vorbereitet</translation>
    </message>
    <message>
        <source>Completing rebalance</source>
        <translation>Rebalance wird abgeschlossen</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
</context>
<context>
    <name>bb::TimeChart</name>
    <message>
        <source>virtual time (s)</source>
        <translation>virtuelle Zeit (s)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2. Choose another folder or file name.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Export as &amp;PNG...</source>
        <translation>Als &amp;PNG exportieren...</translation>
    </message>
    <message>
        <source>Export Data as &amp;CSV...</source>
        <translation>Daten als &amp;CSV exportieren...</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export Chart Data as CSV</source>
        <translation>Diagrammdaten als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>could not write the screenshot to %1.</source>
        <translation>Das Bildschirmfoto konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>the simulation did not reach the requested time within 5 minutes.</source>
        <translation>Die Simulation hat die verlangte Zeit nicht innerhalb von 5 Minuten erreicht.</translation>
    </message>
    <message>
        <source>A desktop workbench with a replicated message broker inside.</source>
        <translation>Eine Desktop-Werkbank mit einem replizierten Message-Broker darin.</translation>
    </message>
    <message>
        <source>Open a bundled scenario (%1) or a .json file.</source>
        <translation>Ein mitgeliefertes Szenario (%1) oder eine .json-Datei öffnen.</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Das Fenster in eine PNG-Datei zeichnen und beenden.</translation>
    </message>
    <message>
        <source>With --screenshot: virtual seconds to run first (default 10).</source>
        <translation>Mit --screenshot: zuvor so viele virtuelle Sekunden laufen lassen (Standard 10).</translation>
    </message>
    <message>
        <source>Use this theme for this run: system, light or dark.</source>
        <translation>Dieses Farbschema für diesen Lauf verwenden: system, light oder dark.</translation>
    </message>
    <message>
        <source>Use this language for this run: en, %1.</source>
        <translation>Diese Sprache für diesen Lauf verwenden: en, %1.</translation>
    </message>
    <message>
        <source>A workbench file to open.</source>
        <translation>Eine zu öffnende Workbench-Datei.</translation>
    </message>
    <message>
        <source>open one workbench file at a time.</source>
        <translation>Öffnen Sie jeweils nur eine Workbench-Datei.</translation>
    </message>
    <message>
        <source>--language expects en, %1; got &quot;%2&quot;.</source>
        <translation>--language erwartet en, %1; erhalten: „%2“.</translation>
    </message>
    <message>
        <source>--theme expects system, light or dark; got &quot;%1&quot;.</source>
        <translation>--theme erwartet system, light oder dark; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>--after expects virtual seconds between 0 and 1000000, got &quot;%1&quot;.</source>
        <translation>--after erwartet virtuelle Sekunden zwischen 0 und 1000000, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>--show: no dock named &quot;%1&quot; (and it is not &quot;gallery&quot; or &quot;preferences&quot;).</source>
        <translation>--show: Kein Dock heißt „%1“ (und es ist weder „gallery“ noch „preferences“).</translation>
    </message>
    <message>
        <source>With --screenshot: show this dock (its object name) first, or grab the scenario &quot;gallery&quot; or the &quot;preferences&quot;.</source>
        <translation>Mit --screenshot: zuerst dieses Dock zeigen (sein Objektname) oder die Szenario-Galerie („gallery“) bzw. die Voreinstellungen („preferences“) aufnehmen.</translation>
    </message>
</context>
</TS>
