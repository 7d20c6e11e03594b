/// The JSON body of an error response: `{"message": ..., "errors": [...]}`.
/// Per-operation examples carry only `message`; validation failures add `errors`.
public struct ErrorBody: Codable, Sendable, Equatable {
    public var message: String
    public var errors: [String]?

    public init(message: String, errors: [String]? = nil) {
        self.message = message
        self.errors = errors
    }
}
