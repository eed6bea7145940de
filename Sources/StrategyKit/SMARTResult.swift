/// The SMART check of one goal: one result per letter plus the feasibility behind R.
public struct SMARTResult: Sendable, Hashable, Codable {
    /// The goal checked.
    public var goalID: String
    /// Results in the order S, M, A, R, T.
    public var criteria: [SMARTCriterion]
    /// The feasibility assessment that decided R.
    public var feasibility: GoalFeasibility

    /// Creates a result.
    public init(goalID: String, criteria: [SMARTCriterion], feasibility: GoalFeasibility) {
        self.goalID = goalID
        self.criteria = criteria
        self.feasibility = feasibility
    }

    /// Whether every letter passed.
    public var passed: Bool { criteria.allSatisfy(\.passed) }

    /// The result for one letter.
    public subscript(letter: SMARTLetter) -> SMARTCriterion? { criteria.first { $0.letter == letter } }

    /// The letters that failed, e.g. `[.a, .t]`.
    public var failedLetters: [SMARTLetter] { criteria.filter { !$0.passed }.map(\.letter) }
}
