import BshRuntime
import Foundation
import Testing

@Suite("Reading scripts")
struct SourceReaderTests {
    private func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bsh-\(UUID().uuidString).bsh").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aFileIsReadWhole() throws {
        let text = String(repeating: "echo hi\n", count: 20_000) + "let café = 1"
        let path = try temporaryFile(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try SourceReader.read(path: path).get() == text)
    }

    @Test func invalidUTF8IsReplacedNotRejected() throws {
        let path = try temporaryFile([0x65, 0x63, 0x68, 0x6F, 0x20, 0xFF, 0x0A])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try SourceReader.read(path: path).get() == "echo \u{FFFD}\n")
    }

    @Test func anEmptyFileIsEmptyText() throws {
        let path = try temporaryFile([])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try SourceReader.read(path: path).get() == "")
    }

    @Test func whatCannotBeReadSaysWhy() throws {
        #expect(SourceReader.read(path: "/nonexistent/script.bsh").failure?.reason == "no such file or directory")
        #expect(SourceReader.read(path: FileManager.default.temporaryDirectory.path).failure?.reason == "is a directory")
        #expect(try SourceReader.read(path: "/dev/null").get() == "")
    }

    @Test func aPipeIsReadToItsEnd() throws {
        let pipe = Pipe()
        let writer = pipe.fileHandleForWriting
        let text = String(repeating: "agent 8f13\n", count: 10_000)
        let feeding = Thread { writer.write(Data(text.utf8)); try? writer.close() }
        feeding.start()
        #expect(try SourceReader.read(path: "/dev/fd/\(pipe.fileHandleForReading.fileDescriptor)").get() == text)
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
