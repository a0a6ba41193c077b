<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>bb::ClientTableModel</name>
    <message>
        <source>%1 (TLS)</source>
        <translation>%1 (TLS)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed by the client</source>
        <translation>vom Client geschlossen</translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation>geschlossen: %1</translation>
    </message>
    <message>
        <source>No client id yet: it comes with the client&apos;s requests.</source>
        <translation>Noch keine Client-ID: Sie kommt mit den Anfragen des Clients.</translation>
    </message>
    <message>
        <source>The client id of its latest request: %1</source>
        <translation>Die Client-ID seiner letzten Anfrage: %1</translation>
    </message>
    <message>
        <source>Not authenticated (the listeners ask for SASL only when given users).</source>
        <translation>Nicht authentifiziert (die Listener verlangen SASL nur, wenn ihnen Benutzer gegeben sind).</translation>
    </message>
    <message>
        <source>Authenticated with SASL as %1</source>
        <translation>Mit SASL authentifiziert als %1</translation>
    </message>
    <message>
        <source>Connected at %1, open for %2</source>
        <translation>Verbunden um %1, seit %2 offen</translation>
    </message>
    <message>
        <source>Connected at %1, closed at %2 after %3</source>
        <translation>Verbunden um %1, geschlossen um %2 nach %3</translation>
    </message>
    <message>
        <source>No request answered yet.</source>
        <translation>Noch keine Anfrage beantwortet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Answers carrying an error code, and requests refused.</source>
        <translation>Antworten mit einem Fehlercode und abgelehnte Anfragen.</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Zuletzt: %1</translation>
    </message>
    <message>
        <source>Received %1, sent %2</source>
        <translation>Empfangen %1, gesendet %2</translation>
    </message>
    <message>
        <source>Requests answered or refused; hover over a row for them per API.</source>
        <translation>Beantwortete oder abgelehnte Anfragen; mit der Maus über einer Zeile erscheinen sie je API.</translation>
    </message>
    <message>
        <source>Answers carrying a Kafka error code, and requests refused (the connection then closes).</source>
        <translation>Antworten mit einem Kafka-Fehlercode und abgelehnte Anfragen (die Verbindung wird dann geschlossen).</translation>
    </message>
    <message>
        <source>Bytes received from the client / sent to it.</source>
        <translation>Vom Client empfangene / an ihn gesendete Bytes.</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Bytes in / out</source>
        <translation>Bytes ein / aus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>bb::ClientsView</name>
    <message>
        <source>The Kafka listeners are off, so no real Kafka client can connect. Turn them on with Simulation &gt; Kafka Listeners: each node then listens on its own port, and the clients that connect (kcat, librdkafka, kafka-python, Java) show here with their client id, requests and errors.</source>
        <translation>Die Kafka-Listener sind aus, daher kann sich kein echter Kafka-Client verbinden. Schalten Sie sie mit Simulation &gt; Kafka-Listener ein: Dann lauscht jeder Knoten auf einem eigenen Port, und die Clients, die sich verbinden (kcat, librdkafka, kafka-python, Java), erscheinen hier mit ihrer Client-ID, ihren Anfragen und Fehlern.</translation>
    </message>
    <message>
        <source>Listening on %1. No Kafka client has connected yet: give one bootstrap.servers=%2.</source>
        <translation>Lauscht auf %1. Noch hat sich kein Kafka-Client verbunden: Geben Sie einem bootstrap.servers=%2.</translation>
    </message>
    <message>
        <source>Listening on %1. Open: %2; closed: %3 (the latest %4 are kept).</source>
        <translation>Lauscht auf %1. Offen: %2; geschlossen: %3 (die letzten %4 werden behalten).</translation>
    </message>
</context>
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
        <source> · %1 lost data on damaged storage</source>
        <translation> · %1 mit Datenverlust durch beschädigten Speicher</translation>
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
    <message>
        <source>%1 in %2 · %3 starting, electing their first leaders</source>
        <translation>%1 in %2 · %3 starten, ihre ersten Leader werden gewählt</translation>
    </message>
</context>
<context>
    <name>bb::ConsumePanel</name>
    <message>
        <source>none: every partition, no group</source>
        <translation>keine: jede Partition, keine Gruppe</translation>
    </message>
    <message>
        <source>The consumer group to join; empty: read every partition alone (assign), without commits</source>
        <translation>Die Consumer-Gruppe, der beigetreten wird; leer: jede Partition allein lesen (assign), ohne Commits</translation>
    </message>
    <message>
        <source>Where to start in a partition the group has no committed offset for</source>
        <translation>Wo in einer Partition begonnen wird, für die die Gruppe keinen festgeschriebenen Offset hat</translation>
    </message>
    <message>
        <source>earliest</source>
        <translation>earliest</translation>
    </message>
    <message>
        <source>From the first record still in the log</source>
        <translation>Ab dem ersten Datensatz, der noch im Log ist</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>latest</translation>
    </message>
    <message>
        <source>Only records written from now on</source>
        <translation>Nur Datensätze, die ab jetzt geschrieben werden</translation>
    </message>
    <message>
        <source>How the consumer&apos;s positions become the group&apos;s committed offsets</source>
        <translation>Wie die Positionen des Consumers zu den festgeschriebenen Offsets der Gruppe werden</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>Only when you press Commit</source>
        <translation>Nur wenn Sie auf „Festschreiben“ klicken</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Every second, and on Stop</source>
        <translation>Jede Sekunde und beim Anhalten</translation>
    </message>
    <message>
        <source>How records reach the application</source>
        <translation>Wie Datensätze die Anwendung erreichen</translation>
    </message>
    <message>
        <source>pull</source>
        <translation>Pull</translation>
    </message>
    <message>
        <source>Records wait in the consumer&apos;s buffer until you press Poll</source>
        <translation>Datensätze warten im Puffer des Consumers, bis Sie auf „Abrufen“ klicken</translation>
    </message>
    <message>
        <source>push</source>
        <translation>Push</translation>
    </message>
    <message>
        <source>Records are handed over as they arrive</source>
        <translation>Datensätze werden übergeben, sobald sie ankommen</translation>
    </message>
    <message>
        <source>Which records of transactions the consumer sees</source>
        <translation>Welche Datensätze von Transaktionen der Consumer sieht</translation>
    </message>
    <message>
        <source>read_uncommitted</source>
        <translation>read_uncommitted</translation>
    </message>
    <message>
        <source>Every record up to the high watermark</source>
        <translation>Jeder Datensatz bis zur High Watermark</translation>
    </message>
    <message>
        <source>read_committed</source>
        <translation>read_committed</translation>
    </message>
    <message>
        <source>Up to the last stable offset, without records of aborted transactions</source>
        <translation>Bis zum letzten stabilen Offset, ohne Datensätze abgebrochener Transaktionen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>The most records one poll returns</source>
        <translation>Die meisten Datensätze, die ein Poll zurückgibt</translation>
    </message>
    <message>
        <source>&amp;Poll</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <source>Take up to this many records from the consumer&apos;s buffer</source>
        <translation>Bis zu so vielen Datensätzen aus dem Puffer des Consumers nehmen</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>&amp;Festschreiben</translation>
    </message>
    <message>
        <source>Commit the position of every assigned partition</source>
        <translation>Die Position jeder zugewiesenen Partition festschreiben</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Start at</source>
        <translation>Beginnen bei</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Isolation</translation>
    </message>
    <message>
        <source>A new run started: the consumer stopped.</source>
        <translation>Ein neuer Lauf hat begonnen: Der Consumer wurde angehalten.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Leave the group and stop consuming</source>
        <translation>Die Gruppe verlassen und das Konsumieren beenden</translation>
    </message>
    <message>
        <source>Start a consumer with these settings</source>
        <translation>Einen Consumer mit diesen Einstellungen starten</translation>
    </message>
    <message>
        <source>Pick a topic to consume from.</source>
        <translation>Wählen Sie ein Topic, aus dem konsumiert wird.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Stopped. Start a consumer to read the topic.</source>
        <translation>Angehalten. Starten Sie einen Consumer, um das Topic zu lesen.</translation>
    </message>
    <message>
        <source>Joining group %1…</source>
        <translation>Tritt Gruppe %1 bei…</translation>
    </message>
    <message>
        <source>Member %1 of group %2 · generation %3%4</source>
        <translation>Mitglied %1 der Gruppe %2 · Generation %3%4</translation>
    </message>
    <message>
        <source> · leader</source>
        <translation> · Leader</translation>
    </message>
    <message>
        <source>No group: reads every partition of %1 on its own</source>
        <translation>Keine Gruppe: liest jede Partition von %1 allein</translation>
    </message>
    <message>
        <source>consumed %1</source>
        <translation>%1 konsumiert</translation>
    </message>
    <message>
        <source>%1 not shown (more than %2 between refreshes)</source>
        <translation>%1 nicht angezeigt (mehr als %2 zwischen zwei Aktualisierungen)</translation>
    </message>
