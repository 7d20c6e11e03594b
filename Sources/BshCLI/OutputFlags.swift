import ArgumentParser
import BshRuntime

/// The flags that say how results are printed, shared by `bsh` and `bsh run`.
struct OutputFlags: ParsableArguments {
    @Option(help: ArgumentHelp(
        "How results are printed: table, json (an indented document per result), ndjson (a line per item; --json) or csv.",
        valueName: "format"))
    var output: OutputFormat?

    @Flag(help: "Show tables whole on a terminal too: full IDs, times and sizes, and every column, however wide.")
    var wide = false

    @Flag(name: [.customShort("q"), .long], help: "Leave out notes (what a command did); warnings and errors still show.")
    var quiet = false

    @Flag(name: .customLong("no-color"), help: "Print no colours (as NO_COLOR does).")
    var noColor = false

    /// Refuses `--json` (which is `--output ndjson`) beside another format.
    func check(json: Bool) throws {
        if json, let output, output != .ndjson { throw ValidationError("--json is --output ndjson; give one or the other") }
    }

    /// `options` printing as these flags say.
    func applied(to options: RuntimeOptions) -> RuntimeOptions {
        var options = options
        options.output = output ?? .table
        options.wide = wide
        options.quiet = quiet
        return options
    }
}

extension OutputFormat: ExpressibleByArgument {}
