#!/bin/sh
# datadir.sh CLI SCENARIO: where `run` keeps a SQLite scenario's databases.
# A named --data-dir holds them afterwards and is not reused; the default
# temporary folder is gone afterwards, unless --keep-data, which says where.
cli=$1
scenario=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$cli" run "$scenario" --data-dir "$work/data" --json >"$work/out" 2>"$work/err" || { cat "$work/err"; fail "run --data-dir exited $?"; }
grep -q '"trace_hash"' "$work/out" || fail "run --data-dir printed no report"
grep -q '"records_acked": [1-9]' "$work/out" || fail "run --data-dir acknowledged nothing"
for n in 0 1 2; do
  [ -s "$work/data/node-$n.sqlite" ] || fail "no database for node $n in --data-dir"
done

# The same folder again: an earlier run's databases would be recovered.
"$cli" run "$scenario" --data-dir "$work/data" >"$work/out" 2>"$work/err"
[ $? = 2 ] || fail "a --data-dir holding an earlier run was accepted"
grep -q 'already holds node-0.sqlite' "$work/err" || fail "refusal does not name the old files: $(cat "$work/err")"

# Default: a temporary folder under TMPDIR, removed afterwards.
mkdir "$work/tmp"
TMPDIR="$work/tmp" "$cli" run "$scenario" --json >"$work/out" 2>"$work/err" || { cat "$work/err"; fail "run without --data-dir exited $?"; }
grep -q '"records_acked": [1-9]' "$work/out" || fail "run in a temporary folder acknowledged nothing"
[ -z "$(ls -A "$work/tmp")" ] || fail "the temporary folder was left behind: $(ls -A "$work/tmp")"

# --keep-data: kept, and stderr says where.
TMPDIR="$work/tmp" "$cli" run "$scenario" --keep-data --json >"$work/out" 2>"$work/err" || fail "run --keep-data exited $?"
kept=$(sed -n 's/.*SQLite databases are kept in //p' "$work/err")
[ -n "$kept" ] || fail "--keep-data did not say where: $(cat "$work/err")"
case "$kept" in "$work/tmp"/*) ;; *) fail "kept folder $kept is not under TMPDIR" ;; esac
[ -s "$kept/node-0.sqlite" ] || fail "the kept folder $kept has no database"
grep -q '"trace_hash"' "$work/out" || fail "--keep-data's note leaked into the JSON on stdout"
echo "ok"
