import AsyncHTTPClient
import Foundation
import NIOCore
import NIOPosix

/// What an error from the HTTP stack means to the user: whether a connection was made at all, and a
/// short message. Messages never include request headers (a token) nor a whole URL (a signature).
struct TransportFailure: Equatable {
    /// `.connection` when no connection could be made, so nothing was sent; otherwise `.transport`.
    let kind: APIError.Kind
    let message: String

    init(kind: APIError.Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    /// Classifies `error`, raised while sending to `url`.
    init(_ error: any Error, url: String) {
        let target = Self.target(of: url)
        func notConnected(_ reason: String) -> TransportFailure {
            TransportFailure(kind: .connection, message: "cannot connect to \(target): \(reason)")
        }
        switch error {
        case let error as HTTPClientError:
            self = Self.describe(error, notConnected: notConnected)
        case let error as IOError where error.errnoCode == ECONNREFUSED:
            // Only a refusal is sure to mean nothing was sent: an unreachable network may also break a
            // connection already made, and a request repeated then might be taken twice.
            self = notConnected("connection refused")
        case let error as IOError:
            self = TransportFailure(kind: .transport, message: "the connection failed: \(Self.text(errno: error.errnoCode))")
        case let error as NIOConnectionError:
            if let reason = error.connectionErrors.lazy
                .compactMap({ ($0.error as? IOError).flatMap { Self.connectReason(errno: $0.errnoCode) } }).first {
                self = notConnected(reason)
            } else if error.dnsAError != nil || error.dnsAAAAError != nil, error.connectionErrors.isEmpty {
                self = notConnected("the host name does not resolve")
            } else {
                self = notConnected(error.connectionErrors.isEmpty ? "the host name has no address" : "the connection failed")
            }
        case ChannelError.connectTimeout:
            self = notConnected("timed out")
        case let error as NIOTooManyBytesError:
            self = TransportFailure(kind: .transport, message: "the answer is larger than \(error.maxBytes.map(String.init) ?? "allowed") bytes")
        default:
            self = TransportFailure(kind: .transport, message: "the connection failed: \(error)")
        }
    }

    private static func describe(_ error: HTTPClientError, notConnected: (String) -> TransportFailure) -> TransportFailure {
        let message: String
        switch error {
        case .connectTimeout: return notConnected("timed out")
        case .readTimeout, .deadlineExceeded: message = "no answer in time"
        case .remoteConnectionClosed: message = "the server closed the connection"
        case .emptyScheme, .invalidURL, .emptyHost: message = "the URL is not http or https with a host"
        default:
            // Cases with values are told apart by their short descriptions, which never carry the values:
            // the full descriptions of the header cases quote the headers, and a header may be the token.
            switch error.shortDescription {
            case HTTPClientError.invalidHeaderFieldValues([]).shortDescription:
                message = "a request header holds a character HTTP does not allow (the value is not shown)"
            case HTTPClientError.invalidHeaderFieldNames([]).shortDescription:
                message = "a request header name holds a character HTTP does not allow"
            case HTTPClientError.unsupportedScheme("").shortDescription:
                message = "the URL is not http or https with a host"
            case let text:
                message = text.prefix(1).lowercased() + text.dropFirst()
            }
        }
        return TransportFailure(kind: .transport, message: message)
    }

    /// The reason when `errno` means the connection was never made.
    private static func connectReason(errno code: Int32) -> String? {
        switch code {
        case ECONNREFUSED: "connection refused"
        case ENETUNREACH: "network unreachable"
        case EHOSTUNREACH: "host unreachable"
        case EADDRNOTAVAIL: "address not available"
        default: nil
        }
    }

    private static func text(errno code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// `host:port` of a URL, the port filled in from the scheme.
    static func target(of url: String) -> String {
        guard let components = URLComponents(string: url), let host = components.host, !host.isEmpty else {
            return "the service"
        }
        let port = components.port ?? (components.scheme?.lowercased() == "http" ? 80 : 443)
        return host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}
