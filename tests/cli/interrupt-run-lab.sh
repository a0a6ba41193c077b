#!/bin/sh
# interrupt-run-lab.sh CLI LONG-LAB: Ctrl-C (SIGINT) or SIGTERM stops run and
# lab at the next slice of virtual time with the report of the time run so
# far, a line on standard error saying where it stopped, and exit status 130.
# The progress line shows on standard error only when it is a terminal, and
# is erased before the report.
cli=$1
lab=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

. "$(dirname "$0")/signal.sh"

# between LOW HIGH X: LOW < X < HIGH, as numbers.
between() { awk -v a="$1" -v b="$2" -v x="$3" 'BEGIN { exit !(x != "" && x + 0 > a + 0 && x + 0 < b + 0) }'; }

# stopped SIGNAL OUTPUT ARGS...: exit status 130 and the line on standard
# error; leaves where it stopped in $at and the time asked for in $of.
stopped() {
  interrupt "$@"
  shift 2
  [ "$status" = 130 ] || fail "$* exited $status after SIG$signal, not 130: $(cat "$result" "$result.err")"
  at=$(sed -n 's/^brokerbench-cli [a-z]*: interrupted at \([0-9.e+]*\) of [0-9.e+]* virtual s: partial report$/\1/p' "$result.err")
  of=$(sed -n 's/^brokerbench-cli [a-z]*: interrupted at [0-9.e+]* of \([0-9.e+]*\) virtual s: partial report$/\1/p' "$result.err")
  [ -n "$at" ] || fail "standard error does not say where $* stopped: $(cat "$result.err")"
  between 0 "$of" "$at" || fail "$* stopped at $at of $of virtual s"
}

stopped INT "$work/run" run default --duration 3600
cat "$work/run.err" "$work/run"
[ "$of" = 3600 ] || fail "run asked for 3600 virtual s, not $of"
ran=$(sed -n '1s/^Scenario default, seed [0-9]*, \([0-9.e+]*\) virtual s in .*/\1/p' "$work/run")
[ "$ran" = "$at" ] || fail "the partial report ran ${ran:-no} virtual s, not the $at it stopped at"
grep -q '^topic .* acknowledged of [1-9][0-9]* sent' "$work/run" || fail "the partial report has no records sent"

stopped TERM "$work/run.json" run default --duration 3600 --json
grep -q '"interrupted": true' "$work/run.json" || fail "the JSON of run does not say it was interrupted"
grep -q '"requested_duration_s": 3600' "$work/run.json" || fail "the JSON of run does not give the duration asked for"
ran=$(sed -n 's/^ *"duration_s": \([0-9.e+]*\),\{0,1\}$/\1/p' "$work/run.json")
between 0 3600 "$ran" || fail "the JSON of run gives a duration of ${ran:-nothing}"

stopped INT "$work/lab.json" lab "$lab" --json
grep -q '"interrupted": true' "$work/lab.json" || fail "the JSON of lab does not say it was interrupted"
grep -q "\"requested_virtual_s\": $of" "$work/lab.json" || fail "the JSON of lab does not give the $of virtual s asked for"
ran=$(sed -n 's/^ *"virtual_s": \([0-9.e+]*\),\{0,1\}$/\1/p' "$work/lab.json")
between 0 "$of" "$ran" || fail "the JSON of lab gives a virtual time of ${ran:-nothing}"
grep -q '"mode": "exactly-once"' "$work/lab.json" || fail "the partial lab report has no modes"

stopped TERM "$work/lab" lab "$lab"
cat "$work/lab.err" "$work/lab"
grep -q "^Scenario long-lab, seed 3, $at of $of virtual s\$" "$work/lab" || fail "the partial lab report does not say how far it got"
grep -Eq '^exactly-once +[1-9][0-9]* ' "$work/lab" || fail "the partial lab report has no payments sent"

# The progress line: on a terminal (script(1) gives the command one), drawn
# and then erased right before the report; off one, never.
script -qec "\"$cli\" run default --duration 30" /dev/null </dev/null >"$work/tty" || fail "run on a terminal failed: $(cat "$work/tty")"
grep -Eq 'virtual [0-9.]+ of 30 s \([0-9]+%\), [0-9.]+ virtual s/s, [0-9]+ events' "$work/tty" || fail "no progress line on a terminal: $(cat "$work/tty")"
grep -q "$(printf '\r\033')\[KScenario default" "$work/tty" || fail "the progress line is not erased before the report"
"$cli" run default --duration 30 >"$work/pipe" 2>"$work/pipe.err" || fail "run off a terminal failed"
grep -q 'virtual s/s' "$work/pipe.err" "$work/pipe" && fail "a progress line off a terminal: $(cat "$work/pipe.err")"
grep -q '^Scenario default, seed [0-9]*, 30 virtual s in ' "$work/pipe" || fail "run off a terminal did not report"
echo ok
