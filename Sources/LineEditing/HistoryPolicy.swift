/// Which accepted lines a history keeps, and how many.
public struct HistoryPolicy: Sendable {
    /// The most entries kept in memory and in the history file.
    public var maxEntries: Int
    /// Returns false for lines that must never be recorded, such as lines
    /// carrying secrets. Rejected lines are neither recalled nor saved.
    public var shouldSave: @Sendable (String) -> Bool

    /// Creates a policy keeping up to `maxEntries` lines that `shouldSave` accepts.
    public init(maxEntries: Int = 1000, shouldSave: @escaping @Sendable (String) -> Bool = { _ in true }) {
        self.maxEntries = maxEntries
        self.shouldSave = shouldSave
    }

    /// Whether `line` is recorded when `previous` is the newest entry: blank
    /// lines, lines starting with a space, repeats of the previous line and
    /// lines `shouldSave` rejects are not.
    public func admits(_ line: String, after previous: String?) -> Bool {
        maxEntries > 0
            && !line.allSatisfy(\.isWhitespace)
            && !line.hasPrefix(" ")
            && line != previous
            && shouldSave(line)
    }
}
