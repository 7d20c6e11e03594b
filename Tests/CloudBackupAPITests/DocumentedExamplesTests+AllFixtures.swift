import CloudBackupAPI
import Foundation
import Testing

extension DocumentedExamplesTests {
    /// Fields a model deliberately does not keep, by fixture: the Identity sample carries more than
    /// the client reads.
    static let ignoredFields: [String: Set<String>] = [
        "identity-tokens.response": ["*"],
    ]

    @Test func everyFixtureDecodesWithItsModelAndKeepsItsFields() throws {
        let names = try Fixture.allNames()
        #expect(names.count == 68)
        for name in names {
            guard let decoder = FixtureDecoder.table[name] else {
                Issue.record("no model for the fixture \(name).json")
                continue
            }
            let original = try Fixture.data(name)
            let reencoded: Data
            do {
                reencoded = try decoder.roundTrip(original)
            } catch {
                Issue.record("\(name).json does not decode as \(decoder.typeName): \(error)")
                continue
            }
            let ignored = Self.ignoredFields[name] ?? []
            guard !ignored.contains("*") else { continue }
            let lost = try JSONPaths.missing(from: reencoded, comparedTo: original).filter { !ignored.contains($0) }
            #expect(lost.isEmpty, "\(decoder.typeName) drops \(lost) of \(name).json")
        }
    }

    @Test func everyDecoderNamesAnExistingFixture() throws {
        let names = Set(try Fixture.allNames())
        let stale = FixtureDecoder.table.keys.filter { !names.contains($0) }.sorted()
        #expect(stale.isEmpty, "the table names fixtures that do not exist: \(stale)")
    }
}

/// The object key paths of a JSON document, to compare a model's output with the documented input.
enum JSONPaths {
    /// The key paths of `original` (array indices written `[]`) that `reencoded` lacks. A member
    /// whose value is `null` counts as absent on both sides.
    static func missing(from reencoded: Data, comparedTo original: Data) throws -> [String] {
        let kept = paths(of: try JSONSerialization.jsonObject(with: reencoded, options: [.fragmentsAllowed]))
        return paths(of: try JSONSerialization.jsonObject(with: original, options: [.fragmentsAllowed]))
            .subtracting(kept).sorted()
    }

    private static func paths(of value: Any, prefix: String = "") -> Set<String> {
        if let object = value as? [String: Any] {
            return object.reduce(into: Set<String>()) { result, member in
                guard !(member.value is NSNull) else { return }
                let path = prefix + "." + member.key
                result.insert(path)
                result.formUnion(paths(of: member.value, prefix: path))
            }
        }
        if let array = value as? [Any] {
            return array.reduce(into: Set<String>()) { $0.formUnion(paths(of: $1, prefix: prefix + "[]")) }
        }
        return []
    }
}
