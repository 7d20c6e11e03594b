#!/bin/sh
# The CI job's step: runs the drill and writes its JUnit report, even when a step fails, for the CI
# system to show each step as a test. The job fails with bsh's status (1: a step failed).
bsh run examples/automation/restore-drill.md --report junit:restore-drill.xml