</context>
<context>
    <name>bb::ConsumedRecordModel</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>tombstone</source>
        <translation>Tombstone</translation>
    </message>
    <message>
        <source>No key: the producer chose the partition</source>
        <translation>Kein Schlüssel: Der Producer hat die Partition gewählt</translation>
    </message>
    <message>
        <source>A tombstone: no value</source>
        <translation>Ein Tombstone: kein Wert</translation>
    </message>
    <message>
        <source>From the record&apos;s timestamp to its delivery to this consumer (virtual time)</source>
        <translation>Vom Zeitstempel des Datensatzes bis zu seiner Zustellung an diesen Consumer (virtuelle Zeit)</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Timestamp (s)</source>
        <translation>Zeitstempel (s)</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>bb::ConsumerPartitionModel</name>
    <message>
        <source>The next offset this member will deliver</source>
        <translation>Der nächste Offset, den dieses Mitglied zustellt</translation>
    </message>
    <message>
        <source>The group&apos;s committed offset: where a member starts after a rebalance or restart</source>
        <translation>Der festgeschriebene Offset der Gruppe: wo ein Mitglied nach einem Rebalance oder Neustart beginnt</translation>
    </message>
    <message>
        <source>The partition&apos;s high watermark now (its last stable offset when reading committed): where reading ends</source>
        <translation>Die aktuelle High Watermark der Partition (beim Lesen von Committetem ihr Last Stable Offset): wo das Lesen endet</translation>
    </message>
    <message>
        <source>Records between the position and the high watermark: what this member has not read yet</source>
        <translation>Datensätze zwischen der Position und der High Watermark: was dieses Mitglied noch nicht gelesen hat</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Festgeschrieben</translation>
    </message>
    <message>
        <source>HW</source>
        <translation>HW</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Rückstand</translation>
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
    <name>bb::FaultTimeline</name>
    <message>
        <source>This scenario schedules no faults.</source>
        <translation>Dieses Szenario plant keine Fehler.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>No faults scheduled</source>
        <translation>Keine Fehler geplant</translation>
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
    <name>bb::GroupActions</name>
    <message>
        <source>&amp;Add Member</source>
        <translation>Mitglied &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Stop Member</source>
        <translation>Mitglied &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Crash Member</source>
        <translation>Mitglied ab&amp;stürzen lassen</translation>
    </message>
    <message>
        <source>Start another member of the service: it joins the group and the group rebalances.</source>
        <translation>Ein weiteres Mitglied des Dienstes starten: Es tritt der Gruppe bei, und die Gruppe verteilt die Partitionen neu.</translation>
    </message>
    <message>
        <source>Stop the newest member cleanly: it commits, leaves the group, and the group rebalances at once.</source>
        <translation>Das neueste Mitglied sauber beenden: Es committet, verlässt die Gruppe, und die Gruppe verteilt sofort neu.</translation>
    </message>
    <message>
        <source>Select a group in the table first.</source>
        <translation>Wählen Sie zuerst eine Gruppe in der Tabelle aus.</translation>
    </message>
    <message>
        <source>Group %1 is not one of the scenario&apos;s services (a Kafka client&apos;s or the Consume panel&apos;s group): the workbench does not run its members.</source>
        <translation>Gruppe %1 ist kein Dienst des Szenarios (die Gruppe eines Kafka-Clients oder des Konsumieren-Bereichs): Die Werkbank führt ihre Mitglieder nicht aus.</translation>
    </message>
    <message>
        <source>Kill a member of %1 without a goodbye: the group rebalances only when its session times out.</source>
        <translation>Ein Mitglied von %1 ohne Abmeldung beenden: Die Gruppe verteilt erst neu, wenn seine Sitzung abläuft.</translation>
    </message>
    <message>
        <source>Group %1 has no member to crash.</source>
        <translation>Gruppe %1 hat kein Mitglied, das abstürzen könnte.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n partition(s))</source>
        <translation>
            <numerusform>%1 (%n Partition)</numerusform>
            <numerusform>%1 (%n Partitionen)</numerusform>
        </translation>
    </message>
    <message>
        <source>crash member %1 of group %2</source>
        <translation>Mitglied %1 der Gruppe %2 abstürzen lassen</translation>
    </message>
    <message>
        <source>Asked: %1.</source>
        <translation>Angefordert: %1.</translation>
    </message>
    <message>
        <source>start a member of group %1</source>
        <translation>ein Mitglied der Gruppe %1 starten</translation>
    </message>
    <message>
        <source>stop a member of group %1</source>
        <translation>ein Mitglied der Gruppe %1 beenden</translation>
    </message>
    <message>
        <source>Select a group to crash, add or stop its members.</source>
        <translation>Wählen Sie eine Gruppe, um ihre Mitglieder abstürzen zu lassen, hinzuzufügen oder zu beenden.</translation>
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
    <message>
        <source>Not known: the group&apos;s members are Kafka clients, and what they consume stays with them.</source>
        <translation>Nicht bekannt: Die Mitglieder der Gruppe sind Kafka-Clients, und was sie lesen, bleibt bei ihnen.</translation>
    </message>
    <message>
        <source>%1 (external)</source>
        <translation>%1 (extern)</translation>
    </message>
    <message>
        <source>A group of Kafka clients on the Kafka listeners; its lag comes from the offsets they commit.</source>
        <translation>Eine Gruppe von Kafka-Clients an den Kafka-Listenern; ihr Rückstand ergibt sich aus den Offsets, die sie festschreiben.</translation>
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
    <name>bb::HelpBrowser</name>
    <message>
        <source>&quot;%1&quot; is not part of the guide in the app; it is in Brokerbench&apos;s source folder.</source>
        <translation>„%1“ gehört nicht zur Anleitung in der App; es liegt im Quellordner von Brokerbench.</translation>
    </message>
    <message>
        <source>Brokerbench Help</source>
        <translation>Brokerbench-Hilfe</translation>
    </message>
    <message>
        <source>%1 - Brokerbench Help</source>
        <translation>%1 – Brokerbench-Hilfe</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Contents start</source>
        <translation>Zum Anfang des Inhalts</translation>
    </message>
</context>
<context>
    <name>bb::LabChart</name>
    <message>
        <source>Payments by outcome</source>
        <translation>Zahlungen nach Ergebnis</translation>
    </message>
    <message>
        <source>Exactly once</source>
        <translation>Genau einmal</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>Dupliziert</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Außer der Reihe</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Nicht angewendet</translation>
    </message>
