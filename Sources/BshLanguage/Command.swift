/// A command invocation: a name followed by argument words, as in `logs request`.
public struct Command: Sendable, Equatable {
    /// The command's name, the first word of the statement.
    public var name: Word
    /// The words after the name.
    public var arguments: [Word]
    /// From the start of the name to the end of the last argument.
    public var range: SourceRange

    public init(name: Word, arguments: [Word] = [], range: SourceRange) {
        self.name = name
        self.arguments = arguments
        self.range = range
    }

    /// A command whose range runs from the name to the last argument.
    public init(name: Word, arguments: [Word] = []) {
        self.init(name: name, arguments: arguments, range: name.range.union(arguments.last?.range ?? name.range))
    }
}
