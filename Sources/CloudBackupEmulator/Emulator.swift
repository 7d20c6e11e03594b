import CloudBackupAPI
import Hummingbird
import Logging
import ServiceLifecycle

/// The Cloud Backup v2 service and its Identity, emulated over real HTTP with one seeded demo
/// project. Start it, point a client at `identityURL`, and shut it down when done.
public final class Emulator: Sendable {
    let store: Store
    private let server: Task<Void, any Error>
    private let group: ServiceGroup

    /// `http://HOST:PORT`, no trailing slash.
    public let baseURL: String
    /// Identity v2.0; a client POSTs `identityURL + "/tokens"`.
    public var identityURL: String { baseURL + "/v2.0" }
    /// The Cloud Backup endpoint, as the catalog's `publicURL` gives it.
    public var endpointURL: String { baseURL + "/v2/" + EmulatorConfiguration.projectID }

    private init(store: Store, server: Task<Void, any Error>, group: ServiceGroup, baseURL: String) {
        self.store = store
        self.server = server
        self.group = group
        self.baseURL = baseURL
    }

    /// Starts an emulator and returns once it listens.
    public static func start(_ configuration: EmulatorConfiguration = .init()) async throws -> Emulator {
        let logFile = try configuration.requestLogPath.map { try RequestLogFile.open($0).get() }
        let store = Store(configuration: configuration, requestLogFile: logFile)
        var logger = Logger(label: "bsh-emulator")
        logger.logLevel = configuration.logsRequests ? .info : .critical
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: EmulatorRouter.make(store: store, logsRequests: configuration.logsRequests),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? configuration.port)
                portContinuation.finish()
            },
            logger: logger
        )
        let group = ServiceGroup(
            configuration: .init(
                services: [app], gracefulShutdownSignals: configuration.handlesTerminationSignals ? [.sigterm, .sigint] : [],
                logger: logger))
        let server = Task {
            defer { portContinuation.finish() }
            try await group.run()
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else {
            try await server.value
            throw EmulatorError.notListening
        }
        let baseURL = "http://\(urlHost(configuration.host)):\(port)"
        store.attach(urls: ServiceURLs(base: baseURL))
        return Emulator(store: store, server: server, group: group, baseURL: baseURL)
    }

    /// Stops the server and waits until it has stopped: gracefully, so that a connection accepted
    /// at that moment is closed properly (cancelling the server then ends the process in NIO), and
    /// by cancelling it if that takes more than a few seconds.
    public func shutdown() async {
        await group.triggerGracefulShutdown()
        let server = self.server
        let deadline = Task {
            try await Task.sleep(for: .seconds(5))
            server.cancel()
        }
        _ = await server.result
        deadline.cancel()
        await store.closeRequestLog()
    }

    /// Waits until the server stops (on a termination signal, when it handles them).
    public func waitUntilStopped() async throws {
        try await server.value
    }

    /// The host part of a URL for the bound address: a wildcard address is reached on loopback.
    private static func urlHost(_ host: String) -> String {
        switch host {
        case "0.0.0.0", "": "127.0.0.1"
        case "::": "[::1]"
        default: host.contains(":") ? "[\(host)]" : host
        }
    }
}

/// Why an emulator did not start.
public enum EmulatorError: Error, Sendable {
    /// The server stopped before it listened.
    case notListening
}