</context>
<context>
    <name>bb::LabExampleModel</name>
    <message>
        <source>Click to read why.</source>
        <translation>Klicken Sie, um den Grund zu lesen.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>bb::LabModeModel</name>
    <message>
        <source>Payments the producer sent.</source>
        <translation>Zahlungen, die der Producer gesendet hat.</translation>
    </message>
    <message>
        <source>Payments the ledger applied exactly once.</source>
        <translation>Zahlungen, die das Hauptbuch genau einmal angewendet hat.</translation>
    </message>
    <message>
        <source>Payments sent and never applied.</source>
        <translation>Gesendete und nie angewendete Zahlungen.</translation>
    </message>
    <message>
        <source>Payments sent and not applied yet: in flight, or lost. Decided when the run ends.</source>
        <translation>Gesendete, noch nicht angewendete Zahlungen: unterwegs oder verloren. Entschieden wird am Ende des Laufs.</translation>
    </message>
    <message>
        <source>Payments the ledger applied more than once.</source>
        <translation>Zahlungen, die das Hauptbuch mehr als einmal angewendet hat.</translation>
    </message>
    <message>
        <source>Payments applied after a later payment of the same account.</source>
        <translation>Zahlungen, die nach einer späteren Zahlung desselben Kontos angewendet wurden.</translation>
    </message>
    <message>
        <source>Payments applied per second of virtual time, first to last.</source>
        <translation>Angewendete Zahlungen pro Sekunde virtueller Zeit, von der ersten bis zur letzten.</translation>
    </message>
    <message>
        <source>From the payment&apos;s creation to its application in the ledger.</source>
        <translation>Von der Erzeugung der Zahlung bis zu ihrer Anwendung im Hauptbuch.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Exactly once</source>
        <translation>Genau einmal</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Nicht angewendet</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>Dupliziert</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Außer der Reihe</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>Latenz p50</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>Latenz p99</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Payments still on their way when the run ended (stored but not processed yet, or written by a transaction not yet readable): late, not lost. A longer drain applies them.</source>
        <translation>Zahlungen, die am Ende des Laufs noch unterwegs waren (gespeichert, aber noch nicht verarbeitet, oder von einer noch nicht lesbaren Transaktion geschrieben): verspätet, nicht verloren. Eine längere Auslaufzeit wendet sie an.</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>bb::LabText</name>
    <message>
        <source>At most once</source>
        <translation>Höchstens einmal</translation>
    </message>
    <message>
        <source>At least once</source>
        <translation>Mindestens einmal</translation>
    </message>
    <message>
        <source>Exactly once</source>
        <translation>Genau einmal</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>Idempotenz­schlüssel</translation>
    </message>
    <message>
        <source>The producer sends with acks=0 and never retries; the consumer commits a batch&apos;s offsets before processing it.</source>
        <translation>Der Producer sendet mit acks=0 und wiederholt nie; der Consumer schreibt die Offsets eines Batches fest, bevor er ihn verarbeitet.</translation>
    </message>
    <message>
        <source>The producer waits for acks=all and retries; the consumer processes a batch, then commits its offsets.</source>
        <translation>Der Producer wartet auf acks=all und wiederholt; der Consumer verarbeitet einen Batch und schreibt dann dessen Offsets fest.</translation>
    </message>
    <message>
        <source>An idempotent producer; the consumer writes its effects and commits its offsets in one transaction, read back with read_committed.</source>
        <translation>Ein idempotenter Producer; der Consumer schreibt seine Wirkungen und seine Offsets in einer Transaktion fest, zurückgelesen mit read_committed.</translation>
    </message>
    <message>
        <source>At-least-once delivery; the ledger remembers the ids it applied and returns the first result for a repeat.</source>
        <translation>Zustellung mindestens einmal; das Hauptbuch merkt sich die angewendeten IDs und gibt bei einer Wiederholung das erste Ergebnis zurück.</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <source>duplicated</source>
        <translation>dupliziert</translation>
    </message>
    <message>
        <source>Payment %1 was %2</source>
        <translation>Zahlung %1: %2</translation>
    </message>
    <message>
        <source>How this guarantee works</source>
        <translation>So funktioniert diese Garantie</translation>
    </message>
</context>
<context>
    <name>bb::LabTimeline</name>
    <message>
        <source>node %1 down</source>
        <translation>Knoten %1 ausgefallen</translation>
    </message>
    <message>
        <source>node %1 power loss</source>
        <translation>Knoten %1 Stromausfall</translation>
    </message>
    <message>
        <source>node %1 cut off</source>
        <translation>Knoten %1 abgeschnitten</translation>
    </message>
    <message>
        <source>%1 at %2; %3 at %4</source>
        <translation>%1 bei %2; %3 bei %4</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>consumer %1 crashes</source>
        <translation>Consumer %1 stürzt ab</translation>
    </message>
    <message>
        <source>From %1, member %2 of every ledger group crashes halfway through its next batch (after processing, before committing) and comes back as a new member %3 later.</source>
        <translation>Ab %1 stürzt Mitglied %2 jeder Hauptbuch-Gruppe mitten in seinem nächsten Batch ab (nach der Verarbeitung, vor dem Festschreiben) und kommt später als neues Mitglied %3 zurück.</translation>
    </message>
    <message>
        <source>producer links drop %1%</source>
        <translation>Producer-Verbindungen verlieren %1%</translation>
    </message>
    <message>
        <source>From %1 to %2, the producers&apos; links to every node drop %3% of requests and acknowledgements.</source>
        <translation>Von %1 bis %2 verlieren die Verbindungen der Producer zu jedem Knoten %3% der Anfragen und Bestätigungen.</translation>
    </message>
