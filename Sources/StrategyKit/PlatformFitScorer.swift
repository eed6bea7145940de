/// The default platform scorer: ranks registered platforms for an organisation.
///
/// Terms (each 0...1, combined as a weighted mean with ``PlatformFitWeights``):
/// - **reach**: per target group with age bands, the mean audience share over its bands
///   (a band without a figure falls back to the platform's 14+ figure, else counts 0).
///   A business group described only by roles has no age statistics; its reach is the
///   platform's B2B fit instead. Groups are combined by their weights. Left out when no
///   group has age bands or is a business group.
/// - **benefit**: mean of the platform's fit for each benefit the goals pursue
///   (unrated benefits count as medium, 0.5). Left out without goals.
/// - **businessFit**: the B2B fit, the B2C fit, or their mean for `both`.
/// - **effort**: `max(0, 1 − effort / hoursForChannels)`.
///
/// Capacity: `hoursForChannels = hours × (1 − overheadShare)`; walking the ranking, platforms
/// count while their cumulative effort fits. Recommended = the first
/// `min(capacity, maxRecommendedChannels)`: the seeds advise two or three well-run channels
/// over many neglected ones, and that social media cannot be run on the side.
public struct PlatformFitScorer: Sendable {
    /// Term weights.
    public var weights: PlatformFitWeights
    /// Share of the hours kept for strategy, monitoring, reporting and coordination (default 0.2).
    public var overheadShare: Double
    /// Upper bound for recommended channels (default 3).
    public var maxRecommendedChannels: Int
    /// Benefit names.
    public var catalog: BenefitCatalog

    /// Creates a scorer.
    public init(weights: PlatformFitWeights = .default, overheadShare: Double = 0.2,
                maxRecommendedChannels: Int = 3, catalog: BenefitCatalog = .standard) {
        self.weights = weights
        self.overheadShare = overheadShare
        self.maxRecommendedChannels = maxRecommendedChannels
        self.catalog = catalog
    }

    /// Ranks every registered platform for the organisation and its goals.
    public func rank(_ registry: PlatformRegistry, organization: Organization, goals: [Goal] = []) -> PlatformRanking {
        let channelHours = max(0, organization.resources.totalHoursPerWeek * (1 - overheadShare))
        return rank(registry, organization: organization) { platform in
            score(platform, organization: organization, goals: goals, channelHours: channelHours)
        }
    }

    /// Ranks with scores from elsewhere (a plugin's scorer); the capacity, the recommendation and
    /// their reasons follow the same rules as with this scorer's own scores.
    public func rank<Failure: Error>(_ registry: PlatformRegistry, organization: Organization,
                                     score: (Platform) throws(Failure) -> Score) throws(Failure) -> PlatformRanking {
        let hours = organization.resources.totalHoursPerWeek
        let channelHours = max(0, hours * (1 - overheadShare))
        var scored: [(Platform, Score)] = []
        for platform in registry.platforms { scored.append((platform, try score(platform))) }
        let order = scored.indices.sorted {
            scored[$0].1.value > scored[$1].1.value + 1e-9
                || (abs(scored[$0].1.value - scored[$1].1.value) <= 1e-9 && scored[$0].0.id < scored[$1].0.id)
        }
        var entries: [PlatformFitEntry] = []
        var cumulative = 0.0
        var capacity = 0
        var stillFits = true
        for (position, index) in order.enumerated() {
            let (platform, score) = scored[index]
            cumulative += platform.effortHoursPerWeek
            stillFits = stillFits && cumulative <= channelHours + 1e-9
            if stillFits { capacity += 1 }
            entries.append(PlatformFitEntry(
                rank: position + 1, platformID: platform.id, platformName: platform.name, score: score,
                effortHoursPerWeek: platform.effortHoursPerWeek, cumulativeEffort: cumulative,
                withinCapacity: stillFits, recommended: false))
        }
        let recommendedCount = min(capacity, maxRecommendedChannels)
        for index in 0..<recommendedCount { entries[index].recommended = true }
        let en = NumberFormatting.en, de = NumberFormatting.de
        var reasons = [LocalizedText(
            de: "\(de(hours, 2)) Std./Woche, davon \(de(overheadShare * 100, 0)) % für Strategie, Monitoring und Reporting: \(de(channelHours, 2)) Std. für Kanäle.",
            en: "\(en(hours, 2)) h/week, of which \(en(overheadShare * 100, 0))% go to strategy, monitoring and reporting: \(en(channelHours, 2)) h for channels.")]
        if capacity == 0 {
            reasons.append(LocalizedText(
                de: "Die Stunden tragen keinen Kanal gut; erst Ressourcen klären, dann Kanäle wählen.",
                en: "The hours carry no channel well; settle resources before choosing channels."))
        } else {
            reasons.append(LocalizedText(
                de: "Die Stunden tragen \(capacity) Kanal/Kanäle in Rangfolge; empfohlen: \(recommendedCount) (höchstens \(maxRecommendedChannels): wenige gut betreute Kanäle statt vieler vernachlässigter).",
                en: "The hours carry \(capacity) channel(s) in rank order; recommended: \(recommendedCount) (at most \(maxRecommendedChannels): a few well-run channels beat many neglected ones)."))
        }
        return PlatformRanking(entries: entries, hoursAvailable: hours, hoursForChannels: channelHours,
                               channelCapacity: capacity,
                               recommended: entries.prefix(recommendedCount).map(\.platformID), reasons: reasons)
    }

