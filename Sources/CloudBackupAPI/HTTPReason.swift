import HTTPTypes

/// Reason phrases for the statuses the service documents, as HTTPTypes spells them: for errors that
/// come without a message of their own.
public enum HTTPReason {
    private static let statuses: [HTTPResponse.Status] = [
        .badRequest, .unauthorized, .forbidden, .notFound, .methodNotAllowed, .conflict, .contentTooLarge,
        .tooManyRequests, .internalServerError, .notImplemented, .badGateway, .serviceUnavailable, .gatewayTimeout,
    ]

    /// The phrase for `code`, or nil for a status the service does not document.
    public static func phrase(_ code: Int) -> String? {
        statuses.first { $0.code == code }?.reasonPhrase
    }
}
