@testable import BshRuntime
import CloudBackupAPI
import Testing

@Suite("Every operation is reachable from a command")
struct OperationCoverageTests {
    @Test func everyOperationHasACommand() {
        let names = Set(APIOperation.all.map(\.name))
        let missing = names.subtracting(OperationCoverage.commands.keys)
        #expect(missing.isEmpty, "no command for \(missing.sorted())")
        let unknown = Set(OperationCoverage.commands.keys).subtracting(names)
        #expect(unknown.isEmpty, "not operations: \(unknown.sorted())")
    }

    @Test func everyCoveringCommandExists() {
        for (operation, line) in OperationCoverage.commands {
            let words = line.split(separator: " ").map(String.init)
            let spec = CommandRegistry.command(named: words[0])
            #expect(spec != nil, "\(operation): no command '\(words[0])'")
            if let spec, words.count > 1, !spec.subcommands.isEmpty, words[1].allSatisfy(\.isLowercase) {
                #expect(spec.subcommand(named: words[1]) != nil, "\(operation): '\(words[0])' has no subcommand '\(words[1])'")
            }
        }
    }

    @Test func apiReachesEveryOperation() {
        for operation in APIOperation.all {
            let arguments = PathArguments(uniqueKeysWithValues: operation.template.parameters.map { ($0, "x\($0)") })
            let matched = APICommand.match(method: operation.method.rawValue, path: operation.path(arguments))
            #expect(matched?.operation == operation, "api cannot reach \(operation)")
            #expect(matched?.arguments == arguments, "api reads \(operation)'s path wrong")
        }
        #expect(APICommand.match(method: "GET", path: "/nothing") == nil)
        #expect(APICommand.match(method: "TRACE", path: "/agents") == nil)
        #expect(APICommand.match(method: "G E T", path: "/agents") == nil)
    }

    @Test func helpListsTheNewGroups() throws {
        let text = try Help.text(for: nil)
        for group in ["Configurations and backups:", "Restores and cleanups:", "Activities and events:", "Vault:", "Service:"] {
            #expect(text.contains(group))
        }
        #expect(try Help.text(for: "restore").contains("restore start BACKUP --to PATH"))
    }
}
