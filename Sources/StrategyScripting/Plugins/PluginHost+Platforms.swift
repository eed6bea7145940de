import LuaHost
import StrategyKit

extension PluginHost {
    /// Defines or extends a platform from `plugin:platform { ... }`.
    func applyPlatform(_ spec: LuaData, plugin manifest: PluginManifest) throws(PluginFailure) {
        func bad(_ message: String) -> PluginFailure {
            PluginFailure(pluginID: manifest.id, phase: .load, file: manifest.directory + "/" + manifest.main,
                          message: "plugin:platform: \(message)")
        }
        let limits = spec["text_limits"].arrayValues.compactMap { entry -> TextLimit? in
            guard let field = entry["field"].text, let characters = entry["characters"].int, characters > 0 else { return nil }
            return TextLimit(field: field, characters: characters, source: entry["source"].text, note: entry["note"].text)
        }
        let risks = spec["risks"].arrayValues.compactMap(\.localized)
        let notes = spec["notes"].arrayValues.compactMap(\.localized)
        let sources = spec["sources"].arrayValues.compactMap { entry -> SourceReference? in
            guard let url = entry["url"].text else { return nil }
            return SourceReference(url: url, title: entry["title"].text, read: entry["read"].text.flatMap(CalendarDate.init))
        }
        if let base = spec["extends"].text {
            guard var platform = platforms[base] else { throw bad("cannot extend unknown platform '\(base)'") }
            platform.textLimits += limits
            platform.riskNotes += risks
            platform.notes += notes
            platform.sources += sources
            platform.formats += spec["formats"].strings.filter { !platform.formats.contains($0) }
            _ = platforms.replace(platform)
            return
        }
        guard let id = spec["id"].text, PluginManifestLoader.isValidID(id) else { throw bad("'id' must be a plugin-style id") }
        guard let name = spec["name"].text else { throw bad("platform '\(id)' needs a 'name'") }
        guard let kind = spec["kind"].text.flatMap(PlatformKind.init(rawValue:)) else {
            throw bad("platform '\(id)' needs 'kind' (one of \(PlatformKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        guard let b2b = spec["fit"]["b2b"].text.flatMap(FitLevel.init(rawValue:)),
              let b2c = spec["fit"]["b2c"].text.flatMap(FitLevel.init(rawValue:)) else {
            throw bad("platform '\(id)' needs 'fit = { b2b = ..., b2c = ... }' with levels none, low, medium or high")
        }
        guard let effort = spec["effort_hours_per_week"].double, effort >= 0,
              let response = spec["response_time_hours"].double, response >= 0 else {
            throw bad("platform '\(id)' needs non-negative 'effort_hours_per_week' and 'response_time_hours'")
        }
        _ = platforms.replace(Platform(id: id, name: name, kind: kind, b2bFit: b2b, b2cFit: b2c,
                                       formats: spec["formats"].strings, textLimits: limits, effortHoursPerWeek: effort,
                                       responseTimeHours: response, riskNotes: risks, notes: notes, sources: sources))
    }
}