</context>
<context>
    <name>bb::LabView</name>
    <message>
        <source>Runs kept in this workbench (saved with it)</source>
        <translation>In dieser Workbench aufbewahrte Läufe (mit ihr gespeichert)</translation>
    </message>
    <message>
        <source>Sa&amp;ved runs</source>
        <translation>&amp;Gespeicherte Läufe</translation>
    </message>
    <message>
        <source>Run the lab: its lost and duplicated payments are listed here when it ends; click one to see why it happened.</source>
        <translation>Führen Sie das Labor aus: Seine verlorenen und duplizierten Zahlungen werden am Ende hier aufgeführt; klicken Sie auf eine, um zu sehen, warum es dazu kam.</translation>
    </message>
    <message>
        <source>Pick a scenario and a seed, then press Run.</source>
        <translation>Wählen Sie ein Szenario und einen Seed und klicken Sie dann auf „Ausführen“.</translation>
    </message>
    <message>
        <source>Scenarios with a lab section: the loaded one and the bundled ones</source>
        <translation>Szenarien mit einem Labor-Abschnitt: das geladene und die mitgelieferten</translation>
    </message>
    <message>
        <source>The same scenario and seed give the same numbers, run after run</source>
        <translation>Dasselbe Szenario mit demselben Seed ergibt bei jedem Lauf dieselben Zahlen</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>Flat out</source>
        <translation>Vollgas</translation>
    </message>
    <message>
        <source>Virtual seconds per wall-clock second; the speed never changes the outcome</source>
        <translation>Virtuelle Sekunden pro echter Sekunde; das Tempo ändert nie das Ergebnis</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Szenario</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>S&amp;eed</translation>
    </message>
    <message>
        <source>Spee&amp;d</source>
        <translation>&amp;Tempo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 (loaded)</source>
        <translation>%1 (geladen)</translation>
    </message>
    <message>
        <source>No scenario with a lab section</source>
        <translation>Kein Szenario mit einem Labor-Abschnitt</translation>
    </message>
    <message>
        <source>Lost and duplicated (%1)</source>
        <translation>Verloren und dupliziert (%1)</translation>
    </message>
    <message>
        <source>Lost and duplicated</source>
        <translation>Verloren und dupliziert</translation>
    </message>
    <message>
        <source>%1, seed %2</source>
        <translation>%1, Seed %2</translation>
    </message>
    <message>
        <source>Lost and duplicated payments are listed here when the run ends.</source>
        <translation>Verlorene und duplizierte Zahlungen werden hier aufgeführt, wenn der Lauf endet.</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>%1 wird gestartet…</translation>
    </message>
    <message>
        <source>Running: %1 of %2</source>
        <translation>Läuft: %1 von %2</translation>
    </message>
    <message>
        <source>Finished at %1 · trace %2</source>
        <translation>Beendet bei %1 · Trace %2</translation>
    </message>
    <message>
        <source>The run was cancelled: nothing was kept. Run it again to see its lost and duplicated payments.</source>
        <translation>Der Lauf wurde abgebrochen: Nichts wurde aufbewahrt. Führen Sie ihn erneut aus, um seine verlorenen und duplizierten Zahlungen zu sehen.</translation>
    </message>
    <message>
        <source>Cancelled at %1; the counters are where the run stopped.</source>
        <translation>Abgebrochen bei %1; die Zähler stehen dort, wo der Lauf angehalten hat.</translation>
    </message>
    <message>
        <source>No payment was lost or duplicated in this run.</source>
        <translation>In diesem Lauf ging keine Zahlung verloren und keine wurde dupliziert.</translation>
    </message>
    <message>
        <source>Click a payment to see why it was lost or duplicated.</source>
        <translation>Klicken Sie auf eine Zahlung, um zu sehen, warum sie verloren ging oder dupliziert wurde.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>The saved run &quot;%1&quot;</source>
        <translation>Der gespeicherte Lauf „%1“</translation>
    </message>
    <message>
        <source>Saved run: %1 · trace %2</source>
        <translation>Gespeicherter Lauf: %1 · Trace %2</translation>
    </message>
    <message>
        <source>Lost and duplicated (%1 of %2)</source>
        <translation>Verloren und dupliziert (%1 von %2)</translation>
    </message>
    <message>
        <source>Showing %1 of %2: the lab explains the first lost and the first duplicated payments of each guarantee; the counters count them all.</source>
        <translation>%1 von %2 gezeigt: Das Labor erklärt die ersten verlorenen und die ersten duplizierten Zahlungen jeder Garantie; die Zähler zählen alle.</translation>
    </message>
    <message>
        <source>All %1 explained.</source>
        <translation>Alle %1 erklärt.</translation>
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
    <message>
        <source>starting: no leader elected yet</source>
        <translation>startet: noch kein Leader gewählt</translation>
    </message>
    <message>
        <source>%1 is starting: the controller elects its first leader once the nodes have registered</source>
        <translation>%1 startet: Der Controller wählt den ersten Leader, sobald die Knoten registriert sind</translation>
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
        <source>Heavy Scenario</source>
        <translation>Aufwendiges Szenario</translation>
    </message>
    <message>
        <source>This scenario needs much more memory or time than usual.</source>
        <translation>Dieses Szenario braucht viel mehr Speicher oder Zeit als üblich.</translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation>Trotzdem öffnen</translation>
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
    <message>
        <source>Consume</source>
        <translation>Konsumieren</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
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
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %1, läuft mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Kafka Listeners</source>
        <translation>&amp;Kafka-Listener</translation>
    </message>
    <message>
        <source>Let real Kafka clients (kcat, librdkafka, kafka-python) connect to the cluster&apos;s nodes; their requests cross the simulated network and suffer its faults. Run at 1× speed: clients count their timeouts in real time.</source>
        <translation>Echte Kafka-Clients (kcat, librdkafka, kafka-python) mit den Knoten des Clusters verbinden lassen; ihre Anfragen durchqueren das simulierte Netz und erleiden seine Fehler. Mit 1× Geschwindigkeit laufen lassen: Clients messen ihre Timeouts in echter Zeit.</translation>
    </message>
    <message>
        <source>Kafka Listeners</source>
        <translation>Kafka-Listener</translation>
    </message>
    <message>
        <source>The nodes cannot listen for Kafka clients: %1</source>
        <translation>Die Knoten können keine Kafka-Clients annehmen: %1</translation>
    </message>
    <message>
        <source>Kafka: %1</source>
        <translation>Kafka: %1</translation>
    </message>
    <message>
        <source>bootstrap.servers=%1 (copied to the clipboard)</source>
        <translation>bootstrap.servers=%1 (in die Zwischenablage kopiert)</translation>
    </message>
    <message>
        <source>Ports 19092 and up are taken: Kafka listeners on free ports (addresses copied).</source>
        <translation>Ports ab 19092 belegt: Kafka-Listener auf freien Ports (Adressen kopiert).</translation>
    </message>
    <message>
        <source>Kafka listeners on (addresses copied).</source>
        <translation>Kafka-Listener an (Adressen kopiert).</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>&amp;Export Chart</source>
        <translation>Diagramm &amp;exportieren</translation>
    </message>
    <message>
        <source>Brokerbench &amp;Guide</source>
        <translation>Brokerbench-&amp;Anleitung</translation>
    </message>
    <message>
        <source>&amp;Scenario Format</source>
        <translation>&amp;Szenarioformat</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Benutzeranleitung</translation>
    </message>
    <message>
        <source>Getting Started and the Engine</source>
        <translation>Erste Schritte und die Engine</translation>
    </message>
    <message>
        <source>Scenario Format</source>
        <translation>Szenarioformat</translation>
    </message>
    <message>
        <source>Consumer Groups</source>
        <translation>Consumer-Gruppen</translation>
    </message>
    <message>
        <source>Queues and Routing</source>
        <translation>Queues und Routing</translation>
    </message>
    <message>
        <source>Workbench Files</source>
        <translation>Workbench-Dateien</translation>
    </message>
    <message>
        <source>Admin API</source>
        <translation>Admin-API</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cluster&lt;/b&gt;&lt;p&gt;One card per broker node: its state, the partitions it leads and hosts, bytes stored and unflushed writes. Crash, Power loss, Restart and Isolate inject faults into the running cluster.&lt;/p&gt;&lt;p&gt;The table lists every partition: leader, replicas, in-sync replicas, leader epoch, high watermark, log end and the largest consumer lag. Amber rows are under-replicated, red ones offline.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Cluster&lt;/b&gt;&lt;p&gt;Eine Karte je Broker-Knoten: sein Zustand, die Partitionen, die er führt und hält, gespeicherte Bytes und noch nicht geschriebene Daten. Absturz, Stromausfall, Neustart und Isolieren lösen Fehler im laufenden Cluster aus.&lt;/p&gt;&lt;p&gt;Die Tabelle zeigt jede Partition: Leader, Replikate, synchrone Replikate, Leader-Epoche, High Watermark, Logende und den größten Consumer-Rückstand. Gelbe Zeilen sind unterrepliziert, rote offline.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scenario&lt;/b&gt;&lt;p&gt;The scenario&apos;s name, seed and nodes, and its fault plan: the faults it injects at fixed virtual times.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Szenario&lt;/b&gt;&lt;p&gt;Name, Seed und Knoten des Szenarios und sein Fehlerplan: die Fehler, die es zu festen virtuellen Zeiten auslöst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Event Log&lt;/b&gt;&lt;p&gt;What the cluster did, in sentences: elections, ISR changes, fencing, truncation, rebalances and transactions, with their virtual times.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Ereignisprotokoll&lt;/b&gt;&lt;p&gt;Was der Cluster getan hat, in Sätzen: Wahlen, ISR-Änderungen, Fencing, Kürzungen, Rebalances und Transaktionen, mit ihren virtuellen Zeiten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Partition Logs&lt;/b&gt;&lt;p&gt;Each replica&apos;s log from its start to its end, with the high watermark marked: a follower falling behind or truncating shows here. Click a partition to browse its records.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Partitions-Logs&lt;/b&gt;&lt;p&gt;Das Log jedes Replikats von Anfang bis Ende, mit markierter High Watermark: Ein Follower, der zurückfällt oder kürzt, ist hier zu sehen. Ein Klick auf eine Partition zeigt ihre Datensätze.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Charts&lt;/b&gt;&lt;p&gt;Throughput, produce latency, consumer lag, end-to-end latency and queue depth over virtual time. Hover to read values; right-click to export PNG or CSV.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Diagramme&lt;/b&gt;&lt;p&gt;Durchsatz, Produce-Latenz, Consumer-Rückstand, Ende-zu-Ende-Latenz und Queue-Tiefe über der virtuellen Zeit. Mit der Maus Werte ablesen; Rechtsklick exportiert PNG oder CSV.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Messages&lt;/b&gt;&lt;p&gt;Page through a partition&apos;s records. Select one to trace it: whether it is committed, which replicas hold it, who wrote it and which groups consumed it.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Nachrichten&lt;/b&gt;&lt;p&gt;Durch die Datensätze einer Partition blättern. Ein gewählter Datensatz wird verfolgt: ob er committet ist, welche Replikate ihn halten, wer ihn schrieb und welche Gruppen ihn konsumiert haben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Publish&lt;/b&gt;&lt;p&gt;Write records by hand with acks 0, 1 or all, idempotently or in a transaction you commit or abort, or repeat one at a rate.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Senden&lt;/b&gt;&lt;p&gt;Datensätze von Hand schreiben, mit acks 0, 1 oder all, idempotent oder in einer Transaktion, die Sie committen oder abbrechen, oder einen mit fester Rate wiederholen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consume&lt;/b&gt;&lt;p&gt;Join a consumer group with a consumer of your own and watch its assignment, positions and lag; commit by hand or automatically.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Konsumieren&lt;/b&gt;&lt;p&gt;Mit einem eigenen Consumer einer Gruppe beitreten und Zuweisung, Positionen und Rückstand beobachten; von Hand oder automatisch committen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Producers&lt;/b&gt;&lt;p&gt;Each producer&apos;s sent, acknowledged, failed and retried records and its latency percentiles.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Producer&lt;/b&gt;&lt;p&gt;Gesendete, bestätigte, fehlgeschlagene und wiederholte Datensätze jedes Producers und seine Latenz-Perzentile.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Groups&lt;/b&gt;&lt;p&gt;Consumer groups: state, generation, members and per partition the committed offset and lag. Crash Member, Add Member and Stop Member act on the selected group.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Gruppen&lt;/b&gt;&lt;p&gt;Consumer-Gruppen: Zustand, Generation, Mitglieder und je Partition der committete Offset und der Rückstand. Mitglied abstürzen lassen, Mitglied hinzufügen und Mitglied beenden wirken auf die gewählte Gruppe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clients&lt;/b&gt;&lt;p&gt;Real Kafka clients connected to the Kafka listeners (Simulation menu), with what they asked for.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Clients&lt;/b&gt;&lt;p&gt;Echte Kafka-Clients, die mit den Kafka-Listenern verbunden sind (Menü Simulation), mit ihren Anfragen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nodes&lt;/b&gt;&lt;p&gt;The node cards&apos; figures as a table, one row per node.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Knoten&lt;/b&gt;&lt;p&gt;Die Zahlen der Knotenkarten als Tabelle, eine Zeile je Knoten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lab&lt;/b&gt;&lt;p&gt;Runs delivery pipelines side by side under the same faults and counts what each lost and duplicated. Click a lost or duplicated record to read what caused it.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Labor&lt;/b&gt;&lt;p&gt;Lässt Zustellungs-Pipelines nebeneinander unter denselben Fehlern laufen und zählt, was jede verloren und doppelt zugestellt hat. Ein Klick auf einen verlorenen oder doppelten Datensatz zeigt die Ursache.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queues&lt;/b&gt;&lt;p&gt;Each queue&apos;s ready, unacknowledged and dead-lettered messages.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Queues&lt;/b&gt;&lt;p&gt;Bereite, unbestätigte und in die Dead-Letter-Queue verschobene Nachrichten jeder Queue.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Topology&lt;/b&gt;&lt;p&gt;The scenario as a diagram. Add and connect topics, producers, services, queues and exchanges and change their settings; every edit can be undone and the running cluster follows it.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Topologie&lt;/b&gt;&lt;p&gt;Das Szenario als Diagramm. Topics, Producer, Dienste, Queues und Exchanges hinzufügen, verbinden und einstellen; jede Änderung lässt sich rückgängig machen, und der laufende Cluster folgt ihr.&lt;/p&gt;</translation>
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
    <message>
        <source>%1 holds no records yet, so there is no offset %2 to go to.</source>
        <translation>%1 enthält noch keine Datensätze, daher gibt es keinen Offset %2.</translation>
    </message>
    <message>
        <source>Offset %1 is outside %2, which holds offsets %3 to %4; type one in that range.</source>
        <translation>Offset %1 liegt außerhalb von %2, das die Offsets %3 bis %4 enthält; geben Sie einen aus diesem Bereich ein.</translation>
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
    <message>
        <source>No data yet: run the simulation</source>
        <translation>Noch keine Daten: Starten Sie die Simulation</translation>
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
    <message>
        <source>%1 · Kafka :%2</source>
        <translation>%1 · Kafka :%2</translation>
    </message>
    <message>
        <source>%1. Kafka clients connect to %2.</source>
        <translation>%1. Kafka-Clients verbinden sich mit %2.</translation>
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
    <message>
        <source>The process runs, but the controller no longer counts it as alive: it is cut off from the controller.</source>
        <translation>Der Prozess läuft, aber der Controller hält ihn nicht mehr für lebendig: Er ist vom Controller getrennt.</translation>
    </message>
    <message>
        <source>The process runs and is registering with the controller; it serves no partition yet.</source>
        <translation>Der Prozess läuft und registriert sich beim Controller; er bedient noch keine Partition.</translation>
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
        <source>Data lost</source>
        <translation>Daten verloren</translation>
    </message>
    <message>
        <source>Data lost on damaged storage: node %1, the only in-sync replica, came back without offsets %2 to %3, and no other in-sync replica held them. Consumers never get those records; the partition serves what is left.</source>
        <translation>Daten auf beschädigtem Speicher verloren: Knoten %1, das einzige synchrone Replikat, kam ohne die Offsets %2 bis %3 zurück, und kein anderes synchrones Replikat hatte sie. Consumer erhalten diese Datensätze nie; die Partition liefert, was übrig ist.</translation>
    </message>
    <message>
        <source>Data lost on damaged storage: node %1, the only in-sync replica, came back with an empty log (its database was set aside), and no other in-sync replica held its records. The partition starts again from what is written next.</source>
        <translation>Daten auf beschädigtem Speicher verloren: Knoten %1, das einzige synchrone Replikat, kam mit leerem Log zurück (seine Datenbank wurde beiseitegelegt), und kein anderes synchrones Replikat hatte seine Datensätze. Die Partition beginnt neu mit dem, was als Nächstes geschrieben wird.</translation>
    </message>
    <message>
        <source>No replica can lead right now: writes and reads fail until one returns.</source>
        <translation>Gerade kann kein Replikat führen: Schreiben und Lesen schlagen fehl, bis eines zurückkehrt.</translation>
    </message>
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
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>No leader yet: the controller elects one once the replicas&apos; nodes have registered.</source>
        <translation>Noch kein Leader: Der Controller wählt einen, sobald sich die Knoten der Replikate registriert haben.</translation>
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
    <message>
        <source>Not known for a Kafka client: only its requests and their answers pass through the listeners.</source>
        <translation>Bei einem Kafka-Client nicht bekannt: Nur seine Anfragen und deren Antworten laufen durch die Listener.</translation>
    </message>
    <message>
        <source>%1 (external)</source>
        <translation>%1 (extern)</translation>
    </message>
    <message>
        <source>A Kafka client with client id &quot;%1&quot;, producing through the Kafka listeners; acks as in its latest request.</source>
        <translation>Ein Kafka-Client mit der Client-ID „%1“, der über die Kafka-Listener produziert; Acks wie in seiner letzten Anfrage.</translation>
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
    <message>
        <source>Transaction of %1 not committed: %2</source>
        <translation>Transaktion mit %1 nicht festgeschrieben: %2</translation>
    </message>
    <message>
        <source>Transaction committed: %1</source>
        <translation>Transaktion festgeschrieben: %1</translation>
    </message>
    <message>
        <source>Transaction aborted: %1</source>
        <translation>Transaktion abgebrochen: %1</translation>
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
    <message>
        <source>enable.idempotence: the producer numbers its batches, so the leader drops a retry whose acknowledgement was lost instead of writing it twice. Implies acks=all.</source>
        <translation>enable.idempotence: Der Producer nummeriert seine Batches, sodass der Leader eine Wiederholung, deren Bestätigung verloren ging, verwirft, statt sie doppelt zu schreiben. Setzt acks=all voraus.</translation>
    </message>
    <message>
        <source>transactional.id: records go into a transaction that read_committed consumers see only once you commit it, and never if you abort it. Implies idempotence.</source>
        <translation>transactional.id: Datensätze gehen in eine Transaktion, die read_committed-Consumer erst sehen, wenn Sie sie festschreiben, und nie, wenn Sie sie abbrechen. Setzt Idempotenz voraus.</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>&amp;Festschreiben</translation>
    </message>
    <message>
        <source>Commit the open transaction: its records become visible to read_committed consumers</source>
        <translation>Die offene Transaktion festschreiben: Ihre Datensätze werden für read_committed-Consumer sichtbar</translation>
    </message>
    <message>
        <source>A&amp;bort</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>Abort the open transaction: its records stay in the log, but read_committed consumers skip them</source>
        <translation>Die offene Transaktion abbrechen: Ihre Datensätze bleiben im Log, aber read_committed-Consumer überspringen sie</translation>
    </message>
    <message>
        <source>An idempotent producer always uses acks=all</source>
        <translation>Ein idempotenter Producer verwendet immer acks=all</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Offen: %1</translation>
    </message>
    <message>
        <source>None open</source>
        <translation>Keine offen</translation>
    </message>
    <message>
        <source>The open transaction holds %1; read_committed consumers see them once you commit.</source>
        <translation>Die offene Transaktion enthält %1; read_committed-Consumer sehen sie, sobald Sie festschreiben.</translation>
    </message>
    <message>
        <source>No transaction is open: the next send begins one.</source>
        <translation>Keine Transaktion offen: Das nächste Senden beginnt eine.</translation>
    </message>
    <message>
        <source> · %1 transactions committed</source>
        <translation> · %1 Transaktionen festgeschrieben</translation>
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
    <name>bb::RecordText</name>
    <message numerus="yes">
        <source>... %n more bytes</source>
        <translation>
            <numerusform>... noch %n Byte</numerusform>
            <numerusform>... noch %n Bytes</numerusform>
        </translation>
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
    <message>
        <source>&amp;Value as</source>
        <translation>&amp;Wert als</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>no consumer group reads this partition</source>
        <translation>keine Consumer-Gruppe liest diese Partition</translation>
    </message>
    <message>
        <source>nothing committed yet</source>
        <translation>noch nichts committet</translation>
    </message>
    <message>
        <source>consumed and committed (the group is at offset %1)</source>
        <translation>konsumiert und committet (die Gruppe steht bei Offset %1)</translation>
    </message>
    <message>
        <source>not yet (the group is at offset %1)</source>
        <translation>noch nicht (die Gruppe steht bei Offset %1)</translation>
    </message>
    <message>
        <source>%1, not JSON; as text:</source>
        <translation>%1, kein JSON; als Text:</translation>
    </message>
    <message>
        <source>Consumed by</source>
        <translation>Konsumiert von</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Select a record to see its trace: whether it is committed, which replicas hold it, who wrote it and which groups consumed it.</source>
        <translation>Wählen Sie einen Datensatz, um ihn zu verfolgen: ob er committet ist, welche Replikate ihn halten, wer ihn schrieb und welche Gruppen ihn konsumiert haben.</translation>
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
    <name>bb::ShortcutList</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
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
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
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
    <name>bb::TopologyEditor</name>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a node, topic, queue, exchange, producer, service, publisher, requester or responder</source>
        <translation>Einen Knoten, ein Topic, eine Queue, einen Exchange, einen Producer, einen Service, einen Publisher, einen Requester oder einen Responder hinzufügen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Drag from one box to another to connect them: a producer to a topic, a topic to a service, a service to the topic it emits to, an exchange to a topic or queue, ...</source>
        <translation>Ziehen Sie von einem Kasten zu einem anderen, um sie zu verbinden: einen Producer mit einem Topic, ein Topic mit einem Service, einen Service mit dem Topic, in das er schreibt, einen Exchange mit einem Topic oder einer Queue, ...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected boxes or arrows (Del)</source>
        <translation>Die ausgewählten Kästen oder Pfeile löschen (Entf)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <source>Put every box back in its column</source>
        <translation>Jeden Kasten zurück in seine Spalte setzen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole diagram (Ctrl+wheel zooms)</source>
        <translation>Das ganze Diagramm zeigen (Strg+Mausrad zoomt)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
    <message>
        <source>Delete the connection from %1 to %2</source>
        <translation>Die Verbindung von %1 zu %2 löschen</translation>
    </message>
    <message>
        <source>the connection from %1 to %2</source>
        <translation>die Verbindung von %1 zu %2</translation>
    </message>
    <message>
        <source>Delete %1 items</source>
        <translation>%1 Elemente löschen</translation>
    </message>
    <message>
        <source>added to the running cluster</source>
        <translation>zum laufenden Cluster hinzugefügt</translation>
    </message>
    <message>
        <source>the cluster could not be rebuilt: %1</source>
        <translation>der Cluster konnte nicht neu aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>the cluster restarted from the edited scenario (same seed)</source>
        <translation>der Cluster wurde aus dem bearbeiteten Szenario neu gestartet (gleicher Seed)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Connect to</source>
        <translation>&amp;Verbinden mit</translation>
    </message>
    <message>
        <source>&amp;Delete %1</source>
        <translation>%1 &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Delete Connection</source>
        <translation>Verbindung &amp;löschen</translation>
    </message>
