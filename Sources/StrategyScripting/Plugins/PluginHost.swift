import Foundation
public import LuaHost
public import StrategyKit

/// Loads plugins into one sandboxed Lua state and runs their checks and scorers.
///
/// Every plugin gets its own environment over the read-only base (`smkit` is a read-only
/// global there), so plugins cannot see or change each other. Registration (running the
/// plugin's file) is a phase of its own; checks run later, each under the state's limits.
/// A plugin that fails is reported as a ``PluginFailure``; the others go on. A state is
/// used from one thread: make one host per thread for parallel work.
public final class PluginHost {
    /// The state all plugins run in.
    public let lua: LuaState
    /// The limits of every call into plugin code.
    public let limits: LuaLimits
    let controls: PluginAPIControls
    /// The module table the API was installed into (plugins see a read-only view).
    let module: LuaTable

    /// Plugins that registered, in load order.
    public private(set) var plugins: [LoadedPlugin] = []
    /// Every registered check, in registration order.
    public private(set) var checks: [CheckDescriptor] = []
    /// Every registered scorer.
    public private(set) var scorers: [ScorerDescriptor] = []
    /// Plugins that could not be loaded.
    public private(set) var loadFailures: [PluginFailure] = []
    /// Platforms defined by plugins (`platform.yaml` or `plugin:platform`).
    public internal(set) var platforms = PlatformRegistry()

    var checkByIndex: [Int: CheckDescriptor] = [:]
    /// While ``load(_:)`` loads several plugins: the `extends` specs to apply once all have loaded.
    var deferredExtensions: [(LuaData, PluginManifest)]?
    /// Plugin ids by account number (see ``LuaState/setOwner(_:)``).
    var owners: [Int: String] = [:]
    var pluginIndex: [String: Int] = [:]

    /// Creates a host with an empty registry.
    public init(limits: LuaLimits = .pluginDefault) throws(LuaError) {
        self.limits = limits
        lua = try LuaState(profile: .plugin, limits: limits)
        module = lua.newTable()
        let directories = DirectoryBox()
        controls = try PluginAPI.install(in: lua, module: module) { id, name in
            guard let directory = directories.paths[id] else { return (nil, "unknown plugin '\(id)'") }
            let path = Self.path(directory, name.replacingOccurrences(of: ".", with: "/") + ".lua")
            do throws(PluginFileError) {
                return (String(decoding: try PluginFile.read(path, inside: directory), as: UTF8.self), path)
            } catch {
                return (nil, error.reason == .missing ? "not found (no file \(path))" : error.description)
            }
        }
        self.directories = directories
        try lua.expose("smkit", .table(module))
        try controls.publish.call(lua.globals.rawGet("smkit"))
        // Every plugin environment gets its own `print`; a plugin that removes it reaches this
        // one in the base, which logs too. Nothing in this state writes to stdout.
        lua.globals.rawSet("print", .function(controls.fallbackPrint))
    }

    /// `directory/name`, or `name` for a manifest without a folder.
    static func path(_ directory: String, _ name: String) -> String {
        directory.isEmpty ? name : directory + "/" + name
    }

    /// What plugins printed since the last call, in order; each line cleaned for the terminal.
    ///
    /// Each plugin's log is bounded (``PluginAPI/logLimit`` bytes per host), so a plugin
    /// that prints without end costs neither memory nor time here.
    public func takeLog() -> [PluginLogLine] {
        guard let values = try? controls.takeLog.call().first?.tableValue?.arrayValues else { return [] }
        var lines: [PluginLogLine] = []
        var i = 0
        while i + 1 < values.count {
            defer { i += 2 }
            guard let id = values[i].stringValue, let text = values[i + 1].stringValue else { continue }
            for line in TerminalText.lines(text) { lines.append(PluginLogLine(pluginID: TerminalText.line(id), text: line)) }
        }
        return lines
    }

    /// Plugin folders by id, shared with the `require` reader.
    final class DirectoryBox { var paths: [String: String] = [:] }
    let directories: DirectoryBox

    /// Every failure so far that is not tied to one check run.
    public var failures: [PluginFailure] { loadFailures }

    /// The names of every function the plugin API really has in this state (for checking the docs).
    public func apiFunctionNames() throws(LuaError) -> [String] {
        try controls.apiNames.call().first?.tableValue?.arrayValues.compactMap(\.stringValue) ?? []
    }

    /// The loaded plugin with this id.
    public func plugin(_ id: String) -> LoadedPlugin? { pluginIndex[id].map { plugins[$0] } }

    // MARK: Loading

    /// Loads plugins in order; failures are recorded in ``loadFailures`` and the rest still load.
    ///
    /// `plugin:platform { extends = ... }` is applied after all of them have loaded, in load
    /// order, so a plugin can extend a platform whichever plugin defines it.
    public func load(_ found: [DiscoveredPlugin]) {
        deferredExtensions = []
        for plugin in found { load(plugin.manifest, origin: plugin.origin) }
        let pending = deferredExtensions ?? []
        deferredExtensions = nil
        for (spec, manifest) in pending {
            do throws(PluginFailure) {
                try applyPlatform(spec, plugin: manifest)
            } catch {
                loadFailures.append(error)
            }
        }
    }

