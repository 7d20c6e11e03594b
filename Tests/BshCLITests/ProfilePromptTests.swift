#if os(Linux)
import BshTestSupport
import CloudBackupEmulator
import Foundation
import TerminalTestSupport
import Testing

/// The prompt names the profile and region in use, and follows `region` and `profile`.
@Suite(.enabled(if: TmuxSession.executable != nil, "needs tmux"))
struct ProfilePromptTests {
    @Test func thePromptShowsTheProfileAndRegionAndFollowsASwitch() async throws {
        try await TestEmulator.with { emulator in
            let config = try ConfigDirectory(ProfileCommandTests.config(for: emulator))
            defer { config.remove() }
            let prompt = try REPLTests.Prompt(environment: ["NO_COLOR": "1", "XDG_CONFIG_HOME": config.path], firstPrompt: "bsh demo/ord> ")
            defer {
                prompt.close()
                try? FileManager.default.removeItem(at: prompt.directory)
            }
            do {
                try prompt.run("region syd")
                try prompt.session.expect("bsh demo/syd> ")
                try prompt.run("agent web01")
                try prompt.session.expect("bsh demo/syd:web01> ")
                try prompt.run("profile passworded")
                try prompt.session.expect("bsh passworded/iad> ")
            }
        }
    }

    /// On the main actor, as `REPLTests` are.
    @MainActor @Test func theEmulatorsPromptNamesARegionOtherThanItsOwn() throws {
        try REPLTests.Prompt.with { prompt in
            try prompt.run("region lon")
            try prompt.session.expect("bsh emulator/lon> ")
        }
    }
}
#endif