</context>
<context>
    <name>bb::TopologyProperties</name>
    <message>
        <source>Set %1 of %2</source>
        <translation>%1 von %2 setzen</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Select a box or an arrow to see and change its settings. Add elements with the Add menu; connect two with Connect (drag from one to the other) or the context menu.</source>
        <translation>Wählen Sie einen Kasten oder einen Pfeil, um seine Einstellungen zu sehen und zu ändern. Elemente fügen Sie über das Menü „Hinzufügen“ hinzu; zwei verbinden Sie mit „Verbinden“ (von einem zum anderen ziehen) oder über das Kontextmenü.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Every node has the same settings. Changing the cluster restarts the scenario.</source>
        <translation>Jeder Knoten hat dieselben Einstellungen. Eine Änderung am Cluster startet das Szenario neu.</translation>
    </message>
    <message>
        <source>&amp;Nodes</source>
        <translation>&amp;Knoten</translation>
    </message>
    <message>
        <source>&amp;Storage</source>
        <translation>&amp;Speicher</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>SQLite (durable)</source>
        <translation>SQLite (dauerhaft)</translation>
    </message>
    <message>
        <source>&amp;Flush</source>
        <translation>&amp;Flush</translation>
    </message>
    <message>
        <source>every batch</source>
        <translation>bei jedem Batch</translation>
    </message>
    <message>
        <source>at an interval</source>
        <translation>in einem Intervall</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Flush &amp;interval</source>
        <translation>Flush-&amp;Intervall</translation>
    </message>
    <message>
        <source>Network &amp;latency</source>
        <translation>Netzwerk-&amp;Latenz</translation>
    </message>
    <message>
        <source>Network &amp;jitter</source>
        <translation>Netzwerk-&amp;Jitter</translation>
    </message>
    <message>
        <source>Network l&amp;oss</source>
        <translation>Netzwerk-&amp;Verlust</translation>
    </message>
    <message>
        <source>&amp;Partitions</source>
        <translation>&amp;Partitionen</translation>
    </message>
    <message>
        <source>&amp;Replication factor</source>
        <translation>&amp;Replikationsfaktor</translation>
    </message>
    <message>
        <source>&amp;Min in-sync replicas</source>
        <translation>&amp;Min. synchrone Replikate</translation>
    </message>
    <message>
        <source>&amp;Unclean election</source>
        <translation>&amp;Unsaubere Wahl</translation>
    </message>
    <message>
        <source>A replica outside the ISR may become leader: the partition stays available, but acknowledged writes can be lost.</source>
        <translation>Ein Replikat außerhalb der ISR darf Leader werden: Die Partition bleibt verfügbar, aber bestätigte Schreibvorgänge können verloren gehen.</translation>
    </message>
    <message>
        <source>Re&amp;tention</source>
        <translation>Auf&amp;bewahrung</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>&amp;Compacted</source>
        <translation>&amp;Kompaktiert</translation>
    </message>
    <message>
        <source>Compaction keeps the last record per key.</source>
        <translation>Die Kompaktierung behält den letzten Datensatz pro Schlüssel.</translation>
    </message>
    <message>
        <source>Its records live in the topic &quot;%1&quot;.</source>
        <translation>Seine Datensätze liegen im Topic „%1“.</translation>
    </message>
    <message>
        <source>&amp;Visibility timeout</source>
        <translation>&amp;Sichtbarkeits-Timeout</translation>
    </message>
    <message>
        <source>Max &amp;deliveries</source>
        <translation>Max. &amp;Zustellungen</translation>
    </message>
    <message>
        <source>Dead-&amp;letter topic</source>
        <translation>Dead-&amp;Letter-Topic</translation>
    </message>
    <message>
        <source>&amp;FIFO order</source>
        <translation>&amp;FIFO-Reihenfolge</translation>
    </message>
    <message>
        <source>In order per message group (the header &quot;group&quot;, else the key).</source>
        <translation>Geordnet pro Nachrichtengruppe (der Header „group“, sonst der Schlüssel).</translation>
    </message>
    <message>
        <source>D&amp;eduplication window</source>
        <translation>D&amp;eduplizierungsfenster</translation>
    </message>
    <message>
        <source>Select one of its arrows to change that binding&apos;s key.</source>
        <translation>Wählen Sie einen seiner Pfeile, um den Schlüssel dieser Bindung zu ändern.</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>topic</translation>
    </message>
    <message>
        <source>fanout</source>
        <translation>fanout</translation>
    </message>
    <message>
        <source>headers</source>
        <translation>headers</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Topic</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>&amp;Rate</translation>
    </message>
    <message>
        <source> rec/s</source>
        <translation> Datensätze/s</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Value size</source>
        <translation>&amp;Wertgröße</translation>
    </message>
    <message>
        <source> B</source>
        <translation> B</translation>
    </message>
    <message>
        <source>&amp;Acks</source>
        <translation>&amp;Acks</translation>
    </message>
    <message>
        <source>&amp;Idempotent</source>
        <translation>&amp;Idempotent</translation>
    </message>
    <message>
        <source>&amp;Linger</source>
        <translation>&amp;Linger</translation>
    </message>
    <message>
        <source>&amp;Batch records</source>
        <translation>&amp;Batch-Datensätze</translation>
    </message>
    <message>
        <source>Max in &amp;flight</source>
        <translation>Max. in &amp;Flight</translation>
    </message>
    <message>
        <source>&amp;Partitioner</source>
        <translation>&amp;Partitionierer</translation>
    </message>
    <message>
        <source>key hash</source>
        <translation>Schlüssel-Hash</translation>
    </message>
    <message>
        <source>round robin</source>
        <translation>Round Robin</translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation>&amp;Beginnt bei</translation>
    </message>
    <message>
        <source>St&amp;ops at</source>
        <translation>E&amp;ndet bei</translation>
    </message>
    <message>
        <source>Consumers of the queue &quot;%1&quot;.</source>
        <translation>Consumer der Queue „%1“.</translation>
    </message>
    <message>
        <source>A consumer group reading %1.</source>
        <translation>Eine Consumer-Gruppe, die %1 liest.</translation>
    </message>
    <message>
        <source>&amp;Consumers</source>
        <translation>&amp;Consumer</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <source>&amp;Processing time</source>
        <translation>&amp;Verarbeitungszeit</translation>
    </message>
    <message>
        <source>&amp;Assignor</source>
        <translation>&amp;Zuteilungsstrategie</translation>
    </message>
    <message>
        <source>C&amp;ommit</source>
        <translation>C&amp;ommit</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>manual, after each batch</source>
        <translation>manuell, nach jedem Batch</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Zustellung</translation>
    </message>
    <message>
        <source>pull</source>
        <translation>Pull</translation>
    </message>
    <message>
        <source>push</source>
        <translation>Push</translation>
    </message>
    <message>
        <source>&amp;Isolation</source>
        <translation>&amp;Isolation</translation>
    </message>
    <message>
        <source>read uncommitted</source>
        <translation>read uncommitted</translation>
    </message>
    <message>
        <source>read committed</source>
        <translation>read committed</translation>
    </message>
    <message>
        <source>Offset &amp;reset</source>
        <translation>Offset-&amp;Reset</translation>
    </message>
    <message>
        <source>earliest</source>
        <translation>earliest</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>latest</translation>
    </message>
    <message>
        <source>Max poll &amp;records</source>
        <translation>Max. Poll-&amp;Datensätze</translation>
    </message>
    <message>
        <source>Pre&amp;fetch</source>
        <translation>Pre&amp;fetch</translation>
    </message>
    <message>
        <source>D&amp;eduplicate</source>
        <translation>D&amp;eduplizieren</translation>
    </message>
    <message>
        <source>An idempotent consumer: ids it already handled are skipped.</source>
        <translation>Ein idempotenter Consumer: bereits verarbeitete IDs werden übersprungen.</translation>
    </message>
    <message>
        <source>Publishes through its exchange, cycling over the routing keys.</source>
        <translation>Veröffentlicht über seinen Exchange und durchläuft dabei die Routing-Schlüssel reihum.</translation>
    </message>
    <message>
        <source>Routing &amp;keys</source>
        <translation>Routing-&amp;Schlüssel</translation>
    </message>
    <message>
        <source> msg/s</source>
        <translation> Nachr./s</translation>
    </message>
    <message>
        <source>Re&amp;quest topic</source>
        <translation>Anfra&amp;ge-Topic</translation>
    </message>
    <message>
        <source>Re&amp;ply topic</source>
        <translation>Ant&amp;wort-Topic</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> Anfr./s</translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation>&amp;Timeout</translation>
    </message>
    <message>
        <source>Instances read disjoint partitions of the request topic.</source>
        <translation>Instanzen lesen disjunkte Partitionen des Anfrage-Topics.</translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation>&amp;Instanzen</translation>
    </message>
    <message>
        <source>%1 emits to %2</source>
        <translation>%1 schreibt Events in %2</translation>
    </message>
    <message>
        <source>For every record it handles, the service writes an event here.</source>
        <translation>Für jeden verarbeiteten Datensatz schreibt der Service hier ein Event.</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Event</translation>
    </message>
    <message>
        <source>%1 routes to %2</source>
        <translation>%1 routet zu %2</translation>
    </message>
    <message>
        <source>A topic exchange matches the key as a pattern: * is one word, # any number of words.</source>
        <translation>Ein Topic-Exchange behandelt den Schlüssel als Muster: * ist ein Wort, # beliebig viele Wörter.</translation>
    </message>
    <message>
        <source>A direct exchange routes messages whose routing key equals the binding key.</source>
        <translation>Ein Direct-Exchange routet Nachrichten, deren Routing-Schlüssel dem Binding-Schlüssel gleicht.</translation>
    </message>
    <message>
        <source>This exchange type ignores binding keys.</source>
        <translation>Dieser Exchange-Typ ignoriert Binding-Schlüssel.</translation>
    </message>
    <message>
        <source>Binding &amp;key</source>
        <translation>Binding-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>%1 sends failures to %2</source>
        <translation>%1 sendet Fehlschläge an %2</translation>
    </message>
    <message>
        <source>Fails &amp;every</source>
        <translation>Schlägt &amp;fehl bei jedem</translation>
    </message>
    <message>
        <source> th record</source>
        <translation>. Datensatz</translation>
    </message>
    <message>
        <source>%1 writes to %2</source>
        <translation>%1 schreibt in %2</translation>
    </message>
    <message>
        <source>Connect the producer to another topic to move it.</source>
        <translation>Verbinden Sie den Producer mit einem anderen Topic, um ihn zu verschieben.</translation>
    </message>
    <message>
        <source>%1 reads %2</source>
        <translation>%1 liest %2</translation>
    </message>
    <message>
        <source>Delete the arrow to stop reading it.</source>
        <translation>Löschen Sie den Pfeil, um das Lesen zu beenden.</translation>
    </message>
    <message>
        <source>%1 publishes to %2</source>
        <translation>%1 veröffentlicht in %2</translation>
    </message>
    <message>
        <source>%1 sends requests to %2</source>
        <translation>%1 sendet Anfragen an %2</translation>
    </message>
    <message>
        <source>%1 reads replies from %2</source>
        <translation>%1 liest Antworten aus %2</translation>
    </message>
    <message>
        <source>%1 answers requests from %2</source>
        <translation>%1 beantwortet Anfragen aus %2</translation>
    </message>
    <message>
        <source>%1 dead-letters to %2</source>
        <translation>%1 leitet Dead Letters an %2</translation>
    </message>
    <message>
        <source>Records delivered more often than the queue&apos;s max deliveries go here.</source>
        <translation>Datensätze, die öfter zugestellt wurden, als die Queue maximal zulässt, landen hier.</translation>
    </message>
