import BshValues
import CloudBackupAPI
import Foundation

/// Prints results in the format the options ask for (`--output`): tables for people, which a
/// terminal shows fitted to its width (`TableDisplay`); JSON, one indented document per result;
/// NDJSON, one JSON document per line (`--json`); or CSV of the tables' columns. JSON keeps the
/// service's own field names. Results go to standard output, messages to standard error.
struct Renderer: Sendable {
    let host: any ShellHost
    let format: OutputFormat
    /// Tables keep every value whole on a terminal too (`--wide`).
    let wide: Bool
    /// Notes are left out (`--quiet`); warnings still show.
    let quiet: Bool

    init(host: any ShellHost, options: RuntimeOptions) {
        self.host = host
        format = options.format
        wide = options.wide
        quiet = options.quiet
    }

    /// A message for the person at the terminal (standard error), never part of the results.
    func note(_ text: String) {
        guard !quiet || text.hasPrefix("warning:") else { return }
        host.writeError(text + "\n")
    }

    /// How the terminal shows tables: nil where they keep every value whole (standard output is not
    /// a terminal, `--wide`, or the format is not a table).
    var display: TableDisplay? {
        guard format == .table, !wide, let width = host.outputWidth else { return nil }
        return TableDisplay(width: width, now: Date().timeIntervalSince1970) { seconds in
            TimeZone.current.secondsFromGMT(for: Date(timeIntervalSince1970: seconds))
        }
    }

    /// A table, its header in bold when standard output is a terminal that takes colours; CSV with
    /// `--output csv`.
    func write(_ table: Table) {
        host.writeOutput(format == .csv ? table.csv() : table.render(boldHeader: host.colorsOutput, display: display))
    }

    /// Writes a table row by row without holding its rows (see `Table.stream`).
    func stream(_ table: Table, rows: Int, cell: (_ row: Int, _ column: Int) -> String) {
        if format == .csv {
            table.streamCSV(rows: rows, to: host.writeOutput, cell: cell)
        } else {
            table.stream(rows: rows, boldHeader: host.colorsOutput, display: display, to: host.writeOutput, cell: cell)
        }
    }

    /// Prints a command's result: text as it is, values as tables or text, documents as their
    /// tables; or in the format asked for.
    func show(_ output: CommandResult.Output) {
        switch output {
        case .none:
            break
        case .text(let text):
            host.writeOutput(text.hasSuffix("\n") ? text : text + "\n")
        case .value(let value):
            show(value: value)
        case .json(let value):
            switch format {
            case .table, .json: host.writeOutput(value.jsonText(pretty: true) + "\n")
            case .ndjson: host.writeOutput(value.jsonText() + "\n")
            case .csv: show(value: value)
            }
        case .document(let document):
            switch format {
            case .ndjson: host.writeOutput(document.lines().map { $0 + "\n" }.joined())
            case .json:
                let value = (try? LastResult.document(document.content).value()) ?? .null
                host.writeOutput(value.jsonText(pretty: true) + "\n")
            case .table, .csv: document.view(self)
            }
        }
    }

    /// Prints a value of the language: a table or text; JSON (a list as one array, or a line per
    /// item with NDJSON); or CSV.
    func show(value: Value) {
        switch format {
        case .ndjson:
            switch value {
            case .list(let items): host.writeOutput(items.map { $0.jsonText() + "\n" }.joined())
            default: host.writeOutput(value.jsonText() + "\n")
            }
        case .json:
            host.writeOutput(value.jsonText(pretty: true) + "\n")
        case .csv:
            host.writeOutput(Self.csv(value))
        case .table:
            host.writeOutput(ValueRenderer.render(value, boldHeader: host.colorsOutput, display: display))
        }
    }

    /// A value as CSV: lists and records as `to csv` makes them; plain values, and lists that mix
    /// records and plain values, one per line as text.
    static func csv(_ value: Value) -> String {
        switch value {
        case .list(let items):
            if case .string(let text)? = try? Filters.toCSV(value) { return text }
            return items.map { $0.text() + "\n" }.joined()
        case .record:
            if case .string(let text)? = try? Filters.toCSV(.list([value])) { return text }
            return value.text() + "\n"
        default:
            let text = value.text()
            return text.hasSuffix("\n") ? text : text + "\n"
        }
    }

    /// One document on one line, its keys sorted: the encoder's own order changes from run to run.
    static func jsonLine(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}

extension Renderer {
    func agents(_ agents: [Agent]) {
        var table = Table(columns: [
            .init("NAME"), .init("ID", kind: .id), .init("OS"), .init("REGION", kind: .word), .init("ENABLED", kind: .word),
            .init("VERSION", kind: .word, dropRank: 0),
        ])
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
        fields(lines)
    }

    /// A directory listing, sorted by name. Written row by row in chunks, and names are worked out as
    /// rows are written: a directory may hold a million entries.
    func browse(_ result: BrowseResult) {
        let items = result.items
        let order = items.indicesByName
        let table = Table(columns: [.init("NAME"), .init("SIZE", .right, kind: .size), .init("TYPE")])
        stream(table, rows: order.count) { row, column in
            let item = items[order[row]]
            switch column {
            case 0: return Self.shownName(item)
            case 1: return item.isDirectory ? "-" : String(item.bytes)
            default: return Self.kind(of: item)
            }
        }
    }

    /// The name as printed: escaped when it needs to be, `/` after a directory.
    private static func shownName(_ item: BrowseItem) -> String {
        let plain = item.nameEncoded == nil && !item.name.utf8.contains(UInt8(ascii: "\\"))
        return (plain ? item.name : item.remoteName.escaped) + (item.isDirectory ? "/" : "")
    }

    func logFiles(_ files: [LogFile]) {
        var table = Table(columns: [.init("ID", kind: .id), .init("STATE", kind: .word), .init("DATE", kind: .time, showsAge: true)])
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
