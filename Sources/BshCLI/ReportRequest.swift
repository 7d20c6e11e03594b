import ArgumentParser
import BshRuntime
import Foundation

/// One `--report KIND:FILE` of `bsh run`.
struct ReportRequest: ExpressibleByArgument, Sendable {
    enum Kind: String, CaseIterable, Sendable {
        case junit, json
    }

    let kind: Kind
    let path: String

    init?(argument: String) {
        guard let colon = argument.firstIndex(of: ":"), let kind = Kind(rawValue: String(argument[..<colon])) else { return nil }
        let path = String(argument[argument.index(after: colon)...])
        guard !path.isEmpty else { return nil }
        self.kind = kind
        self.path = path
    }

    static var defaultCompletionKind: CompletionKind { .file() }

    /// Writes the report; says why and returns false when it cannot.
    func write(_ report: RunbookReport, host: any ShellHost) -> Bool {
        let text = kind == .junit ? report.junit() : report.json()
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            return true
        } catch {
            host.writeError("bsh: cannot write the \(kind.rawValue) report \(path): \(error.localizedDescription)\n")
            return false
        }
    }
}
