/// A command or an expression, followed by filters: `agents | where status == "offline" | count`.
public struct Pipeline: Sendable, Equatable {
    /// Where the values come from. A command is boxed; an expression, the common case in assignments,
    /// is held in place.
    public enum Source: Sendable, Equatable {
        indirect case command(Command)
        case expression(Expression)
    }

    public var source: Source
    public var filters: [Filter]
    public var range: SourceRange

    public init(source: Source, filters: [Filter] = [], range: SourceRange) {
        self.source = source
        self.filters = filters
        self.range = range
    }
}

/// One stage after a `|`. Filters are part of the language and work on any list value.
public struct Filter: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// `where CONDITION`: the items for which the condition holds; their fields are in scope.
        case `where`(Expression)
        /// `sort [FIELD] [desc]`.
        case sort(field: String?, descending: Bool)
        /// `first [N]`.
        case first(Expression?)
        /// `last [N]`.
        case last(Expression?)
        /// `select FIELD…`.
        case select([String])
        /// `count`.
        case count
        /// `each { … }`, with `$it` the item.
        case each(Block)
        /// `unique [FIELD]`.
        case unique(String?)
        /// `to json` or `to csv`.
        case to(String)
    }

    /// The filter names, for completion and "did you mean" hints.
    public static let names = ["where", "sort", "first", "last", "select", "count", "each", "unique", "to"]

    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}
