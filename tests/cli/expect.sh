#!/bin/sh
# expect.sh STATUS REGEX COMMAND...
# Passes when COMMAND exits with STATUS and what it prints (stdout and
# stderr) matches the extended REGEX: a usage error cannot pass for the
# finding a test waits for, nor a right exit status for a wrong message.
want=$1
regex=$2
shift 2
out=$("$@" 2>&1)
got=$?
printf '%s\n' "$out" | head -c 4000
[ "$got" = "$want" ] || { echo "expected exit status $want, got $got" >&2; exit 1; }
printf '%s\n' "$out" | grep -Eq -- "$regex" || { echo "the output does not match: $regex" >&2; exit 1; }
