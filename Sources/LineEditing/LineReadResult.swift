/// What one attempt to read a line produced.
public enum LineReadResult: Sendable, Equatable {
    /// A line the user accepted, without its trailing newline.
    case line(String)
    /// The input ended: Ctrl-D on an empty line, or end of file.
    case endOfInput
    /// A signal (Ctrl-C) interrupted the read; whatever was typed is discarded.
    case interrupted
}
