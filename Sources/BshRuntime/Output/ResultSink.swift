import BshValues
import Foundation

/// Where a command's result goes: printed for the person, or kept as a value when the statement uses it
/// (`let r = browse /etc`, a pipeline, `(…)`). Either way the last result becomes `$_`.
///
/// Only the shell's actor touches it.
final class ResultSink: @unchecked Sendable {
    /// A result as the command produced it; decoded to a `Value` only when a script looks at it.
    enum Result {
        case none
        case value(Value)
        case document(any Encodable & Sendable)
    }

    /// True while a statement is keeping its command's result rather than printing it.
    var capturing = false
    /// The last result, for `$_` and for the statement that captures it.
    var last = Result.none

    /// The last result as a value; documents are decoded through their JSON form, in the service's field names.
    func lastValue() throws -> Value {
        switch last {
        case .none: return .null
        case .value(let value): return value
        case .document(let document as ValueConvertible):
            let value = document.value
            last = .value(value)
            return value
        case .document(let document):
            // Sorted keys: the encoder's key order is not stable from run to run, and scripts and tables
            // should see the same document every time.
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
            let value = try Value(json: Array(encoder.encode(document)))
            last = .value(value)
            return value
        }
    }
}

extension Renderer {
    /// Records a result document; true when it should be printed as a table (not captured, not `--json`).
    func show<T: Encodable & Sendable>(_ document: T) -> Bool {
        sink.last = .document(document)
        if sink.capturing { return false }
        if json {
            documents([document])
            return false
        }
        return true
    }

    /// Records a list of documents; true when it should be printed as a table. With `--json`, one line each.
    func show<T: Encodable & Sendable>(list: [T]) -> Bool {
        sink.last = .document(list)
        if sink.capturing { return false }
        if json {
            documents(list)
            return false
        }
        return true
    }

    /// Prints one document with a list renderer (as a one-row table), but keeps the document itself as
    /// the result: `let b = backup show ID` is the backup, not a list of one.
    func one<T: Encodable & Sendable>(_ document: T, _ render: ([T]) -> Void) {
        render([document])
        sink.last = .document(document)
    }

    /// Records a value produced by the language (echo, a pipeline); prints it unless captured.
    func show(value: Value) {
        sink.last = .value(value)
        guard !sink.capturing else { return }
        if json {
            switch value {
            case .list(let items): host.writeOutput(items.map { $0.jsonText() + "\n" }.joined())
            default: host.writeOutput(value.jsonText() + "\n")
            }
        } else {
            host.writeOutput(ValueRenderer.render(value, boldHeader: host.colorsOutput))
        }
    }
}
