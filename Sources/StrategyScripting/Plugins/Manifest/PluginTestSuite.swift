public import Foundation
import Yams
public import StrategyKit

/// The cases in one plugin test file (`tests/*.yaml`).
///
/// Cases check a contest or post (below), a presence (`presence:` with optional `as_of:`),
/// a workspace's strategy or presences (`workspace:` with `subject: strategy|presences`),
/// or a scorer (`scorer:`, `workspace:`, `draft:` or `platforms:`, `min:`/`max:`).
///
/// ```yaml
/// base:              # optional: merged under every case's contest or post
///   kind: contest
///   platforms: [facebook]
///   text: "Kommentiere und gewinne!"
///   entry: [comment]
/// cases:
///   - name: share to enter
///     contest: { entry: [share] }
///     expect: [FB-04]
///   - name: comment only
///     contest: {}
///     absent: [FB-04]
/// ```
public struct PluginTestSuite: Sendable, Hashable {
    /// The test file.
    public var file: String
    /// Its cases, in file order.
    public var cases: [PluginTestCase]

    /// Creates a suite.
    public init(file: String, cases: [PluginTestCase]) {
        self.file = file
        self.cases = cases
    }

    static let suiteKeys = ["base", "cases"]
    static let caseKeys = ["name", "contest", "post", "file", "platforms", "expect", "absent", "scorer", "workspace",
                           "draft", "min", "max", "presence", "as_of", "subject"]
    static let presenceKeys = ["platform", "handle", "status", "followers", "last_post"]

