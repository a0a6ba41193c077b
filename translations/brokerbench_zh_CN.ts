<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>bb::ClientTableModel</name>
    <message>
        <source>%1 (TLS)</source>
        <translation>%1（TLS）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>closed by the client</source>
        <translation>已由客户端关闭</translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation>已关闭：%1</translation>
    </message>
    <message>
        <source>No client id yet: it comes with the client&apos;s requests.</source>
        <translation>尚无客户端 ID：它随客户端的请求而来。</translation>
    </message>
    <message>
        <source>The client id of its latest request: %1</source>
        <translation>其最近一次请求的客户端 ID：%1</translation>
    </message>
    <message>
        <source>Not authenticated (the listeners ask for SASL only when given users).</source>
        <translation>未认证（只有配置了用户时，监听器才要求 SASL）。</translation>
    </message>
    <message>
        <source>Authenticated with SASL as %1</source>
        <translation>已通过 SASL 认证为 %1</translation>
    </message>
    <message>
        <source>Connected at %1, open for %2</source>
        <translation>连接于 %1，已打开 %2</translation>
    </message>
    <message>
        <source>Connected at %1, closed at %2 after %3</source>
        <translation>连接于 %1，于 %2 关闭，历时 %3</translation>
    </message>
    <message>
        <source>No request answered yet.</source>
        <translation>尚未应答任何请求。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Answers carrying an error code, and requests refused.</source>
        <translation>带错误码的应答，以及被拒绝的请求。</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>最近：%1</translation>
    </message>
    <message>
        <source>Received %1, sent %2</source>
        <translation>接收 %1，发送 %2</translation>
    </message>
    <message>
        <source>Requests answered or refused; hover over a row for them per API.</source>
        <translation>已应答或被拒绝的请求；将鼠标悬停在某一行上可查看各 API 的数量。</translation>
    </message>
    <message>
        <source>Answers carrying a Kafka error code, and requests refused (the connection then closes).</source>
        <translation>带 Kafka 错误码的应答，以及被拒绝的请求（连接随后关闭）。</translation>
    </message>
    <message>
        <source>Bytes received from the client / sent to it.</source>
        <translation>从客户端接收 / 发送给它的字节数。</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>连接时间</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Bytes in / out</source>
        <translation>字节 入 / 出</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>bb::ClientsView</name>
    <message>
        <source>The Kafka listeners are off, so no real Kafka client can connect. Turn them on with Simulation &gt; Kafka Listeners: each node then listens on its own port, and the clients that connect (kcat, librdkafka, kafka-python, Java) show here with their client id, requests and errors.</source>
        <translation>Kafka 监听器已关闭，因此真实的 Kafka 客户端无法连接。请通过“模拟 &gt; Kafka 监听器”打开：之后每个节点在各自的端口上监听，连接进来的客户端（kcat、librdkafka、kafka-python、Java）会连同其客户端 ID、请求和错误显示在这里。</translation>
    </message>
    <message>
        <source>Listening on %1. No Kafka client has connected yet: give one bootstrap.servers=%2.</source>
        <translation>正在 %1 上监听。尚无 Kafka 客户端连接：给客户端设置 bootstrap.servers=%2。</translation>
    </message>
    <message>
        <source>Listening on %1. Open: %2; closed: %3 (the latest %4 are kept).</source>
        <translation>正在 %1 上监听。打开：%2；已关闭：%3（保留最近 %4 个）。</translation>
    </message>
</context>
<context>
    <name>bb::ClusterView</name>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>power loss on node %1</source>
        <translation>节点 %1 断电</translation>
    </message>
    <message>
        <source>crash node %1</source>
        <translation>使节点 %1 崩溃</translation>
    </message>
    <message>
        <source>restart node %1</source>
        <translation>重启节点 %1</translation>
    </message>
    <message>
        <source>isolate node %1</source>
        <translation>隔离节点 %1</translation>
    </message>
    <message>
        <source>reconnect node %1</source>
        <translation>重新连接节点 %1</translation>
    </message>
    <message>
        <source>%1 of %2 up</source>
        <translation>%2 个中 %1 个运行中</translation>
    </message>
    <message>
        <source>1 topic</source>
        <translation>1 个主题</translation>
    </message>
    <message>
        <source>%1 topics</source>
        <translation>%1 个主题</translation>
    </message>
    <message>
        <source> · %1 lost data on damaged storage</source>
        <translation> · %1 个因存储损坏丢失数据</translation>
    </message>
    <message>
        <source>%1 in %2 · %3 under-replicated · %4 offline</source>
        <translation>%2中的 %1 · %3 个副本不足 · %4 个离线</translation>
    </message>
    <message>
        <source>1 partition</source>
        <translation>1 个分区</translation>
    </message>
    <message>
        <source>%1 partitions</source>
        <translation>%1 个分区</translation>
    </message>
    <message>
        <source>%1 in %2 · %3 starting, electing their first leaders</source>
        <translation>%2 中的 %1 · %3 个正在启动，正在选举首个 leader</translation>
    </message>
</context>
<context>
    <name>bb::ConsumePanel</name>
    <message>
        <source>none: every partition, no group</source>
        <translation>无：所有分区，不加入消费组</translation>
    </message>
    <message>
        <source>The consumer group to join; empty: read every partition alone (assign), without commits</source>
        <translation>要加入的消费组；留空：独自读取所有分区（assign），不提交</translation>
    </message>
    <message>
        <source>Where to start in a partition the group has no committed offset for</source>
        <translation>在消费组没有已提交偏移量的分区中从何处开始</translation>
    </message>
    <message>
        <source>earliest</source>
        <translation>earliest</translation>
    </message>
    <message>
        <source>From the first record still in the log</source>
        <translation>从日志中仍保留的第一条记录开始</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>latest</translation>
    </message>
    <message>
        <source>Only records written from now on</source>
        <translation>仅读取从现在起写入的记录</translation>
    </message>
    <message>
        <source>How the consumer&apos;s positions become the group&apos;s committed offsets</source>
        <translation>消费者的位置如何成为消费组的已提交偏移量</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Only when you press Commit</source>
        <translation>仅在你点击“提交”时</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Every second, and on Stop</source>
        <translation>每秒一次，以及停止时</translation>
    </message>
    <message>
        <source>How records reach the application</source>
        <translation>记录如何到达应用程序</translation>
    </message>
    <message>
        <source>pull</source>
        <translation>拉取</translation>
    </message>
    <message>
        <source>Records wait in the consumer&apos;s buffer until you press Poll</source>
        <translation>记录在消费者的缓冲区中等待，直到你点击“拉取”</translation>
    </message>
    <message>
        <source>push</source>
        <translation>推送</translation>
    </message>
    <message>
        <source>Records are handed over as they arrive</source>
        <translation>记录一到达就立即交付</translation>
    </message>
    <message>
        <source>Which records of transactions the consumer sees</source>
        <translation>消费者能看到事务中的哪些记录</translation>
    </message>
    <message>
        <source>read_uncommitted</source>
        <translation>read_uncommitted</translation>
    </message>
    <message>
        <source>Every record up to the high watermark</source>
        <translation>高水位之前的所有记录</translation>
    </message>
    <message>
        <source>read_committed</source>
        <translation>read_committed</translation>
    </message>
    <message>
        <source>Up to the last stable offset, without records of aborted transactions</source>
        <translation>直到最后稳定偏移量，不含已中止事务的记录</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>The most records one poll returns</source>
        <translation>一次拉取最多返回的记录数</translation>
    </message>
    <message>
        <source>&amp;Poll</source>
        <translation>拉取(&amp;P)</translation>
    </message>
    <message>
        <source>Take up to this many records from the consumer&apos;s buffer</source>
        <translation>从消费者的缓冲区中最多取出这么多条记录</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>提交(&amp;C)</translation>
    </message>
    <message>
        <source>Commit the position of every assigned partition</source>
        <translation>提交每个已分配分区的位置</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>消费组</translation>
    </message>
    <message>
        <source>Start at</source>
        <translation>起始位置</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>投递</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>隔离级别</translation>
    </message>
    <message>
        <source>A new run started: the consumer stopped.</source>
        <translation>新的运行已开始：消费者已停止。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Leave the group and stop consuming</source>
        <translation>离开消费组并停止消费</translation>
    </message>
    <message>
        <source>Start a consumer with these settings</source>
        <translation>使用这些设置启动一个消费者</translation>
    </message>
    <message>
        <source>Pick a topic to consume from.</source>
        <translation>请选择要消费的主题。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Stopped. Start a consumer to read the topic.</source>
        <translation>已停止。启动一个消费者来读取该主题。</translation>
    </message>
    <message>
        <source>Joining group %1…</source>
        <translation>正在加入消费组 %1…</translation>
    </message>
    <message>
        <source>Member %1 of group %2 · generation %3%4</source>
        <translation>消费组 %2 的成员 %1 · 第 %3 代%4</translation>
    </message>
    <message>
        <source> · leader</source>
        <translation> · 领导者</translation>
    </message>
    <message>
        <source>No group: reads every partition of %1 on its own</source>
        <translation>无消费组：独自读取 %1 的所有分区</translation>
    </message>
    <message>
        <source>consumed %1</source>
        <translation>已消费 %1</translation>
    </message>
    <message>
        <source>%1 not shown (more than %2 between refreshes)</source>
        <translation>%1 条未显示（两次刷新之间超过 %2 条）</translation>
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
        <translation>墓碑</translation>
    </message>
    <message>
        <source>No key: the producer chose the partition</source>
        <translation>无键：由生产者选择分区</translation>
    </message>
    <message>
        <source>A tombstone: no value</source>
        <translation>墓碑：没有值</translation>
    </message>
    <message>
        <source>From the record&apos;s timestamp to its delivery to this consumer (virtual time)</source>
        <translation>从记录的时间戳到它投递给此消费者的时间（虚拟时间）</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>偏移量</translation>
    </message>
    <message>
        <source>Timestamp (s)</source>
        <translation>时间戳（秒）</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>bb::ConsumerPartitionModel</name>
    <message>
        <source>The next offset this member will deliver</source>
        <translation>此成员将投递的下一个偏移量</translation>
    </message>
    <message>
        <source>The group&apos;s committed offset: where a member starts after a rebalance or restart</source>
        <translation>消费组的已提交偏移量：成员在再均衡或重启后从这里开始</translation>
    </message>
    <message>
        <source>The partition&apos;s high watermark now (its last stable offset when reading committed): where reading ends</source>
        <translation>分区当前的高水位（读取已提交数据时为其最后稳定偏移量）：读取到此为止</translation>
    </message>
    <message>
        <source>Records between the position and the high watermark: what this member has not read yet</source>
        <translation>位置与高水位之间的记录：该成员尚未读取的内容</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>HW</source>
        <translation>高水位</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>滞后</translation>
    </message>
</context>
<context>
    <name>bb::EventLogModel</name>
    <message>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>bb::EventLogView</name>
    <message>
        <source>Filter events (node, partition, word)</source>
        <translation>筛选事件（节点、分区、关键词）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 个事件</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
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
        <translation>此场景没有计划的故障。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>No faults scheduled</source>
        <translation>没有计划的故障</translation>
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
        <translation>1 条记录</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <source>%1 rec/s</source>
        <translation>%1 条/秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 微秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1x</source>
        <comment>speed: virtual seconds per wall-clock second</comment>
        <translation>%1 倍</translation>
    </message>
