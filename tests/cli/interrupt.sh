#!/bin/sh
# interrupt.sh CLI: Ctrl-C stops check after the seeds in progress, with a
# partial report that says how many seeds ran and how to run the rest, and
# exit status 130.
cli=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

. "$(dirname "$0")/signal.sh"

stopped() { # output-file args...
  interrupt INT "$@"
  result=$1
  shift
  [ "$status" = 130 ] || fail "check $* exited $status after Ctrl-C, not 130: $(cat "$result" "$result.err")"
}

stopped "$work/text" check --seeds 100000 --from 5 --threads 2
cat "$work/text"
ran=$(sed -n 's/^Interrupted: \([0-9]*\) of 100000 seeds ran.*/\1/p' "$work/text")
[ -n "$ran" ] || fail "no partial report: $(cat "$work/text")"
grep -q "^$ran seeds, .* violations on 0 seeds\$" "$work/text" || fail "the summary does not count the $ran seeds that ran"
grep -q "the rest: brokerbench-cli check --from $((5 + ran)) --seeds $((100000 - ran))\$" "$work/text" || fail "no command for the rest"
grep -q "stopping after the seeds in progress" "$work/text.err" || fail "stderr does not say it is stopping: $(cat "$work/text.err")"

stopped "$work/json" check --lab --seeds 100000 --json
cat "$work/json"
grep -q '"interrupted":true' "$work/json" || fail "the JSON does not say it was interrupted"
grep -q '"seeds_requested":100000' "$work/json" || fail "the JSON does not give the seeds requested"
grep -Eq '"resume":"brokerbench-cli check --lab --from [0-9]+ --seeds [0-9]+"' "$work/json" || fail "the JSON has no command for the rest"
grep -Eq '"seeds":[0-9]+,' "$work/json" || fail "the JSON does not count the seeds that ran"
echo ok
