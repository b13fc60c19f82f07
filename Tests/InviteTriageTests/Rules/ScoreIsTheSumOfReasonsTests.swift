import Testing
@testable import InviteTriage

/// "score = sum of the points of the reasons that apply": the points shown always add up to the
/// score, capped or not, and the suggestion follows the thresholds.
@Suite struct ScoreIsTheSumOfReasonsTests {
    @Test(arguments: RuleExampleTests.cases)
    func pointsOfTheReasonsAddUpToTheScore(_ testCase: RuleExampleTests.Case) {
        let (facts, evidence) = testCase.example.setUp()
        let judgement = ElenaMarsh.judge(facts, evidence)
        let sum = judgement.verdict.reasons.reduce(0) { $0 + $1.points }
        #expect(abs(sum - judgement.score) < 0.005, "\(judgement.summary)")
    }

    @Test func cappedPointsStillAddUpToTheScore() {
        let judgement = GroupCapTests.judgePitch()
        let sum = judgement.verdict.reasons.reduce(0) { $0 + $1.points }
        #expect(abs(sum - judgement.score) < 0.005, "\(judgement.summary)")
    }

    @Test(arguments: RuleExampleTests.cases)
    func suggestionFollowsTheThresholds(_ testCase: RuleExampleTests.Case) {
        let (facts, evidence) = testCase.example.setUp()
        let configuration = Configuration()
        let judgement = ElenaMarsh.judge(facts, evidence, configuration: configuration)
        switch judgement.suggestion {
        case .accept: #expect(judgement.score >= configuration.acceptAt, "\(judgement.summary)")
        case .review:
            #expect(judgement.score < configuration.acceptAt, "\(judgement.summary)")
            #expect(judgement.score > configuration.ignoreAt || judgement.verdict.reasons.contains { $0.points > 0 }, "\(judgement.summary)")
        case .ignore: #expect(judgement.score <= configuration.ignoreAt, "\(judgement.summary)")
        }
    }
}
