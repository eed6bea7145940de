public import LuaHost
public import StrategyKit

extension PluginRun {
    /// Every scorer users can pick: smkit's own (`platform-fit`, `pbsm`), then each plugin's in load order.
    public var scorers: [ScorerReference] {
        var all = [ScorerReference.platformFit, ScorerReference.pbsm]
        for scorer in host.scorers where !all.contains(where: { $0.id == scorer.id }) {
            let manifest = host.plugin(scorer.pluginID)?.manifest
            let source = manifest.map { PluginHost.path($0.directory, $0.main) } ?? scorer.pluginID
            all.append(ScorerReference(id: scorer.id, subject: ScorerReference.Subject(rawValue: scorer.subject) ?? .draft,
                                       pluginID: scorer.pluginID, source: source, summary: scorer.summary))
        }
        return all
    }

    /// The scorer with this id; an unknown id is an error with a did-you-mean and the known ids.
    public func scorer(_ id: String, for subject: ScorerReference.Subject? = nil) throws(ScorerSelectionError)
        -> ScorerReference {
        let all = scorers
        guard let found = all.first(where: { $0.id == id }) else {
            let ids = all.map(\.id)
            let hint = StringDistance.suggestion(for: id, among: ids).map { "; did you mean '\($0)'?" } ?? ""
            throw ScorerSelectionError("unknown scorer '\(id)'\(hint); known: \(ids.joined(separator: ", "))")
        }
        if let subject, found.subject != subject {
            let others = all.filter { $0.subject == subject }.map(\.id).joined(separator: ", ")
            throw ScorerSelectionError("scorer '\(id)' scores \(found.subject.rawValue)s, not \(subject.rawValue)s; "
                                       + "\(subject.rawValue) scorers: \(others)")
        }
        return found
    }

    /// The scorers for `ids` (`--scorer` given several times): one per subject at most.
    public func selectScorers(_ ids: [String]) throws(ScorerSelectionError) -> ScorerSelection {
        var selection = ScorerSelection()
        for id in ids {
            let found = try scorer(id)
            switch found.subject {
            case .platform:
                if let earlier = selection.platform, earlier.id != found.id {
                    throw ScorerSelectionError("two scorers for platforms: '\(earlier.id)' and '\(found.id)'; give one per subject")
                }
                selection.platform = found
            case .draft:
                if let earlier = selection.draft, earlier.id != found.id {
                    throw ScorerSelectionError("two scorers for drafts: '\(earlier.id)' and '\(found.id)'; give one per subject")
                }
                selection.draft = found
            }
        }
        return selection
    }

    /// The platform ranking by `scorer` (default `platform-fit`): a plugin's scorer gives each
    /// platform's score, the capacity and recommendation follow smkit's rules.
    ///
    /// A plugin's platform scorer gets the platform as a table and a context with
    /// `organization`, `goals`, `as_of`, `available_hours_per_week` and `hours_for_channels`.
    public func rankPlatforms(_ workspace: Workspace, scorer: ScorerReference = .platformFit,
                              fit: PlatformFitScorer = PlatformFitScorer()) throws(PluginFailure) -> PlatformRanking {
        guard scorer.pluginID != nil else { return workspace.platformRanking(platforms: platforms, scorer: fit) }
        let context: LuaData
        do {
            context = try ScoringContext.platform(workspace, overheadShare: fit.overheadShare)
        } catch {
            throw PluginFailure(pluginID: "smkit", phase: .score, message: "cannot convert the workspace: \(error)",
                                ruleID: scorer.id)
        }
        return try fit.rank(platforms, organization: workspace.organization) { (platform) throws(PluginFailure) -> Score in
            let item: LuaData
            do { item = try LuaDataEncoder().encode(platform) } catch {
                throw PluginFailure(pluginID: "smkit", phase: .score, message: "cannot convert platform '\(platform.id)': \(error)")
            }
            return try host.score(scorer.id, item: item, context: context)
        }
    }

    /// Every draft scored by a plugin's draft scorer (for `pbsm`, use ``Workspace/evaluations(platforms:catalog:)``).
    public func scoreDrafts(_ workspace: Workspace, scorer: ScorerReference) throws(PluginFailure) -> [DraftScore] {
        let context: LuaData
        do { context = try ScoringContext.draft(workspace) } catch {
            throw PluginFailure(pluginID: "smkit", phase: .score, message: "cannot convert the workspace: \(error)",
                                ruleID: scorer.id)
        }
        var scores: [DraftScore] = []
        for draft in workspace.drafts {
            let item: LuaData
            do { item = try LuaDataEncoder().encode(draft) } catch {
                throw PluginFailure(pluginID: "smkit", phase: .score, message: "cannot convert draft '\(draft.id)': \(error)")
            }
            scores.append(DraftScore(draftID: draft.id, draftName: draft.name,
                                     score: try host.score(scorer.id, item: item, context: context)))
        }
        return scores
    }
}
