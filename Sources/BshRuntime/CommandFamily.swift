/// A family of commands, declared in one file of `Commands`: the build finds every type that
/// conforms (see `Plugins/CommandFamilies`), so adding a family edits no list.
protocol CommandFamily: Sendable {
    static var specs: [CommandSpec] { get }
}
