import Foundation
import LineEditing
import Testing

@Suite struct HistoryStoreTests {
    @Test func createsPrivateFileAndDirectories() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.appending("state/bsh/history")

        let store = HistoryStore(path: path)
        #expect(store.record("list agents"))

        #expect(permissions(of: path) == 0o600)
        #expect(permissions(of: directory.appending("state/bsh")) == 0o700)
        #expect(permissions(of: directory.appending("state")) == 0o700)
        #expect(try contents(of: path) == "list agents\n")
        #expect(store.lastError == nil)
    }

    @Test func appendsEachLineAsItIsRecorded() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.appending("history")
        let store = HistoryStore(path: path)

        store.record("one")
        #expect(try contents(of: path) == "one\n")
        store.record("two")
        #expect(try contents(of: path) == "one\ntwo\n")
    }

    @Test func dropsConsecutiveDuplicatesOnly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.appending("history")
        let store = HistoryStore(path: path)

        let recorded = ["a", "a", "b", "a", "a"].map { store.record($0) }

        #expect(recorded == [true, false, true, true, false])
        #expect(store.entries == ["a", "b", "a"])
        #expect(HistoryStore(path: path).entries == ["a", "b", "a"])
    }

    @Test func skipsBlankSpacePrefixedAndRejectedLines() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.appending("history")
        let policy = HistoryPolicy(shouldSave: { !$0.contains("password") })
        let store = HistoryStore(path: path, policy: policy)

        for line in ["", "   ", "\t", " secret-command", "login password=hunter2", "kept"] {
            store.record(line)
        }

        #expect(store.entries == ["kept"])
        #expect(try contents(of: path) == "kept\n")
    }

    @Test func reloadsAcrossStores() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.appending("history")

        let first = HistoryStore(path: path)
        first.record("show agent 7")
        first.record("wait backup 12")
        let second = HistoryStore(path: path)
        #expect(second.entries == ["show agent 7", "wait backup 12"])

        second.record("wait backup 12")  // repeats the newest loaded entry
        second.record("logout")
        #expect(HistoryStore(path: path).entries == ["show agent 7", "wait backup 12", "logout"])
    }

    @Test func roundTripsMultiLineAndBackslashEntries() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.appending("history")
        let entries = ["for a in agents {\n  show $a\n}", #"echo "C:\new\\path""#, "naïve 日本語 🙂"]

        let store = HistoryStore(path: path)
        entries.forEach { store.record($0) }

        #expect(HistoryStore(path: path).entries == entries)
        #expect(try contents(of: path).split(separator: "\n").count == 3)
    }

    @Test func trimsToMaxEntries() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.appending("history")
        let store = HistoryStore(path: path, policy: HistoryPolicy(maxEntries: 3))

        (1...7).forEach { store.record("command \($0)") }

        let expected = ["command 5", "command 6", "command 7"]
        #expect(store.entries == expected)
        #expect(try contents(of: path) == expected.map { $0 + "\n" }.joined())
        #expect(HistoryStore(path: path, policy: HistoryPolicy(maxEntries: 3)).entries == expected)
    }

    @Test func trimsAnOversizedFileWhenLoading() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.appending("history")
        try write(Array((1...10).map { "line \($0)\n" }.joined().utf8), to: path)

        let store = HistoryStore(path: path, policy: HistoryPolicy(maxEntries: 4))

        #expect(store.entries == ["line 7", "line 8", "line 9", "line 10"])
        #expect(try contents(of: path) == "line 7\nline 8\nline 9\nline 10\n")
    }

    @Test func survivesCorruptContents() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.appending("history")
        // Invalid UTF-8, a NUL, blank lines and a last line cut off mid-write.
        try write([0x66, 0xFF, 0xFE, 0x6F, 0x0A, 0x00, 0x0A, 0x0A, 0x20, 0x0A, 0x63, 0x75, 0x74], to: path)

        let store = HistoryStore(path: path)
        #expect(store.entries == ["f\u{FFFD}\u{FFFD}o", "\u{0}", "cut"])

        store.record("next")
        #expect(try contents(of: path).hasSuffix("\ncut\nnext\n"))
        #expect(HistoryStore(path: path).entries.suffix(2) == ["cut", "next"])
    }

    @Test func keepsWorkingWhenThePathIsADirectory() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.appending("history")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)

        let store = HistoryStore(path: path)
        #expect(store.entries.isEmpty)
        #expect(store.lastError?.code == EISDIR)

        #expect(store.record("still remembered"))
        #expect(store.entries == ["still remembered"])
        #expect(store.lastError != nil)
    }

    @Test func reportsAnUncreatableDirectory() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try write(Array("not a directory".utf8), to: directory.appending("file"))
        let store = HistoryStore(path: directory.appending("file/bsh/history"))

        store.record("ls")

        let error = try #require(store.lastError)
        #expect(error.operation == "create directory")
        #expect(error.code == ENOTDIR)
        #expect(error.description.hasPrefix("history: cannot create directory "))
        #expect(store.entries == ["ls"])
    }

    @Test func tightensPermissionsOfAnExistingFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.appending("history")
        try write(Array("old\n".utf8), to: path)
        chmod(path, 0o644)

        HistoryStore(path: path).record("new")

        #expect(permissions(of: path) == 0o600)
    }
}