    /// The explained fit score of one platform.
    public func score(_ platform: Platform, organization: Organization, goals: [Goal], channelHours: Double) -> Score {
        var terms: [ScoreTerm] = []
        if let reach = reachTerm(platform, organization) { terms.append(reach) }
        if let benefit = benefitTerm(platform, goals) { terms.append(benefit) }
        terms.append(businessTerm(platform, organization.businessModel.type))
        terms.append(effortTerm(platform, channelHours))
        return Score.weightedMean(terms)
    }

    private func reachTerm(_ platform: Platform, _ organization: Organization) -> ScoreTerm? {
        let groups = organization.targetGroups.filter {
            (!$0.ageBands.isEmpty || $0.kind == .business) && $0.weight > 0
        }
        guard !groups.isEmpty else { return nil }
        var weighted = 0.0, totalWeight = 0.0
        var partsDE: [String] = [], partsEN: [String] = []
        for group in groups {
            if group.ageBands.isEmpty {
                let fit = platform.b2bFit
                weighted += fit.value * group.weight
                totalWeight += group.weight
                partsDE.append("\(group.name.de) [Rollen, keine Altersdaten: B2B-Passung \(fit.label.de)] → \(NumberFormatting.percentDE(fit.value))")
                partsEN.append("\(group.name.en) [roles, no age data: B2B fit \(fit.label.en)] → \(NumberFormatting.percentEN(fit.value))")
                continue
            }
            var sum = 0.0
            var bandsDE: [String] = [], bandsEN: [String] = []
            for band in group.ageBands {
                if let figure = platform.audienceShare(for: band) {
                    sum += figure.share
                    bandsDE.append("\(band.rawValue): \(NumberFormatting.percentDE(figure.share)) (\(figure.year))")
                    bandsEN.append("\(band.rawValue): \(NumberFormatting.percentEN(figure.share)) (\(figure.year))")
                } else if let all = platform.audienceShare(for: .all) {
                    sum += all.share
                    bandsDE.append("\(band.rawValue): keine Zahl, 14+ = \(NumberFormatting.percentDE(all.share))")
                    bandsEN.append("\(band.rawValue): no figure, 14+ = \(NumberFormatting.percentEN(all.share))")
                } else {
                    bandsDE.append("\(band.rawValue): keine Daten (0)")
                    bandsEN.append("\(band.rawValue): no data (0)")
                }
            }
            let mean = sum / Double(group.ageBands.count)
            weighted += mean * group.weight
            totalWeight += group.weight
            partsDE.append("\(group.name.de) [\(bandsDE.joined(separator: "; "))] → \(NumberFormatting.percentDE(mean))")
            partsEN.append("\(group.name.en) [\(bandsEN.joined(separator: "; "))] → \(NumberFormatting.percentEN(mean))")
        }
        let value = weighted / totalWeight
        return ScoreTerm(
            label: LocalizedText(de: "Reichweite in den Zielgruppen", en: "Target-group reach"),
            value: value, weight: weights.reach,
            reason: LocalizedText(de: partsDE.joined(separator: "; ") + "; gewichtet \(NumberFormatting.percentDE(value)).",
                                  en: partsEN.joined(separator: "; ") + "; weighted \(NumberFormatting.percentEN(value))."))
    }

