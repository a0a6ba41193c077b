#!/bin/sh
# threads.sh CLI: check's report does not depend on --threads. Seeds run in
# parallel but are reported in seed order, so the report and the JSON are
# the same byte for byte; the unclean check finds violations on many seeds,
# so their order is compared too. Off a terminal, nothing goes to stderr.
cli=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

same() { # name threads-a threads-b args...
  name=$1 a=$2 b=$3
  shift 3
  "$cli" check "$@" --threads "$a" >"$work/$name.$a" 2>"$work/$name.$a.err"
  sa=$?
  "$cli" check "$@" --threads "$b" >"$work/$name.$b" 2>"$work/$name.$b.err"
  sb=$?
  [ "$sa" = "$sb" ] || fail "check $* exits $sa on $a threads, $sb on $b"
  [ -s "$work/$name.$a" ] || fail "check $* printed no report"
  cmp "$work/$name.$a" "$work/$name.$b" || { diff "$work/$name.$a" "$work/$name.$b" | head -20; fail "check $* reports differ on $a and $b threads"; }
  for t in "$a" "$b"; do
    [ -s "$work/$name.$t.err" ] && fail "check $* --threads $t wrote to stderr off a terminal: $(head -c 300 "$work/$name.$t.err")"
  done
  echo "same on $a and $b threads: check $*"
}

same unclean-json 1 2 --unclean --seeds 24 --from 1 --json
grep -q '"failing_seeds":[1-9][0-9]' "$work/unclean-json.1" || fail "the unclean check found violations on fewer than 10 seeds: nothing to order"
same unclean-text 1 2 --unclean --seeds 12 --from 40
grep -q '^seed 4[0-9]: ' "$work/unclean-text.1" || fail "the unclean text report has no violations to order"
same clean 2 1 --seeds 12 --from 1000
same lab 1 3 --lab --seeds 12 --from 7 --json
echo ok
