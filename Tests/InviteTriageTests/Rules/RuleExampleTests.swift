import Testing
@testable import InviteTriage

/// Every rule's own examples (ReasonCode+Examples.swift) run against the classifier: a
/// triggering example must give the code, a non-triggering one must not.
@Suite struct RuleExampleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let code: ReasonCode
        let number: Int
        let example: RuleExample

        var testDescription: String {
            "\(code.rawValue) #\(number) \(example.fires ? "fires" : "does not fire") on \(example.note.map { "“\($0)”" } ?? "no note") (\(example.situation))"
        }
    }

    static let cases: [Case] = ReasonCode.allCases.flatMap { code in
        code.examples.enumerated().map { Case(code: code, number: $0.offset + 1, example: $0.element) }
    }

    @Test(arguments: cases)
    func exampleGivesTheCodeExactlyWhenItShould(_ testCase: Case) {
        let (facts, evidence) = testCase.example.setUp()
        let judgement = ElenaMarsh.judge(facts, evidence)
        #expect(judgement.has(testCase.code) == testCase.example.fires, "\(judgement.summary)")
    }

    @Test(arguments: ReasonCode.allCases)
    func everyRuleHasATriggeringAndANonTriggeringExample(_ code: ReasonCode) {
        #expect(code.examples.contains { $0.fires }, "\(code.rawValue) has no triggering example")
        #expect(code.examples.contains { !$0.fires }, "\(code.rawValue) has no non-triggering example")
    }
}
