import Foundation
import HTTPTypes
import Testing

@testable import CloudBackupAPI

@Suite("Operation table")
struct APIOperationTests {
    @Test func allSixtyOneOperationsAreListedOnce() {
        #expect(APIOperation.all.count == 61)
        #expect(Set(APIOperation.all.map(\.name)).count == 61)
        #expect(Set(APIOperation.all.map(\.description)).count == 61)
    }

    @Test func pathsAreFilledByNameAndEncoded() {
        #expect(
            APIOperation.getAgentBrowseRequest.path([.requestID: "r 2", .agentID: "a1"]) == "/agents/a1/browse-requests/r%202")
        #expect(APIOperation.listAgents.path() == "/agents")
        #expect(APIOperation.getLogFile.path([.agentID: "a/b", .logFileID: "c"]) == "/agents/a%2Fb/logfiles/c")
        #expect(APIOperation.getLogFile.label([.agentID: "a", .logFileID: "c"]) == "GET /agents/a/logfiles/c")
    }

    /// A value is encoded as Foundation encodes a path segment: every ASCII character alone and
    /// after a letter, and text beyond ASCII.
    @Test func aSegmentIsEncodedAsFoundationEncodesIt() {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/")
        let ascii = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        let values = ascii + ascii.map { "a" + $0 + "b" } + ["", "ü", "日本 語", "e\u{301}", "🙂/x", "100%", "a%2Fb"]
        for value in values {
            #expect(PathTemplate.percentEncoded(value) == value.addingPercentEncoding(withAllowedCharacters: allowed), "\(value.debugDescription)")
        }
    }

    @Test func templatesReadBackAsTheReferenceWritesThem() {
        let template = APIOperation.getVaultEncryptionRequest.template
        #expect(template.description == "/agents/{agent_id}/vault-encryption-requests/{request_id}")
        #expect(
            template.segments == [.literal("agents"), .parameter(.agentID), .literal("vault-encryption-requests"), .parameter(.requestID)])
        #expect(template.parameters == [.agentID, .requestID])
        for operation in APIOperation.all {
            #expect(PathTemplate(operation.template.description) == operation.template, "\(operation)")
        }
    }

    /// Each operation's path, filled with values that need encoding, matches back to the same
    /// operation and the same values.
    @Test(arguments: APIOperation.all)
    func everyTemplateRoundTripsThroughFillAndMatch(_ operation: APIOperation) {
        let arguments = PathArguments(
            uniqueKeysWithValues: operation.template.parameters.map { ($0, "\($0) a/b ü%20?#") })
        let path = operation.path(arguments)
        #expect(!path.contains(" ") && !path.contains("?") && !path.contains("#"), "\(path)")
        #expect(path.split(separator: "/").count == operation.template.segments.count)
        let match = APIOperation.match(operation.method, PathTemplate.segments(ofPath: path))
        #expect(match == .operation(operation, arguments))
    }

    @Test func literalSegmentsWinOverParameters() {
        #expect(APIOperation.match(.post, ["agents", "tokens"]) == .operation(.authenticateAgent, [:]))
        // No GET has the literal, so the parameter takes it.
        #expect(APIOperation.match(.get, ["agents", "tokens"]) == .operation(.getAgent, [.agentID: "tokens"]))
        #expect(
            APIOperation.match(.get, ["agents", "a", "logfiles", "b"])
                == .operation(.getLogFile, [.agentID: "a", .logFileID: "b"]))
    }

    /// Where a literal and a parameter fit the same segment for one method, the literal wins,
    /// whichever comes first in the table.
    @Test func aLiteralSegmentWinsOverAParameterInEitherOrder() {
        let byID = APIOperation(
            name: "byID", method: .get, template: "/agents/{agent_id}/logfiles", summary: "", successStatus: 200)
        let literal = APIOperation(
            name: "literal", method: .get, template: "/agents/tokens/logfiles", summary: "", successStatus: 200)
        for table in [[byID, literal], [literal, byID]] {
            #expect(APIOperation.match(.get, ["agents", "tokens", "logfiles"], in: table) == .operation(literal, [:]))
            #expect(
                APIOperation.match(.get, ["agents", "a1", "logfiles"], in: table)
                    == .operation(byID, [.agentID: "a1"]))
            #expect(
                APIOperation.match(.post, ["agents", "tokens", "logfiles"], in: table) == .methodNotAllowed(allowed: [.get]))
        }
    }

    /// No path fits two templates of one method with as many literals: the preference for literals
    /// decides every match, never the order of the table.
    @Test func noPathIsAmbiguousWithinAMethod() {
        for (index, first) in APIOperation.all.enumerated() {
            for second in APIOperation.all[(index + 1)...] where second.method == first.method {
                let (a, b) = (first.template.segments, second.template.segments)
                guard a.count == b.count else { continue }
                let apart = zip(a, b).contains { pair in
                    if case .literal(let x) = pair.0, case .literal(let y) = pair.1 { x != y } else { false }
                }
                #expect(
                    apart || first.template.literalCount != second.template.literalCount, "\(first) and \(second)")
            }
        }
    }

    @Test func aPathWithoutItsMethodNamesTheMethodsItHas() {
        #expect(APIOperation.match(.post, ["agents", "a"]) == .methodNotAllowed(allowed: [.delete, .get, .patch]))
        #expect(APIOperation.match(.put, ["agents"]) == .methodNotAllowed(allowed: [.get, .post]))
        #expect(APIOperation.match(.delete, ["settings", "summaries"]) == .methodNotAllowed(allowed: [.get, .put]))
        #expect(APIOperation.match(.get, ["agents", "a", "b"]) == .notFound)
        #expect(APIOperation.match(.get, ["agents", ""]) == .notFound)
        #expect(APIOperation.match(.get, []) == .notFound)
    }

    @Test func pathsAreSplitAndDecodedOnce() {
        #expect(PathTemplate.segments(ofPath: "/agents/a%2Fb//logfiles/") == ["agents", "a/b", "logfiles"])
        #expect(PathTemplate.segments(ofPath: "/agents/100%25") == ["agents", "100%"])
    }

    @Test func aMissingPathArgumentStopsTheProgram() async {
        await #expect(processExitsWith: .failure) {
            _ = APIOperation.getAgent.path([:])
        }
        await #expect(processExitsWith: .failure) {
            _ = APIOperation.getLogFile.path([.agentID: "a"])
        }
    }

    @Test func aForeignPathArgumentStopsTheProgram() async {
        await #expect(processExitsWith: .failure) {
            _ = APIOperation.getAgent.path([.agentID: "a", .requestID: "r"])
        }
    }

    @Test func aTemplateNamingAnUnknownParameterStopsTheProgram() async {
        await #expect(processExitsWith: .failure) {
            _ = PathTemplate("/agents/{agent}")
        }
        await #expect(processExitsWith: .failure) {
            _ = PathTemplate("/agents/{agent_id}/logfiles/{agent_id}")
        }
    }
}
