"""python3-confluent-kafka (librdkafka) against `brokerbench-cli serve`.

1. An idempotent producer (acks=all) writes while the test crashes the
   leader of partition 0 through serve's admin API (after 2 s of writes) and
   restarts it (at 6 s); then a consumer reads every acknowledged message
   exactly once: 0 lost, 0 duplicated.
2. A transactional producer commits one transaction and aborts another; a
   read_committed consumer sees only the committed one.
3. The admin client creates a topic, is refused one with more replicas than
   nodes (with the reason), and lists and describes a consumer group. Then
   it deletes the topic: every node drops it, the event log says so, and
   a topic created again under that name starts empty.
4. Producers with gzip, snappy, lz4 and zstd batches: every message reads
   back as written.

Usage: confluent-clients.py BROKERBENCH-CLI SCENARIO.json
"""
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

from confluent_kafka import Consumer, KafkaError, KafkaException, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, ConfigResource, ConfigSource, NewTopic


def fail(message, server=None):
    print("confluent-clients.py: " + message, file=sys.stderr)
    if server is not None:
        server.terminate()
        print("--- serve's log:\n" + server.stderr.read()[-4000:], file=sys.stderr)
    sys.exit(1)


ADMIN_TOKEN = "s3cret-admin-token"


def start_server(cli, scenario, tokens_file):
    server = subprocess.Popen([cli, "serve", scenario, "--port-base", "0", "--admin", "127.0.0.1:0",
                               "--admin-tokens", tokens_file], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    bootstrap = None
    for line in server.stdout:
        if line.startswith("bootstrap.servers="):
            bootstrap = line.strip().split("=", 1)[1]
        if line.startswith("Admin API: "):
            if bootstrap is None:
                break
            return server, bootstrap, line.split()[2]
    fail("serve printed no bootstrap servers and admin API address", server)


def admin_api(base, path, body=None, server=None):
    """GET (or POST `body` as JSON) on serve's admin API; the decoded answer."""
    request = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + ADMIN_TOKEN})
    if body is not None:
        request.data = json.dumps(body).encode()
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return json.loads(answer.read())
    except urllib.error.HTTPError as e:
        fail("admin API %s answered %d: %s" % (path, e.code, e.read().decode()), server)


def leader_of(base, topic, partition, server):
    for p in admin_api(base, "snapshot", server=server)["partitions"]:
        if p["topic"] == topic and p["partition"] == partition:
            return p["leader"]
    fail("the admin API's snapshot has no %s-%d" % (topic, partition), server)


def read_all(bootstrap, topic, partitions, isolation, group):
    """Every message of the topic up to its end, as (partition, value) pairs."""
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": group, "isolation.level": isolation,
                         "auto.offset.reset": "earliest", "enable.auto.commit": False,
                         "enable.partition.eof": True})
    consumer.assign([TopicPartition(topic, p, 0) for p in range(partitions)])
    got, at_end, deadline = [], set(), time.time() + 60
    while len(at_end) < partitions and time.time() < deadline:
        msg = consumer.poll(0.5)
        if msg is None:
            continue
        if msg.error():
            if msg.error().code() == -191:  # _PARTITION_EOF
                at_end.add(msg.partition())
                continue
            raise KafkaException(msg.error())
        at_end.discard(msg.partition())
        got.append((msg.partition(), msg.value().decode()))
    consumer.close()
    return got


def idempotent_through_a_crash(bootstrap, admin_base, server):
    acked, failed = [], []

    def delivered(err, msg):
        (failed if err else acked).append(msg.value().decode() if not err else str(err))

    producer = Producer({"bootstrap.servers": bootstrap, "enable.idempotence": True, "acks": "all",
                         "linger.ms": 5, "message.timeout.ms": 60000})
    # About 9 s of writes at 2,000 messages/s, across the crash (after 2 s)
    # and the restart (after 6 s) of partition 0's leader.
    start = time.time()
    crashed = None
    for i in range(18000):
        if i == 4000:
            crashed = leader_of(admin_base, "payments", 0, server)
            answer = admin_api(admin_base, "faults", {"kind": "crash", "node": crashed}, server)
            if "crash of node %d" % crashed not in answer.get("applied", ""):
                fail("the admin API did not crash node %d: %s" % (crashed, answer), server)
            states = {n["id"]: n["state"] for n in admin_api(admin_base, "snapshot", server=server)["nodes"]}
            deadline = time.time() + 5
            while states[crashed] != "crashed" and time.time() < deadline:
                time.sleep(0.1)
                states = {n["id"]: n["state"] for n in admin_api(admin_base, "snapshot", server=server)["nodes"]}
            if states[crashed] != "crashed":
                fail("node %d is %s after the admin API crashed it" % (crashed, states[crashed]), server)
        if i == 12000:
            admin_api(admin_base, "faults", {"kind": "restart", "node": crashed}, server)
        while True:
            try:
                producer.produce("payments", key=str(i % 64), value="m%d" % i, on_delivery=delivered)
                break
            except BufferError:
                producer.poll(0.05)
        if i % 200 == 0:
            producer.poll(0)
            time.sleep(max(0.0, start + i / 2000.0 - time.time()))
    if producer.flush(90) != 0:
        fail("the idempotent producer could not deliver everything within 90 s", server)
    events = [e["kind"] for e in admin_api(admin_base, "events?after=0&limit=10000", server=server)["events"]]
    if "node_crashed" not in events or "node_restarted" not in events:
        fail("the event log does not show the crash and the restart: %s" % events, server)
    if failed:
        fail("%d messages failed: %s" % (len(failed), failed[:3]), server)
    got = read_all(bootstrap, "payments", 3, "read_committed", "check-idempotent")
    values = [v for _, v in got]
    lost = set(acked) - set(values)
    duplicated = len(values) - len(set(values))
    if lost or duplicated:
        fail("%d acknowledged messages lost, %d duplicated" % (len(lost), duplicated), server)
    # Order within each key (one partition per key) is kept.
    last = {}
    for p, v in got:
        n = int(v[1:])
        k = n % 64
        if k in last and n < last[k]:
            fail("key %d: %d after %d" % (k, n, last[k]), server)
        last[k] = n
    return len(acked)


