import BshValues
import CloudBackupAPI
import Foundation

/// `report`: the morning report, how every backup configuration stands, with its last days.
enum ReportCommands: CommandFamily {
    static let usage = "report [--agent A | --all] [--days N] [--max-age DURATION]"

    static let specs: [CommandSpec] = [
        CommandSpec(
            "report", group: .history,
            summary: "did the backups work? per configuration: the last backup, a flag and the last days; fails if one needs attention",
            usage: usage, example: "report --all --days 7 --max-age 30h"
        ) { shell, arguments in
            let options = try OptionWords(&arguments, valued: ["--agent", "--days", "--max-age"], flags: ["--all"], usage: usage)
            try expectNoPositional(options, usage: usage)
            let builder = try ReportBuilder(now: Date(), maxAge: maxAge(options), days: days(options))
            if options.has("--all"), options.value("--agent") != nil {
                throw ShellError.usage("--agent and --all cannot go together", hint: "usage: \(usage)")
            }
            let agentID: String?
            if let query = options.value("--agent") {
                agentID = try await shell.resolveAgent(query).id
            } else {
                agentID = options.has("--all") ? nil : shell.workspace.currentAgent?.id
            }
            let client = try await shell.client()
            let agents = try await shell.loadAgents(refresh: true)
            let configurations: [ConfigurationSummary]
            if let agentID {
                configurations = try await client.agentConfigurations(agentID: agentID)
            } else {
                configurations = try await client.listConfigurations()
            }
            let wanted = Set(configurations.map(\.id))
            let backups = try await client.backups().collect().filter { wanted.contains($0.configuration?.id ?? "") }
            let records = builder.records(
                configurations: configurations, backups: backups,
                agentNames: Dictionary(agents.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }))
            let result = ReportRecords(records: records).result
            let attention = records.filter { $0.enabled && !$0.flag.isHealthy }
            guard attention.isEmpty else {
                let named = attention.prefix(3).map { "\($0.agent)/\($0.configuration) \($0.flag.rawValue)" }
                let more = attention.count > 3 ? ", …" : ""
                throw FailureWithResult(
                    result: result,
                    error: ShellError.failure(
                        "\(attention.count) of \(records.count) configuration\(records.count == 1 ? "" : "s") "
                            + (attention.count == 1 ? "needs" : "need") + " attention: "
                            + named.joined(separator: ", ") + more,
                        hint: "'backups --config ID' and 'backup errors ID' say more"))
            }
            return result
        }
    ]

    static func days(_ options: OptionWords) throws -> Int {
        guard let text = options.value("--days") else { return 14 }
        guard let days = Int(text), (1...366).contains(days) else {
            throw ShellError.usage("--days takes a number of days from 1 to 366, not '\(text)'", hint: "e.g. --days 7")
        }
        return days
    }

    static func maxAge(_ options: OptionWords) throws -> TimeInterval? {
        guard let text = options.value("--max-age") else { return nil }
        let duration: Duration
        do {
            duration = try DurationText.read(text)
        } catch let error as ValueError {
            throw ShellError.usage("--max-age: \(error.message)", hint: "a duration, e.g. --max-age 26h")
        }
        guard duration > .zero else {
            throw ShellError.usage("--max-age must be longer than zero, not '\(text)'", hint: "e.g. --max-age 26h")
        }
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
