extension Runbook {
    /// The step that `bsh run --from TEXT` designates.
    ///
    /// `text` (trimmed) is a 1-based step number, or a title matched case-insensitively: an exact
    /// title first, else a title starting with `text`. Blocks under one heading share its title;
    /// matching that heading gives its first block. When the title of more than one heading
    /// matches, the lookup is ambiguous. A number with no step falls back to titles (for headings
    /// such as "2024 migration") before failing.
    public func step(matching text: String) -> Result<RunbookStep, RunbookStepLookupError> {
        let wanted = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let number = wanted.allSatisfy { $0.isASCII && $0.isNumber } ? Int(wanted) : nil
        if let number, steps.indices.contains(number - 1) {
            return .success(steps[number - 1])
        }
        guard !wanted.isEmpty else { return .failure(.noMatch(wanted, candidates: sections)) }

        let key = wanted.lowercased()
        let exact = sections.filter { $0.title.lowercased() == key }
        let matches = exact.isEmpty ? sections.filter { $0.title.lowercased().hasPrefix(key) } : exact
        switch matches.count {
        case 1:
            return .success(matches[0])
        case 0:
            if let number { return .failure(.numberOutOfRange(number, stepCount: steps.count)) }
            return .failure(.noMatch(wanted, candidates: sections))
        default:
            return .failure(.ambiguous(wanted, candidates: matches))
        }
    }

    /// The first step under each heading, and every step that has no heading.
    private var sections: [RunbookStep] {
        var seen: Set<Int> = []
        return steps.filter { step in
            guard let line = step.headingLine else { return true }
            return seen.insert(line).inserted
        }
    }
}

/// Why `Runbook.step(matching:)` found no single step. `description` and `hint` are written
/// like a diagnostic's message and hint: lower case, no final period.
public enum RunbookStepLookupError: Error, Sendable, CustomStringConvertible {
    /// The text is a number, but there is no step with it (nor a title starting with it).
    case numberOutOfRange(Int, stepCount: Int)
    /// No title is or starts with the text. `candidates` are the first step of each heading.
    case noMatch(String, candidates: [RunbookStep])
    /// The titles of several headings match the text; `candidates` are their first steps.
    case ambiguous(String, candidates: [RunbookStep])

    /// What went wrong, naming the text and, when ambiguous, the matching steps.
    public var description: String {
        switch self {
        case .numberOutOfRange(let number, let count):
            let steps = count == 0 ? "no steps" : count == 1 ? "1 step" : "\(count) steps"
            return "there is no step \(number): the runbook has \(steps)"
        case .noMatch(let text, _):
            return text.isEmpty ? "no step name given" : "no step is numbered or titled \"\(text)\""
        case .ambiguous(let text, let candidates):
            return "\"\(text)\" matches several steps: \(Self.list(candidates))"
        }
    }

    /// What to do instead: the steps to choose from, or how to be more precise.
    public var hint: String? {
        switch self {
        case .numberOutOfRange:
            return nil
        case .noMatch(_, let candidates):
            return candidates.isEmpty ? nil : "the steps are \(Self.list(candidates))"
        case .ambiguous:
            return "give more of the title, or the step number"
        }
    }

    private static func list(_ steps: [RunbookStep]) -> String {
        steps.map { "\($0.number) \"\($0.title)\"" }.joined(separator: ", ")
    }
}