    private func benefitTerm(_ platform: Platform, _ goals: [Goal]) -> ScoreTerm? {
        let wanted = Array(Set(goals.map(\.benefit))).sorted()
        guard !wanted.isEmpty else { return nil }
        var sum = 0.0
        var partsDE: [String] = [], partsEN: [String] = []
        for benefit in wanted {
            let name = catalog.benefit(benefit)?.name ?? LocalizedText(benefit.rawValue)
            if let fit = platform.fit(for: benefit) {
                sum += fit.value
                partsDE.append("\(name.de): \(fit.label.de)")
                partsEN.append("\(name.en): \(fit.label.en)")
            } else {
                sum += FitLevel.medium.value
                partsDE.append("\(name.de): nicht bewertet (mittel)")
                partsEN.append("\(name.en): unrated (medium)")
            }
        }
        let value = sum / Double(wanted.count)
        return ScoreTerm(
            label: LocalizedText(de: "Passung zu den Nutzen der Ziele", en: "Fit for the goals' benefits"),
            value: value, weight: weights.benefit,
            reason: LocalizedText(de: partsDE.joined(separator: ", ") + " → \(NumberFormatting.de(value)).",
                                  en: partsEN.joined(separator: ", ") + " → \(NumberFormatting.en(value))."))
    }

    private func businessTerm(_ platform: Platform, _ type: BusinessType) -> ScoreTerm {
        let value: Double
        let reason: LocalizedText
        switch type {
        case .b2b:
            value = platform.b2bFit.value
            reason = LocalizedText(de: "B2B-Passung \(platform.b2bFit.label.de).", en: "B2B fit \(platform.b2bFit.label.en).")
        case .b2c:
            value = platform.b2cFit.value
            reason = LocalizedText(de: "B2C-Passung \(platform.b2cFit.label.de).", en: "B2C fit \(platform.b2cFit.label.en).")
        case .both:
            value = (platform.b2bFit.value + platform.b2cFit.value) / 2
            reason = LocalizedText(
                de: "Mittel aus B2B (\(platform.b2bFit.label.de)) und B2C (\(platform.b2cFit.label.de)).",
                en: "Mean of B2B (\(platform.b2bFit.label.en)) and B2C (\(platform.b2cFit.label.en)).")
        }
        return ScoreTerm(label: LocalizedText(de: "B2B/B2C-Passung", en: "B2B/B2C fit"), value: value,
                         weight: weights.businessFit, reason: reason)
    }

    private func effortTerm(_ platform: Platform, _ channelHours: Double) -> ScoreTerm {
        let effort = platform.effortHoursPerWeek
        let value = channelHours > 0 ? max(0, 1 - effort / channelHours) : 0
        return ScoreTerm(
            label: LocalizedText(de: "Aufwand", en: "Effort"), value: value, weight: weights.effort,
            reason: LocalizedText(
                de: "\(NumberFormatting.de(effort)) von \(NumberFormatting.de(channelHours)) Std./Woche für Kanäle.",
                en: "\(NumberFormatting.en(effort)) of \(NumberFormatting.en(channelHours)) h/week for channels."))
    }
}
