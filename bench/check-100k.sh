#!/bin/sh
# check-100k.sh [SEEDS [CHECK OPTIONS...]]: runs SEEDS seeds (default
# 100,000) of `brokerbench-cli check` on every core and reports seeds per
# second. Extra options go to check (--lab, --unclean, --from S).
#   CLI=path/to/brokerbench-cli   (default: build/app/brokerbench-cli)
#   THREADS=N                     (default: every core)
# Prints check's JSON report, then one line with the rate. Ctrl-C stops the
# check after the seeds in progress; the rate then covers the seeds that ran.
# Exit status: check's (0 clean, 1 violations, 130 interrupted).
seeds=${1:-100000}
[ $# -gt 0 ] && shift
cli=${CLI:-build/app/brokerbench-cli}
threads=${THREADS:-$(nproc)}
[ -x "$cli" ] || { echo "check-100k.sh: no brokerbench-cli at $cli; build it or set CLI=" >&2; exit 2; }

# A handler, not an ignored signal: ignored, SIGINT would stay ignored in
# check too, and Ctrl-C would not stop it.
trap ':' INT
report=$(mktemp)
trap 'rm -f "$report"' EXIT
start=$(date +%s.%N)
"$cli" check --seeds "$seeds" --threads "$threads" --json "$@" >"$report"
status=$?
end=$(date +%s.%N)
cat "$report"
ran=$(sed -n 's/.*"seeds":\([0-9]*\).*/\1/p' "$report")
failing=$(sed -n 's/.*"failing_seeds":\([0-9]*\).*/\1/p' "$report")
[ -n "$ran" ] || { echo "check-100k.sh: check exited $status without a report" >&2; exit "$status"; }
awk -v ran="$ran" -v want="$seeds" -v t0="$start" -v t1="$end" -v threads="$threads" -v failing="$failing" 'BEGIN {
  s = t1 - t0
  printf "%d of %d seeds in %.1f s on %d thread%s: %.1f seeds/s (%.1f per thread), %d failing seeds\n",
         ran, want, s, threads, threads == 1 ? "" : "s", ran / s, ran / s / threads, failing
}'
exit "$status"
