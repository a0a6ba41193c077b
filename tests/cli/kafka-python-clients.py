"""python3-kafka (kafka-python, a client of its own, not librdkafka) against
`brokerbench-cli serve`: a producer writes 2,000 keyed messages; a consumer in
a group reads each once and commits; after it leaves, the group's next
consumer resumes after the commit and reads only the 100 written since.

Usage: kafka-python-clients.py BROKERBENCH-CLI
"""
import subprocess
import sys

from kafka import KafkaConsumer, KafkaProducer


def fail(message, server):
    server.terminate()
    print("kafka-python-clients.py: %s\n--- serve's log:\n%s" % (message, server.stderr.read()[-3000:]), file=sys.stderr)
    sys.exit(1)


def produce(bootstrap, first, last):
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", key_serializer=str.encode,
                             value_serializer=str.encode)
    for i in range(first, last):
        producer.send("kp-test", key="k%d" % (i % 10), value="v%d" % i)
    producer.flush(30)
    producer.close()


def consume(bootstrap, want):
    consumer = KafkaConsumer("kp-test", bootstrap_servers=bootstrap, group_id="kp-group",
                             auto_offset_reset="earliest", enable_auto_commit=False, consumer_timeout_ms=8000)
    got = []
    for message in consumer:
        got.append(message.value.decode())
        if len(got) >= want:
            break
    consumer.commit()
    consumer.close()
    return got


def main():
    server = subprocess.Popen([sys.argv[1], "serve", "default", "--port-base", "0", "--auto-create-topics"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    bootstrap = None
    for line in server.stdout:
        if line.startswith("bootstrap.servers="):
            bootstrap = line.strip().split("=", 1)[1].split(",")
            break
    if not bootstrap:
        fail("serve printed no bootstrap servers", server)
    try:
        produce(bootstrap, 0, 2000)
        first = consume(bootstrap, 2000)
        if sorted(first) != sorted("v%d" % i for i in range(2000)):
            fail("the group read %d messages, %d distinct, of 2000" % (len(first), len(set(first))), server)
        produce(bootstrap, 2000, 2100)
        second = consume(bootstrap, 100)
        if sorted(second) != sorted("v%d" % i for i in range(2000, 2100)):
            fail("after its commit the group read %d messages from %s on, not the 100 new ones"
                 % (len(second), min(second, default="nothing")), server)
    finally:
        server.terminate()
        server.wait(10)
    print("kafka-python: 2000 messages produced and read once by a group; it resumed after its commit for 100 more")


main()
