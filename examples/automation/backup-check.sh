#!/bin/sh
# Run by cron each morning. Quiet when every backup is ok; otherwise it prints bsh's report and
# exits with its status, and cron mails what it printed to MAILTO.
#   1  something is not ok (a failed or missed backup, an offline agent)
#   2  bsh could not start: a mistake in the config file or the command line
out=$(bsh -c 'report --all' 2>&1)
status=$?
if [ "$status" -ne 0 ]; then
    printf 'bsh report --all exited with status %s\n\n%s\n' "$status" "$out"
fi
exit "$status"