def transactions(bootstrap, server):
    producer = Producer({"bootstrap.servers": bootstrap, "transactional.id": "tx-test", "acks": "all"})
    producer.init_transactions(30)
    producer.begin_transaction()
    for i in range(100):
        producer.produce("payments", key="t", value="committed-%d" % i)
    producer.commit_transaction(30)
    producer.begin_transaction()
    for i in range(100):
        producer.produce("payments", key="t", value="aborted-%d" % i)
    producer.flush(30)
    producer.abort_transaction(30)
    got = [v for _, v in read_all(bootstrap, "payments", 3, "read_committed", "check-txn")]
    committed = [v for v in got if v.startswith("committed-")]
    aborted = [v for v in got if v.startswith("aborted-")]
    if len(committed) != 100 or aborted:
        fail("read_committed saw %d of 100 committed and %d aborted messages" % (len(committed), len(aborted)), server)
    uncommitted = [v for _, v in read_all(bootstrap, "payments", 3, "read_uncommitted", "check-txn-ru")]
    if len([v for v in uncommitted if v.startswith("aborted-")]) != 100:
        fail("read_uncommitted does not see the aborted transaction's 100 messages", server)


def admin(bootstrap, server):
    client = AdminClient({"bootstrap.servers": bootstrap})
    done = client.create_topics([NewTopic("admin-made", 4, 2, config={"min.insync.replicas": "2"}),
                                 NewTopic("too-many-copies", 1, 5)])
    done["admin-made"].result(20)
    try:
        done["too-many-copies"].result(20)
        fail("a topic with 5 replicas on 3 nodes was created", server)
    except KafkaException as e:
        if "larger than the 3 nodes" not in str(e):
            fail("the refusal does not say why: %s" % e, server)
    # The controller has the topic when CreateTopics answers; the brokers
    # learn of it a moment later (metadata propagates over the network).
    deadline = time.time() + 10
    topics = {}
    while time.time() < deadline and len(getattr(topics.get("admin-made"), "partitions", {})) != 4:
        topics = client.list_topics(timeout=20).topics
    if "admin-made" not in topics or len(topics["admin-made"].partitions) != 4:
        fail("admin-made is not listed with 4 partitions", server)
    configs = client.describe_configs([ConfigResource("topic", "admin-made"),
                                       ConfigResource("broker", "1")])
    topic_configs, broker_configs = [f.result(20) for f in configs.values()]
    mir = topic_configs.get("min.insync.replicas")
    if mir is None or mir.value != "2" or mir.source != ConfigSource.DYNAMIC_TOPIC_CONFIG.value or not mir.is_read_only:
        fail("DescribeConfigs: min.insync.replicas of admin-made is %r" % mir, server)
    if topic_configs["cleanup.policy"].value != "delete" or not topic_configs["cleanup.policy"].is_default:
        fail("DescribeConfigs: cleanup.policy is %r" % topic_configs["cleanup.policy"], server)
    if broker_configs["broker.id"].value != "1" or broker_configs["num.partitions"].value != "3":
        fail("DescribeConfigs: broker 1 says %r" % broker_configs, server)
    try:
        client.describe_configs([ConfigResource("topic", "no-such-topic")])[
            ConfigResource("topic", "no-such-topic")].result(20)
        fail("DescribeConfigs of a missing topic succeeded", server)
    except KafkaException as e:
        if "no topic 'no-such-topic'" not in str(e):
            fail("DescribeConfigs of a missing topic: %s" % e, server)
    member = Consumer({"bootstrap.servers": bootstrap, "group.id": "described", "auto.offset.reset": "earliest"})
    member.subscribe(["admin-made"])
    deadline = time.time() + 30
    while not member.assignment() and time.time() < deadline:
        member.poll(0.2)
    groups = client.list_groups(timeout=20)
    described = [g for g in groups if g.id == "described"]
    if len(described) != 1 or described[0].state != "Stable" or len(described[0].members) != 1:
        fail("the group is not listed once, Stable, with its member: %s" % [(g.id, g.state) for g in groups], server)
    member.close()


