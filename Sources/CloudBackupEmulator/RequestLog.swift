import CloudBackupAPI

/// The request log: for each operation, how many requests came, were performed and lost their
/// answer (`OperationCounts`), and, when a file is given, one line per request. Only counters are
/// kept in memory, so it stays the same size however many requests come.
struct RequestLog: Sendable {
    private var counts: [APIOperation: OperationCounts] = [:]
    let file: RequestLogFile?

    init(file: RequestLogFile?) {
        self.file = file
    }

    mutating func record(_ entry: RequestLogEntry) {
        if let operation = entry.operation {
            counts[operation, default: OperationCounts()].received += 1
            if entry.performed { counts[operation]!.performed += 1 }
            if entry.performed && entry.answerDropped { counts[operation]!.answersDropped += 1 }
        }
        file?.append(entry.jsonLine)
    }

    /// The counts of one operation; zero for one never asked for.
    func counts(_ operation: APIOperation) -> OperationCounts {
        counts[operation] ?? OperationCounts()
    }

    /// The counts of every operation asked for at least once, by operation name.
    var allCounts: [String: OperationCounts] {
        Dictionary(uniqueKeysWithValues: counts.map { ($0.key.name, $0.value) })
    }
}
