import Testing
@testable import BshCLI

/// The command lines bsh reads without swift-argument-parser must mean what the parser reads them as.
@Suite struct ShellInvocationTests {
    static let plainLines: [[String]] = [
        [], ["-c", "echo hi"], ["-c", ""], ["-c", "echo $1 $2", "a", "b"], ["script.bsh"], ["script.bsh", "one", "two words"],
        ["-c", "agents", "extra"], ["./run me.bsh", "x"],
    ]

    @Test(arguments: plainLines)
    func plainLineMeansWhatTheParserReads(_ arguments: [String]) throws {
        let plain = try #require(ShellInvocation.plain(arguments))
        let parsed = try BshCommand.parse(arguments).invocation
        #expect(plain.statements == parsed.statements)
        #expect(plain.script == parsed.script)
        #expect(plain.options.arguments == parsed.options.arguments)
        #expect(plain.access == parsed.access)
        #expect([plain.debug, plain.noColor, plain.quiet, plain.outputGiven, plain.norc]
            == [parsed.debug, parsed.noColor, parsed.quiet, parsed.outputGiven, parsed.norc])
        #expect([plain.options.json, plain.options.trace, plain.options.progress, plain.options.wide]
            == [parsed.options.json, parsed.options.trace, parsed.options.progress, parsed.options.wide])
        #expect(plain.options.format == parsed.options.format)
    }

    /// Options, help, a second `-c`, standard input as `-`: the parser's to read, with its messages.
    @Test(arguments: [
        ["--json", "-c", "agents"], ["-c"], ["-c", "-x"], ["-c", "a", "-c", "b"], ["-"], ["help"], ["--help"],
        ["script.bsh", "--json"], ["-x", "script.bsh"], ["script.bsh", "-c", "echo"],
    ])
    func otherLinesGoToTheParser(_ arguments: [String]) {
        #expect(ShellInvocation.plain(arguments) == nil)
    }
}
