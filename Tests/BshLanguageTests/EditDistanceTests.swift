import Testing
import TextDistance

@Suite("Names near a name, for 'did you mean'")
struct EditDistanceTests {
    static let words = [
        "", "a", "ab", "agent", "agents", "agnet", "Agent", "backup", "backups", "bakcup", "restore", "restores",
        "café", "cafe", "caf", "naïve", "naive", "x", "xx", "wait", "waits", "wiat", String(repeating: "z", count: 40),
        String(repeating: "z", count: 41), "logs", "log", "lgos", "🙂ok", "ok",
    ]

    /// `near` keeps exactly the candidates whose full distance is within the limit, for every limit.
    @Test(arguments: 0...3)
    func nearAgreesWithTheFullDistance(limit: Int) {
        for name in Self.words {
            let expected = Self.words.filter { EditDistance.between($0, name) <= limit }
            #expect(EditDistance.near(name, in: Self.words, limit: limit) == expected, "\(name) within \(limit)")
        }
    }

    @Test func theDefaultLimitIsAThirdOfTheNameAtLeastOne() {
        #expect(EditDistance.near("agnt", in: ["agent", "agents", "backup"]) == ["agent"])
        #expect(EditDistance.near("restroes", in: ["restore", "restores"]) == ["restores"])
        #expect(EditDistance.near("x", in: ["ab", "y", "xyz"]) == ["y"])
        #expect(EditDistance.near(String(repeating: "q", count: 5_000), in: ["agent", "backup"]).isEmpty)
    }
}
