# signal.sh: sourced by the interruption tests. `interrupt SIGNAL OUT ARGS...`
# runs `$cli ARGS...` with standard output in OUT and standard error in
# OUT.err, sends it SIGNAL once it has been catching SIGINT for a second,
# and leaves its exit status in $status. Needs $cli and $work.

# Ctrl-C sends SIGINT to the foreground command. Started in the foreground
# (a background command of a script ignores SIGINT), via `sh -c 'exec'` so
# that its process id is known; signalled once it catches SIGINT.
interrupt() { # signal output-file args...
  signal=$1
  result=$2
  shift 2
  rm -f "$work/pid"
  (
    i=0
    while [ ! -s "$work/pid" ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
    pid=$(cat "$work/pid")
    while [ $i -lt 300 ]; do
      caught=$(sed -n 's/^SigCgt:[[:space:]]*//p' "/proc/$pid/status" 2>/dev/null)
      case "$caught" in *[2367abef]) break ;; esac
      sleep 0.1
      i=$((i + 1))
    done
    sleep 1 # some of the work runs
    kill -"$signal" "$pid"
  ) &
  sh -c 'echo $$ >"$0"; exec "$@"' "$work/pid" "$cli" "$@" >"$result" 2>"$result.err"
  status=$?
  wait
}
