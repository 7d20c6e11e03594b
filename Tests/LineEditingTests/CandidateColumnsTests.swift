@testable import LineEditing
import Testing

@Suite struct CandidateColumnsTests {
    @Test func fillsColumnsTopToBottom() {
        let rows = CandidateColumns.rows(["a", "bb", "ccc", "dd", "e"], width: 20)
        #expect(rows == ["a    ccc  e", "bb   dd"])
    }

    @Test func usesOneColumnWhenNarrow() {
        #expect(CandidateColumns.rows(["agents", "backups"], width: 8) == ["agents", "backups"])
    }

    @Test func keepsOneRowWhenEverythingFits() {
        #expect(CandidateColumns.rows(["agents", "agent-logs"], width: 80) == ["agents      agent-logs"])
    }

    @Test func staysWithinTheWidth() {
        let candidates = (1...40).map { "candidate-\($0)" }
        let rows = CandidateColumns.rows(candidates, width: 80)
        #expect(rows.allSatisfy { CandidateColumns.displayWidth($0) < 80 })
        #expect(rows.count == 8)  // five columns of 14
    }

    @Test func measuresWideAndCombiningCharacters() {
        #expect(CandidateColumns.displayWidth("résumé") == 6)
        #expect(CandidateColumns.displayWidth("re\u{301}sume\u{301}") == 6)
        #expect(CandidateColumns.displayWidth("日本語") == 6)
        #expect(CandidateColumns.displayWidth("🙂") == 2)
    }

    @Test func alignsAfterWideCharacters() {
        #expect(CandidateColumns.rows(["日本", "ab", "cd"], width: 14) == ["日本  cd", "ab"])
    }

    @Test func listsNothingForNoCandidates() {
        #expect(CandidateColumns.rows([], width: 80).isEmpty)
    }
}
