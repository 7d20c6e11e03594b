import BshLanguage
import BshRuntime
import BshValues
import Foundation

/// Runs a runbook's steps in one session and reports each step's outcome and a summary.
struct RunbookRunner {
    let host: any ShellHost
    let services: any ServiceProvider
    let options: RuntimeOptions
    let keepGoing: Bool

    private enum Outcome {
        case passed(Duration), failed(Int32, Duration), skipped

        var label: String {
            switch self {
            case .passed: "ok"
            case .failed: "FAILED"
            case .skipped: "skipped"
            }
        }
    }

    func run(_ runbook: Runbook, from start: String?) async -> Int32 {
        await runReporting(runbook, from: start).status
    }

    /// Runs the runbook; the report is nil when no step ran because the runbook or `start` is wrong.
    func runReporting(_ runbook: Runbook, from start: String?) async -> (status: Int32, report: RunbookReport?) {
        let document = runbook.document
        host.writeDiagnostics(runbook.diagnostics, in: document)
        guard !runbook.steps.isEmpty else {
            host.writeError("bsh: \(document.name) has no ```bsh code blocks\n")
            return (ExitStatus.usage.rawValue, nil)
        }
        let programs = runbook.parsedSteps()
        let broken = programs.filter(\.hasErrors)
        for program in broken { host.writeDiagnostics(program.diagnostics, in: document) }
        guard broken.isEmpty else { return (ExitStatus.usage.rawValue, nil) }
        var first = 1
        if let start {
            switch runbook.step(matching: start) {
            case .success(let step): first = step.number
            case .failure(let error):
                host.writeError("bsh: \(error.description)\n" + (error.hint.map { "  hint: \($0)\n" } ?? ""))
                return (ExitStatus.usage.rawValue, nil)
            }
        }
        let capture = CapturingHost(base: host)
        let shell = Shell(host: capture, services: services, options: options)
        var outcomes: [Outcome] = Array(repeating: .skipped, count: runbook.steps.count)
        var captured: [(output: String, errors: String)] = Array(repeating: ("", ""), count: runbook.steps.count)
        var status = ExitStatus.success.rawValue
        let clock = ContinuousClock()
        for (index, step) in runbook.steps.enumerated() where step.number >= first {
            host.writeError("==> step \(step.number)/\(runbook.steps.count): \(step.title) (\(document.name):\(step.line))\n")
            let started = clock.now
            let result = await InterruptibleTask.run { await shell.run(programs[index].program, in: step.source) }
            let elapsed = clock.now - started
            captured[index] = capture.take()
            outcomes[index] = result == 0 ? .passed(elapsed) : .failed(result, elapsed)
            host.writeError("<== step \(step.number): \(outcomes[index].label) in \(DurationText.approximate(elapsed))\n")
            if result != 0, status == 0 { status = result }
            // `exit` ends the runbook, whatever its status; a failure does unless --keep-going.
            if await shell.exitRequested != nil { break }
            if result != 0, !keepGoing || result == ExitStatus.interrupted.rawValue || ProcessStop.shared.cause != nil { break }
        }
        host.writeError(summary(runbook, outcomes))
        return (status, report(runbook, outcomes, captured, status: status))
    }

    private func report(
        _ runbook: Runbook, _ outcomes: [Outcome], _ captured: [(output: String, errors: String)], status: Int32
    ) -> RunbookReport {
        let file = runbook.document.name
        let steps = zip(runbook.steps, zip(outcomes, captured)).map { step, pair in
            let (outcome, (output, errors)) = pair
            let kind: RunbookReport.Step.Outcome, stepStatus: Int32?, elapsed: Duration
            switch outcome {
            case .passed(let time): (kind, stepStatus, elapsed) = (.passed, 0, time)
            case .failed(let code, let time): (kind, stepStatus, elapsed) = (.failed, code, time)
            case .skipped: (kind, stepStatus, elapsed) = (.skipped, nil, .zero)
            }
            let failure = kind == .failed
                ? RunbookReport.failure(in: errors, file: file, stepLine: step.line, status: stepStatus ?? 1) : nil
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            return RunbookReport.Step(
                number: step.number, title: step.title, file: file, line: step.line, outcome: kind, status: stepStatus,
                seconds: seconds, output: output, errors: errors, failure: failure)
        }
        return RunbookReport(runbook: file, status: status, steps: steps)
    }

    private func summary(_ runbook: Runbook, _ outcomes: [Outcome]) -> String {
        var passed = 0, failed = 0, skipped = 0
        var total = Duration.zero
        // The time last: its width changes from run to run, and the other columns should not move with it.
        var table = Table([("STEP", .right), ("OUTCOME", .left), ("TITLE", .left), ("TIME", .left)])
        for (step, outcome) in zip(runbook.steps, outcomes) {
            var time = "-"
            switch outcome {
            case .passed(let elapsed): passed += 1; total += elapsed; time = DurationText.approximate(elapsed)
            case .failed(_, let elapsed): failed += 1; total += elapsed; time = DurationText.approximate(elapsed)
            case .skipped: skipped += 1
            }
            table.add([String(step.number), outcome.label, step.title, time])
        }
        let counts = "\(passed) passed, \(failed) failed, \(skipped) not run in \(DurationText.approximate(total))"
        return "\nrunbook \(runbook.document.name): \(counts)\n" + table.render()
    }
}
