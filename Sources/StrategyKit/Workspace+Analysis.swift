/// Analyses over a whole workspace, so scripts and reports need one call each.
extension Workspace {
    /// The SMART check of every goal, in goal order.
    public func smartResults(catalog: BenefitCatalog = .standard) -> [SMARTResult] {
        let check = SMARTCheck(catalog: catalog)
        return goals.map { check.check($0, organization: organization, series: kpis, asOf: asOf) }
    }

    /// The progress of every goal, in goal order.
    public func progress() -> [GoalProgress] {
        goals.map { GoalProgress.assess($0, series: kpis, asOf: asOf) }
    }

    /// The checks of every assumption of every draft.
    public func assumptionChecks() -> [AssumptionCheck] {
        drafts.flatMap { AssumptionCheck.check($0, series: kpis) }
    }

    /// The pbsm evaluation of every draft.
    public func evaluations(platforms: PlatformRegistry, catalog: BenefitCatalog = .standard) -> [DraftEvaluation] {
        DraftEvaluator(platforms: platforms, catalog: catalog).evaluate(drafts, organization: organization, goals: goals)
    }

    /// The decision matrix over all drafts.
    public func decisionMatrix(platforms: PlatformRegistry, weights: DecisionWeights = .default) -> DecisionMatrix {
        DecisionMatrix(evaluations: evaluations(platforms: platforms), weights: weights)
    }

    /// The platform ranking for the organisation and its goals.
    public func platformRanking(platforms: PlatformRegistry, scorer: PlatformFitScorer = PlatformFitScorer()) -> PlatformRanking {
        scorer.rank(platforms, organization: organization, goals: goals)
    }
}
