@testable import LineEditing
import Testing

@Suite struct LineOffsetsTests {
    @Test func convertsByteOffsetsToCharacterOffsets() {
        #expect(LineOffsets.characterOffset(in: "show", utf8Offset: 2) == 2)
        #expect(LineOffsets.characterOffset(in: "héllo", utf8Offset: 3) == 2)
        #expect(LineOffsets.characterOffset(in: "日本語", utf8Offset: 6) == 2)
        #expect(LineOffsets.characterOffset(in: "a🙂b", utf8Offset: 5) == 2)
        #expect(LineOffsets.characterOffset(in: "abc", utf8Offset: 99) == 3)
        #expect(LineOffsets.characterOffset(in: "", utf8Offset: 0) == 0)
    }

    @Test func countsOnlyWholeCharactersBeforeTheCursor() {
        // The cursor sits between "e" and its combining accent.
        #expect(LineOffsets.characterOffset(in: "xe\u{301}y", utf8Offset: 2) == 1)
    }

    @Test func countsScalarsForDeletion() {
        #expect(LineOffsets.scalarCount(in: "show AG", before: 7, characters: 2) == 2)
        #expect(LineOffsets.scalarCount(in: "cd re\u{301}", before: 5, characters: 2) == 3)
        #expect(LineOffsets.scalarCount(in: "ab", before: 2, characters: 9) == 2)
    }
}