</context>
<context>
    <name>bb::TopologyScene</name>
    <message>
        <source>Cluster · 1 node</source>
        <translation>Cluster · 1 Knoten</translation>
    </message>
    <message>
        <source>Cluster · %1 nodes</source>
        <translation>Cluster · %1 Knoten</translation>
    </message>
</context>
<context>
    <name>bb::TopologyText</name>
    <message>
        <source>1 partition</source>
        <translation>1 Partition</translation>
    </message>
    <message>
        <source>%1 partitions</source>
        <translation>%1 Partitionen</translation>
    </message>
    <message>
        <source> × RF %1</source>
        <translation> × RF %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
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
        <source>flush every batch</source>
        <translation>Flush bei jedem Batch</translation>
    </message>
    <message>
        <source>flush %1</source>
        <translation>Flush %1</translation>
    </message>
    <message>
        <source>never flushes</source>
        <translation>kein Flush</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>min ISR %1</source>
        <translation>min. ISR %1</translation>
    </message>
    <message>
        <source>compacted</source>
        <translation>kompaktiert</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>%1 exchange</source>
        <translation>%1-Exchange</translation>
    </message>
    <message>
        <source>1 binding</source>
        <translation>1 Binding</translation>
    </message>
    <message>
        <source>%1 bindings</source>
        <translation>%1 Bindings</translation>
    </message>
    <message>
        <source>idempotent</source>
        <translation>idempotent</translation>
    </message>
    <message>
        <source>1 key</source>
        <translation>1 Schlüssel</translation>
    </message>
    <message>
        <source>%1 keys</source>
        <translation>%1 Schlüssel</translation>
    </message>
    <message>
        <source>no keys</source>
        <translation>keine Schlüssel</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 Mitglied</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 Mitglieder</translation>
    </message>
    <message>
        <source>1 consumer</source>
        <translation>1 Consumer</translation>
    </message>
    <message>
        <source>%1 consumers</source>
        <translation>%1 Consumer</translation>
    </message>
    <message>
        <source>manual commit</source>
        <translation>manueller Commit</translation>
    </message>
    <message>
        <source>auto commit</source>
        <translation>automatischer Commit</translation>
    </message>
    <message>
        <source>push</source>
        <translation>Push</translation>
    </message>
    <message>
        <source>1 routing key</source>
        <translation>1 Routing-Schlüssel</translation>
    </message>
    <message>
        <source>%1 routing keys</source>
        <translation>%1 Routing-Schlüssel</translation>
    </message>
    <message>
        <source>timeout %1</source>
        <translation>Timeout %1</translation>
    </message>
    <message>
        <source>1 instance</source>
        <translation>1 Instanz</translation>
    </message>
    <message>
        <source>%1 instances</source>
        <translation>%1 Instanzen</translation>
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
    <message>
        <source>--select: the scenario has no topic, queue, producer or other element named &quot;%1&quot;.</source>
        <translation>--select: Das Szenario hat kein Topic, keine Queue, keinen Producer und kein anderes Element namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>With --screenshot: the window&apos;s size in pixels (default 1400x900).</source>
        <translation>Mit --screenshot: die Größe des Fensters in Pixeln (Standard 1400x900).</translation>
    </message>
    <message>
        <source>With --screenshot: select this topology element (a topic, producer, ... by name) so the Topology dock shows its properties.</source>
        <translation>Mit --screenshot: dieses Topologie-Element (ein Topic, einen Producer, … nach Namen) auswählen, damit das Topologie-Dock seine Eigenschaften zeigt.</translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT in pixels, at least 320x240, for example 1280x720; got &quot;%1&quot;.</source>
        <translation>--size erwartet BREITExHÖHE in Pixeln, mindestens 320x240, zum Beispiel 1280x720; erhalten: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Start with Simulation &gt; Kafka Listeners on: real Kafka clients connect to the nodes on ports 19092 and up.</source>
        <translation>Mit eingeschaltetem Simulation &gt; Kafka-Listener starten: Echte Kafka-Clients verbinden sich mit den Knoten auf den Ports ab 19092.</translation>
    </message>
</context>
</TS>
