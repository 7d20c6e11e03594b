#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor without libedit: for piped input, or
/// terminals libedit cannot drive.
///
/// Lines end at `\n` (a `\r` before it is dropped); a last line without one
/// is still returned. When the input is a terminal, Ctrl-C while waiting
/// returns `.interrupted` as with `EditLineReader`. Otherwise a signal only
/// interrupts the read if the caller's handler lacks `SA_RESTART`; the read
/// then returns `.interrupted` and buffered input is kept for the next read.
public final class PlainLineReader: LineReader {
    /// The file-backed history `addHistory` records into, if any.
    public let history: HistoryStore?

    private let input: Int32
    private let output: Int32
    private let isTerminal: Bool
    private let showsPrompt: Bool
    private var buffer: [UInt8] = []

    /// Creates a reader of `input`.
    ///
    /// - Parameters:
    ///   - input: The descriptor to read; it is not closed by the reader.
    ///   - output: Where prompts are written.
    ///   - showsPrompt: Whether to write prompts; by default only when `input`
    ///     is a terminal.
    ///   - history: Where `addHistory` records lines.
    public init(
        input: Int32 = STDIN_FILENO,
        output: Int32 = STDOUT_FILENO,
        showsPrompt: Bool? = nil,
        history: HistoryStore? = nil
    ) {
        self.input = input
        self.output = output
        self.isTerminal = isatty(input) == 1
        self.showsPrompt = showsPrompt ?? isTerminal
        self.history = history
    }

    /// Writes `prompt` (if prompts are shown, without U+0001 markers) and reads
    /// the next line.
    public func readLine(prompt: String) -> LineReadResult {
        if showsPrompt && !prompt.isEmpty {
            writeText(prompt.filter { $0 != "\u{1}" })
        }
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[..<newline]
                buffer.removeSubrange(...newline)
                return .line(Self.text(line.last == UInt8(ascii: "\r") ? line.dropLast() : line))
            }
            switch fill() {
            case .data:
                continue
            case .end:
                guard !buffer.isEmpty else { return .endOfInput }
                defer { buffer.removeAll() }
                return .line(Self.text(buffer[...]))
            case .interrupted:
                if isTerminal {
                    buffer.removeAll()
                    if showsPrompt { writeText("\n") }
                }
                return .interrupted
            }
        }
    }

    /// Records `line` in the history store, if there is one.
    public func addHistory(_ line: String) {
        history?.record(line)
    }

    private enum Fill { case data, end, interrupted }

    private func fill() -> Fill {
        var chunk = [UInt8](repeating: 0, count: 4096)
        // errno is taken at once: restoring the signal state afterwards may change it.
        let readChunk = {
            let count = chunk.withUnsafeMutableBytes { read(self.input, $0.baseAddress, $0.count) }
            return (count, errno)
        }
        let (count, error) = isTerminal ? withSigintInterruptingReads(readChunk) : readChunk()
        if count > 0 {
            buffer += chunk[..<count]
            return .data
        }
        return count < 0 && error == EINTR ? .interrupted : .end
    }

    private func writeText(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let count = bytes.withUnsafeBytes { write(output, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }
            bytes = bytes.dropFirst(count)
        }
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