    /// Loads one plugin; returns whether it registered.
    @discardableResult
    public func load(_ manifest: PluginManifest, origin: PluginOrigin = .explicit) -> Bool {
        if manifest.apiLevel > PluginAPI.apiLevel {
            let line = manifest.positions["api"]?.line
            loadFailures.append(PluginFailure(
                pluginID: manifest.id, phase: .manifest, file: manifest.file, line: line,
                message: "needs smkit API level \(manifest.apiLevel), but this smkit provides level \(PluginAPI.apiLevel); update smkit or use an older version of the plugin"))
            return false
        }
        if let existing = plugin(manifest.id) {
            loadFailures.append(PluginFailure(
                pluginID: manifest.id, phase: .manifest, file: manifest.file, line: manifest.positions["id"]?.line,
                message: "duplicate plugin id '\(manifest.id)': already loaded from \(existing.manifest.file); this copy is skipped"))
            return false
        }
        var definedPlatforms: [Platform] = []
        let platformFile = manifest.directory + "/" + PlatformCatalogLoader.fileName
        if !manifest.directory.isEmpty, PluginFile.exists(platformFile) {
            do {
                let bytes = try PluginFile.read(platformFile, inside: manifest.directory)
                let platform = try PlatformCatalogLoader.parse(yaml: String(decoding: bytes, as: UTF8.self), file: platformFile)
                definedPlatforms.append(platform)
            } catch let error as PluginFileError {
                loadFailures.append(PluginFailure(pluginID: manifest.id, phase: .manifest, file: platformFile,
                                                  message: error.description))
                return false
            } catch {
                let diagnostics = (error as? DiagnosticError)
                loadFailures.append(PluginFailure(pluginID: manifest.id, phase: .manifest, file: platformFile,
                                                  line: diagnostics?.diagnostics.first?.line,
                                                  message: diagnostics?.formatted() ?? "\(error)"))
                return false
            }
        }
        directories.paths[manifest.id] = manifest.directory
        let registration: LuaData
        let environment: LuaTable
        do {
            environment = try lua.newEnvironment()
            let require = try controls.makeRequire.call(.string(LuaString(manifest.id)), .table(environment))
            environment.rawSet("require", require.first ?? .nil)
            let print = try controls.makePrint.call(.string(LuaString(manifest.id)))
            environment.rawSet("print", print.first ?? .nil)
            // Each plugin has an account of its own: memory, instructions and time are
            // charged to it, and a stop names it.
            let owner = min(owners.count + 1, LuaState.maxOwner)
            owners[owner] = manifest.id
            try controls.begin.call(.string(LuaString(manifest.id)), .integer(Int64(owner)),
                                    .string(LuaString(manifest.rulesDate.description)))
            let main = Self.path(manifest.directory, manifest.main)
            do {
                let chunk = try loadMain(main, directory: manifest.directory, environment: environment)
                lua.setOwner(owner)
                try chunk.call()
            } catch {
                _ = try? controls.finish.call(false)
                throw error
            }
            let finished = try controls.finish.call(true)
            guard let table = finished.first?.tableValue else {
                let reason = finished.dropFirst().first?.stringValue ?? "registration failed"
                loadFailures.append(PluginFailure(pluginID: manifest.id, phase: .load, file: main, message: reason))
                directories.paths[manifest.id] = nil
                return false
            }
            registration = try table.detached()
        } catch {
            loadFailures.append(failure(from: error, plugin: manifest.id, phase: .load))
            directories.paths[manifest.id] = nil
            return false
        }
        var loaded = LoadedPlugin(manifest: manifest, origin: origin, environment: environment, checkIDs: [],
                                  scorerIDs: [], enabled: true)
        for entry in registration["checks"].arrayValues {
            guard let descriptor = checkDescriptor(entry, plugin: manifest.id) else { continue }
            checks.append(descriptor)
            checkByIndex[descriptor.index] = descriptor
            loaded.checkIDs.append(descriptor.id)
        }
        for entry in registration["scorers"].arrayValues {
            guard let index = entry["index"].int, let id = entry["id"].text else { continue }
            scorers.append(ScorerDescriptor(index: index, id: id, pluginID: manifest.id,
                                            subject: entry["subject"].text ?? "draft",
                                            summary: entry["summary"].localized ?? LocalizedText(id)))
            loaded.scorerIDs.append(id)
        }
        for platform in definedPlatforms { _ = platforms.replace(platform) }
        for spec in registration["platforms"].arrayValues {
            if deferredExtensions != nil, spec["extends"].text != nil {
                deferredExtensions?.append((spec, manifest))
                continue
            }
            do throws(PluginFailure) {
                try applyPlatform(spec, plugin: manifest)
            } catch {
                loadFailures.append(error)
            }
        }
        pluginIndex[manifest.id] = plugins.count
        plugins.append(loaded)
        return true
    }

