import ArgumentParser
import BshRuntime
import CloudBackupClient

/// The command line of `bsh`.
struct BshCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bsh",
        abstract: "A shell for Rackspace Cloud Backup: browse agents' files, fetch their logs, wait for answers.",
        discussion: """
            With no FILE and a terminal, bsh gives a prompt. With FILE (or '-' for standard input), -c, or \
            input on a pipe, it runs the statements as a script. With no credentials it runs against its \
            embedded emulator of the service.

            Credentials, highest first: flags, then RAX_USERNAME / RAX_API_KEY / RAX_PASSWORD / RAX_REGION \
            (also RS_USERNAME, RS_API_KEY, RS_REGION_NAME, RS_AUTH_URL, OS_USERNAME, OS_PASSWORD, \
            OS_REGION_NAME, OS_AUTH_URL), BSH_IDENTITY_URL; or BSH_ENDPOINT with BSH_TOKEN; then the \
            profile of $XDG_CONFIG_HOME/bsh/config.toml that --profile, BSH_PROFILE or default_profile names.

            The command 'bsh check FILE…' parses scripts without running them and reports every problem; \
            the command 'bsh run RUNBOOK.md' runs the ```bsh blocks of a Markdown document as numbered \
            steps ('bsh run --help').

            Results are tables (--output table); on a terminal they fit its width (COLUMNS, else the \
            terminal's): IDs shortened to their shortest unique prefix (8 characters at least), times local \
            with their age, sizes in binary units, the widest text cut with '…'; --wide shows them whole. \
            Through a pipe, and in every other format, values stay whole.

            Exit status: 0 success, 1 a command failed, 2 a parse or usage error, 130 interrupted, 143 and \
            129 ended by SIGTERM and SIGHUP, 141 standard output is a pipe nobody reads any more.
            """,
        version: "bsh \(ClientVersion.current) (commit \(buildCommit))"
    )

    @Option(name: .customShort("c"), help: ArgumentHelp(
        "Run these statements and exit; the words after them are the script's arguments ($1…).", valueName: "statements"))
    var commands: [String] = []

    /// The statements of `-c`, given at most once.
    var command: String? { commands.first }

    @Flag(help: "Print results as JSON, one document per line.")
    var json = false

    @Flag(name: .customShort("x"), help: "Print each statement before it runs, secrets hidden (also: set trace on).")
    var trace = false

    @Flag(help: "Write the progress of 'wait' on a backup, restore or cleanup as JSON lines on standard error (set progress on).")
    var progress = false

    @Flag(help: "Print every request to the service, its answer, timing and retries on standard error, credentials hidden (BSH_DEBUG=1).")
    var debug = false

    @Flag(help: "Use the embedded emulator even when credentials are set.")
    var emulator = false

    @Option(help: "Identity user name (RAX_USERNAME).")
    var username: String?

    @Option(name: .customLong("api-key"), help: "Identity API key (RAX_API_KEY). Prefer the environment: flags show in 'ps'.")
    var apiKey: String?

    @Option(help: "Identity password (RAX_PASSWORD), when there is no API key.")
    var password: String?

    @Option(help: "Region of the Cloud Backup endpoint, e.g. DFW (RAX_REGION).")
    var region: String?

    @Option(name: .customLong("identity-url"), help: "Identity v2.0 URL (BSH_IDENTITY_URL).")
    var identityURL: String?

    @Option(help: "Cloud Backup endpoint ending in /v2/PROJECT, with --token (BSH_ENDPOINT).")
    var endpoint: String?

    @Option(help: "Token for --endpoint (BSH_TOKEN).")
    var token: String?

    @Option(help: ArgumentHelp(
        "The profile of $XDG_CONFIG_HOME/bsh/config.toml to connect with (BSH_PROFILE); flags and environment still win.",
        valueName: "name"))
    var profile: String?

    @Flag(help: "At the prompt, do not run the start-up file ($XDG_CONFIG_HOME/bsh/.bshrc).")
    var norc = false

    @OptionGroup(title: "Output")
    var display: OutputFlags

    @Argument(help: ArgumentHelp("A script to run ('-' for standard input).", valueName: "file"))
    var script: String?

    @Argument(parsing: .captureForPassthrough, help: "Arguments for the script.")
    var scriptArguments: [String] = []

    /// What the command line asks for. With `-c`, the script's arguments are every word after the
    /// options (there is no script file to name).
    var invocation: ShellInvocation {
        var invocation = ShellInvocation(
            statements: command, script: command == nil ? script : nil, access: accessFlags, debug: debug,
            noColor: display.noColor, quiet: display.quiet, outputGiven: display.output != nil || json, norc: norc)
        invocation.options = display.applied(to: RuntimeOptions(
            json: json, trace: trace, arguments: command == nil ? scriptArguments : (script.map { [$0] } ?? []) + scriptArguments,
            progress: progress))
        return invocation
    }

    func validate() throws {
        if commands.count > 1 { throw ValidationError("give -c once; join the statements with ';'") }
        try display.check(json: json)
    }

    var accessFlags: AccessSettings.Flags {
        AccessSettings.Flags(
            username: username, apiKey: apiKey, password: password, region: region, identityURL: identityURL,
            endpoint: endpoint, token: token, forceEmulator: emulator, profile: profile)
    }
}
