/// What the emulator did with the requests for one operation.
public struct OperationCounts: Sendable, Equatable {
    /// Requests received, whatever became of them.
    public var received = 0
    /// Requests performed: the handler answered with a 2xx status, whether or not the answer was
    /// delivered.
    public var performed = 0
    /// Requests performed whose answer was dropped (the `dropAnswer` fault).
    public var answersDropped = 0

    public init(received: Int = 0, performed: Int = 0, answersDropped: Int = 0) {
        self.received = received
        self.performed = performed
        self.answersDropped = answersDropped
    }
}
