"""TLS on the Kafka listeners of `brokerbench-cli serve`, with
python3-confluent-kafka (librdkafka, OpenSSL):

1. With --tls-cert/--tls-key, a client using security.protocol=SSL and the
   certificate as its CA (host name checked) writes 1,000 messages and reads
   them back.
2. A plaintext client against the same listener gets nothing through (its
   message times out) and serve logs that it failed the TLS handshake.
3. TLS with --users: SASL_SSL with the right password works.
4. A key file that holds no key, or a certificate without its key, is refused
   at start with a message naming the file.

Usage: tls-clients.py BROKERBENCH-CLI SCENARIO.json TLS-DIR
"""
import os
import subprocess
import sys
import tempfile
import time

from confluent_kafka import Consumer, Producer, TopicPartition


def fail(message, log=None):
    print("tls-clients.py: " + message, file=sys.stderr)
    if log is not None:
        log.seek(0)
        print("--- serve's log:\n" + log.read()[-4000:], file=sys.stderr)
    sys.exit(1)


def start(cli, scenario, extra):
    log = tempfile.TemporaryFile("w+")
    server = subprocess.Popen([cli, "serve", scenario, "--port-base", "0"] + extra, stdout=subprocess.PIPE,
                              stderr=log, text=True)
    for line in server.stdout:
        if line.startswith("bootstrap.servers="):
            return server, line.strip().split("=", 1)[1], log
    fail("serve printed no bootstrap servers", log)


def stop(server):
    server.terminate()
    server.wait(10)


def round_trip(bootstrap, security, log):
    producer = Producer(dict(security, **{"bootstrap.servers": bootstrap, "acks": "all"}))
    sent = ["tls message %d" % i for i in range(1000)]
    for v in sent:
        producer.produce("payments", key=v[-1], value=v)
    if producer.flush(30) != 0:
        fail("not everything was delivered over TLS", log)
    consumer = Consumer(dict(security, **{"bootstrap.servers": bootstrap, "group.id": "tls-check",
                                          "enable.auto.commit": False}))
    consumer.assign([TopicPartition("payments", p, 0) for p in range(3)])
    got, deadline = [], time.time() + 30
    while len(got) < len(sent) and time.time() < deadline:
        m = consumer.poll(0.5)
        if m is not None and m.error() is None:
            got.append(m.value().decode())
    consumer.close()
    if sorted(got) != sorted(sent):
        fail("read %d of %d messages back over TLS" % (len(set(got) & set(sent)), len(sent)), log)


def main():
    cli, scenario, tls = sys.argv[1], sys.argv[2], sys.argv[3]
    cert, key = os.path.join(tls, "listener.pem"), os.path.join(tls, "listener.key")
    ssl = {"security.protocol": "SSL", "ssl.ca.location": cert, "ssl.endpoint.identification.algorithm": "https"}

    server, bootstrap, log = start(cli, scenario, ["--tls-cert", cert, "--tls-key", key])
    try:
        round_trip(bootstrap, ssl, log)
        errors = []
        plain = Producer({"bootstrap.servers": bootstrap, "message.timeout.ms": 4000})
        plain.produce("payments", value="plain", on_delivery=lambda err, msg: errors.append(err))
        plain.flush(15)
        if len(errors) != 1 or errors[0] is None:
            fail("a plaintext client's message got through a TLS listener: %s" % errors, log)
        log.seek(0)
        if "failed the TLS handshake" not in log.read():
            fail("serve did not log the plaintext client's failed handshake", log)
    finally:
        stop(server)

    with tempfile.NamedTemporaryFile("w", suffix=".users", delete=False) as users:
        users.write("alice:wonderland:write\n")
    server, bootstrap, log = start(cli, scenario, ["--tls-cert", cert, "--tls-key", key, "--users", users.name])
    os.unlink(users.name)
    try:
        round_trip(bootstrap, dict(ssl, **{"security.protocol": "SASL_SSL", "sasl.mechanisms": "PLAIN",
                                           "sasl.username": "alice", "sasl.password": "wonderland"}), log)
    finally:
        stop(server)

    for args, says in ([["--tls-cert", cert, "--tls-key", cert], "no unencrypted PEM private key"],
                       [["--tls-cert", key, "--tls-key", key], "no PEM certificate"],
                       [["--tls-cert", cert], "both --tls-cert FILE and --tls-key FILE"]):
        r = subprocess.run([cli, "serve", scenario, "--port-base", "0"] + args, capture_output=True, text=True, timeout=30)
        if r.returncode != 2 or says not in r.stderr:
            fail("serve %s: exit %d, %r; expected exit 2 saying %r" % (args, r.returncode, r.stderr, says))
    print("TLS: 1,000 messages each way over SSL and SASL_SSL; a plaintext client refused; bad files named")


main()
