import LuaHost
import StrategyKit

extension SmkitModule {
    /// `smkit.Workspace`: a loaded workspace with the analyses of the report as methods.
    static func registerWorkspaceType(in lua: LuaState, context: SmkitContext) {
        lua.registerType(Workspace.self, name: "smkit.Workspace") { type in
            type.field("name") { .string(LuaString($0.organization.name)) }
            type.field("directory") { .string(LuaString($0.directory)) }
            type.field("as_of") { .string(LuaString($0.asOf.description)) }
            type.field("organization", push: pushEncoded(\.organization))
            type.field("goals", push: pushEncoded(\.goals))
            type.field("drafts", push: pushEncoded(\.drafts))
            type.field("kpis", push: pushEncoded(\.kpis))
            type.field("warnings", push: { workspace, call in
                try call.push(.array(workspace.warnings.map { .string($0.description) }))
                return 1
            })

            type.method("totable") { workspace, call in
                try call.push(try encoder.encode(workspace))
                return 1
            }
            type.method("goal") { workspace, call in
                guard let goal = workspace.goal(try call.string(2)) else { return 0 }
                try call.push(try encoder.encode(goal))
                return 1
            }
            type.method("check_goals") { workspace, call in
                try call.push(try encoder.encode(workspace.smartResults()))
                return 1
            }
            type.method("check_goal") { workspace, call in
                // A goal table that need not be part of the workspace: try a variant before adding it.
                let goal = try call.decode(Goal.self, 2)
                let result = SMARTCheck().check(
                    goal, organization: workspace.organization, series: workspace.kpis, asOf: workspace.asOf)
                try call.push(try encoder.encode(result))
                return 1
            }
            type.method("rank_platforms") { workspace, call in
                // ws:rank_platforms{ weights = {...}, scorer = "id" }: platform-fit by default.
                var weights = PlatformFitWeights.default
                var scorerID: String?
                if let options = try call.optionalTable(2) {
                    try rejectUnknownKeys(options, allowed: ["weights", "scorer"], call: call)
                    let given = options.rawGet("weights")
                    if !given.isNil {
                        let data = try given.detached()
                        do throws(LuaDecodingError) {
                            weights = try decoder.decode(PlatformFitWeights.self, from: data)
                        } catch {
                            throw call.argumentError(2, "weights: " + error.message)
                        }
                    }
                    scorerID = try optionalString(options, "scorer", call: call)
                }
                let run = try context.run(workspace: workspace.directory.isEmpty ? nil : workspace.directory)
                let scorer = try scorerReference(scorerID, .platform, run: run, call: call)
                let ranking: PlatformRanking
                do throws(PluginFailure) {
                    ranking = try run.rankPlatforms(workspace, scorer: scorer, fit: PlatformFitScorer(weights: weights))
                } catch {
                    throw LuaHostError(error.description)
                }
                try call.push(withScorer(try encoder.encode(ranking), scorer))
                return 1
            }
            type.method("evaluate_drafts") { workspace, call in
                // ws:evaluate_drafts{ scorer = "id" }: the pbsm evaluation by default, else the
                // scorer's { draft_id, draft_name, score } per draft.
                var scorerID: String?
                if let options = try call.optionalTable(2) {
                    try rejectUnknownKeys(options, allowed: ["scorer"], call: call)
                    scorerID = try optionalString(options, "scorer", call: call)
                }
                let run = try context.run(workspace: workspace.directory.isEmpty ? nil : workspace.directory)
                let scorer = try scorerReference(scorerID, .draft, run: run, call: call)
                guard scorer.pluginID != nil else {
                    try call.push(try encoder.encode(workspace.evaluations(platforms: context.platforms(for: workspace))))
                    return 1
                }
                let scores: [DraftScore]
                do throws(PluginFailure) {
                    scores = try run.scoreDrafts(workspace, scorer: scorer)
                } catch {
                    throw LuaHostError(error.description)
                }
                try call.push(withScorer(try encoder.encode(scores), scorer))
                return 1
            }
            type.method("compare_drafts") { workspace, call in
                var weights = DecisionWeights.default
                if try call.optionalTable(2) != nil { weights = try call.decode(DecisionWeights.self, 2) }
                try call.push(try encoder.encode(workspace.decisionMatrix(platforms: context.platforms(for: workspace), weights: weights)))
                return 1
            }
            type.method("progress") { workspace, call in
                try call.push(try encoder.encode(workspace.progress()))
                return 1
            }
            type.method("assumptions") { workspace, call in
                try call.push(try encoder.encode(workspace.assumptionChecks()))
                return 1
            }
            type.method("with_hours") { workspace, call in
                // What-if: the same workspace with other weekly hours per role ({role = hours}).
                var changed = workspace
                for (key, value) in try call.table(2).pairs {
                    guard let role = key.stringValue, let hours = value.doubleValue, hours >= 0 else {
                        throw call.argumentError(2, "expected {role = hours} with hours >= 0")
                    }
                    if let index = changed.organization.resources.hours.firstIndex(where: { $0.role == role }) {
                        changed.organization.resources.hours[index].hoursPerWeek = hours
                    } else {
                        changed.organization.resources.hours.append(RoleHours(role: role, hoursPerWeek: hours))
                    }
                }
                call.push(object: changed)
                return 1
            }
            type.toString { workspace in
                "smkit.Workspace(\(workspace.organization.name): \(workspace.goals.count) goals, \(workspace.drafts.count) drafts)"
            }
        }
    }

    /// The scorer `id` (or the default for the subject), or an argument error with a did-you-mean.
    static func scorerReference(_ id: String?, _ subject: ScorerReference.Subject, run: PluginRun,
                                call: LuaCall) throws -> ScorerReference {
        guard let id else { return subject == .platform ? .platformFit : .pbsm }
        do throws(ScorerSelectionError) {
            return try run.scorer(id, for: subject)
        } catch {
            throw call.argumentError(2, "scorer: \(error.message)")
        }
    }

    /// A result table with `scorer = { id, subject, plugin_id, source }` added, so scripts can say what scored.
    static func withScorer(_ data: LuaData, _ scorer: ScorerReference) throws -> LuaData {
        guard case .table(var entries) = data else { return data }
        entries.append(LuaData.Entry(.string("scorer"), try encoder.encode(scorer)))
        return .table(entries)
    }

    /// An argument error for a key of an options table that is not one of `allowed`.
    static func rejectUnknownKeys(_ options: LuaTable, allowed: [String], call: LuaCall) throws {
        for (key, _) in options.pairs {
            guard let name = key.stringValue, allowed.contains(name) else {
                let given = key.stringValue ?? key.typeName
                let hint = StringDistance.suggestion(for: given, among: allowed).map { "; did you mean '\($0)'?" } ?? ""
                throw call.argumentError(2, "options: unknown key '\(given)'\(hint) (known: \(allowed.joined(separator: ", ")))")
            }
        }
    }

    /// A string option, or nil when absent.
    static func optionalString(_ options: LuaTable, _ key: String, call: LuaCall) throws -> String? {
        let value = options.rawGet(key)
        if value.isNil { return nil }
        guard let text = value.stringValue else {
            throw call.argumentError(2, "options.\(key): expected a string, found \(value.typeName)")
        }
        return text
    }

    /// A field whose value is encoded as a table.
    static func pushEncoded<T: Encodable>(_ path: KeyPath<Workspace, T>) -> (Workspace, LuaCall) throws -> Int32 {
        { workspace, call in
            try call.push(try encoder.encode(workspace[keyPath: path]))
            return 1
        }
    }
}
