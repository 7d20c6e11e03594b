import BshValues

/// The variables of a running script: a global frame, and one frame per procedure call.
struct Variables: Sendable {
    private var frames: [[String: Value]] = [[:]]

    /// The value of `name` in the innermost frame that has it.
    func lookup(_ name: String) -> Value? {
        for frame in frames.reversed() {
            if let value = frame[name] { return value }
        }
        return nil
    }

    /// `let`: defines `name` in the innermost frame.
    mutating func declare(_ name: String, _ value: Value) {
        frames[frames.count - 1][name] = value
    }

    /// `set`: changes `name` where it lives; defines it in the innermost frame when it lives nowhere.
    mutating func assign(_ name: String, _ value: Value) {
        for index in frames.indices.reversed() where frames[index][name] != nil {
            frames[index][name] = value
            return
        }
        declare(name, value)
    }

    /// Every name visible, for "did you mean" hints.
    var names: Set<String> {
        Set(frames.flatMap(\.keys))
    }

    mutating func push(_ frame: [String: Value]) {
        frames.append(frame)
    }

    mutating func pop() {
        if frames.count > 1 { frames.removeLast() }
    }
}
