import BshRuntime
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The shell's host on the real process: standard output and error, terminal detection, `NO_COLOR`
/// (or `--no-color`), and the terminal's width (`COLUMNS`, else asked of the terminal each time, so
/// that a resized window is followed).
///
/// A failed write to standard output stops the process (see `ProcessStop`): a closed pipe quietly,
/// any other failure (a full disk) with one message. Nothing is written after that.
struct StandardHost: ShellHost {
    let showsProgress: Bool
    let usesColor: Bool
    let colorsOutput: Bool
    /// True when standard output is a terminal.
    let outputIsTerminal: Bool
    /// The width `COLUMNS` gives, when it holds one.
    let columns: Int?

    init(environment: [String: String], noColor: Bool = false) {
        let colours = !noColor && environment["NO_COLOR"].map(\.isEmpty) ?? true && environment["TERM"] != "dumb"
        let errorIsTerminal = isatty(STDERR_FILENO) == 1
        showsProgress = errorIsTerminal
        usesColor = errorIsTerminal && colours
        outputIsTerminal = isatty(STDOUT_FILENO) == 1
        colorsOutput = outputIsTerminal && colours
        columns = environment["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
    }

    var outputWidth: Int? {
        guard outputIsTerminal else { return nil }
        if let columns { return columns }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// Asked of the terminal on standard error each time, so that a resized window is followed.
    var progressArea: TerminalSize? {
        guard showsProgress else { return nil }
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return nil }
        return TerminalSize(columns: Int(size.ws_col), lines: Int(size.ws_row))
    }

    func writeOutput(_ text: String) {
        guard ProcessStop.shared.cause?.silencesOutput != true else { return }
        // A block is drawn only when standard output is a terminal too (it would be on the same
        // screen): then the block goes first. A pipe is written without waiting for the block's lock.
        let failure = outputIsTerminal
            ? Self.block.withLock { block in
                if block.drawnLines > 0 { Self.write(block.clear(), to: STDERR_FILENO) }
                return Self.write(text, to: STDOUT_FILENO)
            }
            : Self.write(text, to: STDOUT_FILENO)
        guard let code = failure else { return }
        if code == EPIPE {
            ProcessStop.shared.stop(.outputClosed)
        } else {
            let reason = systemReason(code)
            Self.write("bsh: cannot write to standard output: \(reason)\n", to: STDERR_FILENO)
            ProcessStop.shared.stop(.outputFailed(reason))
        }
    }

    /// Writes a message; the password of a URL in it, whatever produced it, is shown as `***`.
    func writeError(_ text: String) {
        guard ProcessStop.shared.cause?.silencesOutput != true else { return }
        let text = SecretFilter.hidingURLPasswords(text)
        Self.block.withLock { block in
            Self.write(block.clear() + text, to: STDERR_FILENO)
        }
    }

    func showBlock(_ lines: [String]) {
        guard showsProgress, ProcessStop.shared.cause?.silencesOutput != true else { return }
        Self.block.withLock { block in
            Self.write(block.replace(with: lines), to: STDERR_FILENO)
        }
    }

    /// The block at the bottom of standard error: one per process, as standard error is, whichever
    /// host value writes (the connector's notice and `--debug` lines come from outside the shell).
    private static let block = Mutex(BottomBlock())

    /// Writes all of `text`, unbuffered, so that output and messages interleave in order; returns
    /// the error number of a failed write.
    @discardableResult
    static func write(_ text: String, to descriptor: Int32) -> Int32? {
        var text = text
        return text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }
}
