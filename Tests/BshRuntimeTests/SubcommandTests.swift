@testable import BshRuntime
import BshLanguage
import Testing

/// Help, completion, dispatch and secret masking all come from the subcommands' declarations.
@Suite("Subcommands are declared once")
struct SubcommandTests {
    static let all = CommandRegistry.all.flatMap { spec in spec.subcommands.map { (spec.name, $0) } }

    @Test func theBuildFindsEveryFamilyAndNoNameIsTakenTwice() {
        let names = CommandRegistry.all.map(\.name)
        #expect(Set(names).count == names.count, "\(names)")
        #expect(CommandRegistry.families.count >= 15)
        for family in CommandRegistry.families {
            #expect(!family.specs.isEmpty, "\(family)")
        }
        for name in ["agents", "agent", "browse", "wait", "logs", "backup", "restore", "cleanup", "vault", "api", "help", "source"] {
            #expect(CommandRegistry.command(named: name) != nil, "\(name)")
        }
    }

    @Test func everyUsageNamesItsCommandAndSubcommand() {
        #expect(Self.all.count >= 25)
        for (command, subcommand) in Self.all {
            #expect(subcommand.usage.hasPrefix("\(command) \(subcommand.name)"), "\(subcommand.usage)")
            #expect(!subcommand.example.isEmpty, "\(command) \(subcommand.name)")
        }
    }

    @Test func helpShowsEachSubcommandsUsage() throws {
        for spec in CommandRegistry.all where !spec.subcommands.isEmpty {
            let text = try Help.text(for: spec.name)
            for subcommand in spec.subcommands {
                #expect(text.contains("  \(subcommand.usage)\n"), "help \(spec.name) lacks \(subcommand.usage)")
            }
        }
    }

    @Test func declaredSecretsAreMaskedWhateverTheCommand() {
        #expect(!CommandRegistry.secretSubcommands.isEmpty)
        for (command, subcommand) in CommandRegistry.secretSubcommands {
            var line = "\(command) \(subcommand.name) s3cr3tWord"
            for option in subcommand.secrets.options { line += " \(option) s3cr3tOption" }
            let shown = SecretFilter.redacted(line)
            #expect(!shown.contains("s3cr3t"), "\(shown)")
            #expect(shown.hasPrefix("\(command) \(subcommand.name) "), "\(shown)")
            #expect(SecretFilter.mentionsSecret(line))
        }
    }

    @Test func wordsOfOtherSubcommandsAreShown() {
        #expect(SecretFilter.redacted("vault move --from web01") == "vault move --from web01")
        #expect(SecretFilter.redacted("backup show 9c1e") == "backup show 9c1e")
        #expect(!SecretFilter.mentionsSecret("vault move --from web01"))
    }

    @Test func anUnknownSubcommandNamesTheDeclaredOnes() async throws {
        let host = RecordingHost()
        let shell = Shell(host: host, services: NoServices())
        let source = BshLanguage.SourceFile(name: "t", text: "backup nope")
        #expect(await shell.run(try program(of: source), in: source) == 2)
        #expect(host.error.contains("unknown subcommand 'nope'"), "\(host.error)")
        #expect(host.error.contains("start, show, cancel, errors, events"), "\(host.error)")
    }
}
