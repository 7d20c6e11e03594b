extension MarkdownInline {
    /// Pairs emphasis delimiters the way CommonMark mostly does (a closer matches the nearest
    /// opener of the same character) and drops the matched ones; the rest stay as text.
    static func resolveEmphasis(_ pieces: [Piece]) -> String {
        var remaining = pieces.map { piece -> Int in
            if case .delimiter(_, let count, _, _) = piece { return count }
            return 0
        }
        var openers: [Int] = []
        for (index, piece) in pieces.enumerated() {
            guard case .delimiter(let character, _, let canOpen, let canClose) = piece else { continue }
            if canClose {
                while remaining[index] > 0,
                      let stackIndex = openers.lastIndex(where: { delimiterCharacter(pieces[$0]) == character }) {
                    let opener = openers[stackIndex]
                    let used = min(remaining[opener], remaining[index])
                    remaining[opener] -= used
                    remaining[index] -= used
                    // Delimiters between an opener and its closer can no longer match.
                    openers.removeSubrange((stackIndex + 1)...)
                    if remaining[opener] == 0 { openers.removeLast() }
                }
            }
            if canOpen, remaining[index] > 0 { openers.append(index) }
        }
        return zip(pieces, remaining).map { piece, count in
            switch piece {
            case .text(let text): text
            case .delimiter(let character, _, _, _): String(repeating: character, count: count)
            }
        }.joined()
    }

    private static func delimiterCharacter(_ piece: Piece) -> Character? {
        if case .delimiter(let character, _, _, _) = piece { return character }
        return nil
    }
}