def deletion(bootstrap, admin_base, server):
    producer = Producer({"bootstrap.servers": bootstrap, "acks": "all"})
    for i in range(50):
        producer.produce("admin-made", value=b"before-%d" % i, partition=i % 4)
    if producer.flush(20) != 0:
        fail("50 messages to admin-made were not acknowledged", server)
    client = AdminClient({"bootstrap.servers": bootstrap})
    done = client.delete_topics(["admin-made", "no-such-topic"], operation_timeout=20)
    done["admin-made"].result(20)
    try:
        done["no-such-topic"].result(20)
        fail("deleting a topic that does not exist succeeded", server)
    except KafkaException as e:
        if e.args[0].code() != KafkaError.UNKNOWN_TOPIC_OR_PART:
            fail("deleting a missing topic: %s" % e, server)
    deadline = time.time() + 10
    while time.time() < deadline and "admin-made" in client.list_topics(timeout=20).topics:
        time.sleep(0.2)
    if "admin-made" in client.list_topics(timeout=20).topics:
        fail("admin-made is still listed 10 s after its deletion", server)
    # The admin API publishes what the engine did a moment later.
    events, after, deadline = [], 0, time.time() + 10
    told = gone = False
    while time.time() < deadline and not (told and gone):
        page = admin_api(admin_base, "events?limit=10000&after=%d" % after, server=server)
        events += page["events"]
        after = page["next"]
        told = any(e["kind"] == "topic_deleted" and "admin-made" in e["text"] for e in events)
        gone = all(p["topic"] != "admin-made" for p in admin_api(admin_base, "snapshot", server=server)["partitions"])
        time.sleep(0.2)
    if not told:
        fail("the event log does not tell of the deletion", server)
    if not gone:
        fail("the snapshot still shows partitions of admin-made", server)
    client.create_topics([NewTopic("admin-made", 2, 3)])["admin-made"].result(20)
    reader = Consumer({"bootstrap.servers": bootstrap, "group.id": "after-deletion"})
    deadline = time.time() + 20
    while True:
        try:
            marks = [reader.get_watermark_offsets(TopicPartition("admin-made", p), timeout=5) for p in range(2)]
            break
        except KafkaException:
            if time.time() > deadline:
                fail("the recreated admin-made never answered ListOffsets", server)
            time.sleep(0.3)
    reader.close()
    if marks != [(0, 0), (0, 0)]:
        fail("the recreated admin-made is not empty: %s" % marks, server)


def compressed(bootstrap, server):
    client = AdminClient({"bootstrap.servers": bootstrap})
    codecs = ["gzip", "snappy", "lz4", "zstd"]
    for f in client.create_topics([NewTopic("codec-" + c, 2, 3) for c in codecs]).values():
        f.result(20)
    time.sleep(1)  # leaders elected
    for codec in codecs:
        producer = Producer({"bootstrap.servers": bootstrap, "compression.type": codec, "linger.ms": 20, "acks": "all"})
        sent = ["%s message %d %s" % (codec, i, "x" * (i % 50)) for i in range(1000)]
        for v in sent:
            producer.produce("codec-" + codec, value=v)
        if producer.flush(30) != 0:
            fail("%s: not everything was delivered" % codec, server)
        got = [v for _, v in read_all(bootstrap, "codec-" + codec, 2, "read_committed", "check-" + codec)]
        if sorted(got) != sorted(sent):
            fail("%s: read %d messages back, %d as written" % (codec, len(got), len(set(got) & set(sent))), server)


def main():
    with tempfile.NamedTemporaryFile("w", suffix=".tokens", delete=False) as tokens:
        tokens.write("ops:%s:admin\n" % ADMIN_TOKEN)
    server, bootstrap, admin_base = start_server(sys.argv[1], sys.argv[2], tokens.name)
    os.unlink(tokens.name)
    try:
        n = idempotent_through_a_crash(bootstrap, admin_base, server)
        transactions(bootstrap, server)
        admin(bootstrap, server)
        deletion(bootstrap, admin_base, server)
        compressed(bootstrap, server)
    finally:
        server.terminate()
        server.wait(10)
    print("confluent-kafka: %d idempotent messages through a leader crash, 0 lost, 0 duplicated; "
          "a committed and an aborted transaction read as such; topics created, described and deleted, groups described; gzip, snappy, lz4 and zstd batches read back" % n)


main()
