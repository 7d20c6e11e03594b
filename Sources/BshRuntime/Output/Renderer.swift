import BshValues
import CloudBackupAPI
import Foundation

/// Prints results: aligned tables for people, or one JSON document per line (NDJSON) in the
/// service's own field names with `--json`. Results go to standard output, messages to standard error.
struct Renderer: Sendable {
    let host: any ShellHost
    let json: Bool

    /// A message for the person at the terminal (standard error), never part of the results.
    func note(_ text: String) {
        host.writeError(text + "\n")
    }

    /// A table, its header in bold when standard output is a terminal that takes colours.
    func write(_ table: Table) {
        host.writeOutput(table.render(boldHeader: host.colorsOutput))
    }

    /// Prints a command's result: text as it is, values as tables or text, documents as their
    /// tables; with `--json`, one JSON document per line.
    func show(_ output: CommandResult.Output) {
        switch output {
        case .none:
            break
        case .text(let text):
            host.writeOutput(text.hasSuffix("\n") ? text : text + "\n")
        case .value(let value):
            show(value: value)
        case .json(let value):
            host.writeOutput(value.jsonText(pretty: !json) + "\n")
        case .document(let document):
            if json {
                host.writeOutput(document.lines().map { $0 + "\n" }.joined())
            } else {
                document.view(self)
            }
        }
    }

    /// Prints a value of the language: a table or text, or JSON lines with `--json`.
    func show(value: Value) {
        if json {
            switch value {
            case .list(let items): host.writeOutput(items.map { $0.jsonText() + "\n" }.joined())
            default: host.writeOutput(value.jsonText() + "\n")
            }
        } else {
            host.writeOutput(ValueRenderer.render(value, boldHeader: host.colorsOutput))
        }
    }

    static func jsonLine(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}

extension Renderer {
    func agents(_ agents: [Agent]) {
        var table = Table([("NAME", .left), ("ID", .left), ("OS", .left), ("REGION", .left), ("ENABLED", .left), ("VERSION", .left)])
        for agent in agents {
            let os = agent.host?.os.map { "\($0.name) \($0.version)" } ?? "-"
            table.add([
                agent.name, agent.id, os, agent.host?.region ?? "-",
                agent.enabled.map { $0 ? "yes" : "no" } ?? "-", agent.version ?? "-",
            ])
        }
        write(table)
    }

    func agent(_ agent: Agent) {
        var lines: [(String, String)] = [("name", agent.name), ("id", agent.id)]
        if let host = agent.host {
            if let os = host.os { lines.append(("os", "\(os.name) \(os.version) (\(os.architecture))")) }
            if let region = host.region { lines.append(("region", region)) }
            if let flavor = host.flavor { lines.append(("flavor", flavor)) }
            let addresses = host.addresses?.map(\.addr).joined(separator: ", ") ?? ""
            if !addresses.isEmpty { lines.append(("addresses", addresses)) }
        }
        if let enabled = agent.enabled { lines.append(("enabled", enabled ? "yes" : "no")) }
        if let version = agent.version { lines.append(("version", version)) }
        if let vault = agent.vault {
            lines.append(("vault", "\(vault.name ?? vault.id ?? "-")\(vault.encrypted == true ? " (encrypted)" : "")"))
        }
        if let level = agent.logLevel { lines.append(("log level", level)) }
        if let registered = agent.registeredTime { lines.append(("registered", registered)) }
        let width = lines.map(\.0.count).max() ?? 0
        host.writeOutput(lines.map { $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 + "\n" }.joined())
    }

    /// A directory listing, sorted by name. Written row by row in chunks, and names are worked out as
    /// rows are written: a directory may hold a million entries.
    func browse(_ result: BrowseResult) {
        let items = result.items
        let order = items.indices.sorted { Self.nameOrder(items[$0], items[$1]) }
        let table = Table([("NAME", .left), ("SIZE", .right), ("TYPE", .left)])
        table.stream(rows: order.count, boldHeader: host.colorsOutput, to: host.writeOutput) { row, column in
            let item = items[order[row]]
            switch column {
            case 0: return Self.shownName(item)
            case 1: return item.isDirectory ? "-" : String(item.bytes)
            default: return Self.kind(of: item)
            }
        }
    }

    /// Byte order of the names; plain UTF-8 names compare as they are, without building their bytes.
    private static func nameOrder(_ a: BrowseItem, _ b: BrowseItem) -> Bool {
        guard a.nameEncoded == nil, b.nameEncoded == nil else { return a.remoteName < b.remoteName }
        return a.name.utf8.lexicographicallyPrecedes(b.name.utf8)
    }

    /// The name as printed: escaped when it needs to be, `/` after a directory.
    private static func shownName(_ item: BrowseItem) -> String {
        let plain = item.nameEncoded == nil && !item.name.utf8.contains(UInt8(ascii: "\\"))
        return (plain ? item.name : item.remoteName.escaped) + (item.isDirectory ? "/" : "")
    }

    func logFiles(_ files: [LogFile]) {
        var table = Table([("ID", .left), ("STATE", .left), ("DATE", .left)])
        for file in files {
            table.add([file.id, file.state, file.date])
        }
        write(table)
    }

    private static func kind(of item: BrowseItem) -> String {
        switch item.mimeType {
        case MimeType.directory?: "directory"
        case MimeType.symlink?: "symlink"
        case let type?: type
        case nil: "-"
        }
    }
}
