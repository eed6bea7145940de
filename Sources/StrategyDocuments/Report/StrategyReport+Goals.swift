import StrategyKit

extension StrategyReport {
    /// Goals with their SMART letters and feasibility verdicts, each with its reasons.
    func goalsSection(_ t: Localizer) -> ReportSection {
        guard !goals.isEmpty else {
            return ReportSection(id: "goals", title: t("Ziele", "Goals"), blocks: [.paragraph(t(
                "Keine Ziele erfasst. Jedes Ziel braucht Nutzen, KPI, Ausgangs- und Zielwert, Frist und eine verantwortliche Person.",
                "No goals recorded. Each goal needs a benefit, a KPI, baseline and target, a deadline and an owner."))])
        }
        var table = ReportTable(headers: [t("Ziel", "Goal"), t("Nutzen", "Benefit"), "KPI", t("Von → bis", "From → to"),
                                          t("Frist", "Deadline"), t("Verantwortlich", "Owner"), "SMART",
                                          t("Machbarkeit", "Feasibility")])
        var details: [ReportBlock] = []
        for (goal, result) in zip(goals, smart) {
            let range = goal.baseline.map { t.number($0) } .map { from in "\(from) → \(goal.target.map { t.number($0) } ?? "?")" } ?? "–"
            let verdict = result.feasibility.verdict
            let style: ReportTable.RowStyle = !result.passed || verdict == .unrealistic ? .bad
                : verdict == .feasible ? .good : .normal
            table.append([goalTitle(goal.id, t), benefitName(goal.benefit, t), kpiName(goal.kpi, platform: goal.platform, t),
                          range, goal.deadline?.description ?? "–", goal.owner ?? "–", smartCell(result),
                          t(verdict.label)], style: style)
            details.append(.heading("\(goalTitle(goal.id, t)) (\(goal.id))"))
            var bullets = result.criteria.map { criterion in
                "**\(criterion.letter.rawValue) \(criterion.passed ? "✓" : "✗")** \(t(criterion.letter.name)): \(t(criterion.reason))"
            }
            var feasibility = t("**Machbarkeit: \(t(verdict.label))**", "**Feasibility: \(t(verdict.label))**")
            let numbers = feasibilityNumbers(result.feasibility, t)
            // The reasons are already in R; here only the numbers behind the verdict.
            if !numbers.isEmpty { feasibility += ": " + numbers.joined(separator: "; ") }
            bullets.append(feasibility + ".")
            details.append(.bullets(bullets))
        }
        return ReportSection(id: "goals", title: t("Ziele: SMART und Machbarkeit", "Goals: SMART and feasibility"),
                             blocks: [.table(table), .paragraph(t(
                                "SMART nach Doran (1981): spezifisch, messbar, zuordenbar, realistisch, terminiert. ✓ erfüllt, ✗ nicht erfüllt.",
                                "SMART after Doran (1981): specific, measurable, assignable, realistic, time-related. ✓ met, ✗ not met."))]
                                + details)
    }

    /// `S✓ M✓ A✗ R✗ T✗`: the HTML renderer turns this into badges, text shows it as is.
    func smartCell(_ result: SMARTResult) -> String {
        result.criteria.map { "\($0.letter.rawValue)\($0.passed ? "✓" : "✗")" }.joined(separator: " ")
    }

    func feasibilityNumbers(_ f: GoalFeasibility, _ t: Localizer) -> [String] {
        var parts: [String] = []
        if let weeks = f.weeks { parts.append(t("\(t.number(weeks, digits: 1)) Wochen", "\(t.number(weeks, digits: 1)) weeks")) }
        if let required = f.requiredPerWeek { parts.append(t("nötig \(t.number(required))/Woche", "needed \(t.number(required))/week")) }
        if let historical = f.historicalPerWeek { parts.append(t("bisher \(t.number(historical))/Woche", "so far \(t.number(historical))/week")) }
        if let ratio = f.paceRatio { parts.append(t("Faktor \(t.number(ratio))", "ratio \(t.number(ratio))")) }
        return parts
    }

    /// KPI progress per goal against the straight line from baseline to target.
    func progressSection(_ t: Localizer) -> ReportSection {
        var table = ReportTable(headers: [t("Ziel", "Goal"), "KPI", t("Gemessen am", "Measured on"), t("Ist", "Actual"),
                                          t("Soll", "Expected"), t("Weg geschafft", "Way covered"),
                                          t("Zeit vergangen", "Time passed"), t("Status", "Status")],
                                alignments: [.left, .left, .left, .right, .right, .right, .right, .left])
        var reasons: [String] = []
        var charts: [ReportBlock] = []
        for (goal, item) in zip(goals, progress) {
            let style: ReportTable.RowStyle = switch item.status {
            case .achieved, .onTrack: .good
            case .behind, .missed: .bad
            case .noData: .normal
            }
            table.append([goalTitle(goal.id, t), kpiName(goal.kpi, platform: goal.platform, t),
                          item.measuredOn?.description ?? "–", item.actual.map { t.number($0) } ?? "–",
                          item.expected.map { t.number($0) } ?? "–", item.achievedShare.map { t.percent($0) } ?? "–",
                          item.elapsedShare.map { t.percent($0) } ?? "–", t(item.status.label)], style: style)
            reasons.append("**\(goalTitle(goal.id, t)):** \(t(item.reason))")
            if let chart = progressChart(goal, t) { charts.append(.chart(chart)) }
        }
        var blocks: [ReportBlock] = [.table(table), .bullets(reasons)]
        blocks += charts
        blocks.append(.note(t(
            "Soll = Ausgangswert + (Zielwert − Ausgangswert) × vergangener Zeitanteil. Im Plan ist ein Ziel, wenn der geschaffte Anteil des Wegs mindestens dem vergangenen Zeitanteil entspricht.",
            "Expected = baseline + (target − baseline) × share of time passed. A goal is on track when the share of the way covered is at least the share of time passed.")))
        return ReportSection(id: "progress", title: t("KPI-Fortschritt", "KPI progress"), blocks: blocks)
    }

    private func progressChart(_ goal: Goal, _ t: Localizer) -> ReportChart? {
        guard let series = kpis.series(kpi: goal.kpi, platform: goal.platform), series.measurements.count >= 2,
              let baseline = goal.baseline, let target = goal.target, let deadline = goal.deadline else { return nil }
        let start = goal.start ?? asOf
        let measured = LineChart.Series(name: t("gemessen", "measured"),
                                        points: series.measurements.map { LineChart.Point(date: $0.date, value: $0.value) })
        let plan = LineChart.Series(name: t("Plan bis Zielwert", "plan to target"),
                                    points: [LineChart.Point(date: start, value: baseline),
                                             LineChart.Point(date: deadline, value: target)], dashed: true)
        return .line(LineChart(title: "\(goalTitle(goal.id, t)): \(kpiName(goal.kpi, platform: goal.platform, t))",
                               series: [measured, plan],
                               markers: [LineChart.Marker(date: asOf, label: t("Stand \(asOf)", "as of \(asOf)"))],
                               language: t.language))
    }
}
