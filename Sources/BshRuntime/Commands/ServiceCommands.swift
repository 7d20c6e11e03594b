import BshValues
import CloudBackupAPI

/// `health`, `ping` and `settings`: the service itself and the project's summary e-mails.
enum ServiceCommands: CommandFamily {
    static let settingsUsage = "settings [set [--daily on|off] [--weekly on|off] [--email ADDRESS…]]"
    static let settingsSetUsage = "settings set [--daily on|off] [--weekly on|off] [--email ADDRESS…]"

    static let specs: [CommandSpec] = [
        CommandSpec(
            "health", group: .service, summary: "show the health of the service's systems, or of one", usage: "health [SYSTEM]",
            example: "health"
        ) { shell, arguments in
            let system = arguments.next()
            try arguments.finish(usage: "health [SYSTEM]")
            let client = try await shell.client()
            if let system {
                let health = try await client.dependentSystemHealth(system)
                return .shown(health) {
                    $0.fields([("system", system), ("online", health.online ? "yes" : "no"), ("node", health.node ?? "-")])
                }
            }
            return .document(try await client.health(), Renderer.health)
        },
        CommandSpec("ping", group: .service, summary: "check that the service answers", usage: "ping", example: "ping") { shell, arguments in
            try arguments.finish(usage: "ping")
            let clock = ContinuousClock()
            let start = clock.now
            try await shell.client().ping()
            return .text("pong (\(DurationText.approximate(clock.now - start)))")
        },
        CommandSpec(
            "settings", group: .service, summary: "show or change the project's summary e-mails", usage: settingsUsage,
            example: "settings set --daily on --email ops@example.com",
            subcommands: [
                Subcommand("set", usage: settingsSetUsage, example: "settings set --daily on --email ops@example.com") { shell, arguments in
                    let options = try OptionWords(&arguments, valued: ["--daily", "--weekly"], lists: ["--email"], usage: settingsUsage)
                    try expectNoPositional(options, usage: settingsUsage)
                    let daily = try options.value("--daily").map { try onOff($0, "--daily") }
                    let weekly = try options.value("--weekly").map { try onOff($0, "--weekly") }
                    let client = try await shell.client()
                    var settings = try await client.summarySettings()
                    if let daily { settings.daily = daily }
                    if let weekly { settings.weekly = weekly }
                    if let emails = options.values["--email"] {
                        settings.notifications = emails.map { SummarySettings.Recipient(destination: $0) }
                    }
                    try await client.updateSummarySettings(settings)
                    return .document(settings, Renderer.summarySettings)
                }
            ]
        ) { shell, arguments in
            if let sub = arguments.next() { throw arguments.unknownSubcommand(sub, of: ["set"]) }
            return .document(try await shell.client().summarySettings(), Renderer.summarySettings)
        },
    ]

    static func onOff(_ word: String, _ option: String) throws -> Bool {
        switch word {
        case "on": return true
        case "off": return false
        default: throw ShellError.usage("\(option) takes on or off, not '\(word)'", hint: "usage: \(settingsUsage)")
        }
    }
}
