/// A history kept in a file, such as `$XDG_STATE_HOME/bsh/history`.
///
/// The file is read once at creation and each recorded line is appended
/// straight away, so a session that ends abruptly loses nothing. The file is
/// created with mode 0600 (missing directories with 0700) and trimmed to the
/// policy's `maxEntries`. An unreadable or unwritable file never stops the
/// session: entries are still kept in memory and the failure is in `lastError`.
/// Several sessions may share one file; each trims it as its own count of the
/// file's lines passes the limit.
public final class HistoryStore {
    /// The history file.
    public let path: String
    /// What is recorded, and how much is kept.
    public let policy: HistoryPolicy
    /// The recorded lines, oldest first, at most `policy.maxEntries`.
    public private(set) var entries: [String]
    /// The most recent failure to read or write the file, if any.
    public private(set) var lastError: HistoryError?

    private let file: HistoryFile
    private var fileLineCount: Int

    /// Loads the history at `path`. A missing file is an empty history.
    public init(path: String, policy: HistoryPolicy = HistoryPolicy()) {
        self.path = path
        self.policy = policy
        self.file = HistoryFile(path: path)
        let limit = max(policy.maxEntries, 0)
        do {
            let lines = try file.readLines()
            entries = Array(HistoryEncoding.entries(in: lines).suffix(limit))
            fileLineCount = lines.count
        } catch {
            entries = []
            fileLineCount = 0
            lastError = error
        }
        if fileLineCount > limit {
            do {
                fileLineCount = try file.trim(to: limit)
            } catch {
                lastError = error
            }
        }
    }

    /// Records `line` if the policy admits it after the newest entry, appending
    /// it to the file. Returns whether it was recorded.
    @discardableResult
    public func record(_ line: String) -> Bool {
        guard policy.admits(line, after: entries.last) else { return false }
        entries.append(line)
        if entries.count > policy.maxEntries {
            entries.removeFirst(entries.count - policy.maxEntries)
        }
        do {
            fileLineCount = try file.append(
                HistoryEncoding.encode(line), knownCount: fileLineCount, limit: policy.maxEntries)
        } catch {
            lastError = error
        }
        return true
    }
}
