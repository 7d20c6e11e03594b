import Hummingbird

/// The request context: Hummingbird's core storage, plus a way to drop the connection (for the
/// `dropConnection` fault).
struct EmulatorRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let closeConnection: @Sendable () -> Void

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        let channel = source.channel
        closeConnection = { channel.close(promise: nil) }
    }
}
