import BshValues
import Foundation

/// `whoami`, `region` and `profile`: whom and where the shell works as, and switching them.
enum IdentityCommands: CommandFamily {
    static let specs: [CommandSpec] = [
        CommandSpec(
            "whoami", group: .service, summary: "show the user, region, endpoint and token expiry (never the token)",
            usage: "whoami", example: "whoami"
        ) { shell, arguments in
            try arguments.finish(usage: "whoami")
            return .value(summaryValue(try await shell.services.connection()))
        },
        CommandSpec(
            "region", group: .service, summary: "switch to another region: a new token and that region's endpoint",
            usage: "region [NAME]", example: "region ORD"
        ) { shell, arguments in
            let name = arguments.next()
            try arguments.finish(usage: "region [NAME]")
            guard let name else { return .text(try await shell.services.connection().region ?? "-") }
            let summary = try await shell.services.switchRegion(to: name.uppercased())
            return shell.switched(to: summary)
        },
        CommandSpec(
            "profile", group: .service, summary: "switch to a profile of the config file, or list them",
            usage: "profile [NAME]", example: "profile staging"
        ) { shell, arguments in
            let name = arguments.next()
            try arguments.finish(usage: "profile [NAME]")
            guard let name else {
                let profiles = try await shell.services.profiles()
                guard !profiles.isEmpty else {
                    throw ShellError.failure(
                        "no profiles", hint: "the config file ($XDG_CONFIG_HOME/bsh/config.toml) holds [profile.NAME] tables")
                }
                return .value(.list(profiles.map(profileValue)))
            }
            let summary = try await shell.services.switchProfile(to: name)
            return shell.switched(to: summary)
        },
    ]

    /// `agent here`: selects the agent installed on the machine bsh runs on.
    static let agentHere = Subcommand(
        "here", usage: "agent here", example: "agent here; backups"
    ) { shell, arguments in
        try arguments.finish(usage: "agent here")
        let path = AgentBootstrap.path(environment: ProcessInfo.processInfo.environment)
        let id = try AgentBootstrap.agentID(path: path)
        let wanted = id.lowercased()
        var agent = try await shell.loadAgents().first { $0.id.lowercased() == wanted }
        if agent == nil { agent = try await shell.loadAgents(refresh: true).first { $0.id.lowercased() == wanted } }
        guard let agent else {
            throw ShellError.failure(
                "this machine's agent \(id) (from \(path)) is not among the project's agents",
                hint: "it may be registered with another account or region; 'whoami' shows where the shell is connected")
        }
        return shell.select(agent)
    }

    /// `whoami`'s record: the token's expiry in UTC, never the token.
    static func summaryValue(_ summary: ConnectionSummary) -> Value {
        .record(Record([
            ("profile", summary.profile.map(Value.string) ?? .null),
            ("user", summary.user.map(Value.string) ?? .null),
            ("region", summary.region.map(Value.string) ?? .null),
            ("endpoint", summary.endpoint.map(Value.string) ?? .null),
            ("token_expires", summary.tokenExpires.map { .string(utcText($0)) } ?? .null),
            ("mode", .string(summary.mode)),
        ]))
    }

    static func profileValue(_ profile: ProfileSummary) -> Value {
        .record(Record([
            ("name", .string(profile.name)),
            ("user", profile.user.map(Value.string) ?? .null),
            ("region", profile.region.map(Value.string) ?? .null),
            ("current", .bool(profile.current)),
        ]))
    }

    static func utcText(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}

extension Shell {
    /// After a switch of region or profile: what was known of the old place (agents, the current
    /// agent, browse answers, the pending request) is forgotten, since it belongs to another endpoint.
    func switched(to summary: ConnectionSummary) -> CommandResult {
        workspace = Workspace()
        let place = [summary.profile.map { "profile \($0)" }, summary.user.map { "user \($0)" }, summary.region.map { "region \($0)" }]
        return CommandResult.none.noting("now " + place.compactMap { $0 }.joined(separator: ", ") + " at \(summary.endpoint ?? "-")")
    }
}
