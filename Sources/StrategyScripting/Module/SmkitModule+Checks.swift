import LuaHost
import StrategyKit

extension SmkitModule {
    /// `smkit.check(...)`, `smkit.check_workspace(ws)` and `smkit.plugins()`: scripts run every plugin's checks the
    /// way `smkit check` does, through the same ``PluginRun``. The plugins run in their own
    /// sandboxed state; a failing plugin is reported in `result.failures`, never raised.
    static func installChecks(in lua: LuaState, context: SmkitContext, add: (String, @escaping LuaHostFunction) -> Void) {
        add("check") { call in
            // smkit.check("contest.yaml" | { kind = "contest"|"post", ... } [, { platforms = {...}, workspace = dir }])
            let options = try checkOptions(call, context: context)
            let run = try context.run(workspace: options.workspace)
            if let platforms = options.platforms {
                try requireKnown(platforms, in: run, call: call, path: "options.platforms", argument: 2)
            }
            let document: CheckDocument
            switch call.argument(1) {
            case .string(let path):
                do throws(DiagnosticError) {
                    document = try CheckDocumentLoader.load(path: path.description, knownPlatforms: run.platformIDs)
                } catch {
                    throw LuaHostError(error.formatted(in: context.language))
                }
            case .table(let table):
                // Through the same loader as files, so a table gets the same defaults and checks;
                // problems name the field (`platforms[1]: unknown platform 'facebok'; did you mean …`).
                let written = LuaTableDocument(try table.detached())
                do throws(DiagnosticError) {
                    document = try CheckDocumentLoader.parse(yaml: written.text, file: "(table)",
                                                             knownPlatforms: run.platformIDs)
                } catch {
                    throw call.argumentError(1, written.describe(error, language: context.language))
                }
            default:
                throw call.typeError(1, expected: "file name or table")
            }
            try call.push(try encoder.encode(run.check(document, platforms: options.platforms)))
            return 1
        }
        add("check_workspace") { call in
            // smkit.check_workspace(ws): every presence of the workspace and its strategy, with
            // the workspace's own plugins/ searched too and the platforms ws:rank_platforms() uses.
            let workspace = try call.object(Workspace.self, 1)
            let run = try context.run(workspace: workspace.directory.isEmpty ? nil : workspace.directory)
            try call.push(try encoder.encode(run.check(workspace: workspace)))
            return 1
        }
        add("plugins") { call in
            let run = try context.run(workspace: nil)
            let loaded = run.plugins.map { plugin in
                LuaData.record(["id": .string(plugin.manifest.id), "version": .string(plugin.manifest.version),
                                "name": .string(plugin.manifest.name), "origin": .string(plugin.origin.rawValue),
                                "directory": .string(plugin.manifest.directory),
                                "scorers": .array(plugin.scorerIDs.map { .string($0) }),
                                "enabled": .boolean(plugin.enabled)])
            }
            try call.push(LuaData.record([
                "loaded": .array(loaded),
                "failed": .array(run.failures.map { .string($0.description) }),
                "notices": .array(run.notices.map { .string($0.description) }),
            ]))
            return 1
        }
    }

    /// The options of `smkit.check`: `platforms` (a list of platform ids) and `workspace` (a folder).
    private static func checkOptions(_ call: LuaCall, context: SmkitContext) throws -> (platforms: [String]?, workspace: String?) {
        guard let options = try call.optionalTable(2) else { return (nil, nil) }
        var platforms: [String]?
        var workspace: String?
        for (key, value) in options.pairs {
            guard let name = key.stringValue else {
                throw call.argumentError(2, "options: keys must be names (platforms, workspace), found \(key.typeName)")
            }
            switch name {
            case "platforms":
                guard let list = value.tableValue else {
                    throw call.argumentError(2, "options.platforms: expected a list of platform ids, found \(value.typeName)")
                }
                platforms = []
                for (i, item) in list.arrayValues.enumerated() {
                    guard let id = item.stringValue else {
                        throw call.argumentError(2, "options.platforms[\(i + 1)]: expected a platform id, found \(item.typeName)")
                    }
                    platforms?.append(id)
                }
            case "workspace":
                guard let folder = value.stringValue else {
                    throw call.argumentError(2, "options.workspace: expected a folder name, found \(value.typeName)")
                }
                workspace = folder
            default:
                let hint = StringDistance.suggestion(for: name, among: ["platforms", "workspace"]).map { "; did you mean '\($0)'?" } ?? ""
                throw call.argumentError(2, "options: unknown key '\(name)'\(hint)")
            }
        }
        return (platforms, workspace)
    }

    /// Raises an argument error naming `path[i]` for the first id that is not a platform of the run.
    static func requireKnown(_ ids: [String], in run: PluginRun, call: LuaCall, path: String, argument: Int) throws {
        let known = run.platformIDs
        for (i, id) in ids.enumerated() where !known.contains(id) {
            let hint = StringDistance.suggestion(for: id, among: known).map { "; did you mean '\($0)'?" } ?? ""
            throw call.argumentError(argument, "\(path)[\(i + 1)]: unknown platform '\(id)'\(hint)")
        }
    }
}