    /// Reads and compiles a plugin's main file through ``PluginFile`` (inside the folder, a
    /// regular file, bounded), skipping a `#!` line as `lua5.4` does.
    private func loadMain(_ path: String, directory: String, environment: LuaTable) throws -> LuaFunction {
        let bytes: [UInt8]
        do {
            bytes = try PluginFile.read(path, inside: directory)
        } catch {
            throw LuaError(kind: .file, message: error.description)
        }
        var text = bytes[...]
        if text.first == UInt8(ascii: "#") {  // keep the newline, so line numbers stay right
            text = text.firstIndex(of: UInt8(ascii: "\n")).map { text[$0...] } ?? []
        }
        return try lua.load(bytes: Array(text), chunkName: "@" + path, environment: environment)
    }

    private func checkDescriptor(_ entry: LuaData, plugin: String) -> CheckDescriptor? {
        guard let index = entry["index"].int, let id = entry["id"].text,
              let subject = entry["subject"].text.flatMap(CheckSubjectKind.init(rawValue:)),
              let severity = entry["severity"].text.flatMap(FindingSeverity.init(rawValue:)),
              let consequence = entry["consequence"].text.flatMap(FindingConsequence.init(rawValue:)),
              let source = entry["source"].text else { return nil }
        // What a plugin registers reaches terminals and documents: cleaned once, here.
        let summary = (entry["summary"].localized ?? LocalizedText(id)).cleanedForTerminal
        var descriptor = CheckDescriptor(
            index: index, id: id, pluginID: plugin, subject: subject, severity: severity,
            consequence: consequence, source: TerminalText.line(source),
            read: entry["read"].text.flatMap(CalendarDate.init),
            platforms: entry["platforms"].isTable ? entry["platforms"].strings.map(TerminalText.line) : nil,
            summary: summary, message: entry["message"].localized?.cleanedForTerminal ?? summary)
        descriptor.quote = entry["quote"].text.map(TerminalText.line)
        descriptor.sourceTitle = entry["source_title"].text.map(TerminalText.line)
        descriptor.secondary = entry["secondary"].arrayValues.compactMap { item in
            item["url"].text.map { RuleSource(url: TerminalText.line($0), title: item["title"].text.map(TerminalText.line),
                                              read: item["read"].text.flatMap(CalendarDate.init)) }
        }
        return descriptor
    }

    // MARK: Failures

    /// A failure from a Lua error: file and line from the error's location.
    func failure(from error: any Error, plugin: String, phase: PluginPhase, ruleID: String? = nil,
                 subjectID: String? = nil) -> PluginFailure {
        guard let error = error as? LuaError else {
            return PluginFailure(pluginID: plugin, phase: phase, message: "\(error)", ruleID: ruleID, subjectID: subjectID)
        }
        var limit: String?
        if case .limit(let kind) = error.kind { limit = kind.rawValue }
        var file = error.chunkName
        var line = error.line
        if !(file.map { $0.hasSuffix(".lua") && !PluginAPI.isHostChunk($0) } ?? false),
           let place = Self.firstPluginFrame(in: error.traceback) {
            (file, line) = place
        } else if let name = file, PluginAPI.isHostChunk(name) {
            (file, line) = (nil, nil)
        }
        if file == nil, let position = pluginIndex[plugin] {
            // No position (a memory error raised from C): at least name the plugin's file.
            let manifest = plugins[position].manifest
            file = manifest.directory.isEmpty ? manifest.main : manifest.directory + "/" + manifest.main
        }
        return PluginFailure(pluginID: plugin, phase: phase, file: file, line: line, message: error.message,
                             ruleID: ruleID, subjectID: subjectID, limit: limit)
    }

    /// The first `file.lua:line:` in a traceback: where a limit stopped the plugin.
    static func firstPluginFrame(in traceback: String?) -> (String, Int)? {
        guard let traceback else { return nil }
        for line in traceback.split(separator: "\n") {
            let text = line.trimmingCharacters(in: .whitespaces)
            guard let range = text.range(of: ".lua:") else { continue }
            let file = String(text[..<range.lowerBound]) + ".lua"
            if PluginAPI.isHostChunk(file) { continue }  // smkit's own Lua, not the plugin's
            let digits = text[range.upperBound...].prefix { $0.isNumber }
            if let number = Int(digits) { return (file, number) }
        }
        return nil
    }

    /// Stops a plugin for the rest of the run and frees what it holds.
    func disable(_ id: String) {
        guard let position = pluginIndex[id], plugins[position].enabled else { return }
        plugins[position].enabled = false
        _ = try? controls.disable.call(.string(LuaString(id)))
        let environment = plugins[position].environment
        for (key, _) in environment.pairs { environment.rawSet(key, .nil) }
        lua.collectGarbage()
    }
}
