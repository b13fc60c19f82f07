import Testing

/// Where the classifier is known to disagree with an expectation, and why (reported with the
/// tests; the expectation files stay as they are).
struct KnownMismatch: Sendable {
    enum Aspect: Sendable { case status, suggestion, mustHaveCodes, mustNotHaveCodes, claims }
    let sender: String
    let aspect: Aspect
    let explanation: Comment
}

/// Checks one invitation of `list` against its expectation: status, suggestion (when fixed),
/// required and forbidden codes, and the claims whose verdict the spec fixes.
func checkTriage(_ expectation: TriageExpectation, in listing: [TriagedInvitation], inputInUTC: Bool = false,
                 knownMismatches: [KnownMismatch] = [], sourceLocation: SourceLocation = #_sourceLocation) throws {
    let minute = expectation.listedMinute(inputInUTC: inputInUTC)
    let matches = listing.filter { $0.listed.name == expectation.sender && ($0.listed.sentAt ?? "").hasPrefix(minute) }
    try #require(matches.count == 1, "\(matches.count) listed invitations from \(expectation.sender) at \(minute)", sourceLocation: sourceLocation)
    let item = matches[0]

    func check(_ aspect: KnownMismatch.Aspect, _ body: () -> Void) {
        if let known = knownMismatches.first(where: { $0.sender == expectation.sender && $0.aspect == aspect }) {
            withKnownIssue(known.explanation, sourceLocation: sourceLocation) { body() }
        } else {
            body()
        }
    }

    check(.status) {
        #expect(item.listed.status == expectation.status, "\(item.summary)", sourceLocation: sourceLocation)
    }
    if let suggestion = expectation.suggestion {
        check(.suggestion) {
            #expect(item.suggestion == suggestion, "\(item.summary)", sourceLocation: sourceLocation)
        }
    }
    check(.mustHaveCodes) {
        let missing = Set(expectation.mustHaveCodes).subtracting(item.codes)
        #expect(missing.isEmpty, "missing \(missing.sorted()): \(item.summary)", sourceLocation: sourceLocation)
    }
    check(.mustNotHaveCodes) {
        let unwanted = Set(expectation.mustNotHaveCodes).intersection(item.codes)
        #expect(unwanted.isEmpty, "unwanted \(unwanted.sorted()): \(item.summary)", sourceLocation: sourceLocation)
    }
    check(.claims) {
        let missing = Set(expectation.claims).subtracting(item.claims)
        #expect(missing.isEmpty, "claims missing \(missing.map(\.description).sorted()): \(item.summary)", sourceLocation: sourceLocation)
        #expect(Set(expectation.claims.map(\.kind)).isSubset(of: item.claimKinds), "`claims` lacks a kind: \(item.summary)",
                sourceLocation: sourceLocation)
    }
}
