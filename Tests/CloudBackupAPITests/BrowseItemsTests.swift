import CloudBackupAPI
import Foundation
import Testing

@Suite struct BrowseItemsTests {
    static let items = [
        BrowseItem(name: "hosts", nameEncoded: nil, bytes: 231, mimeType: "text/plain"),
        BrowseItem(name: "caf\u{FFFD}", nameEncoded: "Y2Fm6Q==", bytes: 4096, mimeType: nil),
        BrowseItem(name: "été", nameEncoded: nil, bytes: 0, mimeType: "inode/directory"),
        BrowseItem(name: "", nameEncoded: "", bytes: -1, mimeType: "text/plain"),
    ]

    @Test func holdsTheItemsGiven() {
        let stored = BrowseItems(Self.items)
        #expect(Array(stored) == Self.items)
        #expect(stored.count == 4)
        #expect(stored.name(at: 2) == "été")
        #expect(stored.mimeType(at: 1) == nil)
        #expect(stored.mimeTypes == ["text/plain", nil, "inode/directory"])
        #expect(stored[1].remoteName.bytes == [0x63, 0x61, 0x66, 0xE9])
    }

    @Test func encodesAndDecodesAsAnArrayOfItems() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let stored = BrowseItems(Self.items)
        #expect(try encoder.encode(stored) == encoder.encode(Self.items))
        #expect(try JSONDecoder().decode(BrowseItems.self, from: encoder.encode(Self.items)) == stored)
    }

    @Test func equalityComparesItems() {
        var built = BrowseItems()
        for item in Self.items { built.append(item) }
        #expect(built == BrowseItems(Self.items))
        #expect(BrowseItems(Self.items.dropLast()) != BrowseItems(Self.items))
        #expect(BrowseItems(Self.items.reversed()) != BrowseItems(Self.items))
    }

    @Test func buildsAnEntryFromNameBytes() {
        var built = BrowseItems()
        Array("ab".utf8).withUnsafeBufferPointer { built.appendNameBytes($0) }
        Array("c".utf8).withUnsafeBufferPointer { built.appendNameBytes($0) }
        built.finishEntry(nameEncoded: nil, bytes: 3, mimeType: "text/csv")
        built.finishEntry(nameEncoded: "eA==", bytes: 4, mimeType: nil)
        #expect(Array(built) == [
            BrowseItem(name: "abc", nameEncoded: nil, bytes: 3, mimeType: "text/csv"),
            BrowseItem(name: "", nameEncoded: "eA==", bytes: 4, mimeType: nil),
        ])
    }
}
