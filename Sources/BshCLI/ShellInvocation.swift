import BshRuntime

/// What a `bsh` command line asks for once it is read: what to run, how to connect and how to print.
struct ShellInvocation {
    /// The statements of `-c`.
    var statements: String?
    /// The script file to run (`-` for standard input); nil for a prompt or a script on a pipe.
    var script: String?
    var access = AccessSettings.Flags()
    var debug = false
    var noColor = false
    var quiet = false
    /// `--output` or `--json` was given, so a profile's `output` does not apply.
    var outputGiven = false
    /// Skip the start-up file at the prompt.
    var norc = false
    var options = RuntimeOptions()

    /// The invocation of a command line that has no option but `-c`: `bsh`, `bsh -c TEXT [WORD…]` and
    /// `bsh FILE [WORD…]`, where no word starts with `-`; nil for any other, which swift-argument-parser
    /// reads. Most runs from scripts and cron have this shape, and reading it here spares the start-up
    /// the parser's reflection over its declarations, most of what starting took.
    static func plain(_ arguments: [String]) -> ShellInvocation? {
        guard !arguments.contains(where: { $0.hasPrefix("-") && $0 != "-c" }) else { return nil }
        var invocation = ShellInvocation()
        if arguments.first == "-c" {
            guard arguments.count >= 2, !arguments.dropFirst().contains("-c") else { return nil }
            invocation.statements = arguments[1]
            invocation.options.arguments = Array(arguments.dropFirst(2))
        } else if let script = arguments.first {
            guard !arguments.contains("-c"), !reservedWords.contains(script) else { return nil }
            invocation.script = script
            invocation.options.arguments = Array(arguments.dropFirst())
        }
        return invocation
    }

    /// First words that the parser reads as requests of its own.
    private static let reservedWords: Set = ["help"]
}
