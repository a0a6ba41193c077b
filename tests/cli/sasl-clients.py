"""SASL PLAIN, SCRAM-SHA-256/512 and roles on `brokerbench-cli serve --users
FILE`, with python3-confluent-kafka (SaslHandshake v1 + SaslAuthenticate) and
kafka-python (SaslHandshake v0 + bare tokens): a writer produces and a reader
reads, over PLAIN and over each SCRAM; a wrong password is refused with the
reason; a read-only principal's produce gets TOPIC_AUTHORIZATION_FAILED and
its topic creation is refused; a client without SASL is turned away with a
line saying why.

Usage: sasl-clients.py BROKERBENCH-CLI
"""
import os
import subprocess
import sys
import tempfile
import time

from confluent_kafka import Consumer, KafkaError, KafkaException, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic
import kafka
import kafka.errors


def fail(message, server):
    server.terminate()
    server.log.seek(0)
    print("sasl-clients.py: %s\n--- serve's log:\n%s" % (message, server.log.read()[-3000:]), file=sys.stderr)
    sys.exit(1)


def sasl(user, password, mechanism="PLAIN"):
    return {"security.protocol": "SASL_PLAINTEXT", "sasl.mechanism": mechanism, "sasl.username": user,
            "sasl.password": password}


def kafka_python_sasl(bootstrap, user, password, mechanism):
    return {"bootstrap_servers": bootstrap.split(","), "security_protocol": "SASL_PLAINTEXT",
            "sasl_mechanism": mechanism, "sasl_plain_username": user, "sasl_plain_password": password}


def refusal_reasons(config, wanted):
    """librdkafka's error callbacks for `config` until one contains `wanted` (15 s at most)."""
    reasons = []
    p = Producer(dict(config, **{"error_cb": lambda e: reasons.append(str(e))}))
    deadline = time.time() + 15
    while not any(wanted in r for r in reasons) and time.time() < deadline:
        p.poll(0.2)
    return reasons


def read_all(consumer_config, topic, partitions, count, server):
    """Every value of `topic` with librdkafka, expecting `count` of them."""
    c = Consumer(dict(consumer_config, **{"group.id": "scram-check", "enable.auto.commit": False}))
    c.assign([TopicPartition(topic, p, 0) for p in range(partitions)])
    got, deadline = [], time.time() + 30
    while len(got) < count and time.time() < deadline:
        m = c.poll(0.5)
        if m is not None and m.error() is None:
            got.append(m.value())
        elif m is not None and m.error().code() != KafkaError._PARTITION_EOF:
            fail("the %s reader got %s" % (consumer_config["sasl.mechanism"], m.error()), server)
    c.close()
    return got


def scram_round_trips(bootstrap, server):
    """The writer produces over each SCRAM with librdkafka and over
    SCRAM-SHA-256 with kafka-python (bare tokens after SaslHandshake v0); the
    reader reads every message back over each, with both libraries."""
    a = AdminClient(dict(sasl("root", "admin-secret", "SCRAM-SHA-512"), **{"bootstrap.servers": bootstrap}))
    a.create_topics([NewTopic("scram", 3, 3)])["scram"].result(20)
    sent = []
    for mechanism in ("SCRAM-SHA-256", "SCRAM-SHA-512"):
        errors = []
        p = Producer(dict(sasl("writer", "w-secret", mechanism), **{"bootstrap.servers": bootstrap, "acks": "all"}))
        for i in range(300):
            value = ("%s-%d" % (mechanism, i)).encode()
            p.produce("scram", key=str(i % 7), value=value, on_delivery=lambda e, m: e and errors.append(e))
            sent.append(value)
        if p.flush(30) != 0 or errors:
            fail("the writer's %s messages were not all delivered: %s" % (mechanism, errors[:2]), server)
    kp = kafka.KafkaProducer(acks="all", **kafka_python_sasl(bootstrap, "writer", "w-secret", "SCRAM-SHA-256"))
    futures = []
    for i in range(200):
        value = b"kafka-python-%d" % i
        futures.append(kp.send("scram", key=b"%d" % (i % 7), value=value))
        sent.append(value)
    kp.flush(30)
    for f in futures:
        f.get(10)
    kp.close()

    for mechanism in ("SCRAM-SHA-256", "SCRAM-SHA-512"):
        got = read_all(dict(sasl("reader", "r-secret", mechanism), **{"bootstrap.servers": bootstrap}),
                       "scram", 3, len(sent), server)
        if sorted(got) != sorted(sent):
            fail("the reader read %d of %d messages over %s" % (len(got), len(sent), mechanism), server)
    kc = kafka.KafkaConsumer(auto_offset_reset="earliest", consumer_timeout_ms=8000,
                             **kafka_python_sasl(bootstrap, "reader", "r-secret", "SCRAM-SHA-256"))
    kc.assign([kafka.TopicPartition("scram", p) for p in range(3)])
    got = []
    for m in kc:
        got.append(m.value)
        if len(got) == len(sent):
            break
    kc.close()
    if sorted(got) != sorted(sent):
        fail("kafka-python read %d of %d messages over SCRAM-SHA-256" % (len(got), len(sent)), server)
    return len(sent)


