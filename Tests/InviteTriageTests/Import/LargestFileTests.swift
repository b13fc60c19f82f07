import Foundation
import Testing
@testable import InviteTriage

/// The file whose parser keeps its priority while the others yield theirs: the largest of
/// those read, since it ends last and the writer waits for it.
@Suite struct LargestFileTests {
    private func file(_ name: String, size: UInt64?) -> InputFile {
        InputFile(displayName: name, name: name, size: size) { _ in }
    }

    @Test func theLargestFileReadIsChosen() {
        let files = [file("Connections.csv", size: 40), file("Invitations.csv", size: 900), file("messages.csv", size: 300)]
        #expect(SideBySideFiles.largest(files, earlier: [nil, nil, nil]) == 1)
    }

    @Test func anUnchangedFileIsNotReadSoNotChosen() {
        let files = [file("Connections.csv", size: 40), file("Invitations.csv", size: 900), file("messages.csv", size: 300)]
        let unchanged = FileReport(file: "Invitations.csv", kind: "invitations")
        #expect(SideBySideFiles.largest(files, earlier: [nil, unchanged, nil]) == 2)
        #expect(SideBySideFiles.largest(files, earlier: [unchanged, unchanged, unchanged]) == nil)
    }

    @Test func anUnknownSizeCountsAsNoneAndTheFirstOfEqualsWins() {
        #expect(SideBySideFiles.largest([file("a.csv", size: nil), file("b.csv", size: 1)], earlier: [nil, nil]) == 1)
        #expect(SideBySideFiles.largest([file("a.csv", size: 5), file("b.csv", size: 5)], earlier: [nil, nil]) == 0)
        #expect(SideBySideFiles.largest([file("a.csv", size: nil)], earlier: [nil]) == 0)
    }
}
