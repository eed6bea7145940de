import LuaHost
import StrategyKit

extension SmkitModule {
    /// `smkit.check(...)`, `smkit.check_workspace(ws)` and `smkit.plugins()`: scripts run every plugin's checks the
    /// way `smkit check` does. The plugins run in their own sandboxed state; a failing
    /// plugin is reported in `result.failures`, never raised.
    static func installChecks(in lua: LuaState, context: SmkitContext, add: (String, @escaping LuaHostFunction) -> Void) {
        add("check") { call in
            // smkit.check("contest.yaml" | { kind = "contest"|"post", ... } [, { platforms = {...}, workspace = dir }])
            let options = try call.optionalTable(2)
            let platforms = options?.rawGet("platforms").tableValue?.arrayValues.compactMap(\.stringValue)
            let host = try context.pluginHost(workspace: options?.rawGet("workspace").stringValue)
            switch call.argument(1) {
            case .string(let path):
                let document: CheckDocument
                do throws(DiagnosticError) {
                    document = try CheckDocumentLoader.load(path: path.description, knownPlatforms: nil)
                } catch {
                    throw LuaHostError(error.formatted(in: context.language))
                }
                try call.push(try encoder.encode(host.check(document, platforms: platforms)))
                return 1
            case .table(let table):
                // Through the same loader as files (as JSON, which is YAML): same defaults and checks.
                let document: CheckDocument
                let data = try table.detached()
                do throws(DiagnosticError) {
                    document = try CheckDocumentLoader.parse(yaml: data.jsonText, file: "(table)")
                } catch {
                    throw call.argumentError(1, error.formatted(in: context.language))
                }
                try call.push(try encoder.encode(host.check(document, platforms: platforms)))
                return 1
            default:
                throw call.typeError(1, expected: "file name or table")
            }
        }
        add("check_workspace") { call in
            // smkit.check_workspace(ws): every presence of the workspace and its strategy, with
            // the workspace's own plugins/ searched too and the platforms ws:rank_platforms() uses.
            let workspace = try call.object(Workspace.self, 1)
            let host = try context.pluginHost(workspace: workspace.directory.isEmpty ? nil : workspace.directory)
            var platforms = context.platforms
            for platform in host.platforms.platforms where platforms[platform.id] == nil { platforms.replace(platform) }
            try call.push(try encoder.encode(host.check(workspace: workspace, platforms: platforms)))
            return 1
        }
        add("plugins") { call in
            let host = try context.pluginHost(workspace: nil)
            let loaded = host.plugins.map { plugin in
                LuaData.record(["id": .string(plugin.manifest.id), "version": .string(plugin.manifest.version),
                                "name": .string(plugin.manifest.name), "origin": .string(plugin.origin.rawValue),
                                "enabled": .boolean(plugin.enabled)])
            }
            let failed = (context.discoveryFailures + host.failures).map { LuaData.string($0.description) }
            try call.push(LuaData.record(["loaded": .array(loaded), "failed": .array(failed)]))
            return 1
        }
    }
}

extension SmkitContext {
    /// The plugin host scripts check with, loaded once per workspace (nil: the default paths).
    func pluginHost(workspace: String?) throws -> PluginHost {
        if let host = pluginHosts[workspace ?? ""] { return host }
        let (found, failures) = PluginDiscovery.discover(PluginDiscovery.searchPaths(workspace: workspace))
        let host = try PluginHost()
        host.load(found)
        discoveryFailures += failures
        pluginHosts[workspace ?? ""] = host
        return host
    }
}