def scram_refusals(bootstrap, server):
    """Wrong passwords and an unknown user over SCRAM: librdkafka is told
    why; kafka-python, whose bare frames carry no error, is cut off."""
    for user, password, mechanism in (("writer", "guess", "SCRAM-SHA-256"), ("writer", "guess", "SCRAM-SHA-512"),
                                      ("nobody", "w-secret", "SCRAM-SHA-256")):
        wanted = '%s authentication failed for "%s": wrong user name or password' % (mechanism, user)
        reasons = refusal_reasons(dict(sasl(user, password, mechanism), **{"bootstrap.servers": bootstrap}), wanted)
        if not any(wanted in r for r in reasons):
            fail("librdkafka was not told why %s failed over %s: %s" % (user, mechanism, reasons[:3]), server)
    try:
        kafka.KafkaProducer(api_version_auto_timeout_ms=5000,
                            **kafka_python_sasl(bootstrap, "writer", "guess", "SCRAM-SHA-256"))
        fail("kafka-python got in over SCRAM-SHA-256 with a wrong password", server)
    except (kafka.errors.KafkaError, OSError):
        pass


def main():
    users = tempfile.NamedTemporaryFile("w", suffix=".users", delete=False)
    users.write("# name:password:role\nwriter:w-secret:write\nreader:r-secret:read\nroot:admin-secret:admin\n")
    users.close()
    log = tempfile.TemporaryFile("w+")  # a pipe nobody reads could fill and stall serve
    server = subprocess.Popen([sys.argv[1], "serve", "default", "--port-base", "0", "--users", users.name],
                              stdout=subprocess.PIPE, stderr=log, text=True)
    server.log = log
    bootstrap = None
    for line in server.stdout:
        if line.startswith("bootstrap.servers="):
            bootstrap = line.strip().split("=", 1)[1]
            break
    if not bootstrap:
        fail("serve printed no bootstrap servers", server)
    try:
        # A writer (librdkafka) produces.
        delivered, errors = [], []
        p = Producer(dict(sasl("writer", "w-secret"), **{"bootstrap.servers": bootstrap, "acks": "all"}))
        for i in range(100):
            p.produce("orders", key="sasl", value="sasl-%d" % i,
                      on_delivery=lambda e, m: (errors if e else delivered).append(e or m.offset()))
        p.flush(30)
        if len(delivered) != 100 or errors:
            fail("the writer delivered %d of 100: %s" % (len(delivered), errors[:2]), server)

        # A reader (kafka-python, Handshake v0 and a bare token) reads them.
        c = kafka.KafkaConsumer(bootstrap_servers=bootstrap.split(","), security_protocol="SASL_PLAINTEXT",
                                sasl_mechanism="PLAIN", sasl_plain_username="reader", sasl_plain_password="r-secret",
                                auto_offset_reset="earliest", consumer_timeout_ms=8000)
        c.assign([kafka.TopicPartition("orders", p) for p in range(6)])
        seen = 0
        for m in c:
            seen += m.value.startswith(b"sasl-")
            if seen == 100:
                break
        c.close()
        if seen != 100:
            fail("the reader saw %d of the writer's 100 messages" % seen, server)

        # The reader may not produce.
        refused = []
        p = Producer(dict(sasl("reader", "r-secret"), **{"bootstrap.servers": bootstrap, "message.timeout.ms": 10000}))
        p.produce("orders", value="nope", on_delivery=lambda e, m: refused.append(e))
        p.flush(20)
        if len(refused) != 1 or refused[0] is None or refused[0].code() != KafkaError.TOPIC_AUTHORIZATION_FAILED:
            fail("a read-only produce was answered %s, not TOPIC_AUTHORIZATION_FAILED" % refused, server)
        # Nor create topics; the admin may.
        a = AdminClient(dict(sasl("reader", "r-secret"), **{"bootstrap.servers": bootstrap}))
        try:
            a.create_topics([NewTopic("by-reader", 1, 1)])["by-reader"].result(20)
            fail("a read-only principal created a topic", server)
        except KafkaException as e:
            if "admin role" not in str(e):
                fail("the refusal does not say why: %s" % e, server)
        # Nor delete them (the writer neither); the admin may.
        for user, password in (("reader", "r-secret"), ("writer", "w-secret")):
            a = AdminClient(dict(sasl(user, password), **{"bootstrap.servers": bootstrap}))
            try:
                a.delete_topics(["scram"], operation_timeout=20)["scram"].result(20)
                fail("a %s principal deleted a topic" % user, server)
            except KafkaException as e:
                if e.args[0].code() != KafkaError.TOPIC_AUTHORIZATION_FAILED:
                    fail("the %s's deletion was refused with %s" % (user, e), server)
        a = AdminClient(dict(sasl("root", "admin-secret"), **{"bootstrap.servers": bootstrap}))
        a.create_topics([NewTopic("by-root", 1, 1)])["by-root"].result(20)
        a.delete_topics(["by-root"], operation_timeout=20)["by-root"].result(20)

        # A wrong password: kafka-python raises an authentication error.
        try:
            kafka.KafkaProducer(bootstrap_servers=bootstrap.split(","), security_protocol="SASL_PLAINTEXT",
                                sasl_mechanism="PLAIN", sasl_plain_username="writer", sasl_plain_password="guess",
                                api_version_auto_timeout_ms=5000)
            fail("a wrong password was accepted", server)
        except (kafka.errors.KafkaError, OSError):
            pass
        # librdkafka gets the reason in words.
        reasons = refusal_reasons(dict(sasl("writer", "guess"), **{"bootstrap.servers": bootstrap}),
                                  "wrong user name or password")
        if not any("wrong user name or password" in r for r in reasons):
            fail("librdkafka was not told why its password failed: %s" % reasons[:3], server)

        scram_messages = scram_round_trips(bootstrap, server)
        scram_refusals(bootstrap, server)

        # No SASL at all: turned away, and the log says why.
        plain = Producer({"bootstrap.servers": bootstrap, "message.timeout.ms": 3000})
        plain.produce("orders", value="x")
        plain.flush(5)
    finally:
        server.terminate()
        server.wait(10)
        log.seek(0)
        log = log.read()
        os.unlink(users.name)
    if "before authenticating: this listener needs SASL PLAIN" not in log:
        print("sasl-clients.py: a client without SASL was not turned away with a reason\n" + log[-2000:], file=sys.stderr)
        sys.exit(1)
    if 'SCRAM-SHA-512 authentication failed for "writer": wrong user name or password' not in log:
        print("sasl-clients.py: serve's log does not say why a SCRAM login failed\n" + log[-2000:], file=sys.stderr)
        sys.exit(1)
    print("sasl: writer produced, reader read (bare-token SASL), read-only produce and topic creation refused, "
          "wrong passwords refused with the reason, a plain client turned away; SCRAM-SHA-256 and -512: "
          "%d messages produced with both libraries and read back over each, wrong passwords and an unknown user "
          "refused" % scram_messages)


main()
