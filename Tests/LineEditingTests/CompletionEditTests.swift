@testable import LineEditing
import Testing

@Suite struct CompletionEditTests {
    private func edit(_ line: String, cursor: Int? = nil, start: Int, _ candidates: [String]) -> CompletionEdit {
        CompletionEdit(
            line: line, cursor: cursor ?? line.count,
            completion: Completion(replacementStart: start, candidates: candidates))
    }

    @Test func completesASingleCandidateWithASpace() {
        #expect(edit("show ag", start: 5, ["agents"]) == CompletionEdit(deleteCount: 0, insertion: "ents ", listsCandidates: false))
    }

    @Test func addsNoSpaceAfterADirectory() {
        #expect(edit("cd back", start: 3, ["backups/"]).insertion == "ups/")
    }

    @Test func addsNoSpaceWhenOneAlreadyFollows() {
        #expect(edit("show ag 7", cursor: 7, start: 5, ["agents"]).insertion == "ents")
    }

    @Test func addsOnlyTheSpaceToACompleteWord() {
        #expect(edit("show agents", start: 5, ["agents"]).insertion == " ")
    }

    @Test func insertsTheCommonPrefixOfSeveral() {
        #expect(edit("show a", start: 5, ["agents", "agent-logs"]) == CompletionEdit(deleteCount: 0, insertion: "gent", listsCandidates: false))
    }

    @Test func listsWhenTheCommonPrefixAddsNothing() {
        #expect(edit("show agent", start: 5, ["agents", "agent-logs"]) == CompletionEdit(deleteCount: 0, insertion: "", listsCandidates: true))
        #expect(edit("x ", start: 2, ["b", "c"]).listsCandidates)
    }

    @Test func doesNothingWithoutCandidates() {
        #expect(edit("show zz", start: 5, []).isEmpty)
    }

    @Test func treatsRepeatedCandidatesAsOne() {
        #expect(edit("show ag", start: 5, ["agents", "agents"]).insertion == "ents ")
    }

    @Test func completesTheWordBeforeACursorInsideTheLine() {
        #expect(edit("show agXY", cursor: 7, start: 5, ["agents"]).insertion == "ents ")
    }

    @Test func replacesTypedTextTheCandidateDoesNotExtend() {
        #expect(edit("show AG", start: 5, ["agents"]) == CompletionEdit(deleteCount: 2, insertion: "agents ", listsCandidates: false))
        #expect(edit("show AG", start: 5, ["agents", "agent-logs"]) == CompletionEdit(deleteCount: 2, insertion: "agent", listsCandidates: false))
    }

    @Test func clampsOutOfRangeOffsets() {
        #expect(edit("ls", cursor: 99, start: 50, ["x"]).insertion == "x ")
        #expect(edit("ls", cursor: -3, start: -1, ["x"]).insertion == "x ")
    }

    @Test func handlesMultiByteWords() {
        #expect(edit("cd ré", start: 3, ["résumé", "réseau"]).insertion == "s")
        #expect(edit("cd rés", start: 3, ["résumé", "réseau"]).listsCandidates)
        #expect(edit("cd résu", start: 3, ["résumé"]).insertion == "mé ")
        #expect(edit("open 日", start: 5, ["日本語"]).insertion == "本語 ")
        #expect(edit("say 🙂", start: 4, ["🙂👍", "🙂👋"]).listsCandidates)
        #expect(edit("say 🙂", start: 4, ["🙂👍"]).insertion == "👍 ")
    }

    @Test func matchesComposedAndDecomposedAccentsAlike() {
        // "é" typed as e + U+0301 is completed by a candidate spelled with U+00E9.
        #expect(edit("cd re\u{301}", start: 3, ["r\u{E9}sum\u{E9}"]).insertion == "sum\u{E9} ")
    }

    @Test func findsTheLongestCommonPrefix() {
        #expect(CompletionEdit.longestCommonPrefix(["abc", "abd", "ab"]) == "ab")
        #expect(CompletionEdit.longestCommonPrefix(["x", "y"]) == "")
        #expect(CompletionEdit.longestCommonPrefix([]) == "")
        #expect(CompletionEdit.longestCommonPrefix(["naïve", "naïf"]) == "naï")
    }
}
