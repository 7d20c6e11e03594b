/// A failure injected into the next `/v2` request, for testing how a client copes.
public enum Fault: Sendable, Equatable {
    /// Answer with this status and a JSON `{"message": ...}` body, plus `Retry-After` when given.
    case status(Int, retryAfterSeconds: Int? = nil)
    /// Close the connection without answering; the request is not performed.
    case dropConnection
    /// Perform the request, then close the connection without sending the answer: the client
    /// cannot know whether it was performed.
    case dropAnswer
    /// Wait this long, then handle the request normally.
    case delay(Duration)
}
