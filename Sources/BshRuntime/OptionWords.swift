/// A command's remaining words split into `--options` and positional words. An option named in
/// `valued` takes the next word; one in `lists` takes every following word up to the next option.
struct OptionWords {
    private(set) var positional: [String] = []
    private(set) var values: [String: [String]] = [:]
    private(set) var flags: Set<String> = []

    init(_ arguments: inout Arguments, valued: Set<String> = [], lists: Set<String> = [], flags known: Set<String> = [], usage: String) throws {
        var current: String?
        while let word = arguments.next() {
            if word.hasPrefix("--"), word.count > 2 {
                current = nil
                if known.contains(word) {
                    flags.insert(word)
                } else if valued.contains(word) {
                    guard let value = arguments.next() else {
                        throw ShellError.usage("\(word) needs a value", hint: "usage: \(usage)")
                    }
                    values[word, default: []].append(value)
                } else if lists.contains(word) {
                    current = word
                    if values[word] == nil { values[word] = [] }
                } else {
                    throw ShellError.usage("unknown option '\(word)'", hint: "usage: \(usage)")
                }
            } else if let current {
                values[current, default: []].append(word)
            } else {
                positional.append(word)
            }
        }
    }

    /// The last value given for an option.
    func value(_ option: String) -> String? { values[option]?.last }

    func has(_ flag: String) -> Bool { flags.contains(flag) }
}

extension Arguments {
    /// A usage error for a subcommand the command does not have.
    func unknownSubcommand(_ word: String, of names: [String]) -> ShellError {
        ShellError.usage("unknown subcommand '\(word)'", hint: "\(command) takes \(names.joined(separator: ", "))")
    }
}