    /// Every `tests/*.yaml` of a plugin folder, sorted by name.
    public static func loadAll(pluginDirectory: String) throws(DiagnosticError) -> [PluginTestSuite] {
        let directory = pluginDirectory + "/tests"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        var suites: [PluginTestSuite] = []
        var diagnostics: [Diagnostic] = []
        for name in names {
            do { suites.append(try load(file: directory + "/" + name, inside: pluginDirectory)) } catch {
                diagnostics += error.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
        return suites
    }

    /// Loads one test file, which must be a regular file inside `folder` (see ``PluginFile``);
    /// by default the folder it is in.
    public static func load(file: String, inside folder: String? = nil) throws(DiagnosticError) -> PluginTestSuite {
        let folder = folder ?? file.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let bytes: [UInt8]
        do {
            bytes = try PluginFile.read(file, inside: folder)
        } catch {
            throw DiagnosticError([Diagnostic(file: file, line: 1, column: 1, code: .io, message: LocalizedText(
                de: "Testdatei nicht lesbar (\(error.detail))", en: "cannot read test file (\(error.detail))"))])
        }
        return try parse(bytes: bytes, file: file, pluginDirectory: folder)
    }

    /// Parses test-file text; `file` names it in messages and anchors relative paths.
    public static func parse(yaml: String, file: String) throws(DiagnosticError) -> PluginTestSuite {
        try parse(bytes: Array(yaml.utf8), file: file)
    }

    /// - Parameter pluginDirectory: when given, `file:` fixtures are read with ``PluginFile``
    ///   and must lie inside it, as every other plugin file.
    static func parse(bytes: [UInt8], file: String, pluginDirectory: String? = nil) throws(DiagnosticError) -> PluginTestSuite {
        var reader = YAMLReader(file: file)
        guard let root = reader.parse(bytes: bytes, emptyMessage: LocalizedText(
            de: "Die Testdatei ist leer", en: "the test file is empty")),
              let f = reader.mapping(root, what: LocalizedText(de: "Testdatei", en: "test file"), allowed: suiteKeys,
                                     required: ["cases"]),
              let items = f["cases"].flatMap({ reader.list($0, field: "cases") })
        else { throw DiagnosticError(reader.diagnostics) }
        let base = f["base"]
        let folder = file.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        var cases: [PluginTestCase] = []
        for (index, item) in items.enumerated() {
            guard let c = reader.mapping(item, what: LocalizedText(de: "Testfall", en: "test case"), allowed: caseKeys,
                                         required: ["name"]) else { continue }
            let name = c["name"].flatMap { reader.text($0, field: "name") } ?? "case \(index + 1)"
            let mark = item.mark
            var testCase = PluginTestCase(name: name, location: "\(file):\(mark?.line ?? 1):\(mark?.column ?? 1)")
            testCase.expect = c["expect"].map { reader.textList($0, field: "expect") } ?? []
            testCase.absent = c["absent"].map { reader.textList($0, field: "absent") } ?? []
            testCase.platforms = c["platforms"].map { reader.textList($0, field: "platforms") }
            if let node = c["scorer"] {
                testCase.scorer = reader.text(node, field: "scorer")
                testCase.workspace = c["workspace"].flatMap { reader.text($0, field: "workspace") }.map { resolve($0, in: folder) }
                testCase.draft = c["draft"].flatMap { reader.text($0, field: "draft") }
                testCase.minimum = c["min"].flatMap { reader.number($0, field: "min") }
                testCase.maximum = c["max"].flatMap { reader.number($0, field: "max") }
                // A draft scorer's case names a draft; a platform scorer's case names platforms.
                if testCase.workspace == nil || (testCase.draft == nil && testCase.platforms == nil) {
                    reader.report(item, .missingField, LocalizedText(
                        de: "Ein Scorer-Fall braucht 'workspace' und 'draft' (oder 'platforms' für einen Plattform-Scorer)",
                        en: "a scorer case needs 'workspace' and 'draft' (or 'platforms' for a platform scorer)"))
                }
                cases.append(testCase)
                continue
            }
            if c["presence"] != nil || c["workspace"] != nil || c["subject"] != nil || c["as_of"] != nil {
                readWorkspaceCase(&testCase, c, item: item, base: base, folder: folder, reader: &reader)
                cases.append(testCase)
                continue
            }
            if let node = c["file"], let path = reader.text(node, field: "file") {
                let full = resolve(path, in: folder)
                do throws(DiagnosticError) {
                    if let pluginDirectory {
                        let bytes: [UInt8]
                        do throws(PluginFileError) { bytes = try PluginFile.read(full, inside: pluginDirectory) } catch {
                            throw DiagnosticError([Diagnostic(file: full, line: 1, column: 1, code: .io,
                                                              message: LocalizedText(error.description))])
                        }
                        testCase.subject = try CheckDocumentLoader.parse(bytes: bytes, file: full, knownPlatforms: nil).subject
                    } else {
                        testCase.subject = try CheckDocumentLoader.load(path: full).subject
                    }
                } catch {
                    for diagnostic in error.diagnostics { reader.report(node, diagnostic.code, diagnostic.message) }
                }
            } else {
                let kind: CheckSubjectKind = c["post"] != nil ? .post : .contest
                let own = c[kind.rawValue]
                let merged: Node? = switch (base, own) {
                case let (b?, o?): merge(b, o)
                case let (b?, nil): b
                case let (nil, o?): o
                default: nil
                }
                if let merged {
                    let explicitKind: CheckSubjectKind? = (own != nil) ? kind : nil
                    testCase.subject = CheckDocumentLoader.read(merged, defaultID: "\(name)", kind: explicitKind,
                                                                reader: &reader, knownPlatforms: nil)
                } else {
                    reader.report(item, .missingField, LocalizedText(
                        de: "Der Testfall braucht 'contest', 'post' oder 'file'",
                        en: "the test case needs 'contest', 'post' or 'file'"))
                }
            }
            if testCase.expect.isEmpty && testCase.absent.isEmpty {
                reader.report(item, .missingField, LocalizedText(
                    de: "Der Testfall prüft nichts: 'expect' oder 'absent' angeben",
                    en: "the test case checks nothing: give 'expect' or 'absent'"))
            }
            cases.append(testCase)
        }
        if reader.hasErrors { throw DiagnosticError(reader.diagnostics) }
        return PluginTestSuite(file: file, cases: cases)
    }

    /// A presence case (`presence:`, optional `as_of:`; a `base` is merged under the presence)
    /// or a workspace case (`workspace:` with `subject: strategy` or `subject: presences`).
    static func readWorkspaceCase(_ testCase: inout PluginTestCase, _ c: YAMLReader.Fields, item: Node, base: Node?,
                                  folder: String, reader: inout YAMLReader) {
        testCase.asOf = c["as_of"].flatMap { reader.date($0, field: "as_of") }
        if let own = c["presence"] {
            let merged = base.map { merge($0, own) } ?? own
            if let p = reader.mapping(merged, what: LocalizedText(de: "presence", en: "presence"), allowed: presenceKeys,
                                      required: ["platform", "handle", "status"]),
               let platform = p["platform"].flatMap({ reader.text($0, field: "platform") }),
               let handle = p["handle"].flatMap({ reader.text($0, field: "handle") }),
               let status = p["status"].flatMap({ reader.choice($0, field: "status", as: PresenceStatus.self) }) {
                let followers = p["followers"].flatMap { reader.integer($0, field: "followers") }
                let lastPost = p["last_post"].flatMap { reader.date($0, field: "last_post") }
                testCase.presence = Presence(platform: platform, handle: handle, status: status, followers: followers,
                                             lastPost: lastPost)
            }
            for key in ["workspace", "subject"] where c[key] != nil {
                reader.report(c[key], .invalidValue, LocalizedText(
                    de: "'\(key)' gehört nicht zu einem Fall mit 'presence'", en: "'\(key)' does not belong in a case with 'presence'"))
            }
        } else if let node = c["workspace"], let path = reader.text(node, field: "workspace") {
            testCase.workspace = resolve(path, in: folder)
            if let subject = c["subject"] {
                testCase.workspaceSubject = reader.choice(subject, field: "subject", as: PluginTestCase.WorkspaceSubject.self)
            } else {
                reader.report(item, .missingField, LocalizedText(
                    de: "Ein Workspace-Fall braucht 'subject: strategy' oder 'subject: presences'",
                    en: "a workspace case needs 'subject: strategy' or 'subject: presences'"))
            }
            if c["as_of"] != nil {
                reader.report(c["as_of"], .invalidValue, LocalizedText(
                    de: "'as_of' kommt bei Workspace-Fällen aus dem Workspace", en: "in workspace cases 'as_of' comes from the workspace"))
            }
        } else if c["workspace"] == nil {
            reader.report(item, .missingField, LocalizedText(
                de: "Der Testfall braucht 'presence' oder 'workspace'", en: "the test case needs 'presence' or 'workspace'"))
        }
        if testCase.expect.isEmpty && testCase.absent.isEmpty {
            reader.report(item, .missingField, LocalizedText(
                de: "Der Testfall prüft nichts: 'expect' oder 'absent' angeben",
                en: "the test case checks nothing: give 'expect' or 'absent'"))
        }
    }

    static func resolve(_ path: String, in folder: String) -> String {
        path.hasPrefix("/") || folder.isEmpty ? path : folder + "/" + path
    }

    /// `over` laid on `base`: mappings merge key by key (recursively), anything else replaces.
    static func merge(_ base: Node, _ over: Node) -> Node {
        guard case .mapping(let b) = base, case .mapping(let o) = over else { return over }
        var pairs: [(Node, Node)] = []
        var used = Set<String>()
        for (key, value) in b {
            if let name = key.string, let replacement = o[name] {
                pairs.append((key, merge(value, replacement)))
                used.insert(name)
            } else {
                pairs.append((key, value))
            }
        }
        for (key, value) in o where !(key.string.map(used.contains) ?? false) { pairs.append((key, value)) }
        return .mapping(Node.Mapping(pairs, o.tag, o.style, o.mark))
    }
}
