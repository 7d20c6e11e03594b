#if os(Linux)
import Foundation
import LineEditing
import Testing

/// Signals interrupting `PlainLineReader`. These change process-wide signal
/// dispositions, so they run one at a time.
@Suite(.serialized) struct InterruptTests {
    @Test func aCallerSignalInterruptsAPipeReadAndKeepsBufferedInput() throws {
        let pipe = try PipeEnds()
        defer { pipe.closeRead(); pipe.closeWrite() }
        let previous = install(SIGUSR1, handler: { _ in }, flags: 0)
        defer { restore(SIGUSR1, previous) }
        pipe.send("part")
        let reader = UncheckedBox(PlainLineReader(input: pipe.read))

        let call = BackgroundCall(unblocking: [SIGUSR1]) { reader.value.readLine(prompt: "") }
        let thread = call.threadID
        keepSignalling(call, timeout: 5) { pthread_kill(thread, SIGUSR1) }

        #expect(call.wait(timeout: 5) ?? release(call) { pipe.send("\n") } == .interrupted)
        pipe.send("ial\n")
        #expect(reader.value.readLine(prompt: "") == .line("partial"))
    }

    @Test(arguments: [false, true])
    func sigintInterruptsATerminalRead(deliveredToAnotherThread: Bool) throws {
        let terminal = try PseudoTerminal()
        defer { terminal.close() }
        let output = try PipeEnds()
        defer { output.closeRead(); output.closeWrite() }
        // Whatever arrives outside the reader's guard must not end the test run.
        let previous = install(SIGINT, handler: nil, flags: 0)
        defer { restore(SIGINT, previous) }
        let reader = UncheckedBox(PlainLineReader(input: terminal.secondary, output: output.write))

        let call = BackgroundCall { reader.value.readLine(prompt: "p> ") }
        let thread = call.threadID
        if deliveredToAnotherThread {
            let sender = BackgroundCall(unblocking: [SIGINT]) {
                keepSignalling(call, timeout: 5) { pthread_kill(pthread_self(), SIGINT) }
            }
            _ = sender.wait(timeout: 10)
        } else {
            keepSignalling(call, timeout: 5) { pthread_kill(thread, SIGINT) }
        }

        #expect(call.wait(timeout: 5) ?? release(call) { terminal.type("\n") } == .interrupted)
        #expect(output.drain() == "p> \n")
        terminal.type("next\n")
        #expect(reader.value.readLine(prompt: "") == .line("next"))
    }

    /// Ends a read no signal interrupted, so a failing test does not hang.
    private func release(_ call: BackgroundCall<LineReadResult>, by unblocking: () -> Void) -> LineReadResult? {
        unblocking()
        return call.wait(timeout: 5)
    }

    private func install(_ signal: Int32, handler: (@convention(c) (Int32) -> Void)?, flags: Int32) -> sigaction {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler ?? SIG_IGN
        action.sa_flags = flags
        sigemptyset(&action.sa_mask)
        var previous = sigaction()
        sigaction(signal, &action, &previous)
        return previous
    }

    private func restore(_ signal: Int32, _ previous: sigaction) {
        var previous = previous
        sigaction(signal, &previous, nil)
    }
}
#endif
