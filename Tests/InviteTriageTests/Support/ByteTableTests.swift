import Testing
@testable import InviteTriage

/// `ByteTable` finds a key by its bytes alone: the same bytes, not a prefix, not a longer key.
@Suite struct ByteTableTests {
    @Test func findsExactlyTheKeysItHolds() {
        let table = ByteTable([(Array("hi".utf8), 1), (Array("hi there".utf8), 2), (Array("".utf8), 3), (Array("zoë".utf8), 4)])
        func look(_ key: String) -> Int? { Array(key.utf8).withUnsafeBufferPointer { table.value(for: $0) } }
        #expect(look("hi") == 1)
        #expect(look("hi there") == 2)
        #expect(look("") == 3)
        #expect(look("zoë") == 4)
        #expect(look("h") == nil)
        #expect(look("hi the") == nil)
        #expect(look("Hi") == nil)
        #expect(look("zoe\u{308}") == nil)  // the bytes decide, not canonical equivalence
    }
}
