/// Compares drafts: rows are criteria, columns are drafts, each cell explains itself; plus a ranking.
///
/// Cell value = the draft's merit for the criterion (risk inverted), weighted = value × weight.
/// Total = Σ weighted / Σ weights. Equal totals (within 1e-9) share a rank; order then follows input.
public struct DecisionMatrix: Sendable, Hashable, Codable {
    /// One cell: one draft on one criterion.
    public struct Cell: Sendable, Hashable, Codable {
        /// The draft.
        public var draftID: String
        /// Merit 0...1, higher is better.
        public var value: Double
        /// `value × weight`.
        public var weighted: Double
        /// The reasons from the score's terms.
        public var reasons: [LocalizedText]
    }

    /// One row: a criterion across all drafts.
    public struct Row: Sendable, Hashable, Codable {
        /// The criterion.
        public var criterion: DecisionCriterion
        /// Its weight.
        public var weight: Double
        /// One cell per draft, in column order.
        public var cells: [Cell]
    }

    /// A draft's place in the ranking.
    public struct Ranked: Sendable, Hashable, Codable {
        /// 1 is best.
        public var rank: Int
        /// The draft.
        public var draftID: String
        /// The draft's name.
        public var name: LocalizedText
        /// Weighted total, 0...1.
        public var total: Double
    }

    /// The weights used.
    public var weights: DecisionWeights
    /// Draft ids, in input order.
    public var columns: [String]
    /// One row per criterion.
    public var rows: [Row]
    /// Drafts from best to worst.
    public var ranking: [Ranked]

    /// Builds the matrix from evaluations.
    public init(evaluations: [DraftEvaluation], weights: DecisionWeights = .default) {
        self.weights = weights
        self.columns = evaluations.map(\.draftID)
        let rows = DecisionCriterion.allCases.map { criterion in
            let weight = weights.weight(for: criterion)
            return Row(criterion: criterion, weight: weight, cells: evaluations.map { evaluation in
                let value = evaluation.merit(for: criterion)
                var reasons = evaluation.score(for: criterion).terms.map(\.reason)
                if criterion == .risk {
                    reasons.append(LocalizedText(
                        de: "Risiko \(NumberFormatting.de(evaluation.risk.value)) → Wert 1 − Risiko = \(NumberFormatting.de(value)).",
                        en: "Risk \(NumberFormatting.en(evaluation.risk.value)) → value 1 − risk = \(NumberFormatting.en(value))."))
                }
                return Cell(draftID: evaluation.draftID, value: value, weighted: value * weight, reasons: reasons)
            })
        }
        self.rows = rows
        let totalWeight = DecisionCriterion.allCases.reduce(0) { $0 + weights.weight(for: $1) }
        let totals = evaluations.indices.map { index in
            let sum = rows.reduce(0) { $0 + $1.cells[index].weighted }
            return totalWeight > 0 ? sum / totalWeight : 0
        }
        let order = evaluations.indices.sorted { totals[$0] > totals[$1] + 1e-9 || (abs(totals[$0] - totals[$1]) <= 1e-9 && $0 < $1) }
        var ranking: [Ranked] = []
        for (position, index) in order.enumerated() {
            let rank = position > 0 && abs(totals[index] - ranking[position - 1].total) <= 1e-9
                ? ranking[position - 1].rank : position + 1
            ranking.append(Ranked(rank: rank, draftID: evaluations[index].draftID,
                                  name: evaluations[index].draftName, total: totals[index]))
        }
        self.ranking = ranking
    }

    /// The cell for a criterion and draft.
    public func cell(_ criterion: DecisionCriterion, draft: String) -> Cell? {
        rows.first { $0.criterion == criterion }?.cells.first { $0.draftID == draft }
    }

    /// The best draft, if any.
    public var winner: Ranked? { ranking.first }
}
