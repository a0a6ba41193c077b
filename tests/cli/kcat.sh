#!/bin/sh
# kcat (librdkafka) against `brokerbench-cli serve`: -L lists the brokers,
# topics and partitions; -P writes 10,000 keyed messages; -C -e reads them
# back, every message once, and each key's messages in the order written
# (a key stays in one partition, and a partition keeps order).
# Usage: kcat.sh BROKERBENCH-CLI
set -eu
cli=$1
dir=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$dir"; }
trap cleanup EXIT
fail() { echo "kcat.sh: $*" >&2; echo "--- serve's log:" >&2; cat "$dir/err" >&2; exit 1; }

"$cli" serve default --port-base 0 --auto-create-topics >"$dir/out" 2>"$dir/err" &
pid=$!
for _ in $(seq 100); do grep -q '^bootstrap.servers=' "$dir/out" && break; sleep 0.1; done
bootstrap=$(sed -n 's/^bootstrap.servers=//p' "$dir/out")
[ -n "$bootstrap" ] || fail "serve printed no bootstrap servers"

kcat -b "$bootstrap" -m 20 -L > "$dir/list" 2>&1 || fail "kcat -L failed: $(cat "$dir/list")"
grep -q '^ 3 brokers:' "$dir/list" || fail "kcat -L does not list 3 brokers: $(cat "$dir/list")"
grep -q 'topic "orders" with 6 partitions' "$dir/list" || fail "kcat -L does not list orders: $(cat "$dir/list")"
[ "$(grep -c 'isrs: ' "$dir/list")" -ge 6 ] || fail "kcat -L lists too few partitions"

seq 1 10000 | awk '{ printf "key%d:%d\n", $1 % 101, $1 }' > "$dir/in"
kcat -b "$bootstrap" -m 30 -P -t kcat-test -K: -X acks=all -l "$dir/in" 2> "$dir/produce" || fail "kcat -P failed: $(cat "$dir/produce")"
kcat -b "$bootstrap" -m 30 -C -t kcat-test -e -q -f '%p %o %k %s\n' > "$dir/got" 2> "$dir/consume" \
  || fail "kcat -C failed: $(cat "$dir/consume")"

awk -v want=10000 '
  { n++
    if (seen[$4]++) { print "message " $4 " read twice"; bad = 1 }
    if (($1 in off) && $2 <= off[$1]) { print "partition " $1 " offsets out of order at " $2; bad = 1 }
    off[$1] = $2
    if (($3 in last) && $4 <= last[$3]) { print "key " $3 ": " $4 " after " last[$3]; bad = 1 }
    last[$3] = $4
  }
  END {
    if (n != want) { print "read " n " messages, wrote " want; bad = 1 }
    for (k in off) parts++
    if (parts < 2) { print "every message went to one partition"; bad = 1 }
    exit bad
  }' "$dir/got" > "$dir/verdict" || fail "$(head -5 "$dir/verdict")"
echo "kcat: 10000 messages written and read back once each, in order per key, over $(awk '{print $1}' "$dir/got" | sort -u | wc -l) partitions"
