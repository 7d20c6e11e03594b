import CloudBackupAPI
import Testing

@testable import BshRuntime

@Suite("Paths covered by a selection's entries")
struct CoveringPathsTests {
    static func entry(_ path: String, _ kind: TreeEntry.Kind = .directory) -> TreeEntry {
        TreeEntry(path: RemoteName(path), bytes: 0, kind: kind)
    }

    @Test func aDirectoryCoversWhatIsUnderItAndAFileOnlyItself() {
        let paths = CoveringPaths([Self.entry("/etc"), Self.entry("/var/log/syslog", .file)])
        #expect(paths.covers(RemoteName("/etc")))
        #expect(paths.covers(RemoteName("/etc/ssh/sshd_config")))
        #expect(!paths.coversBelow(RemoteName("/etc")))
        #expect(!paths.covers(RemoteName("/etcetera")))
        #expect(paths.covers(RemoteName("/var/log/syslog")))
        #expect(!paths.covers(RemoteName("/var/log/syslog/x")))
        #expect(!paths.covers(RemoteName("/var/log")))
    }

    @Test func theRootCoversEverything() {
        let paths = CoveringPaths([Self.entry("/")])
        #expect(paths.covers(RemoteName("/")))
        #expect(paths.coversBelow(RemoteName("/a/b")))
        #expect(!paths.coversBelow(RemoteName("/")))
    }
}
