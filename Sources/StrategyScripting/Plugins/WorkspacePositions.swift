import Foundation
import Yams

/// Where fields of a workspace's `strategy.yaml` were written, so findings about presences
/// and the strategy point at a line.
///
/// Paths are dotted as in check subjects, with 1-based list indices as Lua counts them:
/// `organization.presences.4.status`, `drafts.2.components.channels`. Lists keep file order
/// here; the workspace keeps that order for presences, goals and drafts.
public struct WorkspacePositions {
    /// The strategy file.
    public let file: String
    private let root: Node?

    /// Reads `file`; when it cannot be read or parsed, every location is the file itself.
    public init(file: String) {
        self.file = file
        let text = FileManager.default.contents(atPath: file).map { String(decoding: $0, as: UTF8.self) }
        root = text.flatMap { try? Yams.compose(yaml: $0) }
    }

    /// `file:line:column` of `path` or of its deepest written parent; the file alone when none is.
    public func location(of path: String) -> String {
        guard var node = root else { return file }
        var best: Mark?
        for part in path.split(separator: ".").map(String.init) {
            switch node {
            case .mapping(let mapping):
                guard let (key, value) = mapping.first(where: { $0.key.string == part }) else { return format(best) }
                best = key.mark ?? best
                node = value
            case .sequence(let sequence):
                guard let index = Int(part), index >= 1, index <= sequence.count else { return format(best) }
                node = sequence[sequence.index(sequence.startIndex, offsetBy: index - 1)]
                best = node.mark ?? best
            default:
                return format(best)
            }
        }
        return format(best)
    }

    private func format(_ mark: Mark?) -> String {
        mark.map { "\(file):\($0.line):\($0.column)" } ?? file
    }
}