</context>
<context>
    <name>bb::GroupActions</name>
    <message>
        <source>&amp;Add Member</source>
        <translation>添加成员(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Stop Member</source>
        <translation>停止成员(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Crash Member</source>
        <translation>使成员崩溃(&amp;C)</translation>
    </message>
    <message>
        <source>Start another member of the service: it joins the group and the group rebalances.</source>
        <translation>启动该服务的另一个成员：它加入组，组随即重新平衡。</translation>
    </message>
    <message>
        <source>Stop the newest member cleanly: it commits, leaves the group, and the group rebalances at once.</source>
        <translation>干净地停止最新的成员：它提交偏移量、离开组，组立即重新平衡。</translation>
    </message>
    <message>
        <source>Select a group in the table first.</source>
        <translation>请先在表格中选择一个组。</translation>
    </message>
    <message>
        <source>Group %1 is not one of the scenario&apos;s services (a Kafka client&apos;s or the Consume panel&apos;s group): the workbench does not run its members.</source>
        <translation>组 %1 不是场景中的服务（而是 Kafka 客户端或“消费”面板的组）：工作台不运行它的成员。</translation>
    </message>
    <message>
        <source>Kill a member of %1 without a goodbye: the group rebalances only when its session times out.</source>
        <translation>不告别地杀死 %1 的一个成员：只有在其会话超时后，组才会重新平衡。</translation>
    </message>
    <message>
        <source>Group %1 has no member to crash.</source>
        <translation>组 %1 没有可以崩溃的成员。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n partition(s))</source>
        <translation>
            <numerusform>%1（%n 个分区）</numerusform>
        </translation>
    </message>
    <message>
        <source>crash member %1 of group %2</source>
        <translation>使组 %2 的成员 %1 崩溃</translation>
    </message>
    <message>
        <source>Asked: %1.</source>
        <translation>已请求：%1。</translation>
    </message>
    <message>
        <source>start a member of group %1</source>
        <translation>启动组 %1 的一个成员</translation>
    </message>
    <message>
        <source>stop a member of group %1</source>
        <translation>停止组 %1 的一个成员</translation>
    </message>
    <message>
        <source>Select a group to crash, add or stop its members.</source>
        <translation>选择一个组，即可使其成员崩溃、添加或停止成员。</translation>
    </message>
</context>
<context>
    <name>bb::GroupTableModel</name>
    <message>
        <source>No members: the group keeps its committed offsets until a consumer joins again.</source>
        <translation>没有成员：在有消费者重新加入之前，该组保留其已提交的偏移量。</translation>
    </message>
    <message>
        <source>%1 (leader)</source>
        <translation>%1（领导者）</translation>
    </message>
    <message>
        <source>%1: no partitions</source>
        <translation>%1：没有分区</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Lag to the last stable offset (read_committed):</source>
        <translation>相对于最后稳定偏移量的滞后（read_committed）：</translation>
    </message>
    <message>
        <source>Lag to the high watermark:</source>
        <translation>相对于高水位的滞后：</translation>
    </message>
    <message>
        <source>%1: unknown, the partition is offline</source>
        <translation>%1：未知，该分区已离线</translation>
    </message>
    <message>
        <source>%1: %2 (nothing committed: from the log start)</source>
        <translation>%1：%2（尚无提交：从日志起始处计）</translation>
    </message>
    <message>
        <source>%1: %2 (committed %3)</source>
        <translation>%1：%2（已提交 %3）</translation>
    </message>
    <message>
        <source>No members.</source>
        <translation>没有成员。</translation>
    </message>
    <message>
        <source>Waiting for the members to join the next generation; nobody consumes meanwhile.</source>
        <translation>正在等待成员加入下一代；在此期间没有人消费。</translation>
    </message>
    <message>
        <source>Waiting for the leader&apos;s assignment (SyncGroup).</source>
        <translation>正在等待领导者的分配（SyncGroup）。</translation>
    </message>
    <message>
        <source>Every member has its partitions of generation %1.</source>
        <translation>每个成员都已获得第 %1 代的分区。</translation>
    </message>
    <message>
        <source>Bumps on every rebalance; a commit from an older generation is refused.</source>
        <translation>每次再均衡都会递增；来自旧代的提交会被拒绝。</translation>
    </message>
    <message>
        <source>Records below the high watermark (the last stable offset for read_committed) the group has not committed, over its partitions.</source>
        <translation>该组在其所有分区上低于高水位（read_committed 时为最后稳定偏移量）但尚未提交的记录数。</translation>
    </message>
    <message>
        <source>Records handed to the group&apos;s consumers per second.</source>
        <translation>每秒交付给该组消费者的记录数。</translation>
    </message>
    <message>
        <source>End-to-end latency, record timestamp to delivery to the consumer, since the run began.</source>
        <translation>自本次运行开始以来的端到端延迟，即从记录时间戳到交付给消费者的时间。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>代</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Assignor</source>
        <translation>分配器</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>滞后</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>已消费</translation>
    </message>
    <message>
        <source>End-to-end p50</source>
        <translation>端到端 p50</translation>
    </message>
    <message>
        <source>End-to-end p99</source>
        <translation>端到端 p99</translation>
    </message>
    <message>
        <source>Not known: the group&apos;s members are Kafka clients, and what they consume stays with them.</source>
        <translation>未知：该组的成员是 Kafka 客户端，它们消费了什么只有它们自己知道。</translation>
    </message>
    <message>
        <source>%1 (external)</source>
        <translation>%1（外部）</translation>
    </message>
    <message>
        <source>A group of Kafka clients on the Kafka listeners; its lag comes from the offsets they commit.</source>
        <translation>由 Kafka 监听器上的 Kafka 客户端组成的组；其滞后量来自它们提交的偏移量。</translation>
    </message>
</context>
<context>
    <name>bb::HeaderTableModel</name>
    <message>
        <source>(name)</source>
        <translation>（名称）</translation>
    </message>
    <message>
        <source>Header name; a row without one is not sent</source>
        <translation>消息头名称；没有名称的行不会发送</translation>
    </message>
    <message>
        <source>Header value; {n} becomes the record&apos;s number</source>
        <translation>消息头的值；{n} 会替换为记录的序号</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>消息头</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>bb::HelpBrowser</name>
    <message>
        <source>&quot;%1&quot; is not part of the guide in the app; it is in Brokerbench&apos;s source folder.</source>
        <translation>“%1”不在应用内的指南中；它位于 Brokerbench 的源代码文件夹里。</translation>
    </message>
    <message>
        <source>Brokerbench Help</source>
        <translation>Brokerbench 帮助</translation>
    </message>
    <message>
        <source>%1 - Brokerbench Help</source>
        <translation>%1 - Brokerbench 帮助</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Contents start</source>
        <translation>目录首页</translation>
    </message>
</context>
<context>
    <name>bb::LabChart</name>
    <message>
        <source>Payments by outcome</source>
        <translation>按结果统计的付款</translation>
    </message>
    <message>
        <source>Exactly once</source>
        <translation>精确一次</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>乱序</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>未应用</translation>
    </message>
</context>
<context>
    <name>bb::LabExampleModel</name>
    <message>
        <source>Click to read why.</source>
        <translation>点击查看原因。</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>bb::LabModeModel</name>
    <message>
        <source>Payments the producer sent.</source>
        <translation>生产者发送的付款。</translation>
    </message>
    <message>
        <source>Payments the ledger applied exactly once.</source>
        <translation>账本恰好应用一次的付款。</translation>
    </message>
    <message>
        <source>Payments sent and never applied.</source>
        <translation>已发送但从未应用的付款。</translation>
    </message>
    <message>
        <source>Payments sent and not applied yet: in flight, or lost. Decided when the run ends.</source>
        <translation>已发送但尚未应用的付款：仍在途中，或已丢失。运行结束时确定。</translation>
    </message>
    <message>
        <source>Payments the ledger applied more than once.</source>
        <translation>账本应用了不止一次的付款。</translation>
    </message>
    <message>
        <source>Payments applied after a later payment of the same account.</source>
        <translation>在同一账户的后一笔付款之后才应用的付款。</translation>
    </message>
    <message>
        <source>Payments applied per second of virtual time, first to last.</source>
        <translation>从第一笔到最后一笔，每秒虚拟时间应用的付款数。</translation>
    </message>
    <message>
        <source>From the payment&apos;s creation to its application in the ledger.</source>
        <translation>从付款创建到其在账本中应用的时间。</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Exactly once</source>
        <translation>精确一次</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>未应用</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>乱序</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>延迟 p50</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>延迟 p99</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Payments still on their way when the run ended (stored but not processed yet, or written by a transaction not yet readable): late, not lost. A longer drain applies them.</source>
        <translation>运行结束时仍在途中的付款（已存储但尚未处理，或由尚不可读的事务写入）：延迟，而非丢失。更长的排空时间会应用它们。</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
</context>
<context>
    <name>bb::LabText</name>
    <message>
        <source>At most once</source>
        <translation>至多一次</translation>
    </message>
    <message>
        <source>At least once</source>
        <translation>至少一次</translation>
    </message>
    <message>
        <source>Exactly once</source>
        <translation>精确一次</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>幂等键</translation>
    </message>
    <message>
        <source>The producer sends with acks=0 and never retries; the consumer commits a batch&apos;s offsets before processing it.</source>
        <translation>生产者以 acks=0 发送且从不重试；消费者在处理一个批次之前先提交其偏移量。</translation>
    </message>
    <message>
        <source>The producer waits for acks=all and retries; the consumer processes a batch, then commits its offsets.</source>
        <translation>生产者等待 acks=all 并会重试；消费者先处理一个批次，再提交其偏移量。</translation>
    </message>
    <message>
        <source>An idempotent producer; the consumer writes its effects and commits its offsets in one transaction, read back with read_committed.</source>
        <translation>幂等生产者；消费者在同一个事务中写入其效果并提交偏移量，并以 read_committed 读回。</translation>
    </message>
    <message>
        <source>At-least-once delivery; the ledger remembers the ids it applied and returns the first result for a repeat.</source>
        <translation>至少一次投递；账本记住已应用的 ID，遇到重复时返回第一次的结果。</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>duplicated</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Payment %1 was %2</source>
        <translation>付款 %1：%2</translation>
    </message>
    <message>
        <source>How this guarantee works</source>
        <translation>此保证的工作原理</translation>
    </message>
</context>
<context>
    <name>bb::LabTimeline</name>
    <message>
        <source>node %1 down</source>
        <translation>节点 %1 宕机</translation>
    </message>
    <message>
        <source>node %1 power loss</source>
        <translation>节点 %1 断电</translation>
    </message>
    <message>
        <source>node %1 cut off</source>
        <translation>节点 %1 被隔离</translation>
    </message>
    <message>
        <source>%1 at %2; %3 at %4</source>
        <translation>%2 时 %1；%4 时 %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 时 %1</translation>
    </message>
    <message>
        <source>consumer %1 crashes</source>
        <translation>消费者 %1 崩溃</translation>
    </message>
    <message>
        <source>From %1, member %2 of every ledger group crashes halfway through its next batch (after processing, before committing) and comes back as a new member %3 later.</source>
        <translation>从 %1 起，每个账本消费组的成员 %2 会在处理下一个批次的中途崩溃（处理之后、提交之前），随后以新成员 %3 的身份恢复。</translation>
    </message>
    <message>
        <source>producer links drop %1%</source>
        <translation>生产者链路丢弃 %1%</translation>
    </message>
    <message>
        <source>From %1 to %2, the producers&apos; links to every node drop %3% of requests and acknowledgements.</source>
        <translation>从 %1 到 %2，生产者到每个节点的链路会丢弃 %3% 的请求和确认。</translation>
    </message>
</context>
<context>
    <name>bb::LabView</name>
    <message>
        <source>Runs kept in this workbench (saved with it)</source>
        <translation>保存在此工作台中的运行（随工作台一起保存）</translation>
    </message>
    <message>
        <source>Sa&amp;ved runs</source>
        <translation>已保存的运行(&amp;V)</translation>
    </message>
    <message>
        <source>Run the lab: its lost and duplicated payments are listed here when it ends; click one to see why it happened.</source>
        <translation>运行实验：结束时，丢失和重复的付款会列在这里；点击其中一笔即可查看原因。</translation>
    </message>
    <message>
        <source>Pick a scenario and a seed, then press Run.</source>
        <translation>选择一个场景和一个种子，然后点击“运行”。</translation>
    </message>
    <message>
        <source>Scenarios with a lab section: the loaded one and the bundled ones</source>
        <translation>带有实验部分的场景：已加载的场景和内置场景</translation>
    </message>
    <message>
        <source>The same scenario and seed give the same numbers, run after run</source>
        <translation>相同的场景和种子每次运行都会得到相同的数字</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>Flat out</source>
        <translation>全速</translation>
    </message>
    <message>
        <source>Virtual seconds per wall-clock second; the speed never changes the outcome</source>
        <translation>每个真实秒对应的虚拟秒数；速度从不改变结果</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>场景(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>种子(&amp;E)</translation>
    </message>
    <message>
        <source>Spee&amp;d</source>
        <translation>速度(&amp;D)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1 (loaded)</source>
        <translation>%1（已加载）</translation>
    </message>
    <message>
        <source>No scenario with a lab section</source>
        <translation>没有带实验部分的场景</translation>
    </message>
    <message>
        <source>Lost and duplicated (%1)</source>
        <translation>丢失和重复（%1）</translation>
    </message>
    <message>
        <source>Lost and duplicated</source>
        <translation>丢失和重复</translation>
    </message>
    <message>
        <source>%1, seed %2</source>
        <translation>%1，种子 %2</translation>
    </message>
    <message>
        <source>Lost and duplicated payments are listed here when the run ends.</source>
        <translation>运行结束时，丢失和重复的付款会列在这里。</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>正在启动 %1…</translation>
    </message>
    <message>
        <source>Running: %1 of %2</source>
        <translation>运行中：%1 / %2</translation>
    </message>
    <message>
        <source>Finished at %1 · trace %2</source>
        <translation>结束于 %1 · 轨迹 %2</translation>
    </message>
    <message>
        <source>The run was cancelled: nothing was kept. Run it again to see its lost and duplicated payments.</source>
        <translation>运行已取消：未保留任何结果。再次运行即可查看丢失和重复的付款。</translation>
    </message>
    <message>
        <source>Cancelled at %1; the counters are where the run stopped.</source>
        <translation>在 %1 取消；计数器停留在运行停止时的数值。</translation>
    </message>
    <message>
        <source>No payment was lost or duplicated in this run.</source>
        <translation>本次运行没有付款丢失或重复。</translation>
    </message>
    <message>
        <source>Click a payment to see why it was lost or duplicated.</source>
        <translation>点击一笔付款，查看它丢失或重复的原因。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>The saved run &quot;%1&quot;</source>
        <translation>已保存的运行“%1”</translation>
    </message>
    <message>
        <source>Saved run: %1 · trace %2</source>
        <translation>已保存的运行：%1 · 轨迹 %2</translation>
    </message>
    <message>
        <source>Lost and duplicated (%1 of %2)</source>
        <translation>丢失和重复（%2 中的 %1）</translation>
    </message>
    <message>
        <source>Showing %1 of %2: the lab explains the first lost and the first duplicated payments of each guarantee; the counters count them all.</source>
        <translation>显示 %2 中的 %1：实验室只解释每种保证的前几笔丢失和重复的付款；计数器统计全部。</translation>
    </message>
    <message>
        <source>All %1 explained.</source>
        <translation>全部 %1 笔均已解释。</translation>
    </message>
</context>
<context>
    <name>bb::LogStripView</name>
    <message>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>领导者</translation>
    </message>
    <message>
        <source>in ISR</source>
        <translation>在 ISR 中</translation>
    </message>
    <message>
        <source>out of ISR</source>
        <translation>不在 ISR 中</translation>
    </message>
    <message>
        <source>down</source>
        <translation>已宕机</translation>
    </message>
    <message>
        <source>%1 · lag %2</source>
        <translation>%1 · 滞后 %2</translation>
    </message>
    <message>
        <source>No partitions yet</source>
        <translation>尚无分区</translation>
    </message>
    <message>
        <source>HW %1 · LEO %2</source>
        <translation>HW %1 · LEO %2</translation>
    </message>
    <message>
        <source>offline: no leader</source>
        <translation>离线：没有领导者</translation>
    </message>
    <message>
        <source>leader %1 · epoch %2</source>
        <translation>领导者 %1 · 纪元 %2</translation>
    </message>
    <message>
        <source>%1 on node %2: the node is down</source>
        <translation>节点 %2 上的 %1：该节点已宕机</translation>
    </message>
    <message>
        <source>follower, in the ISR</source>
        <translation>追随者，在 ISR 中</translation>
    </message>
    <message>
        <source>follower, out of the ISR</source>
        <translation>追随者，不在 ISR 中</translation>
    </message>
    <message>
        <source>%1 on node %2: %3</source>
        <translation>节点 %2 上的 %1：%3</translation>
    </message>
    <message>
        <source>Log start offset: %1</source>
        <translation>日志起始偏移量：%1</translation>
    </message>
    <message>
        <source>High watermark: %1</source>
        <translation>高水位：%1</translation>
    </message>
    <message>
        <source>Log end offset: %1</source>
        <translation>日志末端偏移量：%1</translation>
    </message>
    <message>
        <source>Not yet committed: %1 records</source>
        <translation>尚未提交：%1 条记录</translation>
    </message>
    <message>
        <source>Behind the leader: %1 records</source>
        <translation>落后领导者：%1 条记录</translation>
    </message>
    <message>
        <source>Group %1 committed offset %2 on %3</source>
        <translation>消费组 %1 在 %3 上提交了偏移量 %2</translation>
    </message>
    <message>
        <source>Last stable offset of %1: %2</source>
        <translation>%1 的最后稳定偏移量：%2</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%2 的 %1：%3</translation>
    </message>
    <message>
        <source>Lag: %1 records</source>
        <translation>滞后：%1 条记录</translation>
    </message>
    <message>
        <source>%1 is offline: no replica can lead it</source>
        <translation>%1 已离线：没有副本能够领导它</translation>
    </message>
    <message>
        <source>%1: leader node %2 in leader epoch %3, ISR %4
Log start %5 · high watermark %6 · log end %7</source>
        <translation>%1：领导者为节点 %2，领导者纪元 %3，ISR %4
日志起始 %5 · 高水位 %6 · 日志末端 %7</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>starting: no leader elected yet</source>
        <translation>正在启动：尚未选出 leader</translation>
    </message>
    <message>
        <source>%1 is starting: the controller elects its first leader once the nodes have registered</source>
        <translation>%1 正在启动：节点注册后，控制器会选出它的首个 leader</translation>
    </message>
</context>
<context>
    <name>bb::MainWindow</name>
    <message>
        <source>Injected: %1</source>
        <translation>已注入：%1</translation>
    </message>
    <message>
        <source>Cannot Open Scenario</source>
        <translation>无法打开场景</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <source>Partition Logs</source>
        <translation>分区日志</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>生产者</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Virtual time 00:00.000</source>
        <translation>虚拟时间 00:00.000</translation>
    </message>
    <message>
        <source>Virtual time since the scenario started</source>
        <translation>自场景开始以来的虚拟时间</translation>
    </message>
    <message>
        <source>Records appended by the partition leaders, all topics</source>
        <translation>各分区领导者追加的记录，涵盖所有主题</translation>
    </message>
    <message>
        <source>Seed and trace hash: the same scenario, seed and faults give the same trace</source>
        <translation>种子和轨迹哈希：相同的场景、种子和故障会产生相同的轨迹</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Flat out</source>
        <translation>全速</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Virtual time %1</source>
        <translation>虚拟时间 %1</translation>
    </message>
    <message>
        <source>Speed %1</source>
        <translation>速度 %1</translation>
    </message>
    <message>
        <source>flat out</source>
        <translation>全速</translation>
    </message>
    <message>
        <source>Speed %1 (%2 achieved)</source>
        <translation>速度 %1（实际 %2）</translation>
    </message>
    <message>
        <source>Throughput %1</source>
        <translation>吞吐量 %1</translation>
    </message>
    <message>
        <source>Seed %1 · trace %2</source>
        <translation>种子 %1 · 轨迹 %2</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>S&amp;tep 100 ms</source>
        <translation>单步 100 毫秒(&amp;T)</translation>
    </message>
    <message>
        <source>Advance virtual time by 100 ms (F10); only while paused</source>
        <translation>将虚拟时间推进 100 毫秒（F10）；仅在暂停时可用</translation>
    </message>
    <message>
        <source>&amp;Restart (Same Seed)</source>
        <translation>重新开始（相同种子）(&amp;R)</translation>
    </message>
    <message>
        <source>Start the scenario over with the same seed: the same events happen again (Ctrl+R)</source>
        <translation>用相同的种子重新开始场景：相同的事件会再次发生（Ctrl+R）</translation>
    </message>
    <message>
        <source>&amp;Flat Out</source>
        <translation>全速(&amp;F)</translation>
    </message>
    <message>
        <source>Run as fast as the CPU allows, ignoring the speed (Ctrl+F)</source>
        <translation>忽略速度设置，以 CPU 允许的最快速度运行（Ctrl+F）</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>加快(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>减慢(&amp;L)</translation>
    </message>
    <message>
        <source>Scenario &amp;Gallery...</source>
        <translation>场景库(&amp;G)...</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>场景库</translation>
    </message>
    <message>
        <source>Pick a bundled scenario, each with what it teaches (Ctrl+G)</source>
        <translation>选择一个内置场景，每个场景都附有它要演示的内容（Ctrl+G）</translation>
    </message>
    <message>
        <source>&amp;About Brokerbench</source>
        <translation>关于 Brokerbench(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>模拟(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>速度(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Virtual seconds per wall-clock second ([ and ] change it)</source>
        <translation>每个真实秒对应的虚拟秒数（用 [ 和 ] 调整）</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Run the simulation (Space)</source>
        <translation>运行模拟（空格键）</translation>
    </message>
    <message>
        <source>Pause the simulation (Space)</source>
        <translation>暂停模拟（空格键）</translation>
    </message>
    <message>
        <source>About Brokerbench</source>
        <translation>关于 Brokerbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Brokerbench %1&lt;/h3&gt;&lt;p&gt;A desktop workbench with a replicated message broker inside: several broker nodes run in-process on a deterministic simulated network, so you can crash a node, cut a link, and watch partitions, ISRs and offsets react.&lt;/p&gt;&lt;p&gt;Kafka&apos;s log semantics are the reference; where Brokerbench simplifies (for instance, the controller is never faulted), the documentation says so.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Brokerbench %1&lt;/h3&gt;&lt;p&gt;一个内置多副本消息代理的桌面工作台：多个 Broker 节点在同一进程内、运行于确定性的模拟网络上，你可以让节点崩溃、切断链路，并观察分区、ISR 和偏移量如何响应。&lt;/p&gt;&lt;p&gt;日志语义以 Kafka 为参照；凡是 Brokerbench 做了简化之处（例如控制器永远不会出故障），文档中都有说明。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New Workbench</source>
        <translation>新建工作台(&amp;N)</translation>
    </message>
    <message>
        <source>Start over on the default scenario</source>
        <translation>在默认场景上重新开始</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <source>Open a workbench file (.bbench)</source>
        <translation>打开工作台文件（.bbench）</translation>
    </message>
    <message>
        <source>Open Workbench</source>
        <translation>打开工作台</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the scenario, the window layout and the lab results</source>
        <translation>保存场景、窗口布局和实验结果</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>另存为(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Import Scenario File...</source>
        <translation>导入场景文件(&amp;I)...</translation>
    </message>
    <message>
        <source>Put a scenario from a JSON file into this workbench</source>
        <translation>将 JSON 文件中的场景放入此工作台</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Heavy Scenario</source>
        <translation>高负载场景</translation>
    </message>
    <message>
        <source>This scenario needs much more memory or time than usual.</source>
        <translation>此场景需要的内存或时间远超平常。</translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation>仍然打开</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The scenario changed since the workbench was last saved.</source>
        <translation>自上次保存工作台以来，场景已发生更改。</translation>
    </message>
    <message>
        <source>No recent workbenches</source>
        <translation>没有最近打开的工作台</translation>
    </message>
    <message>
        <source>Removed, no longer found: %1</source>
        <translation>已移除，找不到文件：%1</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清空菜单(&amp;C)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Save the changes to the workbench &quot;%1&quot;?</source>
        <translation>是否保存对工作台“%1”的更改？</translation>
    </message>
    <message>
        <source>Cannot Start a New Workbench</source>
        <translation>无法新建工作台</translation>
    </message>
    <message>
        <source>Cannot Open Workbench</source>
        <translation>无法打开工作台</translation>
    </message>
    <message>
        <source>The scenario in &quot;%1&quot; cannot run: %2</source>
        <translation>“%1”中的场景无法运行：%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Cannot Save Workbench</source>
        <translation>无法保存工作台</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save Workbench As</source>
        <translation>工作台另存为</translation>
    </message>
    <message>
        <source>Import Scenario</source>
        <translation>导入场景</translation>
    </message>
    <message>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>场景文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot Import Scenario</source>
        <translation>无法导入场景</translation>
    </message>
    <message>
        <source>%1[*] - %2 - Brokerbench</source>
        <translation>%1[*] - %2 - Brokerbench</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>首选项(&amp;P)...</translation>
    </message>
    <message>
        <source></source>
        <comment>Error sentences from the engine and from file loading (core), shown in message boxes and the status bar, stay in English; so do the names of bundled scenarios.</comment>
        <translation></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>消费组</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Consume</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>拓扑</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;&lt;p&gt;使用 Qt %1 构建，运行于 Qt %2。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Kafka Listeners</source>
        <translation>&amp;Kafka 监听器</translation>
    </message>
    <message>
        <source>Let real Kafka clients (kcat, librdkafka, kafka-python) connect to the cluster&apos;s nodes; their requests cross the simulated network and suffer its faults. Run at 1× speed: clients count their timeouts in real time.</source>
        <translation>让真实的 Kafka 客户端（kcat、librdkafka、kafka-python）连接到集群的节点；它们的请求穿过模拟网络，并承受其中的故障。请以 1× 速度运行：客户端按真实时间计算超时。</translation>
    </message>
    <message>
        <source>Kafka Listeners</source>
        <translation>Kafka 监听器</translation>
    </message>
    <message>
        <source>The nodes cannot listen for Kafka clients: %1</source>
        <translation>节点无法监听 Kafka 客户端：%1</translation>
    </message>
    <message>
        <source>Kafka: %1</source>
        <translation>Kafka：%1</translation>
    </message>
    <message>
        <source>bootstrap.servers=%1 (copied to the clipboard)</source>
        <translation>bootstrap.servers=%1（已复制到剪贴板）</translation>
    </message>
    <message>
        <source>Ports 19092 and up are taken: Kafka listeners on free ports (addresses copied).</source>
        <translation>19092 及以上端口已被占用：Kafka 监听器使用空闲端口（地址已复制）。</translation>
    </message>
    <message>
        <source>Kafka listeners on (addresses copied).</source>
        <translation>Kafka 监听器已开启（地址已复制）。</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>&amp;Export Chart</source>
        <translation>导出图表(&amp;E)</translation>
    </message>
    <message>
        <source>Brokerbench &amp;Guide</source>
        <translation>Brokerbench 指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Scenario Format</source>
        <translation>场景格式(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>Getting Started and the Engine</source>
        <translation>入门与引擎</translation>
    </message>
    <message>
        <source>Scenario Format</source>
        <translation>场景格式</translation>
    </message>
    <message>
        <source>Consumer Groups</source>
        <translation>消费者组</translation>
    </message>
    <message>
        <source>Queues and Routing</source>
        <translation>队列与路由</translation>
    </message>
    <message>
        <source>Workbench Files</source>
        <translation>工作台文件</translation>
    </message>
    <message>
        <source>Admin API</source>
        <translation>管理 API</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cluster&lt;/b&gt;&lt;p&gt;One card per broker node: its state, the partitions it leads and hosts, bytes stored and unflushed writes. Crash, Power loss, Restart and Isolate inject faults into the running cluster.&lt;/p&gt;&lt;p&gt;The table lists every partition: leader, replicas, in-sync replicas, leader epoch, high watermark, log end and the largest consumer lag. Amber rows are under-replicated, red ones offline.&lt;/p&gt;</source>
        <translation>&lt;b&gt;集群&lt;/b&gt;&lt;p&gt;每个代理节点一张卡片：其状态、它领导和承载的分区、已存储字节数和未刷盘的写入。崩溃、断电、重启和隔离会向运行中的集群注入故障。&lt;/p&gt;&lt;p&gt;表格列出每个分区：领导者、副本、同步副本、领导者纪元、高水位、日志末端和最大的消费者滞后。琥珀色行表示副本不足，红色表示离线。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scenario&lt;/b&gt;&lt;p&gt;The scenario&apos;s name, seed and nodes, and its fault plan: the faults it injects at fixed virtual times.&lt;/p&gt;</source>
        <translation>&lt;b&gt;场景&lt;/b&gt;&lt;p&gt;场景的名称、种子和节点，以及它的故障计划：在固定虚拟时间注入的故障。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Event Log&lt;/b&gt;&lt;p&gt;What the cluster did, in sentences: elections, ISR changes, fencing, truncation, rebalances and transactions, with their virtual times.&lt;/p&gt;</source>
        <translation>&lt;b&gt;事件日志&lt;/b&gt;&lt;p&gt;用句子描述集群做了什么：选举、ISR 变化、隔离、截断、再平衡和事务，并附上虚拟时间。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Partition Logs&lt;/b&gt;&lt;p&gt;Each replica&apos;s log from its start to its end, with the high watermark marked: a follower falling behind or truncating shows here. Click a partition to browse its records.&lt;/p&gt;</source>
        <translation>&lt;b&gt;分区日志&lt;/b&gt;&lt;p&gt;每个副本从起点到末端的日志，并标出高水位：落后或截断的跟随者会显示在这里。点击分区可浏览其记录。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Charts&lt;/b&gt;&lt;p&gt;Throughput, produce latency, consumer lag, end-to-end latency and queue depth over virtual time. Hover to read values; right-click to export PNG or CSV.&lt;/p&gt;</source>
        <translation>&lt;b&gt;图表&lt;/b&gt;&lt;p&gt;随虚拟时间变化的吞吐量、生产延迟、消费者滞后、端到端延迟和队列深度。悬停可读取数值；右键可导出 PNG 或 CSV。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Messages&lt;/b&gt;&lt;p&gt;Page through a partition&apos;s records. Select one to trace it: whether it is committed, which replicas hold it, who wrote it and which groups consumed it.&lt;/p&gt;</source>
        <translation>&lt;b&gt;消息&lt;/b&gt;&lt;p&gt;分页浏览分区的记录。选中一条即可追踪：是否已提交、哪些副本持有它、谁写入了它以及哪些组已消费它。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Publish&lt;/b&gt;&lt;p&gt;Write records by hand with acks 0, 1 or all, idempotently or in a transaction you commit or abort, or repeat one at a rate.&lt;/p&gt;</source>
        <translation>&lt;b&gt;发布&lt;/b&gt;&lt;p&gt;以 acks 0、1 或 all 手动写入记录，可幂等写入或放入由您提交或中止的事务中，也可按速率重复发送。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consume&lt;/b&gt;&lt;p&gt;Join a consumer group with a consumer of your own and watch its assignment, positions and lag; commit by hand or automatically.&lt;/p&gt;</source>
        <translation>&lt;b&gt;消费&lt;/b&gt;&lt;p&gt;用您自己的消费者加入消费者组，观察其分配、位置和滞后；手动或自动提交。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Producers&lt;/b&gt;&lt;p&gt;Each producer&apos;s sent, acknowledged, failed and retried records and its latency percentiles.&lt;/p&gt;</source>
        <translation>&lt;b&gt;生产者&lt;/b&gt;&lt;p&gt;每个生产者已发送、已确认、失败和重试的记录及其延迟百分位数。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Groups&lt;/b&gt;&lt;p&gt;Consumer groups: state, generation, members and per partition the committed offset and lag. Crash Member, Add Member and Stop Member act on the selected group.&lt;/p&gt;</source>
        <translation>&lt;b&gt;组&lt;/b&gt;&lt;p&gt;消费者组：状态、代数、成员，以及每个分区的已提交偏移量和滞后。“崩溃成员”“添加成员”和“停止成员”作用于所选组。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clients&lt;/b&gt;&lt;p&gt;Real Kafka clients connected to the Kafka listeners (Simulation menu), with what they asked for.&lt;/p&gt;</source>
        <translation>&lt;b&gt;客户端&lt;/b&gt;&lt;p&gt;连接到 Kafka 监听器（“模拟”菜单）的真实 Kafka 客户端及其请求。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nodes&lt;/b&gt;&lt;p&gt;The node cards&apos; figures as a table, one row per node.&lt;/p&gt;</source>
        <translation>&lt;b&gt;节点&lt;/b&gt;&lt;p&gt;以表格形式显示节点卡片的数据，每个节点一行。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lab&lt;/b&gt;&lt;p&gt;Runs delivery pipelines side by side under the same faults and counts what each lost and duplicated. Click a lost or duplicated record to read what caused it.&lt;/p&gt;</source>
        <translation>&lt;b&gt;实验室&lt;/b&gt;&lt;p&gt;在相同故障下并排运行投递管道，并统计每条管道丢失和重复的内容。点击丢失或重复的记录可查看原因。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queues&lt;/b&gt;&lt;p&gt;Each queue&apos;s ready, unacknowledged and dead-lettered messages.&lt;/p&gt;</source>
        <translation>&lt;b&gt;队列&lt;/b&gt;&lt;p&gt;每个队列中就绪、未确认和进入死信的消息。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Topology&lt;/b&gt;&lt;p&gt;The scenario as a diagram. Add and connect topics, producers, services, queues and exchanges and change their settings; every edit can be undone and the running cluster follows it.&lt;/p&gt;</source>
        <translation>&lt;b&gt;拓扑&lt;/b&gt;&lt;p&gt;以图表形式显示场景。添加并连接主题、生产者、服务、队列和交换器，并修改其设置；每次编辑都可撤销，运行中的集群会随之改变。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>bb::MessageBrowser</name>
    <message>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>跳转到</translation>
    </message>
    <message>
        <source>Filter by key or value text</source>
        <translation>按键或值中的文本筛选</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>偏移量</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <source>Jump to an offset, or to the first record at or after a virtual time</source>
        <translation>跳转到某个偏移量，或跳转到某个虚拟时间及之后的第一条记录</translation>
    </message>
    <message>
        <source>e.g. 1200</source>
        <translation>例如 1200</translation>
    </message>
    <message>
        <source>e.g. 12.5</source>
        <translation>例如 12.5</translation>
    </message>
    <message>
        <source>First</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>The oldest records still in the log (Ctrl+Home)</source>
        <translation>日志中仍保留的最早记录（Ctrl+Home）</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>The page before this one (Ctrl+Page Up)</source>
        <translation>前一页（Ctrl+Page Up）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>The page after this one (Ctrl+Page Down)</source>
        <translation>后一页（Ctrl+Page Down）</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>The newest records, up to the log end (Ctrl+End)</source>
        <translation>直到日志末端的最新记录（Ctrl+End）</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Keep showing the newest records as they arrive; selecting a record stops following</source>
        <translation>记录到达时持续显示最新记录；选中某条记录即停止跟随</translation>
    </message>
    <message>
        <source>Type an offset: a whole number, 0 or more.</source>
        <translation>请输入偏移量：大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>Type a virtual time in seconds, such as 12.5.</source>
        <translation>请输入以秒为单位的虚拟时间，例如 12.5。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <source>offsets %1–%2</source>
        <translation>偏移量 %1–%2</translation>
    </message>
    <message>
        <source>no offsets</source>
        <translation>无偏移量</translation>
    </message>
    <message>
        <source>log %1–%2</source>
        <translation>日志 %1–%2</translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2，共 %3</translation>
    </message>
    <message>
        <source>%1 · %2 matching in %3 of %4</source>
        <translation>%1 · 在 %3 中有 %2 条匹配，共 %4</translation>
    </message>
    <message>
        <source> · searched %1 without filling the page: Next searches on</source>
        <translation> · 已搜索 %1 仍未填满本页：点击“下一页”继续搜索</translation>
    </message>
    <message>
        <source>No partitions yet</source>
        <translation>尚无分区</translation>
    </message>
    <message>
        <source>%1 holds no records yet, so there is no offset %2 to go to.</source>
        <translation>%1 还没有记录，因此无法跳转到偏移量 %2。</translation>
    </message>
    <message>
        <source>Offset %1 is outside %2, which holds offsets %3 to %4; type one in that range.</source>
        <translation>偏移量 %1 不在 %2 中，它包含偏移量 %3 到 %4；请输入该范围内的值。</translation>
    </message>
</context>
<context>
    <name>bb::MessageTableModel</name>
    <message>
        <source>The record&apos;s timestamp, in virtual seconds since the scenario started</source>
        <translation>记录的时间戳，以自场景开始以来的虚拟秒数表示</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>偏移量</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>消息头</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>transaction marker</source>
        <translation>事务标记</translation>
    </message>
    <message>
        <source>tombstone</source>
        <translation>墓碑记录</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>not committed</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>已消失</translation>
    </message>
    <message>
        <source>No key: the producer chose the partition</source>
        <translation>无键：由生产者选择分区</translation>
    </message>
    <message>
        <source>A tombstone: no value; compaction deletes the key</source>
        <translation>墓碑记录：没有值；压缩时会删除该键</translation>
    </message>
    <message>
        <source>Below the high watermark: every in-sync replica has it</source>
        <translation>低于高水位：每个同步副本都有它</translation>
    </message>
    <message>
        <source>At or above the high watermark: not on every in-sync replica yet</source>
        <translation>等于或高于高水位：尚未到达每个同步副本</translation>
    </message>
    <message>
        <source>The leader&apos;s log no longer reaches this offset: it was truncated away</source>
        <translation>领导者的日志已不包含此偏移量：它已被截断</translation>
    </message>
</context>
<context>
    <name>bb::MetricsView</name>
    <message>
        <source>records/s</source>
        <translation>条/秒</translation>
    </message>
    <message>
        <source>Produce latency per producer</source>
        <translation>各生产者的发送延迟</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Batch creation to acknowledgement over each quarter second of virtual time: p99 solid, p50 dashed</source>
        <translation>从创建批次到收到确认的时间，按每四分之一秒虚拟时间统计：实线为 p99，虚线为 p50</translation>
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
        <translation>各主题写入吞吐量</translation>
    </message>
    <message>
        <source>Consumer lag per group</source>
        <translation>各组消费滞后</translation>
    </message>
    <message>
        <source>records</source>
        <translation>条</translation>
    </message>
    <message>
        <source>End-to-end latency p50/p99 per group</source>
        <translation>各组端到端延迟 p50/p99</translation>
    </message>
    <message>
        <source>Throughput out per group</source>
        <translation>各组消费吞吐量</translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation>队列深度</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>条消息</translation>
    </message>
    <message>
        <source>Records below the high watermark each group has not committed, over all its partitions</source>
        <translation>每个组在其所有分区上低于高水位但尚未提交的记录数</translation>
    </message>
    <message>
        <source>Record timestamp to delivery to the consumer over each quarter second of virtual time: p99 solid, p50 dashed</source>
        <translation>从记录时间戳到交付给消费者的时间，按每四分之一秒虚拟时间统计：实线为 p99，虚线为 p50</translation>
    </message>
    <message>
        <source>Records handed to each group&apos;s consumers per second</source>
        <translation>每秒交付给各组消费者的记录数</translation>
    </message>
    <message>
        <source>Messages ready to deliver, per queue</source>
        <translation>各队列待投递的消息数</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>生产者</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>消费者</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>No data yet: run the simulation</source>
        <translation>尚无数据：请运行模拟</translation>
    </message>
</context>
<context>
    <name>bb::NodeCard</name>
    <message>
        <source>controller</source>
        <translation>控制器</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>nodes %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>cut from %1</source>
        <translation>与 %1 断开</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>Crash</source>
        <translation>崩溃</translation>
    </message>
    <message>
        <source>Power loss</source>
        <translation>断电</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Isolate</source>
        <translation>隔离</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>领导</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>已存储</translation>
    </message>
    <message>
        <source>Unflushed</source>
        <translation>未刷盘</translation>
    </message>
    <message>
        <source>Flush</source>
        <translation>刷盘</translation>
    </message>
    <message>
        <source>Records in</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Kill the broker process. Writes it handed to the OS survive; the controller fences it after the session timeout.</source>
        <translation>终止 Broker 进程。已交给操作系统的写入会保留；会话超时后控制器会将其屏蔽。</translation>
    </message>
    <message>
        <source>Cut the machine&apos;s power. Writes not yet flushed to disk are lost.</source>
        <translation>切断机器电源。尚未刷入磁盘的写入将丢失。</translation>
    </message>
    <message>
        <source>Start the broker again: it recovers its logs from storage and catches up from the leaders.</source>
        <translation>再次启动 Broker：它会从存储中恢复日志，并从领导者处追上进度。</translation>
    </message>
    <message>
        <source>Cut the node off the network (controller, other nodes and clients), or reconnect it.</source>
        <translation>将该节点与网络（控制器、其他节点和客户端）断开，或重新连接。</translation>
    </message>
    <message>
        <source>%1 of %2 partitions · hosts %3</source>
        <translation>%2 个分区中的 %1 个 · 承载 %3 个</translation>
    </message>
    <message>
        <source>— (down)</source>
        <translation>—（已宕机）</translation>
    </message>
    <message>
        <source>1 write</source>
        <translation>1 次写入</translation>
    </message>
    <message>
        <source>%1 writes</source>
        <translation>%1 次写入</translation>
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
        <translation>内存</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <source>%1 · Kafka :%2</source>
        <translation>%1 · Kafka :%2</translation>
    </message>
    <message>
        <source>%1. Kafka clients connect to %2.</source>
        <translation>%1。Kafka 客户端请连接 %2。</translation>
    </message>
</context>
<context>
    <name>bb::NodeTableModel</name>
    <message>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Running and registered with the controller (incarnation %1).</source>
        <translation>正在运行，并已在控制器注册（化身 %1）。</translation>
    </message>
    <message>
        <source>Cut off from the whole network.</source>
        <translation>与整个网络断开。</translation>
    </message>
    <message>
        <source>The process is down; its storage waits for a restart.</source>
        <translation>进程已停止；其存储等待重启。</translation>
    </message>
    <message>
        <source>Writes in the OS cache that a power loss would drop.</source>
        <translation>位于操作系统缓存中、断电时会丢失的写入。</translation>
    </message>
    <message>
        <source>Stored in SQLite; fsync %1.</source>
        <translation>存储于 SQLite；fsync：%1。</translation>
    </message>
    <message>
        <source>Stored in memory; fsync %1.</source>
        <translation>存储于内存；fsync：%1。</translation>
    </message>
    <message>
        <source>Records appended (as leader and as follower), %1 in total by this incarnation.</source>
        <translation>追加的记录（作为领导者和追随者），此化身共追加 %1 条。</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>领导者</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>已存储</translation>
    </message>
    <message>
        <source>Flush</source>
        <translation>刷盘</translation>
    </message>
    <message>
        <source>Unflushed</source>
        <translation>未刷盘</translation>
    </message>
    <message>
        <source>Records in</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>The process runs, but the controller no longer counts it as alive: it is cut off from the controller.</source>
        <translation>进程在运行，但控制器不再认为它存活：它与控制器断开了。</translation>
    </message>
    <message>
        <source>The process runs and is registering with the controller; it serves no partition yet.</source>
        <translation>进程在运行，正在向控制器注册；它还不服务任何分区。</translation>
    </message>
</context>
<context>
    <name>bb::PartitionLogView</name>
    <message>
        <source>Show the partitions of one topic</source>
        <translation>显示某个主题的分区</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>所有主题</translation>
    </message>
    <message>
        <source>Each bar is one replica&apos;s log, from its log start offset to its log end offset, to scale. The dark part is committed (below the high watermark, the tick); the light part is written but not yet on every in-sync replica.</source>
        <translation>每个条形代表一个副本的日志，按比例从日志起始偏移量画到日志末端偏移量。深色部分已提交（低于高水位，即刻度线）；浅色部分已写入，但尚未到达每个同步副本。</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>not yet committed</source>
        <translation>尚未提交</translation>
    </message>
    <message>
        <source>out of ISR</source>
        <translation>不在 ISR 中</translation>
    </message>
    <message>
        <source>high watermark</source>
        <translation>高水位</translation>
    </message>
    <message>
        <source>group&apos;s committed offset · lag</source>
        <translation>组的已提交偏移量 · 滞后</translation>
    </message>
</context>
<context>
    <name>bb::PartitionTableModel</name>
    <message>
        <source>Data lost</source>
        <translation>数据已丢失</translation>
    </message>
    <message>
        <source>Data lost on damaged storage: node %1, the only in-sync replica, came back without offsets %2 to %3, and no other in-sync replica held them. Consumers never get those records; the partition serves what is left.</source>
        <translation>数据因存储损坏而丢失：节点 %1 是唯一的同步副本，重启后缺少偏移量 %2 到 %3，且没有其他同步副本持有它们。消费者永远不会收到这些记录；分区继续提供剩余的数据。</translation>
    </message>
    <message>
        <source>Data lost on damaged storage: node %1, the only in-sync replica, came back with an empty log (its database was set aside), and no other in-sync replica held its records. The partition starts again from what is written next.</source>
        <translation>数据因存储损坏而丢失：节点 %1 是唯一的同步副本，重启后日志为空（其数据库已被移到一旁），且没有其他同步副本持有它的记录。分区从接下来写入的数据重新开始。</translation>
    </message>
    <message>
        <source>No replica can lead right now: writes and reads fail until one returns.</source>
        <translation>目前没有副本能够担任领导者：在某个副本恢复之前，读写都会失败。</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Leader down</source>
        <translation>领导者宕机</translation>
    </message>
    <message>
        <source>Under-replicated</source>
        <translation>副本不足</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, leader epoch %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，领导者纪元 %2</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Log start</source>
        <translation>日志起始</translation>
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
        <translation>领导者</translation>
    </message>
    <message>
        <source>in ISR</source>
        <translation>在 ISR 中</translation>
    </message>
    <message>
        <source>out of sync</source>
        <translation>未同步</translation>
    </message>
    <message>
        <source>down</source>
        <translation>已宕机</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No replica can lead: writes and reads fail until one returns.</source>
        <translation>没有副本能够担任领导者：在某个副本恢复之前，读写都会失败。</translation>
    </message>
    <message>
        <source>The leader&apos;s node is down, but the controller has not noticed yet: it waits for the broker&apos;s session to time out before electing a new leader.</source>
        <translation>领导者所在节点已宕机，但控制器尚未察觉：它要等该 Broker 的会话超时后才会选举新的领导者。</translation>
    </message>
    <message>
        <source>The ISR (%1) is smaller than the replica set (%2).</source>
        <translation>ISR（%1）小于副本集（%2）。</translation>
    </message>
    <message>
        <source>Every replica is in the ISR.</source>
        <translation>所有副本都在 ISR 中。</translation>
    </message>
    <message>
        <source>In-sync replicas: the followers caught up with the leader.</source>
        <translation>同步副本（ISR）：已追上领导者的追随者。</translation>
    </message>
    <message>
        <source>The leader&apos;s first offset still kept (retention moves it).</source>
        <translation>领导者仍保留的第一个偏移量（保留策略会移动它）。</translation>
    </message>
    <message>
        <source>The leader&apos;s high watermark: records below it are committed and readable.</source>
        <translation>领导者的高水位：低于它的记录已提交且可读。</translation>
    </message>
    <message>
        <source>The leader&apos;s log end offset: the next offset it will write.</source>
        <translation>领导者的日志末端偏移量：它将写入的下一个偏移量。</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>领导者</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>纪元</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>ISR</source>
        <translation>ISR</translation>
    </message>
    <message>
        <source>High watermark</source>
        <translation>高水位</translation>
    </message>
    <message>
        <source>Log end</source>
        <translation>日志末端</translation>
    </message>
    <message>
        <source>No consumer group reads this partition.</source>
        <translation>没有消费组读取此分区。</translation>
    </message>
    <message>
        <source>The lag is not known while the partition is offline.</source>
        <translation>分区离线期间滞后未知。</translation>
    </message>
    <message>
        <source>Group %1 is %2 behind.</source>
        <translation>组 %1 落后 %2。</translation>
    </message>
    <message>
        <source>%1 groups read this partition; the furthest behind, %2, by %3.</source>
        <translation>%1 个组读取此分区；落后最多的是 %2，落后 %3。</translation>
    </message>
    <message>
        <source>The largest lag of any consumer group on the partition: records below the high watermark it has not committed.</source>
        <translation>该分区上所有消费组中的最大滞后：低于高水位但尚未提交的记录数。</translation>
    </message>
    <message>
        <source>Max lag</source>
        <translation>最大滞后</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>No leader yet: the controller elects one once the replicas&apos; nodes have registered.</source>
        <translation>尚无 leader：副本所在节点注册后，控制器会选出一个。</translation>
    </message>
</context>
<context>
    <name>bb::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>Follow system (dark)</source>
        <translation>跟随系统（深色）</translation>
    </message>
    <message>
        <source>Follow system (light)</source>
        <translation>跟随系统（浅色）</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>The new language applies when Brokerbench starts again.</source>
        <translation>新语言将在 Brokerbench 下次启动时生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>bb::ProducerTableModel</name>
    <message>
        <source>0: no answer awaited; 1: the leader&apos;s append; all: every in-sync replica.</source>
        <translation>0：不等待应答；1：领导者写入即应答；all：每个同步副本都写入才应答。</translation>
    </message>
    <message>
        <source>Batches sent again after an error or a timeout: how duplicates appear under at-least-once.</source>
        <translation>出错或超时后重新发送的批次：这正是“至少一次”语义下出现重复的原因。</translation>
    </message>
    <message>
        <source>Batch creation to acknowledgement, since the run began.</source>
        <translation>自本次运行开始以来，从创建批次到收到确认的时间。</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>生产者</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Acks</source>
        <translation>Acks</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ack rate</source>
        <translation>确认速率</translation>
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
        <translation>p99.9</translation>
    </message>
    <message>
        <source>Not known for a Kafka client: only its requests and their answers pass through the listeners.</source>
        <translation>Kafka 客户端的此项未知：只有它的请求及其应答经过监听器。</translation>
    </message>
    <message>
        <source>%1 (external)</source>
        <translation>%1（外部）</translation>
    </message>
    <message>
        <source>A Kafka client with client id &quot;%1&quot;, producing through the Kafka listeners; acks as in its latest request.</source>
        <translation>客户端 ID 为“%1”的 Kafka 客户端，通过 Kafka 监听器生产消息；acks 取自其最近一次请求。</translation>
    </message>
</context>
<context>
    <name>bb::PublishLogModel</name>
    <message>
        <source>%1: sent (acks=0: no offset)</source>
        <translation>%1：已发送（acks=0：无偏移量）</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1，偏移量 %2</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source></source>
        <comment>A refused send shows the engine&apos;s error sentence (core), which stays in English.</comment>
        <translation></translation>
    </message>
    <message>
        <source>Transaction of %1 not committed: %2</source>
        <translation>包含 %1 的事务未提交：%2</translation>
    </message>
    <message>
        <source>Transaction committed: %1</source>
        <translation>事务已提交：%1</translation>
    </message>
    <message>
        <source>Transaction aborted: %1</source>
        <translation>事务已中止：%1</translation>
    </message>
</context>
<context>
    <name>bb::PublishPanel</name>
    <message>
        <source>By key: the key&apos;s hash picks the partition (records without a key take turns)</source>
        <translation>按键：由键的哈希值选择分区（没有键的记录轮流分配）</translation>
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
        <translation>每个同步副本都拥有该记录后，领导者才应答</translation>
    </message>
    <message>
        <source>The leader answers once it has the record itself</source>
        <translation>领导者自己拥有该记录后即应答</translation>
    </message>
    <message>
        <source>No answer: the producer counts the record as sent</source>
        <translation>不应答：生产者将记录视为已发送</translation>
    </message>
    <message>
        <source>When the leader answers the producer: all (every in-sync replica), 1 (the leader alone) or 0 (never)</source>
        <translation>领导者何时应答生产者：all（每个同步副本）、1（仅领导者）或 0（从不）</translation>
    </message>
    <message>
        <source>Idempotent</source>
        <translation>幂等</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>事务</translation>
    </message>
    <message>
        <source>e.g. customer-42</source>
        <translation>例如 customer-42</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>无键</translation>
    </message>
    <message>
        <source>The record&apos;s value; {n} becomes the record&apos;s number</source>
        <translation>记录的值；{n} 会替换为记录的序号</translation>
    </message>
    <message>
        <source>Tombstone (no value)</source>
        <translation>墓碑记录（无值）</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation>添加消息头</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Remove the selected header</source>
        <translation>移除所选消息头</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Send the record once (Ctrl+Return)</source>
        <translation>发送该记录一次（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Acks</source>
        <translation>Acks</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>生产者</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>消息头</translation>
    </message>
    <message>
        <source> records/s</source>
        <translation> 条/秒</translation>
    </message>
    <message>
        <source>Records per second of virtual time</source>
        <translation>每秒虚拟时间发送的记录数</translation>
    </message>
    <message>
        <source>Start &amp;Repeating</source>
        <translation>开始重复发送(&amp;R)</translation>
    </message>
    <message>
        <source>Repeating sends the record at this rate until you stop it.</source>
        <translation>重复发送会以此速率发送该记录，直到你停止。</translation>
    </message>
    <message>
        <source>A new run started: the repeat stopped.</source>
        <translation>新的运行已开始：重复发送已停止。</translation>
    </message>
    <message>
        <source>By key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Stop &amp;Repeating</source>
        <translation>停止重复发送(&amp;R)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Sent %1 · acknowledged %2 · failed %3</source>
        <translation>已发送 %1 · 已确认 %2 · 失败 %3</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>最近一次：%1</translation>
    </message>
    <message>
        <source>enable.idempotence: the producer numbers its batches, so the leader drops a retry whose acknowledgement was lost instead of writing it twice. Implies acks=all.</source>
        <translation>enable.idempotence：生产者为批次编号，leader 会丢弃确认丢失后的重试，而不是写入两次。隐含 acks=all。</translation>
    </message>
    <message>
        <source>transactional.id: records go into a transaction that read_committed consumers see only once you commit it, and never if you abort it. Implies idempotence.</source>
        <translation>transactional.id：记录进入一个事务，read_committed 消费者只有在你提交后才能看到，中止则永远看不到。隐含幂等。</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>提交(&amp;C)</translation>
    </message>
    <message>
        <source>Commit the open transaction: its records become visible to read_committed consumers</source>
        <translation>提交未完成的事务：其记录对 read_committed 消费者可见</translation>
    </message>
    <message>
        <source>A&amp;bort</source>
        <translation>中止(&amp;B)</translation>
    </message>
    <message>
        <source>Abort the open transaction: its records stay in the log, but read_committed consumers skip them</source>
        <translation>中止未完成的事务：其记录留在日志中，但 read_committed 消费者会跳过它们</translation>
    </message>
    <message>
        <source>An idempotent producer always uses acks=all</source>
        <translation>幂等生产者总是使用 acks=all</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>进行中：%1</translation>
    </message>
    <message>
        <source>None open</source>
        <translation>无进行中的事务</translation>
    </message>
    <message>
        <source>The open transaction holds %1; read_committed consumers see them once you commit.</source>
        <translation>未完成的事务包含 %1；提交后 read_committed 消费者才能看到。</translation>
    </message>
    <message>
        <source>No transaction is open: the next send begins one.</source>
        <translation>没有进行中的事务：下一次发送会开始一个。</translation>
    </message>
    <message>
        <source> · %1 transactions committed</source>
        <translation> · 已提交 %1 个事务</translation>
    </message>
</context>
<context>
    <name>bb::QueueTableModel</name>
    <message>
        <source>%1 (FIFO)</source>
        <translation>%1（FIFO）</translation>
    </message>
    <message>
        <source>No dead-letter topic: %1 discarded past the delivery limit.</source>
        <translation>没有死信主题：超过投递上限后丢弃了 %1。</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>已将 %1 写入 %2。</translation>
    </message>
    <message>
        <source>Messages are waiting and nobody fetches them.</source>
        <translation>有消息在等待，但没有人拉取。</translation>
    </message>
    <message>
        <source>Messages ready to deliver, including those not read from the topic yet.</source>
        <translation>待投递的消息，包括尚未从主题读取的消息。</translation>
    </message>
    <message>
        <source>Delivered and locked until acknowledged or until the visibility timeout runs out.</source>
        <translation>已投递并锁定，直到被确认或可见性超时到期。</translation>
    </message>
    <message>
        <source>Members that fetched within the visibility timeout or wait in a long poll now.</source>
        <translation>在可见性超时内拉取过、或正在长轮询中等待的成员。</translation>
    </message>
    <message>
        <source>Deliveries after the first: a lock ran out or a consumer released the message.</source>
        <translation>首次之后的投递：锁已过期，或消费者释放了该消息。</translation>
    </message>
    <message>
        <source>Past the delivery limit or rejected: moved to the dead-letter topic (or discarded without one).</source>
        <translation>超过投递上限或被拒绝：已移入死信主题（没有死信主题则丢弃）。</translation>
    </message>
    <message>
        <source>Age of the oldest message not finished yet.</source>
        <translation>尚未处理完的最早消息的存在时间。</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>消费者</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已投递</translation>
    </message>
    <message>
        <source>Redelivered</source>
        <translation>重新投递</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Dead-lettered</source>
        <translation>死信</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>最早</translation>
    </message>
</context>
<context>
    <name>bb::RecordText</name>
    <message numerus="yes">
        <source>... %n more bytes</source>
        <translation>
            <numerusform>... 还有 %n 字节</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::RecordTrace</name>
    <message>
        <source>node %1 (leader)</source>
        <translation>节点 %1（领导者）</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>down: unknown until it restarts</source>
        <translation>已宕机：重启前无法得知</translation>
    </message>
    <message>
        <source>deleted by retention (its log starts at %1)</source>
        <translation>已被保留策略删除（其日志起始于 %1）</translation>
    </message>
    <message>
        <source>not yet (its log ends at %1)</source>
        <translation>尚未拥有（其日志结束于 %1）</translation>
    </message>
    <message>
        <source>holds it</source>
        <translation>已拥有</translation>
    </message>
    <message>
        <source>yes: below the high watermark (%1)</source>
        <translation>是：低于高水位（%1）</translation>
    </message>
    <message>
        <source>not yet: the high watermark is %1; consumers cannot read it</source>
        <translation>尚未提交：高水位为 %1；消费者无法读取它</translation>
    </message>
    <message>
        <source>leader epoch %1</source>
        <translation>领导者纪元 %1</translation>
    </message>
    <message>
        <source> (the partition is in epoch %1 now)</source>
        <translation>（该分区现处于纪元 %1）</translation>
    </message>
    <message>
        <source>offsets %1 to %2, %3</source>
        <translation>偏移量 %1 至 %2，%3</translation>
    </message>
    <message>
        <source>unknown (no load generator tag in the value)</source>
        <translation>未知（值中没有负载生成器标记）</translation>
    </message>
    <message>
        <source>%1, record #%2 of its load</source>
        <translation>%1，其负载中的第 %2 条记录</translation>
    </message>
    <message>
        <source>none: not an idempotent producer</source>
        <translation>无：不是幂等生产者</translation>
    </message>
    <message>
        <source>%1, epoch %2, sequence %3</source>
        <translation>%1，纪元 %2，序号 %3</translation>
    </message>
    <message>
        <source> · transactional</source>
        <translation> · 事务性</translation>
    </message>
    <message>
        <source>%1 · offset %2</source>
        <translation>%1 · 偏移量 %2</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Written in</source>
        <translation>写入于</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>生产者</translation>
    </message>
    <message>
        <source>Producer id</source>
        <translation>生产者 ID</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>none (a tombstone)</source>
        <translation>无（墓碑记录）</translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation>消息头 %1</translation>
    </message>
    <message>
        <source>&amp;Value as</source>
        <translation>值显示为(&amp;V)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>no consumer group reads this partition</source>
        <translation>没有消费者组读取此分区</translation>
    </message>
    <message>
        <source>nothing committed yet</source>
        <translation>尚未提交任何内容</translation>
    </message>
    <message>
        <source>consumed and committed (the group is at offset %1)</source>
        <translation>已消费并提交（该组位于偏移量 %1）</translation>
    </message>
    <message>
        <source>not yet (the group is at offset %1)</source>
        <translation>尚未（该组位于偏移量 %1）</translation>
    </message>
    <message>
        <source>%1, not JSON; as text:</source>
        <translation>%1，不是 JSON；以文本显示：</translation>
    </message>
    <message>
        <source>Consumed by</source>
        <translation>消费者</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>消息头</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Select a record to see its trace: whether it is committed, which replicas hold it, who wrote it and which groups consumed it.</source>
        <translation>选择一条记录以查看其追踪：是否已提交、哪些副本持有它、谁写入了它以及哪些组已消费它。</translation>
    </message>
</context>
<context>
    <name>bb::ScenarioGallery</name>
    <message>
        <source>Scenario Gallery</source>
        <translation>场景库</translation>
    </message>
    <message>
        <source>Each scenario sets up a cluster, a load and a fault plan that shows one idea. Open one to load it into the workbench; it starts running at once.</source>
        <translation>每个场景都会设置一个集群、一份负载和一个故障计划，用来演示一个概念。打开一个场景即可将其载入工作台，并立即开始运行。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>bb::ScenarioListModel</name>
    <message>
        <source>1 node</source>
        <translation>1 个节点</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 个节点</translation>
    </message>
    <message>
        <source>1 topic</source>
        <translation>1 个主题</translation>
    </message>
    <message>
        <source>%1 topics</source>
        <translation>%1 个主题</translation>
    </message>
    <message>
        <source>1 partition</source>
        <translation>1 个分区</translation>
    </message>
    <message>
        <source>%1 partitions</source>
        <translation>%1 个分区</translation>
    </message>
    <message>
        <source>1 producer</source>
        <translation>1 个生产者</translation>
    </message>
    <message>
        <source>%1 producers</source>
        <translation>%1 个生产者</translation>
    </message>
    <message>
        <source>no scheduled faults</source>
        <translation>没有计划的故障</translation>
    </message>
    <message>
        <source>1 scheduled fault</source>
        <translation>1 个计划的故障</translation>
    </message>
    <message>
        <source>%1 scheduled faults</source>
        <translation>%1 个计划的故障</translation>
    </message>
    <message>
        <source>semantics lab</source>
        <translation>语义实验</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <source>Bundled scenario &quot;%1&quot;: double-click or press Enter to open it</source>
        <translation>内置场景“%1”：双击或按 Enter 键打开</translation>
    </message>
    <message>
        <source>This bundled scenario cannot be read: %1</source>
        <translation>无法读取此内置场景：%1</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>没有描述。</translation>
    </message>
</context>
<context>
    <name>bb::ScenarioPanel</name>
    <message>
        <source>%1 · seed %2 · %3 nodes</source>
        <translation>%1 · 种子 %2 · %3 个节点</translation>
    </message>
    <message>
        <source>No scheduled faults: use the buttons on the node cards.</source>
        <translation>没有计划的故障：请使用节点卡片上的按钮。</translation>
    </message>
    <message>
        <source>Fault plan</source>
        <translation>故障计划</translation>
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
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>bb::SnapshotNames</name>
    <message>
        <source>Up</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Fenced</source>
        <translation>已屏蔽</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>已崩溃</translation>
    </message>
    <message>
        <source>every batch</source>
        <translation>每个批次</translation>
    </message>
    <message>
        <source>every %1 s</source>
        <translation>每 %1 秒</translation>
    </message>
    <message>
        <source>every %1 ms</source>
        <translation>每 %1 毫秒</translation>
    </message>
    <message>
        <source>never (OS)</source>
        <translation>从不（由操作系统决定）</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Preparing rebalance</source>
        <translation>准备再均衡</translation>
    </message>
    <message>
        <source>Completing rebalance</source>
        <translation>完成再均衡</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>启动中</translation>
    </message>
</context>
<context>
    <name>bb::TimeChart</name>
    <message>
        <source>virtual time (s)</source>
        <translation>虚拟时间（秒）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2. Choose another folder or file name.</source>
        <translation>无法写入“%1”：%2。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>Export as &amp;PNG...</source>
        <translation>导出为 PNG(&amp;P)...</translation>
    </message>
    <message>
        <source>Export Data as &amp;CSV...</source>
        <translation>将数据导出为 CSV(&amp;C)...</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export Chart Data as CSV</source>
        <translation>将图表数据导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>无法导出</translation>
    </message>
</context>
<context>
    <name>bb::TopologyEditor</name>
    <message>
        <source>Undo %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>拓扑</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a node, topic, queue, exchange, producer, service, publisher, requester or responder</source>
        <translation>添加节点、主题、队列、交换器、生产者、服务、发布者、请求者或响应者</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Drag from one box to another to connect them: a producer to a topic, a topic to a service, a service to the topic it emits to, an exchange to a topic or queue, ...</source>
        <translation>从一个方框拖到另一个方框即可连接它们：生产者到主题、主题到服务、服务到它发出事件的主题、交换器到主题或队列……</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected boxes or arrows (Del)</source>
        <translation>删除所选的方框或箭头（Del）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>排列</translation>
    </message>
    <message>
        <source>Put every box back in its column</source>
        <translation>将每个方框放回它所在的列</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show the whole diagram (Ctrl+wheel zooms)</source>
        <translation>显示整个图（Ctrl+滚轮缩放）</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>将 %1 连接到 %2</translation>
    </message>
    <message>
        <source>Delete the connection from %1 to %2</source>
        <translation>删除从 %1 到 %2 的连接</translation>
    </message>
    <message>
        <source>the connection from %1 to %2</source>
        <translation>从 %1 到 %2 的连接</translation>
    </message>
    <message>
        <source>Delete %1 items</source>
        <translation>删除 %1 个元素</translation>
    </message>
    <message>
        <source>added to the running cluster</source>
        <translation>已添加到运行中的集群</translation>
    </message>
    <message>
        <source>the cluster could not be rebuilt: %1</source>
        <translation>无法重建集群：%1</translation>
    </message>
    <message>
        <source>the cluster restarted from the edited scenario (same seed)</source>
        <translation>集群已按编辑后的场景重新启动（相同种子）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&amp;Connect to</source>
        <translation>连接到(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete %1</source>
        <translation>删除 %1(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Delete Connection</source>
        <translation>删除连接(&amp;D)</translation>
    </message>
</context>
<context>
    <name>bb::TopologyProperties</name>
    <message>
        <source>Set %1 of %2</source>
        <translation>设置 %2 的%1</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>拓扑</translation>
    </message>
    <message>
        <source>Select a box or an arrow to see and change its settings. Add elements with the Add menu; connect two with Connect (drag from one to the other) or the context menu.</source>
        <translation>选择一个方框或箭头即可查看并修改其设置。通过“添加”菜单添加元素；用“连接”（从一个拖到另一个）或上下文菜单连接两个元素。</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Every node has the same settings. Changing the cluster restarts the scenario.</source>
        <translation>每个节点的设置都相同。修改集群会重新启动场景。</translation>
    </message>
    <message>
        <source>&amp;Nodes</source>
        <translation>节点(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Storage</source>
        <translation>存储(&amp;S)</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>SQLite (durable)</source>
        <translation>SQLite（持久）</translation>
    </message>
    <message>
        <source>&amp;Flush</source>
        <translation>刷盘(&amp;F)</translation>
    </message>
    <message>
        <source>every batch</source>
        <translation>每个批次</translation>
    </message>
    <message>
        <source>at an interval</source>
        <translation>按间隔</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Flush &amp;interval</source>
        <translation>刷盘间隔(&amp;I)</translation>
    </message>
    <message>
        <source>Network &amp;latency</source>
        <translation>网络延迟(&amp;L)</translation>
    </message>
    <message>
        <source>Network &amp;jitter</source>
        <translation>网络抖动(&amp;J)</translation>
    </message>
    <message>
        <source>Network l&amp;oss</source>
        <translation>网络丢包(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Partitions</source>
        <translation>分区(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Replication factor</source>
        <translation>副本因子(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Min in-sync replicas</source>
        <translation>最少同步副本(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Unclean election</source>
        <translation>非干净选举(&amp;U)</translation>
    </message>
    <message>
        <source>A replica outside the ISR may become leader: the partition stays available, but acknowledged writes can be lost.</source>
        <translation>ISR 之外的副本也可以成为领导者：分区保持可用，但已确认的写入可能丢失。</translation>
    </message>
    <message>
        <source>Re&amp;tention</source>
        <translation>保留时间(&amp;T)</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>&amp;Compacted</source>
        <translation>压缩(&amp;C)</translation>
    </message>
    <message>
        <source>Compaction keeps the last record per key.</source>
        <translation>压缩会为每个键保留最后一条记录。</translation>
    </message>
    <message>
        <source>Its records live in the topic &quot;%1&quot;.</source>
        <translation>其记录存放在主题“%1”中。</translation>
    </message>
    <message>
        <source>&amp;Visibility timeout</source>
        <translation>可见性超时(&amp;V)</translation>
    </message>
    <message>
        <source>Max &amp;deliveries</source>
        <translation>最大投递次数(&amp;D)</translation>
    </message>
    <message>
        <source>Dead-&amp;letter topic</source>
        <translation>死信主题(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;FIFO order</source>
        <translation>FIFO 顺序(&amp;F)</translation>
    </message>
    <message>
        <source>In order per message group (the header &quot;group&quot;, else the key).</source>
        <translation>按消息组保持顺序（消息头“group”，否则为键）。</translation>
    </message>
    <message>
        <source>D&amp;eduplication window</source>
        <translation>去重窗口(&amp;E)</translation>
    </message>
    <message>
        <source>Select one of its arrows to change that binding&apos;s key.</source>
        <translation>选择它的某个箭头，即可修改该绑定的键。</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
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
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>速率(&amp;R)</translation>
    </message>
    <message>
        <source> rec/s</source>
        <translation> 条/秒</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Value size</source>
        <translation>值大小(&amp;V)</translation>
    </message>
    <message>
        <source> B</source>
        <translation> 字节</translation>
    </message>
    <message>
        <source>&amp;Acks</source>
        <translation>Acks(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Idempotent</source>
        <translation>幂等(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Linger</source>
        <translation>逗留时间(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Batch records</source>
        <translation>批次记录数(&amp;B)</translation>
    </message>
    <message>
        <source>Max in &amp;flight</source>
        <translation>最大在途请求(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Partitioner</source>
        <translation>分区器(&amp;P)</translation>
    </message>
    <message>
        <source>key hash</source>
        <translation>键哈希</translation>
    </message>
    <message>
        <source>round robin</source>
        <translation>轮询</translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation>开始于(&amp;S)</translation>
    </message>
    <message>
        <source>St&amp;ops at</source>
        <translation>停止于(&amp;O)</translation>
    </message>
    <message>
        <source>Consumers of the queue &quot;%1&quot;.</source>
        <translation>队列“%1”的消费者。</translation>
    </message>
    <message>
        <source>A consumer group reading %1.</source>
        <translation>读取 %1 的消费组。</translation>
    </message>
    <message>
        <source>&amp;Consumers</source>
        <translation>消费者(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>成员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Processing time</source>
        <translation>处理时间(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Assignor</source>
        <translation>分配策略(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;ommit</source>
        <translation>提交(&amp;O)</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>manual, after each batch</source>
        <translation>手动，每个批次之后</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>投递(&amp;D)</translation>
    </message>
    <message>
        <source>pull</source>
        <translation>拉取</translation>
    </message>
    <message>
        <source>push</source>
        <translation>推送</translation>
    </message>
    <message>
        <source>&amp;Isolation</source>
        <translation>隔离级别(&amp;I)</translation>
    </message>
    <message>
        <source>read uncommitted</source>
        <translation>读未提交</translation>
    </message>
    <message>
        <source>read committed</source>
        <translation>读已提交</translation>
    </message>
    <message>
        <source>Offset &amp;reset</source>
        <translation>偏移量重置(&amp;R)</translation>
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
        <translation>单次拉取最大记录数(&amp;R)</translation>
    </message>
    <message>
        <source>Pre&amp;fetch</source>
        <translation>预取(&amp;F)</translation>
    </message>
    <message>
        <source>D&amp;eduplicate</source>
        <translation>去重(&amp;E)</translation>
    </message>
    <message>
        <source>An idempotent consumer: ids it already handled are skipped.</source>
        <translation>幂等消费者：跳过已处理过的 ID。</translation>
    </message>
    <message>
        <source>Publishes through its exchange, cycling over the routing keys.</source>
        <translation>通过其交换器发布，轮流使用各个路由键。</translation>
    </message>
    <message>
        <source>Routing &amp;keys</source>
        <translation>路由键(&amp;K)</translation>
    </message>
    <message>
        <source> msg/s</source>
        <translation> 条消息/秒</translation>
    </message>
    <message>
        <source>Re&amp;quest topic</source>
        <translation>请求主题(&amp;Q)</translation>
    </message>
    <message>
        <source>Re&amp;ply topic</source>
        <translation>回复主题(&amp;P)</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> 个请求/秒</translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation>超时(&amp;T)</translation>
    </message>
    <message>
        <source>Instances read disjoint partitions of the request topic.</source>
        <translation>各实例读取请求主题中互不相交的分区。</translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation>实例(&amp;I)</translation>
    </message>
    <message>
        <source>%1 emits to %2</source>
        <translation>%1 向 %2 发出事件</translation>
    </message>
    <message>
        <source>For every record it handles, the service writes an event here.</source>
        <translation>服务每处理一条记录，就在这里写入一个事件。</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>事件(&amp;E)</translation>
    </message>
    <message>
        <source>%1 routes to %2</source>
        <translation>%1 路由到 %2</translation>
    </message>
    <message>
        <source>A topic exchange matches the key as a pattern: * is one word, # any number of words.</source>
        <translation>topic 交换器把键当作模式匹配：* 匹配一个单词，# 匹配任意数量的单词。</translation>
    </message>
    <message>
        <source>A direct exchange routes messages whose routing key equals the binding key.</source>
        <translation>direct 交换器路由那些路由键与绑定键相同的消息。</translation>
    </message>
    <message>
        <source>This exchange type ignores binding keys.</source>
        <translation>此交换器类型忽略绑定键。</translation>
    </message>
    <message>
        <source>Binding &amp;key</source>
        <translation>绑定键(&amp;K)</translation>
    </message>
    <message>
        <source>%1 sends failures to %2</source>
        <translation>%1 将失败发送到 %2</translation>
    </message>
    <message>
        <source>Fails &amp;every</source>
        <translation>失败间隔(&amp;E)</translation>
    </message>
    <message>
        <source> th record</source>
        <translation> 条记录</translation>
    </message>
    <message>
        <source>%1 writes to %2</source>
        <translation>%1 写入 %2</translation>
    </message>
    <message>
        <source>Connect the producer to another topic to move it.</source>
        <translation>将生产者连接到另一个主题即可移动它。</translation>
    </message>
    <message>
        <source>%1 reads %2</source>
        <translation>%1 读取 %2</translation>
    </message>
    <message>
        <source>Delete the arrow to stop reading it.</source>
        <translation>删除该箭头即可停止读取。</translation>
    </message>
    <message>
        <source>%1 publishes to %2</source>
        <translation>%1 发布到 %2</translation>
    </message>
    <message>
        <source>%1 sends requests to %2</source>
        <translation>%1 向 %2 发送请求</translation>
    </message>
    <message>
        <source>%1 reads replies from %2</source>
        <translation>%1 从 %2 读取回复</translation>
    </message>
    <message>
        <source>%1 answers requests from %2</source>
        <translation>%1 应答来自 %2 的请求</translation>
    </message>
    <message>
        <source>%1 dead-letters to %2</source>
        <translation>%1 将死信发送到 %2</translation>
    </message>
    <message>
        <source>Records delivered more often than the queue&apos;s max deliveries go here.</source>
        <translation>投递次数超过队列最大投递次数的记录会进入这里。</translation>
    </message>
</context>
<context>
    <name>bb::TopologyScene</name>
    <message>
        <source>Cluster · 1 node</source>
        <translation>集群 · 1 个节点</translation>
    </message>
    <message>
        <source>Cluster · %1 nodes</source>
        <translation>集群 · %1 个节点</translation>
    </message>
</context>
<context>
    <name>bb::TopologyText</name>
    <message>
        <source>1 partition</source>
        <translation>1 个分区</translation>
    </message>
    <message>
        <source>%1 partitions</source>
        <translation>%1 个分区</translation>
    </message>
    <message>
        <source> × RF %1</source>
        <translation> × 副本因子 %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>flush every batch</source>
        <translation>每个批次刷盘</translation>
    </message>
    <message>
        <source>flush %1</source>
        <translation>刷盘 %1</translation>
    </message>
    <message>
        <source>never flushes</source>
        <translation>从不刷盘</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>min ISR %1</source>
        <translation>最少 ISR %1</translation>
    </message>
    <message>
        <source>compacted</source>
        <translation>已压缩</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>%1 exchange</source>
        <translation>%1 交换器</translation>
    </message>
    <message>
        <source>1 binding</source>
        <translation>1 个绑定</translation>
    </message>
    <message>
        <source>%1 bindings</source>
        <translation>%1 个绑定</translation>
    </message>
    <message>
        <source>idempotent</source>
        <translation>幂等</translation>
    </message>
    <message>
        <source>1 key</source>
        <translation>1 个键</translation>
    </message>
    <message>
        <source>%1 keys</source>
        <translation>%1 个键</translation>
    </message>
    <message>
        <source>no keys</source>
        <translation>无键</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 个成员</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 个成员</translation>
    </message>
    <message>
        <source>1 consumer</source>
        <translation>1 个消费者</translation>
    </message>
    <message>
        <source>%1 consumers</source>
        <translation>%1 个消费者</translation>
    </message>
    <message>
        <source>manual commit</source>
        <translation>手动提交</translation>
    </message>
    <message>
        <source>auto commit</source>
        <translation>自动提交</translation>
    </message>
    <message>
        <source>push</source>
        <translation>推送</translation>
    </message>
    <message>
        <source>1 routing key</source>
        <translation>1 个路由键</translation>
    </message>
    <message>
        <source>%1 routing keys</source>
        <translation>%1 个路由键</translation>
    </message>
    <message>
        <source>timeout %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <source>1 instance</source>
        <translation>1 个实例</translation>
    </message>
    <message>
        <source>%1 instances</source>
        <translation>%1 个实例</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>could not write the screenshot to %1.</source>
        <translation>无法将截图写入 %1。</translation>
    </message>
    <message>
        <source>the simulation did not reach the requested time within 5 minutes.</source>
        <translation>模拟未能在 5 分钟内到达所要求的时间。</translation>
    </message>
    <message>
        <source>A desktop workbench with a replicated message broker inside.</source>
        <translation>一个内置多副本消息代理的桌面工作台。</translation>
    </message>
    <message>
        <source>Open a bundled scenario (%1) or a .json file.</source>
        <translation>打开一个内置场景（%1）或一个 .json 文件。</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation>将窗口渲染为 PNG 文件后退出。</translation>
    </message>
    <message>
        <source>With --screenshot: virtual seconds to run first (default 10).</source>
        <translation>与 --screenshot 一起使用：先运行的虚拟秒数（默认 10）。</translation>
    </message>
    <message>
        <source>Use this theme for this run: system, light or dark.</source>
        <translation>本次运行使用此主题：system、light 或 dark。</translation>
    </message>
    <message>
        <source>Use this language for this run: en, %1.</source>
        <translation>本次运行使用此语言：en、%1。</translation>
    </message>
    <message>
        <source>A workbench file to open.</source>
        <translation>要打开的工作台文件。</translation>
    </message>
    <message>
        <source>open one workbench file at a time.</source>
        <translation>一次只能打开一个工作台文件。</translation>
    </message>
    <message>
        <source>--language expects en, %1; got &quot;%2&quot;.</source>
        <translation>--language 应为 en、%1；实际为“%2”。</translation>
    </message>
    <message>
        <source>--theme expects system, light or dark; got &quot;%1&quot;.</source>
        <translation>--theme 应为 system、light 或 dark；实际为“%1”。</translation>
    </message>
    <message>
        <source>--after expects virtual seconds between 0 and 1000000, got &quot;%1&quot;.</source>
        <translation>--after 应为 0 到 1000000 之间的虚拟秒数，实际为“%1”。</translation>
    </message>
    <message>
        <source>--show: no dock named &quot;%1&quot; (and it is not &quot;gallery&quot; or &quot;preferences&quot;).</source>
        <translation>--show：没有名为“%1”的停靠窗口（也不是“gallery”或“preferences”）。</translation>
    </message>
    <message>
        <source>With --screenshot: show this dock (its object name) first, or grab the scenario &quot;gallery&quot; or the &quot;preferences&quot;.</source>
        <translation>与 --screenshot 一起使用：先显示此停靠窗口（按对象名），或截取场景库“gallery”或首选项“preferences”。</translation>
    </message>
    <message>
        <source>--select: the scenario has no topic, queue, producer or other element named &quot;%1&quot;.</source>
        <translation>--select：场景中没有名为“%1”的主题、队列、生产者或其他元素。</translation>
    </message>
    <message>
        <source>With --screenshot: the window&apos;s size in pixels (default 1400x900).</source>
        <translation>与 --screenshot 一起使用：窗口大小（像素，默认 1400x900）。</translation>
    </message>
    <message>
        <source>With --screenshot: select this topology element (a topic, producer, ... by name) so the Topology dock shows its properties.</source>
        <translation>与 --screenshot 一起使用：按名称选中该拓扑元素（主题、生产者等），使拓扑面板显示其属性。</translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT in pixels, at least 320x240, for example 1280x720; got &quot;%1&quot;.</source>
        <translation>--size 需要 宽x高（像素），至少 320x240，例如 1280x720；收到的是“%1”。</translation>
    </message>
    <message>
        <source>Start with Simulation &gt; Kafka Listeners on: real Kafka clients connect to the nodes on ports 19092 and up.</source>
        <translation>启动时打开“模拟 &gt; Kafka 监听器”：真实的 Kafka 客户端在 19092 及以上端口连接到各节点。</translation>
    </message>
</context>
</TS>
