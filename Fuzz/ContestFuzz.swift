// Target `contest`: the input is a contest or post draft (YAML, `kind: contest` / `kind: post`),
// written to a scratch file and read by CheckDocumentLoader.load(path:) with the built-in
// platform ids; a document that loads has every field position looked up.
import Foundation
import StrategyKit

enum ContestFuzz {
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let path = FuzzFiles.write("contest.yaml", Array(bytes))
        guard let document = try? CheckDocumentLoader.load(path: path, knownPlatforms: Workspace.builtInPlatformIDs)
        else { return }
        for field in document.positions.keys { _ = document.location(of: field) }
        for (field, map) in document.textMaps {
            for offset in 0...(map.utf8Count + 1) { _ = document.location(of: field, utf8Offset: offset) }
        }
        _ = document.location(of: nil)
    }
}
