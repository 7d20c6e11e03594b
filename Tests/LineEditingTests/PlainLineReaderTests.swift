import Foundation
import LineEditing
import Testing

@Suite struct PlainLineReaderTests {
    @Test func readsLinesFromAPipe() throws {
        let pipe = try PipeEnds()
        defer { pipe.closeRead() }
        pipe.send("one\ntwo\r\n\nthree")
        pipe.closeWrite()
        let reader = PlainLineReader(input: pipe.read)

        let results = (0..<6).map { _ in reader.readLine(prompt: "> ") }

        #expect(results == [.line("one"), .line("two"), .line(""), .line("three"), .endOfInput, .endOfInput])
    }

    @Test func readsMultiByteAndLongLines() throws {
        let pipe = try PipeEnds()
        defer { pipe.closeRead() }
        let long = String(repeating: "é日", count: 5_000)
        pipe.send("naïve 日本語 🙂\n\(long)\n")
        pipe.closeWrite()
        let reader = PlainLineReader(input: pipe.read)

        #expect(reader.readLine(prompt: "") == .line("naïve 日本語 🙂"))
        #expect(reader.readLine(prompt: "") == .line(long))
        #expect(reader.readLine(prompt: "") == .endOfInput)
    }

    @Test func showsNoPromptForPipedInputByDefault() throws {
        let input = try PipeEnds()
        let output = try PipeEnds()
        defer { input.closeRead(); output.closeRead(); output.closeWrite() }
        input.send("x\n")
        input.closeWrite()

        _ = PlainLineReader(input: input.read, output: output.write).readLine(prompt: "bsh> ")

        #expect(output.drain() == "")
    }

    @Test func showsPromptsWithoutNonPrintingMarkers() throws {
        let input = try PipeEnds()
        let output = try PipeEnds()
        defer { input.closeRead(); output.closeRead(); output.closeWrite() }
        input.send("x\n")
        input.closeWrite()
        let reader = PlainLineReader(input: input.read, output: output.write, showsPrompt: true)

        _ = reader.readLine(prompt: "\u{1}\u{1B}[1m\u{1}bsh>\u{1}\u{1B}[0m\u{1} ")

        #expect(output.drain() == "\u{1B}[1mbsh>\u{1B}[0m ")
    }

    @Test func recordsHistoryInItsStore() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = HistoryStore(path: directory.appending("history"))
        let reader = PlainLineReader(input: STDIN_FILENO, history: store)

        reader.addHistory("show agents")
        reader.addHistory(" hidden")

        #expect(store.entries == ["show agents"])
    }
}
