import Foundation

/// A pseudo-terminal pair: the secondary side is a terminal a reader can use,
/// the primary side is where a test types.
struct PseudoTerminal {
    let primary: Int32
    let secondary: Int32

    init() throws {
        // The pty calls are hidden from Swift's Glibc module; look them up instead.
        typealias Open = @convention(c) (Int32) -> Int32
        typealias Prepare = @convention(c) (Int32) -> Int32
        typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
        func function<T>(_ name: String, as type: T.Type) throws -> T {
            guard let symbol = dlsym(nil, name) else { throw POSIXError(.ENOSYS) }
            return unsafeBitCast(symbol, to: type)
        }
        let openPrimary = try function("posix_openpt", as: Open.self)
        let grant = try function("grantpt", as: Prepare.self)
        let unlock = try function("unlockpt", as: Prepare.self)
        let name = try function("ptsname", as: Name.self)

        primary = openPrimary(O_RDWR | O_NOCTTY)
        guard primary >= 0, grant(primary) == 0, unlock(primary) == 0, let path = name(primary) else {
            throw POSIXError(.init(rawValue: errno) ?? .EIO)
        }
        secondary = open(path, O_RDWR | O_NOCTTY)
        guard secondary >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
    }

    /// Sends `text` as if typed at the terminal.
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(primary, $0.baseAddress, $0.count) }
    }

    func close() {
        Foundation.close(secondary)
        Foundation.close(primary)
    }
}
