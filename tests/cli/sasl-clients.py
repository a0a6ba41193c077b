"""SASL PLAIN and roles on `brokerbench-cli serve --users FILE`, with
python3-confluent-kafka (SaslHandshake v1 + SaslAuthenticate) and
kafka-python (SaslHandshake v0 + a bare token): a writer produces and a
reader reads; a wrong password is refused with the reason; a read-only
principal's produce gets TOPIC_AUTHORIZATION_FAILED and its topic creation is
refused; a client without SASL is turned away with a line saying why.

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
    print("sasl-clients.py: %s\n--- serve's log:\n%s" % (message, server.stderr.read()[-3000:]), file=sys.stderr)
    sys.exit(1)


def sasl(user, password):
    return {"security.protocol": "SASL_PLAINTEXT", "sasl.mechanism": "PLAIN", "sasl.username": user,
            "sasl.password": password}


def main():
    users = tempfile.NamedTemporaryFile("w", suffix=".users", delete=False)
    users.write("# name:password:role\nwriter:w-secret:write\nreader:r-secret:read\nroot:admin-secret:admin\n")
    users.close()
    server = subprocess.Popen([sys.argv[1], "serve", "default", "--port-base", "0", "--users", users.name],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
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
        a = AdminClient(dict(sasl("root", "admin-secret"), **{"bootstrap.servers": bootstrap}))
        a.create_topics([NewTopic("by-root", 1, 1)])["by-root"].result(20)

        # A wrong password: kafka-python raises an authentication error.
        try:
            kafka.KafkaProducer(bootstrap_servers=bootstrap.split(","), security_protocol="SASL_PLAINTEXT",
                                sasl_mechanism="PLAIN", sasl_plain_username="writer", sasl_plain_password="guess",
                                api_version_auto_timeout_ms=5000)
            fail("a wrong password was accepted", server)
        except (kafka.errors.KafkaError, OSError):
            pass
        # librdkafka gets the reason in words.
        reasons = []
        p = Producer(dict(sasl("writer", "guess"), **{"bootstrap.servers": bootstrap,
                                                      "error_cb": lambda e: reasons.append(str(e))}))
        deadline = time.time() + 15
        while not any("wrong user name or password" in r for r in reasons) and time.time() < deadline:
            p.poll(0.2)
        if not any("wrong user name or password" in r for r in reasons):
            fail("librdkafka was not told why its password failed: %s" % reasons[:3], server)

        # No SASL at all: turned away, and the log says why.
        plain = Producer({"bootstrap.servers": bootstrap, "message.timeout.ms": 3000})
        plain.produce("orders", value="x")
        plain.flush(5)
    finally:
        server.terminate()
        log = server.stderr.read()
        server.wait(10)
        os.unlink(users.name)
    if "before authenticating: this listener needs SASL PLAIN" not in log:
        print("sasl-clients.py: a client without SASL was not turned away with a reason\n" + log[-2000:], file=sys.stderr)
        sys.exit(1)
    print("sasl: writer produced, reader read (bare-token SASL), read-only produce and topic creation refused, "
          "wrong passwords refused with the reason, a plain client turned away")


main()
