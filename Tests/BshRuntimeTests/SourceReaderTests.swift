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

    @Test func limitsAreExactAndNameTheLongLine() throws {
        let limits = ScriptLimits(maximumBytes: 64, maximumLineBytes: 10)
        let fits = try temporaryFile(Array("echo\n0123456789\n".utf8))
        let tooLong = try temporaryFile(Array("echo\n0123456789\necho\n01234567890".utf8))
        let tooLarge = try temporaryFile(Array(String(repeating: "echo 1\n", count: 10).utf8))
        defer { for path in [fits, tooLong, tooLarge] { try? FileManager.default.removeItem(atPath: path) } }
        #expect(try SourceReader.read(path: fits, limits: limits).get() == "echo\n0123456789\n")
        #expect(SourceReader.read(path: tooLong, limits: limits).failure?.reason == "line 4 is longer than 10 bytes, the most a line may be")
        #expect(SourceReader.read(path: tooLarge, limits: limits).failure?.reason == "it is larger than 64 bytes, the most a script may be")
    }

    @Test func aLongLineIsFoundAcrossReads() throws {
        let pipe = Pipe()
        let writer = pipe.fileHandleForWriting
        let text = "echo\n" + String(repeating: "x", count: 100_001)
        let feeding = Thread { writer.write(Data(text.utf8)); try? writer.close() }
        feeding.start()
        let limits = ScriptLimits(maximumBytes: 1 << 20, maximumLineBytes: 100_000)
        let result = SourceReader.read(descriptor: pipe.fileHandleForReading.fileDescriptor, limits: limits)
        #expect(result.failure?.reason == "line 2 is longer than 100000 bytes, the most a line may be")
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
