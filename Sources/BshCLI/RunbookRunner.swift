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
        let document = runbook.document
        host.writeDiagnostics(runbook.diagnostics, in: document)
        guard !runbook.steps.isEmpty else {
            host.writeError("bsh: \(document.name) has no ```bsh code blocks\n")
            return ExitStatus.usage.rawValue
        }
        let programs = runbook.parsedSteps()
        let broken = programs.filter(\.hasErrors)
        for program in broken { host.writeDiagnostics(program.diagnostics, in: document) }
        guard broken.isEmpty else { return ExitStatus.usage.rawValue }
        var first = 1
        if let start {
            switch runbook.step(matching: start) {
            case .success(let step): first = step.number
            case .failure(let error):
                host.writeError("bsh: \(error.description)\n" + (error.hint.map { "  hint: \($0)\n" } ?? ""))
                return ExitStatus.usage.rawValue
            }
        }
        let shell = Shell(host: host, services: services, options: options)
        var outcomes: [Outcome] = Array(repeating: .skipped, count: runbook.steps.count)
        var status = ExitStatus.success.rawValue
        let clock = ContinuousClock()
        for (index, step) in runbook.steps.enumerated() where step.number >= first {
            host.writeError("==> step \(step.number)/\(runbook.steps.count): \(step.title) (\(document.name):\(step.line))\n")
            let started = clock.now
            let result = await InterruptibleTask.run { await shell.run(programs[index].program, in: step.source) }
            let elapsed = clock.now - started
            outcomes[index] = result == 0 ? .passed(elapsed) : .failed(result, elapsed)
            host.writeError("<== step \(step.number): \(outcomes[index].label) in \(DurationText.approximate(elapsed))\n")
            if result != 0, status == 0 { status = result }
            // `exit` ends the runbook, whatever its status; a failure does unless --keep-going.
            if await shell.exitRequested != nil { break }
            if result != 0, !keepGoing || result == ExitStatus.interrupted.rawValue || ProcessStop.shared.cause != nil { break }
        }
        host.writeError(summary(runbook, outcomes))
        return status
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
