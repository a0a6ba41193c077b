#!/bin/sh
# A consumer group of kcat processes (librdkafka's balanced consumer) against
# `brokerbench-cli serve`: two members share the partitions, a third joins
# and the assignment changes, and the offsets they commit outlive the group:
# a member started after all have left reads only what came after.
# Usage: kcat-group.sh BROKERBENCH-CLI
set -eu
cli=$1
dir=$(mktemp -d)
pids=""
cleanup() { for p in $pids; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$dir"; }
# KEEP=1 keeps the working folder (the clients' output and logs) and prints it.
[ -n "${KEEP:-}" ] && echo "$dir"
trap cleanup EXIT
fail() { echo "kcat-group.sh: $*" >&2; echo "--- serve's log:" >&2; tail -40 "$dir/err" >&2; exit 1; }

"$cli" serve default --port-base 0 --auto-create-topics >"$dir/out" 2>"$dir/err" &
pids=$!
for _ in $(seq 100); do grep -q '^bootstrap.servers=' "$dir/out" && break; sleep 0.1; done
bootstrap=$(sed -n 's/^bootstrap.servers=//p' "$dir/out")
[ -n "$bootstrap" ] || fail "serve printed no bootstrap servers"

produce() { # FIRST LAST
  seq "$1" "$2" | awk '{ printf "k%d:%d\n", $1, $1 }' > "$dir/in"
  kcat -b "$bootstrap" -m 30 -P -t group-test -K: -l "$dir/in" 2> "$dir/produce" || fail "kcat -P failed: $(cat "$dir/produce")"
}
member() { # NAME: a group member in the background, messages to NAME.out
  kcat -b "$bootstrap" -G shared -X auto.offset.reset=earliest -u -f '%p %s\n' -X auto.commit.interval.ms=200 -X client.id="$1" \
    group-test > "$dir/$1.out" 2> "$dir/$1.err" &
  pids="$pids $!"
  eval "pid_$1=$!"
}
# kcat says "Group shared rebalanced ... assigned: group-test [N] ..." on stderr.
wait_assigned() { # NAME
  for _ in $(seq 300); do grep -q 'assigned: group-test' "$dir/$1.err" && return 0; sleep 0.1; done
  fail "member $1 was assigned no partition: $(cat "$dir/$1.err")"
}
produce 1 3000
member a
member b
# Wait until both are in one generation and have read everything.
for _ in $(seq 300); do
  [ "$(cat "$dir/a.out" "$dir/b.out" | wc -l)" -ge 3000 ] && break; sleep 0.1
done
[ "$(cat "$dir/a.out" "$dir/b.out" | wc -l)" -ge 3000 ] || fail "two members read $(cat "$dir/a.out" "$dir/b.out" | wc -l) of 3000"
[ -s "$dir/a.out" ] && [ -s "$dir/b.out" ] || fail "one member read everything: the partitions were not shared"
pa=$(cut -d' ' -f1 "$dir/a.out" | sort -u | tr '\n' ' '); pb=$(cut -d' ' -f1 "$dir/b.out" | sort -u | tr '\n' ' ')

member c
wait_assigned c
produce 3001 6000
distinct() { cat "$dir/a.out" "$dir/b.out" "$dir/c.out" | cut -d' ' -f2 | sort -un | wc -l; }
for _ in $(seq 300); do
  [ "$(distinct)" -ge 6000 ] && [ -s "$dir/c.out" ] && break; sleep 0.1
done
[ -s "$dir/c.out" ] || fail "the third member got no partition after it joined"
total=$(distinct)
[ "$total" -eq 6000 ] || fail "the group read $total distinct messages of 6000"

# Everyone leaves (kcat commits what it read as it closes).
for m in a b c; do eval "kill \$pid_$m"; done
sleep 2
produce 6001 6500
kcat -b "$bootstrap" -G shared -X auto.offset.reset=earliest -q -e -f '%s\n' -X client.id=d group-test > "$dir/d.out" 2> "$dir/d.err" &
pid_d=$!; pids="$pids $pid_d"
for _ in $(seq 300); do [ "$(wc -l < "$dir/d.out")" -ge 500 ] && break; sleep 0.1; done
sleep 1
got=$(wc -l < "$dir/d.out")
first=$(sort -n "$dir/d.out" | head -1)
[ "$got" -ge 500 ] && [ "$first" -gt 6000 ] || fail "after a restart of the group its member read $got messages from $first on (want the 500 from 6001)"
echo "group: members a and b shared partitions ($pa/ $pb), c joined and read $(wc -l < "$dir/c.out"), a new member resumed at $first"
