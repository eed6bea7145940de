public import LuaHost
public import StrategyKit

/// Presence and strategy subjects: what `presence` and `strategy` checks receive.
extension SubjectData {
    /// A presence as the table `presence` checks receive.
    ///
    /// Besides the fields of `organization.presences` it carries `as_of` (the day the
    /// workspace describes) and, when both days are known, `days_since_last_post`.
    public static func presence(_ p: Presence, asOf: CalendarDate?) -> LuaData {
        var fields: [String: LuaData] = [
            "platform": .string(p.platform), "handle": .string(p.handle), "status": .string(p.status.rawValue),
        ]
        fields["followers"] = p.followers.map { .integer(Int64($0)) }
        fields["last_post"] = p.lastPost.map { .string($0.description) }
        fields["as_of"] = asOf.map { .string($0.description) }
        if let last = p.lastPost, let asOf {
            fields["days_since_last_post"] = .integer(Int64(asOf.dayNumber - last.dayNumber))
        }
        return .record(fields)
    }

    /// The id findings about a presence carry: `platform:handle`.
    public static func presenceID(_ p: Presence) -> String { "\(p.platform):\(p.handle)" }

    /// The id findings about a workspace's strategy carry.
    public static let strategyID = "strategy"

    /// A workspace as the table `strategy` checks receive.
    ///
    /// `organization`, `goals` and `drafts` are the workspace's own values (snake_case keys,
    /// as `smkit.Workspace` gives them to scripts); `analysis` holds what StrategyKit computes
    /// from them, so rules need not redo the arithmetic: the channel capacity of the
    /// organisation's hours (``PlatformRanking``), the recommended platforms, and the platform
    /// ids of the presences by status.
    public static func strategy(_ workspace: Workspace, platforms: PlatformRegistry) throws -> LuaData {
        let encoder = LuaDataEncoder()
        let ranking = workspace.platformRanking(platforms: platforms)
        func ids(_ status: PresenceStatus) -> LuaData {
            .array(workspace.organization.presences.filter { $0.status == status }.map { .string($0.platform) })
        }
        let analysis = LuaData.record([
            "channel_capacity": .integer(Int64(ranking.channelCapacity)),
            "hours_available": .number(ranking.hoursAvailable),
            "hours_for_channels": .number(ranking.hoursForChannels),
            "recommended": .array(ranking.recommended.map(LuaData.string)),
            "active_presences": ids(.active),
            "abandoned_presences": ids(.abandoned),
            "auto_created_presences": ids(.autoCreated),
            "planned_presences": ids(.planned),
        ])
        return .record([
            "as_of": .string(workspace.asOf.description),
            "organization": try encoder.encode(workspace.organization),
            "goals": try encoder.encode(workspace.goals),
            "drafts": try encoder.encode(workspace.drafts),
            "analysis": analysis,
        ])
    }

    /// The platforms a strategy is checked for: those of its presences and of its drafts' channels.
    public static func strategyPlatforms(_ workspace: Workspace) -> [String] {
        let fromPresences = workspace.organization.presences.map(\.platform)
        let fromDrafts = workspace.drafts.flatMap { $0.components.channels.map(\.platform) }
        return Array(Set(fromPresences + fromDrafts)).sorted()
    }
}
