import BshRuntime
#if canImport(Glibc)
import Glibc
#endif

/// The shell's host on the real process: standard output and error, terminal detection, `NO_COLOR`.
struct StandardHost: ShellHost {
    let showsProgress: Bool
    let usesColor: Bool
    let colorsOutput: Bool

    init(environment: [String: String]) {
        let colours = environment["NO_COLOR"].map(\.isEmpty) ?? true && environment["TERM"] != "dumb"
        let errorIsTerminal = isatty(STDERR_FILENO) == 1
        showsProgress = errorIsTerminal
        usesColor = errorIsTerminal && colours
        colorsOutput = isatty(STDOUT_FILENO) == 1 && colours
    }

    func writeOutput(_ text: String) {
        Self.write(text, to: STDOUT_FILENO)
    }

    func writeError(_ text: String) {
        Self.write(text, to: STDERR_FILENO)
    }

    /// Writes all of `text`, unbuffered, so that output and messages interleave in order.
    static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}
