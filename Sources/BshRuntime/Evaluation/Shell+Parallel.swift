import BshLanguage
import BshValues
import CloudBackupAPI
import Foundation
import Synchronization

extension Shell {
    /// `for x in LIST parallel N { … }`: runs the body for each item, at most `limit` at a time, each in a
    /// shell of its own (its own current agent and pending request). Each iteration's output is printed
    /// as one group, in the list's order; failures are reported in their group and counted at the end.
    /// On a terminal, a block below the output shows what each running iteration does.
    func fanOut(_ items: [Value], variable: String, limit: Int, body: Block) async throws {
        let seed = IterationSeed(session: session.forIteration(), workspace: workspace.forIteration())
        let steps = StatementCompiler.compile(body.statements)
        let services = self.services, options = self.options, host = self.host
        let display = showsFanOutBlock ? FanOutDisplay(host: host, total: items.count) : nil
        display?.startTicking()
        defer { display?.end() }
        let records = lane?.records ?? host
        var failures: [(index: Int, message: String)] = []
        await withTaskGroup(of: (Int, BufferedHost, String?).self) { group in
            var nextIndex = 0
            func startNext() {
                guard nextIndex < items.count else { return }
                let index = nextIndex, item = items[index]
                nextIndex += 1
                group.addTask {
                    let buffer = BufferedHost(parent: host)
                    let child = Shell(host: buffer, services: services, options: options)
                    let label = FanOutBoard.label(for: item)
                    let lane = IterationLane(index: index, label: label, display: display, records: records)
                    lane.start()
                    let failure = await child.runIteration(
                        seed, variable: variable, item: item, body: body, steps: steps, lane: lane)
                    lane.finish(failed: failure != nil)
                    return (index, buffer, failure)
                }
            }
            for _ in 0..<min(limit, items.count) { startNext() }
            var finished: [Int: BufferedHost] = [:]
            var flushed = 0
            for await (index, buffer, failure) in group {
                if let failure { failures.append((index, failure)) }
                finished[index] = buffer
                while let ready = finished.removeValue(forKey: flushed) {
                    if let display, !ready.isEmpty {
                        display.printAbove { ready.flush(to: host) }
                    } else {
                        ready.flush(to: host)
                    }
                    flushed += 1
                }
                startNext()
            }
        }
        if Task.isCancelled { throw CancellationError() }
        guard failures.isEmpty else {
            let listed = failures.sorted { $0.index < $1.index }.prefix(5).map { "\(Self.label(items[$0.index], $0.index)): \($0.message)" }
            throw ShellError.failure(
                "\(failures.count) of \(items.count) iteration\(items.count == 1 ? "" : "s") failed: " + listed.joined(separator: "; ")
                    + (failures.count > 5 ? "; …" : ""),
                hint: "each failure is shown in full with its iteration's output above")
        }
    }

    /// True when a parallel loop shows its block: where `wait` would show its progress line (standard
    /// error a terminal of known size, results as tables, no `--progress` records), with standard output
    /// a terminal too (the iterations' output goes above the block, not to a file), and not `--quiet`.
    private var showsFanOutBlock: Bool {
        host.showsProgress && host.progressArea != nil && host.outputWidth != nil && options.format == .table
            && !session.progress && !options.quiet
    }

    /// How a failed iteration is named in the summary: the item's `name` when it has one, else its position.
    static func label(_ item: Value, _ index: Int) -> String {
        if case .record(let record) = item, case .string(let name)? = record["name"] { return name }
        return "#\(index + 1)"
    }

    /// Runs one iteration of a fan-out; returns its failure's message, once reported in its own output.
    func runIteration(
        _ seed: IterationSeed, variable: String, item: Value, body: Block, steps: [Step], lane: IterationLane? = nil
    ) async -> String? {
        session = seed.session
        workspace = seed.workspace
        self.lane = lane
        session.variables.declare(variable, item)
        do {
            try await executeBlock(steps)
            return session.carriedFailure.map { _ in "a statement failed" }
        } catch let failure as Failure {
            _ = report(failure, showLocation: true)
            return (failure.command.map { "\($0): " } ?? "") + failure.message
        } catch let signal as ControlSignal {
            guard let word = signal.leavesParallelBody else { return nil }
            let message = "'\(word)' inside a parallel loop"
            _ = report(Failure(message: message, hint: "iterations run side by side: one cannot \(word) for the others; 'continue' ends just its own",
                               status: .usage, command: nil, range: signal.range, source: session.source), showLocation: true)
            return message
        } catch is ExitRequest {
            let message = "'exit' inside a parallel loop"
            _ = report(Failure(message: message, hint: "an iteration cannot end the script; fail it with expect, or exit after the loop",
                               status: .usage, command: nil, range: body.range, source: session.source), showLocation: true)
            return message
        } catch {
            return "interrupted"
        }
    }
}

/// What each iteration of a fan-out starts from: copies of the script's session and workspace, as
/// `Session.forIteration()` and `Workspace.forIteration()` say. Nothing is shared: what an iteration
/// defines, selects or starts stays its own.
struct IterationSeed: Sendable {
    let session: Session
    let workspace: Workspace
}

/// A host that keeps an iteration's output until it can be printed as one group.
final class BufferedHost: ShellHost {
    private let chunks = Mutex<[(isError: Bool, text: String)]>([])
    let usesColor: Bool
    let colorsOutput: Bool
    let outputWidth: Int?
    var showsProgress: Bool { false }

    init(parent: any ShellHost) {
        usesColor = parent.usesColor
        colorsOutput = parent.colorsOutput
        outputWidth = parent.outputWidth
    }

    func writeOutput(_ text: String) {
        chunks.withLock { $0.append((false, text)) }
    }

    func writeError(_ text: String) {
        chunks.withLock { $0.append((true, text)) }
    }

    /// True when the iteration printed nothing.
    var isEmpty: Bool { chunks.withLock { $0.isEmpty } }

    func flush(to host: any ShellHost) {
        for chunk in chunks.withLock({ $0 }) {
            if chunk.isError { host.writeError(chunk.text) } else { host.writeOutput(chunk.text) }
        }
    }
}
