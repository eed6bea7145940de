import Foundation
public import StrategyKit

/// The guideline templates for one language, in document order: the built-in ones shipped
/// in the package, with a workspace's overrides and added sections merged in.
///
/// A workspace overrides a section with `templates/guidelines/<lang>/<id>.mustache` (same id)
/// and adds one with a new id; an added section goes after the section its header names
/// with `after:`, or at the end.
public struct GuidelineTemplateSet: Sendable {
    /// The language of the templates.
    public var language: Language
    /// The templates in document order.
    public var templates: [GuidelineTemplate]
    /// Ids whose built-in template a workspace replaced.
    public var overridden: [String]
    /// Ids a workspace added.
    public var added: [String]

    /// The built-in sections in document order.
    public static let builtInOrder = [
        "purpose-scope", "official-accounts", "private-professional", "disclosure", "personal-opinion",
        "confidentiality", "respect-tone", "law", "mistakes-crises", "response-escalation", "works-council",
        "training-contacts",
    ]

    /// The folder inside a workspace that holds template overrides.
    public static func overrideDirectory(workspace: String, language: Language) -> String {
        workspace + "/templates/guidelines/" + language.rawValue
    }

    /// Loads the built-in templates, then the workspace's overrides and additions if any.
    public static func load(language: Language, workspace: String? = nil) throws(GuidelinesError) -> GuidelineTemplateSet {
        guard let root = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw GuidelinesError(code: .templateIO, file: "Templates", message: "the built-in templates are missing from the package")
        }
        let builtInDirectory = root.appendingPathComponent("guidelines").appendingPathComponent(language.rawValue).path
        let builtIn = try read(directory: builtInDirectory)
        var byID = Dictionary(uniqueKeysWithValues: builtIn.map { ($0.id, $0) })
        for id in builtInOrder where byID[id] == nil {
            throw GuidelinesError(code: .templateIO, file: builtInDirectory + "/" + id + ".mustache",
                                  message: "built-in template missing")
        }
        var order = builtInOrder + builtIn.map(\.id).filter { !builtInOrder.contains($0) }
        var overridden: [String] = [], added: [String] = []
        if let workspace {
            let directory = overrideDirectory(workspace: workspace, language: language)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue {
                let extra = try read(directory: directory)
                for template in extra {
                    if byID[template.id] != nil { overridden.append(template.id) } else { added.append(template.id) }
                    byID[template.id] = template
                }
                for id in added {
                    let template = byID[id]!
                    if let after = template.after {
                        guard let position = order.firstIndex(of: after) else {
                            throw GuidelinesError(code: .templateSyntax, file: template.file, message:
                                "'after: \(after)' names no section; known: \(order.joined(separator: ", "))")
                        }
                        order.insert(id, at: position + 1)
                    } else {
                        order.append(id)
                    }
                }
            }
        }
        return GuidelineTemplateSet(language: language, templates: order.compactMap { byID[$0] },
                                    overridden: overridden, added: added)
    }

    /// Reads every `*.mustache` file of a folder, sorted by name.
    static func read(directory: String) throws(GuidelinesError) -> [GuidelineTemplate] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".mustache") }.sorted()
        } catch {
            throw GuidelinesError(code: .templateIO, file: directory, message: "cannot read the template folder")
        }
        var templates: [GuidelineTemplate] = []
        for name in names {
            let path = directory + "/" + name
            let id = String(name.dropLast(".mustache".count))
            guard !id.isEmpty, id.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" }) else {
                throw GuidelinesError(code: .templateIO, file: path,
                                      message: "template names may use only letters, digits, '-' and '_'")
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw GuidelinesError(code: .templateIO, file: path, message: "cannot read the file")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw GuidelinesError(code: .templateIO, file: path, message: "the file is not UTF-8 text")
            }
            templates.append(try GuidelineTemplate(id: id, file: path, source: text))
        }
        return templates
    }
}
