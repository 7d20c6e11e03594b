import BshValues
import CloudBackupAPI
import Foundation

/// What a command hands back: its result, which the statement keeps as a value or prints once; the
/// notes for the person (standard error); and the request it started, which `wait` then waits for.
struct CommandResult: Sendable {
    /// A result as the command produced it.
    enum Output: Sendable {
        case none
        /// Text printed as it is; its value is the string.
        case text(String)
        /// A value of the language, printed as a table or as text (JSON with `--json`).
        case value(Value)
        /// A value printed as indented JSON (one line with `--json`).
        case json(Value)
        /// A document of the service, printed as its table (one JSON line per item with `--json`).
        case document(Document)
    }

    var output: Output
    var notes: [String] = []
    var started: PendingRequest?

    static let none = CommandResult(output: .none)

    static func text(_ text: String) -> CommandResult { CommandResult(output: .text(text)) }
    static func value(_ value: Value) -> CommandResult { CommandResult(output: .value(value)) }
    static func json(_ value: Value) -> CommandResult { CommandResult(output: .json(value)) }

    /// Documents shown as a table.
    static func list<T: Encodable & Sendable>(_ items: [T], _ view: @escaping @Sendable (Renderer) -> ([T]) -> Void) -> CommandResult {
        CommandResult(output: .document(Document(items, lines: { items.map(Renderer.jsonLine) }) { view($0)(items) }))
    }

    /// One document, shown as a one-row table by a list's view; its value is the document itself.
    static func one<T: Encodable & Sendable>(_ item: T, _ view: @escaping @Sendable (Renderer) -> ([T]) -> Void) -> CommandResult {
        CommandResult(output: .document(Document(item, lines: { [Renderer.jsonLine(item)] }) { view($0)([item]) }))
    }

    /// One document with a view of its own.
    static func document<T: Encodable & Sendable>(_ item: T, _ view: @escaping @Sendable (Renderer) -> (T) -> Void) -> CommandResult {
        CommandResult(output: .document(Document(item, lines: { [Renderer.jsonLine(item)] }) { view($0)(item) }))
    }

    /// One document shown by a view made for it.
    static func shown<T: Encodable & Sendable>(_ item: T, as view: @escaping @Sendable (Renderer) -> Void) -> CommandResult {
        CommandResult(output: .document(Document(item, lines: { [Renderer.jsonLine(item)] }, view: view)))
    }

    /// The same result with a note for the person.
    func noting(_ note: String) -> CommandResult {
        var copy = self
        copy.notes.append(note)
        return copy
    }

    /// The same result with notes for the person.
    func noting(_ notes: [String]) -> CommandResult {
        var copy = self
        copy.notes += notes
        return copy
    }

    /// The same result, having started a request for `wait`.
    func starting(_ request: PendingRequest) -> CommandResult {
        var copy = self
        copy.started = request
        return copy
    }
}

/// A document of the service with the table people see it as.
struct Document: Sendable {
    /// The document, for its value.
    let content: any Encodable & Sendable
    /// Its JSON lines for `--json`, one per item of a list; made only when printed as JSON (a browse
    /// result may hold a million entries).
    let lines: @Sendable () -> [String]
    /// Writes it for people.
    let view: @Sendable (Renderer) -> Void

    init(_ content: any Encodable & Sendable, lines: @escaping @Sendable () -> [String], view: @escaping @Sendable (Renderer) -> Void) {
        self.content = content
        self.lines = lines
        self.view = view
    }
}

/// A command failed after producing a result worth showing (a job that ended with errors): the
/// result is shown, then the error reported.
struct FailureWithResult: Error {
    let result: CommandResult
    let error: any Error
}

/// The last result, `$_`: decoded to a value only when a script looks at it.
enum LastResult: Sendable {
    case none
    case value(Value)
    case document(any Encodable & Sendable)

    init(_ output: CommandResult.Output) {
        switch output {
        case .none: self = .none
        case .text(let text): self = .value(.string(text))
        case .value(let value), .json(let value): self = .value(value)
        case .document(let document): self = .document(document.content)
        }
    }

    /// The value; documents are decoded through their JSON form, in the service's field names.
    func value() throws -> Value {
        switch self {
        case .none: return .null
        case .value(let value): return value
        case .document(let document as ValueConvertible): return document.value
        case .document(let document):
            // Sorted keys: the encoder's key order is not stable from run to run, and scripts and tables
            // should see the same document every time.
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
            return try Value(json: Array(encoder.encode(document)))
        }
    }
}
