/// Settings that shape how the shell runs and prints.
public struct RuntimeOptions: Sendable {
    /// Print results as JSON documents, one per line, in the service's field names.
    public var json: Bool
    /// How long `wait` waits when no duration is given.
    public var defaultWaitTimeout: Duration
    /// Keep going after a failed statement (the prompt) or stop at the first (scripts).
    public var continueOnError: Bool

    /// Print each statement before it runs, as `bash -x` does.
    public var trace: Bool
    /// The script's arguments, `$1`… and `$args`.
    public var arguments: [String]

    public init(json: Bool = false, defaultWaitTimeout: Duration = .seconds(120), continueOnError: Bool = false,
                trace: Bool = false, arguments: [String] = []) {
        self.json = json
        self.defaultWaitTimeout = defaultWaitTimeout
        self.continueOnError = continueOnError
        self.trace = trace
        self.arguments = arguments
    }

    // How results are shown, besides `json`; set after `init`.
    /// How results are printed; `json` (`--json`) stands for `ndjson`.
    public var output: OutputFormat = .table
    /// On a terminal, tables keep every value whole and every column, however wide.
    public var wide = false
    /// Leave out notes (what a command did); warnings and errors still show.
    public var quiet = false
    /// The format results are printed in.
    public var format: OutputFormat { json ? .ndjson : output }
}
