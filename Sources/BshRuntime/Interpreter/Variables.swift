import BshValues

/// The variables of a running script: a global frame, and one frame per procedure call.
///
/// Each name has one slot holding its innermost binding; a procedure call saves the bindings its
/// frame hides and puts them back when it returns. Looking a variable up is then one array access,
/// with the scoping of a stack of frames searched from the innermost out.
struct Variables: Sendable {
    private var values: [Value?] = []
    /// For each slot, the frame its binding belongs to (0 is the global frame).
    private var owners: [Int32] = []
    /// For each procedure frame, the bindings it hid, to restore when it ends.
    private var hidden: [[(slot: Int, value: Value?, owner: Int32)]] = []

    /// The value in `slot`'s innermost binding.
    @inline(__always)
    func lookup(_ slot: Int) -> Value? {
        slot < values.count ? values[slot] : nil
    }

    /// `let`: binds `slot` in the innermost frame.
    mutating func declare(_ slot: Int, _ value: Value) {
        if slot >= values.count { grow(to: slot) }
        let frame = Int32(hidden.count)
        if owners[slot] != frame, frame > 0 {
            hidden[hidden.count - 1].append((slot, values[slot], owners[slot]))
            owners[slot] = frame
        }
        values[slot] = value
    }

    /// `set`: changes the binding where it lives; binds it in the innermost frame when it lives nowhere.
    @inline(__always)
    mutating func assign(_ slot: Int, _ value: Value) {
        if slot < values.count, values[slot] != nil {
            values[slot] = value
        } else {
            declare(slot, value)
        }
    }

    private mutating func grow(to slot: Int) {
        let count = max(slot + 1, values.count * 2, 16)
        values.append(contentsOf: repeatElement(nil, count: count - values.count))
        owners.append(contentsOf: repeatElement(0, count: count - owners.count))
    }

    /// The value of `name` in the innermost frame that has it.
    func lookup(_ name: String) -> Value? {
        lookup(Names.slot(name))
    }

    /// `let` by name.
    mutating func declare(_ name: String, _ value: Value) {
        declare(Names.slot(name), value)
    }

    /// `set` by name.
    mutating func assign(_ name: String, _ value: Value) {
        assign(Names.slot(name), value)
    }

    /// Every name visible, for "did you mean" hints and completion.
    var names: Set<String> {
        Set(values.indices.filter { values[$0] != nil }.map(Names.name))
    }

    /// Starts a procedure's frame with its parameters bound.
    mutating func push(_ bindings: [(slot: Int, value: Value)]) {
        hidden.append([])
        for binding in bindings { declare(binding.slot, binding.value) }
    }

    /// Ends the innermost procedure frame, bringing back what it hid.
    mutating func pop() {
        guard let restored = hidden.popLast() else { return }
        for binding in restored.reversed() {
            values[binding.slot] = binding.value
            owners[binding.slot] = binding.owner
        }
    }
}
