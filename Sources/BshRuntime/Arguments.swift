import BshValues
import BshLanguage
import BshValues

/// A command's argument words, taken in order, with the command's name for messages.
public struct Arguments: Sendable {
    public let command: String
    private var words: [Word]
    /// For each word that was a single reference (`$r`, `(agents | count)`), its value.
    private var values: [Value?]
    private var index = 0

    public init(command: String, words: [Word], values: [Value?] = []) {
        self.command = command
        self.words = words
        self.values = values
    }

    /// The next word as a value: the referenced value itself, or the word's text as a string.
    public mutating func nextValue() -> Value? {
        guard index < words.count else { return nil }
        defer { index += 1 }
        return value(at: index)
    }

    /// Every word as a value, for a procedure's parameters.
    var allValues: [Value] {
        words.indices.map(value(at:))
    }

    private func value(at position: Int) -> Value {
        (position < values.count ? values[position] : nil) ?? .string(words[position].value)
    }

    /// True when every word has been taken.
    public var isEmpty: Bool { index >= words.count }

    /// The next word, or nil when none is left.
    public mutating func next() -> String? {
        guard index < words.count else { return nil }
        defer { index += 1 }
        return words[index].value
    }

    /// The next word; a usage error naming `what` when none is left.
    public mutating func required(_ what: String, usage: String) throws -> String {
        guard let word = next() else {
            throw ShellError.usage("missing \(what)", hint: "usage: \(usage)")
        }
        return word
    }

    /// Throws a usage error when words are left over.
    public func finish(usage: String) throws {
        guard index < words.count else { return }
        throw ShellError.usage("unexpected argument '\(words[index].value)'", hint: "usage: \(usage)")
    }

    /// The next word as a duration, when it is one; the word is not taken otherwise.
    public mutating func duration() throws -> Duration? {
        guard let word = peek() else { return nil }
        do {
            let duration = try DurationText.read(word)
            index += 1
            return duration
        } catch let error as ValueError {
            throw ShellError.usage(error.message, hint: error.hint)
        }
    }

    /// The next word, left to be taken.
    func peek() -> String? {
        index < words.count ? words[index].value : nil
    }

    /// The words not taken yet.
    var remainingWords: [String] {
        words[min(index, words.count)...].map(\.value)
    }
}
